// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/versioncomparison.h"

#include <QAbstractTableModel>

namespace Dealscope {

/// The rows of the Compare view: one per clause or event that differs between the versions, with the item,
/// version A's side and version B's side as columns. Display text is plain (for screen readers and
/// tests); HtmlRole holds the redline the delegate draws.
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ItemColumn, VersionAColumn, VersionBColumn, ColumnCount };
    enum Role {
        HtmlRole = Qt::UserRole + 1, ///< QString: the cell as rich text
        IdRole, ///< QString: the clause or event id
        KindRole, ///< VersionChangeKind as int
        IsEventRole, ///< bool
    };
    /// Which rows show: every change, one kind of change, or the events.
    enum class Filter { All, Added, Ended, Amended, NotRestated, Events };
    Q_ENUM(Filter)

    explicit ComparisonModel(QObject *parent = nullptr);

    void setComparison(DatasetPtr dataset, const VersionComparison &comparison);
    const VersionComparison &comparison() const { return m_comparison; }
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    /// How many changes @p filter keeps.
    int count(Filter filter) const;
    /// The row of @p id, or -1 when it is not shown.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        const ItemChange *change = nullptr;
        QString html[ColumnCount];
    };
    static bool keeps(Filter filter, const ItemChange &change);
    void rebuildRows();

    DatasetPtr m_dataset;
    VersionComparison m_comparison;
    Filter m_filter = Filter::All;
    QList<Row> m_rows;
};

} // namespace Dealscope
