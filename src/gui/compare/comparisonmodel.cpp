// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/comparisonmodel.h"

#include "compare/redlinehtml.h"

#include <algorithm>

namespace Dealscope {

ComparisonModel::ComparisonModel(QObject *parent) : QAbstractTableModel(parent) { }

void ComparisonModel::setComparison(DatasetPtr dataset, const VersionComparison &comparison)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    m_comparison = comparison;
    rebuildRows();
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ComparisonModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuildRows();
    endResetModel();
}

bool ComparisonModel::keeps(Filter filter, const ItemChange &change)
{
    const bool isEvent = change.item == ItemChange::Item::Event;
    switch (filter) {
    case Filter::All:
        return true;
    case Filter::Events:
        return isEvent;
    case Filter::Added:
        return !isEvent && change.kind == VersionChangeKind::Added;
    case Filter::Ended:
        return change.kind == VersionChangeKind::Ended;
    case Filter::Amended:
        return change.kind == VersionChangeKind::Amended;
    case Filter::NotRestated:
        return change.kind == VersionChangeKind::NotRestated;
    }
    return false;
}

int ComparisonModel::count(Filter filter) const
{
    return int(std::count_if(m_comparison.changes().cbegin(), m_comparison.changes().cend(),
                             [filter](const ItemChange &change) { return keeps(filter, change); }));
}

void ComparisonModel::rebuildRows()
{
    m_rows.clear();
    if (!m_dataset)
        return;
    for (const ItemChange &change : m_comparison.changes()) {
        if (!keeps(m_filter, change))
            continue;
        Row row;
        row.change = &change;
        row.html[ItemColumn] = RedlineHtml::itemCell(change);
        row.html[VersionAColumn] = RedlineHtml::cell(*m_dataset, change, false);
        row.html[VersionBColumn] = RedlineHtml::cell(*m_dataset, change, true);
        m_rows.append(row);
    }
}

int ComparisonModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).change->id == id)
            return row;
    }
    return -1;
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const ItemChange &change = *row.change;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case ItemColumn:
            return QStringLiteral("%1 · %2 — %3")
                .arg(change.id, change.title,
                     change.item == ItemChange::Item::Event ? RedlineHtml::tr("New event")
                                                            : VersionComparison::kindName(change.kind));
        case VersionAColumn:
            return change.a.wording;
        case VersionBColumn:
            return change.b.wording;
        }
        return {};
    case HtmlRole:
        return row.html[index.column()];
    case IdRole:
        return change.id;
    case KindRole:
        return int(change.kind);
    case IsEventRole:
        return change.item == ItemChange::Item::Event;
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || !m_dataset)
        return {};
    const QString language = m_comparison.language();
    switch (section) {
    case ItemColumn:
        return RedlineHtml::tr("Clause or event");
    case VersionAColumn:
        return RedlineHtml::tr("A: %1").arg(RedlineHtml::versionLabel(*m_dataset, m_comparison.versionA(), language));
    case VersionBColumn:
        return RedlineHtml::tr("B: %1").arg(RedlineHtml::versionLabel(*m_dataset, m_comparison.versionB(), language));
    }
    return {};
}

} // namespace Dealscope
