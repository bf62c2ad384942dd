// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/fantablemodel.h"

#include "scenario/charts/chartvaluetext.h"

namespace Dealscope {

FanTableModel::FanTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void FanTableModel::setResult(const MonteCarloResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void FanTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) {
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int FanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.years.size());
}

int FanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FanTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    // Three columns per series: p10, p50, p90.
    const std::size_t year = std::size_t(index.row());
    const Percentiles &p = index.column() <= StackP90 ? m_result.azureTotal.at(year) : m_result.revenueShare.at(year);
    const double values[] = {p.p10, p.p50, p.p90};
    return ChartValueText::amount(values[index.column() % 3]);
}

QVariant FanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section >= 0 && section < rowCount() ? QVariant(QString::number(m_result.years.at(std::size_t(section))))
                                                    : QVariant();
    const bool stack = section <= StackP90;
    const QString series = stack ? tr("Azure stack") : tr("Revenue share");
    static constexpr int Percentile[] = {10, 50, 90};
    //: A column of the AGI-year fan's table: the series and a percentile, e.g. "Azure stack, p50"
    return tr("%1, p%2").arg(series).arg(Percentile[section % 3]);
}

} // namespace Dealscope
