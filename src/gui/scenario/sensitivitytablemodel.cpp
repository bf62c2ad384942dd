// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/sensitivitytablemodel.h"

#include "scenario/charts/chartvaluetext.h"

namespace Dealscope {

SensitivityTableModel::SensitivityTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void SensitivityTableModel::setResult(const TornadoResult &result)
{
    beginResetModel();
    m_result = result;
    m_hasResult = true;
    endResetModel();
}

void SensitivityTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SensitivityTableModel::rowCount(const QModelIndex &parent) const
{
    // The bars, then the base they are measured from.
    return parent.isValid() || !m_hasResult ? 0 : int(m_result.bars.size()) + 1;
}

int SensitivityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SensitivityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::TextAlignmentRole))
        return {};
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(index.column() == AssumptionColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                                      : Qt::AlignRight | Qt::AlignVCenter);
    }
    if (index.row() == int(m_result.bars.size())) {
        if (index.column() == AssumptionColumn)
            return tr("Base, cumulative %1–%2").arg(m_result.fromYear).arg(m_result.toYear);
        return index.column() == LowChangeColumn ? ChartValueText::amount(m_result.baseValue) : QVariant();
    }
    const TornadoBar &bar = m_result.bars.at(std::size_t(index.row()));
    switch (Column(index.column())) {
    case AssumptionColumn:
        return ScenarioAssumptions::displayLabel(bar.id);
    case LowSettingColumn:
        return ChartValueText::setting(bar.id, bar.lowValue);
    case LowChangeColumn:
        return ChartValueText::change(bar.lowDelta);
    case HighSettingColumn:
        return ChartValueText::setting(bar.id, bar.highValue);
    case HighChangeColumn:
        return ChartValueText::change(bar.highDelta);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SensitivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // Two lines each, so that the figures keep their room in a narrow window.
    switch (Column(section)) {
    case AssumptionColumn:
        return tr("Assumption");
    case LowSettingColumn:
        return tr("Low\nsetting");
    case LowChangeColumn:
        return tr("Change\nat low");
    case HighSettingColumn:
        return tr("High\nsetting");
    case HighChangeColumn:
        return tr("Change\nat high");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Dealscope
