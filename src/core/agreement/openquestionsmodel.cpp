// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement/openquestionsmodel.h"

namespace Dealscope {

OpenQuestionsModel::OpenQuestionsModel(QObject *parent) : QAbstractListModel(parent) { }

void OpenQuestionsModel::setDataset(DatasetPtr dataset)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    endResetModel();
}

void OpenQuestionsModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

const OpenQuestion *OpenQuestionsModel::question(const QModelIndex &index) const
{
    if (!m_dataset || !index.isValid() || index.model() != this || index.row() >= m_dataset->openQuestions.size())
        return nullptr;
    return &m_dataset->openQuestions.at(index.row());
}

int OpenQuestionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_dataset ? 0 : int(m_dataset->openQuestions.size());
}

QVariant OpenQuestionsModel::data(const QModelIndex &index, int role) const
{
    const OpenQuestion *question = this->question(index);
    if (!question)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return question->title.text(m_language);
    case IdRole:
        return question->id;
    case KindRole:
        return int(question->kind);
    case SummaryRole:
        return question->summary.text(m_language);
    case ClaimsRole: {
        QVariantList claims;
        for (const Claim &claim : question->claims) {
            claims.append(QVariantMap {{QStringLiteral("text"), claim.text.text(m_language)},
                                       {QStringLiteral("confidence"), claim.confidence.code()},
                                       {QStringLiteral("sources"), claim.sources}});
        }
        return claims;
    }
    case ClausesRole:
        return question->clauses;
    case SearchTextRole:
        return searchText(*question);
    default:
        return {};
    }
}

QString OpenQuestionsModel::searchText(const OpenQuestion &question) const
{
    QStringList parts {question.title.text(m_language), question.summary.text(m_language)};
    for (const Claim &claim : question.claims)
        parts.append(claim.text.text(m_language));
    for (const QString &id : question.clauses) {
        parts.append(id);
        if (const Clause *clause = m_dataset->clause(id))
            parts.append(clause->title.text(m_language));
    }
    return parts.join(u'\n');
}

QHash<int, QByteArray> OpenQuestionsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"},
                  {KindRole, "kind"},
                  {SummaryRole, "summary"},
                  {ClaimsRole, "claims"},
                  {ClausesRole, "clauses"},
                  {SearchTextRole, "searchText"}});
    return names;
}

OpenQuestionsFilterModel::OpenQuestionsFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setFilterRole(OpenQuestionsModel::SearchTextRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void OpenQuestionsFilterModel::setKindFilter(std::optional<OpenQuestion::Kind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void OpenQuestionsFilterModel::setText(const QString &text)
{
    setFilterFixedString(text.trimmed());
}

bool OpenQuestionsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_kind) {
        const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
        if (row.data(OpenQuestionsModel::KindRole).toInt() != int(*m_kind))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace Dealscope
