// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/dataset.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>

#include <optional>

namespace Dealscope {

/// The dataset's open questions as a list, one row each in the file's order, with their texts in one
/// language: what the open questions view and the report list.
class OpenQuestionsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString
        KindRole, ///< OpenQuestion::Kind as int
        SummaryRole, ///< QString, may be empty
        /// QVariantList of QVariantMap, one per claim: "text" (QString), "confidence" (QString code such as
        /// "B/C"), "sources" (QStringList of source ids)
        ClaimsRole,
        ClausesRole, ///< QStringList: ids of the clauses the question touches
        SearchTextRole, ///< QString: title, summary, claims and clause ids and titles, for filtering
    };
    Q_ENUM(Role)

    explicit OpenQuestionsModel(QObject *parent = nullptr);

    void setDataset(DatasetPtr dataset);
    DatasetPtr dataset() const { return m_dataset; }
    /// The language of the texts; others fall back to English.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    /// The question in row @p index.row(), or nullptr.
    const OpenQuestion *question(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString searchText(const OpenQuestion &question) const;

    DatasetPtr m_dataset;
    QString m_language = QStringLiteral("en");
};

/// Keeps the open questions of one kind (or all) that contain a filter text, case-insensitively, anywhere
/// in OpenQuestionsModel::SearchTextRole.
class OpenQuestionsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OpenQuestionsFilterModel(QObject *parent = nullptr);

    /// Only questions of @p kind; nullopt: every kind.
    void setKindFilter(std::optional<OpenQuestion::Kind> kind);
    std::optional<OpenQuestion::Kind> kindFilter() const { return m_kind; }
    /// Only questions whose search text contains @p text; empty: all.
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<OpenQuestion::Kind> m_kind;
};

} // namespace Dealscope
