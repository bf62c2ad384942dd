// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/scenarioengine.h"

#include <QAbstractTableModel>

#include <optional>

namespace Dealscope {

/// The yearly figures of a projection as a table: one row per year, then the total over all years and the
/// compound annual growth rate from the first to the last year. USD billions; illustrative.
///
/// With a comparison set, the columns are the comparison instead: the Azure stack and the revenue share (what
/// the chart draws dashed), each for the scenario, for the compared one and their difference (scenario minus
/// compared). Six columns fit the narrowest window; the total row adds up each.
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

    /// The columns while a comparison is set: two quantities, each as scenario, compared, difference.
    enum ComparisonColumn {
        StackColumn,
        ComparedStackColumn,
        StackDifferenceColumn,
        ShareColumn,
        ComparedShareColumn,
        ShareDifferenceColumn,
        ComparisonColumnCount
    };
    Q_ENUM(ComparisonColumn)

    /// The unformatted number of a cell (double); invalid where the cell is blank.
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit ScenarioTableModel(QObject *parent = nullptr);

    /// Shows @p projection. Same years as before: one dataChanged(); otherwise a reset.
    void setProjection(const Projection &projection);
    /// Shows the comparison with @p other, named @p name in the headers' tooltips; nullopt returns to the
    /// projection's own columns.
    void setComparison(const std::optional<Projection> &other, const QString &name = {});
    bool hasComparison() const { return m_comparison.has_value(); }
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
    enum class Side { Scenario, Compared, Difference };

    /// The quantity (a Column) and side of a comparison column.
    static int comparedQuantity(int column);
    static Side comparedSide(int column) { return Side(column % 3); }
    /// The figure of @p column in @p row taken from @p projection, matched by year; nullopt where it has none.
    std::optional<double> figure(const Projection &projection, int row, int column) const;
    QVariant value(int row, int column) const;
    QString displayText(int row, int column, double value) const;
    QString layerSplit(int row, int column) const;
    void announceAll();

    Projection m_projection;
    std::optional<Projection> m_comparison;
    QString m_comparisonName;
};

} // namespace Dealscope
