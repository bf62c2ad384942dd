// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/scenarioengine.h"

#include <QAbstractTableModel>

namespace Dealscope {

/// The yearly figures of a projection as a table: one row per year, then the total over all years and the
/// compound annual growth rate from the first to the last year. USD billions; illustrative.
class ScenarioTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IaasColumn,
        PaasColumn,
        SaasColumn,
        AzureStackColumn,
        OpenaiDrivenColumn,
        RevenueShareColumn,
        MicrosoftTotalColumn,
        ExclusivityColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    /// The unformatted number of a cell (double); invalid where the cell is blank.
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit ScenarioTableModel(QObject *parent = nullptr);

    /// Shows @p projection. Same years as before: one dataChanged(); otherwise a reset.
    void setProjection(const Projection &projection);
    /// Announces every header and cell anew: their words and number formats follow the interface language.
    void retranslate();
    const Projection &projection() const { return m_projection; }

    /// Rows: the years, then "Total", then "CAGR".
    int totalRow() const { return int(m_projection.years.size()); }
    int cagrRow() const { return totalRow() + 1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The figure of @p column in one year (NaN for the exclusivity column's totals).
    static double yearValue(const ProjectionYear &year, int column);

private:
    QVariant value(int row, int column) const;

    Projection m_projection;
};

} // namespace Dealscope
