// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/charts/scenariofanchart.h"

#include "scenario/charts/chartstyle.h"
#include "scenario/charts/chartvaluetext.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Dealscope {

namespace {

/// Puts @p values (one per year of @p years) on @p low, @p median and @p high; returns the highest p90.
double showPercentiles(const std::vector<int> &years, const std::vector<Percentiles> &values, QLineSeries *low,
                       QLineSeries *median, QLineSeries *high)
{
    QList<QPointF> p10, p50, p90;
    double highest = 0.0;
    for (std::size_t i = 0; i < years.size(); ++i) {
        const double x = years[i];
        p10.append({x, values[i].p10});
        p50.append({x, values[i].p50});
        p90.append({x, values[i].p90});
        highest = std::max(highest, values[i].p90);
    }
    low->replace(p10);
    median->replace(p50);
    high->replace(p90);
    return highest;
}

void colourFan(QAreaSeries *band, QLineSeries *median, const QColor &line, const QBrush &fill)
{
    band->setBrush(fill);
    band->setPen(QPen(line, 0.8));
    median->setPen(QPen(line, 2.5));
}

} // namespace

ScenarioFanChart::ScenarioFanChart(QWidget *parent)
    : ScenarioChartView(parent), m_axes(chart(), this), m_stack(makeFan()), m_share(makeFan())
{
    setObjectName(QStringLiteral("fanChart"));
    m_axes.addStackSeries(m_stack.band);
    m_axes.addStackSeries(m_stack.median);
    m_axes.addShareSeries(m_share.band);
    m_axes.addShareSeries(m_share.median);
    completeSetup();
}

ScenarioFanChart::Fan ScenarioFanChart::makeFan()
{
    Fan fan {new QLineSeries(this), new QLineSeries(this), new QLineSeries(this), nullptr};
    fan.band = new QAreaSeries(fan.high, fan.low);
    return fan;
}

void ScenarioFanChart::setResult(const MonteCarloResult &result)
{
    m_result = result;
    const double stackMax
        = std::max(1.0, showPercentiles(result.years, result.azureTotal, m_stack.low, m_stack.median, m_stack.high));
    const double shareMax
        = std::max(1.0, showPercentiles(result.years, result.revenueShare, m_share.low, m_share.median, m_share.high));
    m_axes.setValueRanges(stackMax, shareMax);
    if (!result.years.empty())
        m_axes.setYears(result.years.front(), result.years.back());
    double widest = 0.0;
    for (const Percentiles &stack : result.azureTotal)
        widest = std::max(widest, (stack.p90 - stack.p10) / std::max(1.0, stack.p50));
    m_samples = qsizetype(result.samples);
    m_narrowBand = widest < 0.02;
    updateTitle();
    updateSummary();
}

/// The Azure stack's percentiles in the first and last year, for screen readers.
void ScenarioFanChart::updateSummary()
{
    if (m_result.years.empty() || m_result.azureTotal.size() != m_result.years.size())
        return;
    const auto yearText = [this](std::size_t i) {
        const Percentiles &stack = m_result.azureTotal[i];
        return tr("Azure stack in %1: p10 %2, median %3, p90 %4")
            .arg(m_result.years[i])
            .arg(ChartValueText::amount(stack.p10), ChartValueText::amount(stack.p50),
                 ChartValueText::amount(stack.p90));
    };
    setDataSummary(tr("%1. %2. The Table tab gives every year's percentiles.")
                       .arg(yearText(0), yearText(m_result.years.size() - 1)));
}

void ScenarioFanChart::updateTitle()
{
    if (m_samples < 0)
        return;
    const QString samples = QLocale().toString(m_samples);
    setChartTitle(m_narrowBand ? tr("AGI-year uncertainty, p10–p90 of %1 samples (illustrative): a narrow band, "
                                    "under these terms the AGI year barely matters")
                                     .arg(samples)
                               : tr("AGI-year uncertainty, p10–p90 of %1 samples, every other assumption as set "
                                    "(illustrative)")
                                     .arg(samples));
}

QList<QPointF> ScenarioFanChart::stackMedian() const
{
    return m_stack.median->points();
}

void ScenarioFanChart::applyPalette(const ChartPalette &colors)
{
    colourFan(m_stack.band, m_stack.median, colors.fanStack, colors.fanStackFill);
    // The two bands overlap on different axes: one filled, one hatched, so both stay readable.
    colourFan(m_share.band, m_share.median, colors.fanShare, QBrush(colors.fanShareFill, Qt::BDiagPattern));
}

/// Axis titles, legend and the title in the current language.
void ScenarioFanChart::retranslate()
{
    m_axes.setTitles(tr("Calendar year"), tr("Azure stack, USD billions"), tr("Revenue share, USD billions"));
    m_stack.band->setName(tr("Azure stack p10–p90"));
    m_stack.median->setName(tr("Azure stack p50"));
    m_share.band->setName(tr("Revenue share p10–p90 (right axis)"));
    m_share.median->setName(tr("Revenue share p50 (right axis)"));
    refreshLegendLabels(chart());
    updateTitle();
    updateSummary();
}

QString ScenarioFanChart::valueTextAt(const QPoint &pos) const
{
    const QPointF at = chartPosition(pos);
    if (!inPlot(at) || m_result.years.empty())
        return {};
    const int year = int(std::lround(chart()->mapToValue(at, m_stack.median).x()));
    const auto found = std::find(m_result.years.cbegin(), m_result.years.cend(), year);
    if (found == m_result.years.cend())
        return {};
    const std::size_t index = std::size_t(found - m_result.years.cbegin());
    // How far, in pixels, the pointer is from a fan's band at this year (0 inside it).
    const auto distance = [&](const Percentiles &values, QAbstractSeries *series) {
        const double low = chart()->mapToPosition(QPointF(year, values.p10), series).y();
        const double high = chart()->mapToPosition(QPointF(year, values.p90), series).y();
        return std::max({0.0, std::min(low, high) - at.y(), at.y() - std::max(low, high)});
    };
    const Percentiles &stack = m_result.azureTotal[index];
    const Percentiles &share = m_result.revenueShare[index];
    const bool onShare = distance(share, m_share.median) < distance(stack, m_stack.median);
    const Percentiles &values = onShare ? share : stack;
    const Fan &fan = onShare ? m_share : m_stack;
    return QStringList {
        QString::number(year), ChartValueText::line(fan.median->name(), ChartValueText::amount(values.p50)),
        ChartValueText::line(fan.band->name(),
                             tr("%1 to %2", "a range of amounts")
                                 .arg(ChartValueText::amount(values.p10), ChartValueText::amount(values.p90)))}
        .join(u'\n');
}

} // namespace Dealscope
