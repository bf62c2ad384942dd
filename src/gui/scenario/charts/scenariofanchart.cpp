// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/charts/scenariofanchart.h"

#include "scenario/charts/scenariochart.h"

#include "scenario/charts/chartstyle.h"

#include <QAreaSeries>
#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Dealscope {

namespace {
const QColor StackColor(0x00, 0x72, 0xB2);
const QColor ShareColor(0xD5, 0x5E, 0x00);
} // namespace

ScenarioFanChart::ScenarioFanChart(QWidget *parent)
    // The chart goes to the constructor: QChartView(parent) would make a default chart of its own, and
    // setChart() releases that one without deleting it.
    : QChartView(new QChart, parent)
    , m_chart(chart())
    , m_axisX(new QValueAxis(this))
    , m_axisY(new QValueAxis(this))
    , m_axisShare(new QValueAxis(this))
    , m_stackLow(new QLineSeries(this))
    , m_stackHigh(new QLineSeries(this))
    , m_stackMid(new QLineSeries(this))
    , m_shareLow(new QLineSeries(this))
    , m_shareHigh(new QLineSeries(this))
    , m_shareMid(new QLineSeries(this))
{
    setObjectName(QStringLiteral("fanChart"));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignRight);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);

    m_axisX->setTitleText(tr("Calendar year"));
    m_axisX->setLabelFormat(QStringLiteral("%.0f"));
    m_axisX->setTickType(QValueAxis::TicksDynamic);
    m_axisX->setTickAnchor(ScenarioEngine::BaseYear);
    m_axisX->setTickInterval(1.0);
    m_axisY->setTitleText(tr("Azure stack, USD billions"));
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY->setTickType(QValueAxis::TicksDynamic);
    m_axisY->setTickAnchor(0.0);
    m_axisShare->setTitleText(tr("Revenue share, USD billions"));
    m_axisShare->setLabelFormat(QStringLiteral("%.0f"));
    m_axisShare->setTickType(QValueAxis::TicksDynamic);
    m_axisShare->setTickAnchor(0.0);
    m_axisShare->setGridLineVisible(false);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_chart->addAxis(m_axisShare, Qt::AlignRight);

    const auto attach = [this](QAbstractSeries *series, QValueAxis *y) {
        m_chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(y);
    };
    m_stackBand = new QAreaSeries(m_stackHigh, m_stackLow);
    m_stackBand->setName(tr("Azure stack p10–p90"));
    QColor stackFill = StackColor;
    stackFill.setAlphaF(0.3f);
    m_stackBand->setBrush(stackFill);
    m_stackBand->setPen(QPen(StackColor, 0.8));
    attach(m_stackBand, m_axisY);
    m_stackMid->setName(tr("Azure stack p50"));
    m_stackMid->setPen(QPen(StackColor, 2.5));
    attach(m_stackMid, m_axisY);

    m_shareBand = new QAreaSeries(m_shareHigh, m_shareLow);
    m_shareBand->setName(tr("Revenue share p10–p90 (right axis)"));
    QColor shareFill = ShareColor;
    shareFill.setAlphaF(0.3f);
    m_shareBand->setBrush(shareFill);
    m_shareBand->setPen(QPen(ShareColor, 0.8));
    attach(m_shareBand, m_axisShare);
    m_shareMid->setName(tr("Revenue share p50 (right axis)"));
    m_shareMid->setPen(QPen(ShareColor, 2.5));
    attach(m_shareMid, m_axisShare);
    applyPalette();
    localizeChart(m_chart);
    keepAxisTitlesFitting(m_chart);
}

void ScenarioFanChart::setResult(const MonteCarloResult &result)
{
    QList<QPointF> low, mid, high, shareLow, shareMid, shareHigh;
    double stackMax = 1.0;
    double shareMax = 1.0;
    for (std::size_t i = 0; i < result.years.size(); ++i) {
        const double x = result.years[i];
        const Percentiles &stack = result.azureTotal[i];
        const Percentiles &share = result.revenueShare[i];
        low.append({x, stack.p10});
        mid.append({x, stack.p50});
        high.append({x, stack.p90});
        shareLow.append({x, share.p10});
        shareMid.append({x, share.p50});
        shareHigh.append({x, share.p90});
        stackMax = std::max(stackMax, stack.p90);
        shareMax = std::max(shareMax, share.p90);
    }
    m_stackLow->replace(low);
    m_stackMid->replace(mid);
    m_stackHigh->replace(high);
    m_shareLow->replace(shareLow);
    m_shareMid->replace(shareMid);
    m_shareHigh->replace(shareHigh);

    const auto [yMax, yStep] = niceAxisRange(stackMax * 1.04);
    m_axisY->setTickInterval(yStep);
    m_axisY->setRange(0.0, yMax);
    const double ticks = std::round(yMax / yStep);
    const auto [shareNice, shareStepNice] = niceAxisRange(shareMax * 1.04, int(ticks) + 1);
    const double shareStep = std::max(shareStepNice, shareNice / ticks);
    m_axisShare->setTickInterval(shareStep);
    m_axisShare->setRange(0.0, shareStep * ticks);
    if (!result.years.empty())
        m_axisX->setRange(result.years.front(), result.years.back());
    double widest = 0.0;
    for (const Percentiles &stack : result.azureTotal)
        widest = std::max(widest, (stack.p90 - stack.p10) / std::max(1.0, stack.p50));
    m_samples = qsizetype(result.samples);
    m_narrowBand = widest < 0.02;
    updateTitle();
}

void ScenarioFanChart::updateTitle()
{
    if (m_samples < 0)
        return;
    const QString samples = QLocale().toString(m_samples);
    m_chart->setTitle(m_narrowBand ? tr("AGI-year uncertainty, p10–p90 of %1 samples (illustrative): a narrow band, "
                                        "under these terms the AGI year barely matters")
                                         .arg(samples)
                                   : tr("AGI-year uncertainty, p10–p90 of %1 samples, every other assumption as set "
                                        "(illustrative)")
                                         .arg(samples));
}

QList<QPointF> ScenarioFanChart::stackMedian() const
{
    return m_stackMid->points();
}

void ScenarioFanChart::applyPalette()
{
    applyChartPalette(m_chart, {m_axisX, m_axisY, m_axisShare}, palette());
}

void ScenarioFanChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ScenarioFanChart::retranslate()
{
    m_axisX->setTitleText(tr("Calendar year"));
    m_axisY->setTitleText(tr("Azure stack, USD billions"));
    m_axisShare->setTitleText(tr("Revenue share, USD billions"));
    m_stackBand->setName(tr("Azure stack p10–p90"));
    m_stackMid->setName(tr("Azure stack p50"));
    m_shareBand->setName(tr("Revenue share p10–p90 (right axis)"));
    m_shareMid->setName(tr("Revenue share p50 (right axis)"));
    refreshLegendLabels(m_chart);
    localizeChart(m_chart);
    fitAxisTitles(m_chart);
    updateTitle();
}

} // namespace Dealscope
