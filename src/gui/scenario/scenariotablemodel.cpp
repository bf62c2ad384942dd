// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenariotablemodel.h"

#include <QFont>
#include <QLocale>

#include <cmath>

namespace Dealscope {

ScenarioTableModel::ScenarioTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void ScenarioTableModel::setProjection(const Projection &projection)
{
    const bool sameShape
        = projection.years.size() == m_projection.years.size() && projection.firstYear() == m_projection.firstYear();
    if (!sameShape)
        beginResetModel();
    m_projection = projection;
    if (!sameShape) {
        endResetModel();
    } else if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, ValueRole});
    }
}

void ScenarioTableModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

int ScenarioTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_projection.years.empty() ? 0 : int(m_projection.years.size()) + 2;
}

int ScenarioTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double ScenarioTableModel::yearValue(const ProjectionYear &year, int column)
{
    switch (column) {
    case IaasColumn:
        return year.iaas.total();
    case PaasColumn:
        return year.paas.total();
    case SaasColumn:
        return year.saas.total();
    case AzureStackColumn:
        return year.azureTotal();
    case OpenaiDrivenColumn:
        return year.openaiTotal();
    case RevenueShareColumn:
        return year.revenueShare;
    case MicrosoftTotalColumn:
        return year.microsoftTotal();
    case ExclusivityColumn:
        return year.apiExclusivity;
    default:
        return std::nan("");
    }
}

QVariant ScenarioTableModel::value(int row, int column) const
{
    const auto &years = m_projection.years;
    if (row < totalRow())
        return yearValue(years[std::size_t(row)], column);
    if (column == ExclusivityColumn)
        return {};
    if (row == totalRow()) {
        double sum = 0.0;
        for (const ProjectionYear &year : years)
            sum += yearValue(year, column);
        return sum;
    }
    // CAGR from the first to the last year; undefined when either end is zero.
    const double first = yearValue(years.front(), column);
    const double last = yearValue(years.back(), column);
    const int span = m_projection.lastYear() - m_projection.firstYear();
    if (span <= 0 || first <= 0.0 || last <= 0.0)
        return {};
    return std::pow(last / first, 1.0 / span) - 1.0;
}

QVariant ScenarioTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case ValueRole:
        return value(index.row(), index.column());
    case Qt::DisplayRole: {
        const QVariant v = value(index.row(), index.column());
        if (!v.isValid())
            return QStringLiteral("—");
        const QLocale locale;
        if (index.row() == cagrRow() || index.column() == ExclusivityColumn)
            return tr("%1 %").arg(locale.toString(v.toDouble() * 100.0, 'f', index.row() == cagrRow() ? 1 : 0));
        return locale.toString(v.toDouble(), 'f', 1);
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.row() >= totalRow() || index.column() == AzureStackColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RevenueShareColumn)
            return tr("Paid by OpenAI to Microsoft; outside the Azure stack");
        if (index.column() == ExclusivityColumn)
            return tr("Share of the year in which OpenAI's API was exclusive to Azure");
        return {};
    default:
        return {};
    }
}

QVariant ScenarioTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role != Qt::DisplayRole || section < 0 || section >= rowCount())
            return {};
        if (section < totalRow())
            return QString::number(m_projection.years[std::size_t(section)].year);
        const QString span = QStringLiteral("%1–%2").arg(m_projection.firstYear()).arg(m_projection.lastYear());
        return section == totalRow() ? tr("Total %1").arg(span) : tr("CAGR %1").arg(span);
    }
    if (role == Qt::ToolTipRole && section == OpenaiDrivenColumn)
        return tr("The OpenAI-driven parts of IaaS, PaaS and SaaS together (USD billions)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IaasColumn:
        return tr("IaaS\n$B");
    case PaasColumn:
        return tr("PaaS\n$B");
    case SaasColumn:
        return tr("SaaS\n$B");
    case AzureStackColumn:
        return tr("Azure stack\n$B");
    case OpenaiDrivenColumn:
        return tr("OpenAI-driven\n$B");
    case RevenueShareColumn:
        return tr("Revenue share\n$B");
    case MicrosoftTotalColumn:
        return tr("Stack + share\n$B");
    case ExclusivityColumn:
        return tr("API exclusivity\nshare of year");
    default:
        return {};
    }
}

} // namespace Dealscope
