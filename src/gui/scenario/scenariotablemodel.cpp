// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenariotablemodel.h"

#include <QFont>
#include <QLocale>

#include <array>
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
    if (!sameShape)
        endResetModel();
    else
        announceAll();
}

void ScenarioTableModel::setComparison(const std::optional<Projection> &other, const QString &name)
{
    const bool sameColumns = other.has_value() == m_comparison.has_value();
    if (!sameColumns)
        beginResetModel();
    m_comparison = other;
    m_comparisonName = name;
    if (!sameColumns) {
        endResetModel();
    } else {
        announceAll();
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
}

void ScenarioTableModel::announceAll()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ScenarioTableModel::retranslate()
{
    announceAll();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

int ScenarioTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_projection.years.empty() ? 0 : int(m_projection.years.size()) + 2;
}

int ScenarioTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_comparison ? int(ComparisonColumnCount) : int(ColumnCount);
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

int ScenarioTableModel::comparedQuantity(int column)
{
    static constexpr std::array quantities {AzureStackColumn, RevenueShareColumn};
    return quantities[std::size_t(column / 3)];
}

std::optional<double> ScenarioTableModel::figure(const Projection &projection, int row, int column) const
{
    // The years are the table's rows, so a compared projection with another horizon still lines up.
    const auto at = [&](const ProjectionYear &rowYear) -> std::optional<double> {
        const ProjectionYear *year = projection.at(rowYear.year);
        return year ? std::optional(yearValue(*year, column)) : std::nullopt;
    };
    const auto &years = m_projection.years;
    if (row < totalRow())
        return at(years[std::size_t(row)]);
    if (column == ExclusivityColumn)
        return std::nullopt;
    if (row == totalRow()) {
        double sum = 0.0;
        for (const ProjectionYear &year : years) {
            const std::optional<double> value = at(year);
            if (!value)
                return std::nullopt;
            sum += *value;
        }
        return sum;
    }
    // CAGR from the first to the last year; undefined when either end is zero.
    const std::optional<double> first = at(years.front());
    const std::optional<double> last = at(years.back());
    const int span = m_projection.lastYear() - m_projection.firstYear();
    if (span <= 0 || !first || !last || *first <= 0.0 || *last <= 0.0)
        return std::nullopt;
    return std::pow(*last / *first, 1.0 / span) - 1.0;
}

QVariant ScenarioTableModel::value(int row, int column) const
{
    std::optional<double> result;
    if (!m_comparison) {
        result = figure(m_projection, row, column);
    } else {
        const int quantity = comparedQuantity(column);
        const std::optional<double> own = figure(m_projection, row, quantity);
        const std::optional<double> other = figure(*m_comparison, row, quantity);
        switch (comparedSide(column)) {
        case Side::Scenario:
            result = own;
            break;
        case Side::Compared:
            result = other;
            break;
        case Side::Difference:
            // A difference of growth rates says little; the rows of amounts have theirs.
            if (own && other && row != cagrRow())
                result = *own - *other;
            break;
        }
    }
    return result ? QVariant(*result) : QVariant();
}

QString ScenarioTableModel::displayText(int row, int column, double value) const
{
    const QLocale locale;
    if (row == cagrRow() || (!m_comparison && column == ExclusivityColumn))
        return tr("%1 %").arg(locale.toString(value * 100.0, 'f', row == cagrRow() ? 1 : 0));
    const QString number = locale.toString(value, 'f', 1);
    if (m_comparison && comparedSide(column) == Side::Difference && value > 0.0)
        return QStringLiteral("+") + number;
    return number;
}

/// The two parts of a layer in one year, which the chart draws as two bands.
QString ScenarioTableModel::layerSplit(int row, int column) const
{
    if (m_comparison || row >= totalRow() || column > SaasColumn)
        return {};
    const ProjectionYear &year = m_projection.years[std::size_t(row)];
    const std::array layers {&year.iaas, &year.paas, &year.saas};
    const LayerRevenue &layer = *layers[std::size_t(column)];
    const QLocale locale;
    return tr("Baseline %1, OpenAI-driven %2 (USD billions)")
        .arg(locale.toString(layer.baseline, 'f', 1), locale.toString(layer.openai, 'f', 1));
}

QVariant ScenarioTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case ValueRole:
        return value(row, column);
    case Qt::DisplayRole: {
        const QVariant v = value(row, column);
        return v.isValid() ? displayText(row, column, v.toDouble()) : QStringLiteral("—");
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row >= totalRow()
            || (m_comparison ? comparedSide(column) == Side::Difference : column == AzureStackColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (m_comparison)
            return {};
        if (column == RevenueShareColumn)
            return tr("Paid by OpenAI to Microsoft; outside the Azure stack");
        if (column == ExclusivityColumn)
            return tr("Share of the year in which OpenAI's API was exclusive to Azure");
        if (const QString split = layerSplit(row, column); !split.isEmpty())
            return split;
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
    if (section < 0 || section >= columnCount())
        return {};
    if (m_comparison) {
        const int quantity = comparedQuantity(section);
        const Side side = comparedSide(section);
        if (role == Qt::ToolTipRole) {
            switch (side) {
            case Side::Scenario:
                return tr("The scenario as set");
            case Side::Compared:
                return tr("Compared: %1").arg(m_comparisonName);
            case Side::Difference:
                return tr("The scenario minus the compared one");
            }
        }
        if (role != Qt::DisplayRole)
            return {};
        // Short lines: six columns share the table's width in the narrowest window.
        const QString name = quantity == AzureStackColumn ? tr("Azure\nstack") : tr("Revenue\nshare");
        const QString which = side == Side::Scenario ? tr("scenario")
            : side == Side::Compared                 ? tr("compared")
                                                     : tr("difference");
        return tr("%1\n%2\n$B", "a quantity, then scenario, compared or difference").arg(name, which);
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
