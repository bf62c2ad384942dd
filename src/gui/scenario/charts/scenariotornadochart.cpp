// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/charts/scenariotornadochart.h"

#include "scenario/charts/chartaxes.h"
#include "scenario/charts/chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFont>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Dealscope {

ScenarioTornadoChart::ScenarioTornadoChart(QWidget *parent)
    : ScenarioChartView(parent)
    , m_series(new QHorizontalBarSeries)
    , m_low(new QBarSet(QString()))
    , m_high(new QBarSet(QString()))
    , m_axisY(new QBarCategoryAxis(this))
    , m_axisX(new QValueAxis(this))
{
    setObjectName(QStringLiteral("tornadoChart"));

    m_series->append(m_low);
    m_series->append(m_high);
    m_series->setBarWidth(0.8);
    chart()->addSeries(m_series);
    m_axisX->setLabelFormat(QStringLiteral("%+.0f"));
    m_axisY->setTruncateLabels(false); // the assumption names are the point of the chart
    QFont labelFont = m_axisY->labelsFont();
    if (labelFont.pointSizeF() > 0)
        labelFont.setPointSizeF(labelFont.pointSizeF() * 0.9);
    m_axisY->setLabelsFont(labelFont);
    chart()->addAxis(m_axisX, Qt::AlignBottom);
    chart()->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    completeSetup();
}

void ScenarioTornadoChart::setResult(const TornadoResult &result)
{
    m_result = result;
    const int count = std::min<int>(MaxBars, int(result.bars.size()));
    QStringList labels;
    QList<double> low;
    QList<double> high;
    double lowest = 0.0;
    double highest = 0.0;
    // Categories run bottom to top: the largest swing goes last so that it is drawn on top.
    for (int i = count - 1; i >= 0; --i) {
        const TornadoBar &bar = result.bars[std::size_t(i)];
        labels.append(ScenarioAssumptions::displayLabel(bar.id));
        low.append(bar.lowDelta);
        high.append(bar.highDelta);
        lowest = std::min({lowest, bar.lowDelta, bar.highDelta});
        highest = std::max({highest, bar.lowDelta, bar.highDelta});
    }
    if (m_low->count() != count) {
        m_low->remove(0, m_low->count());
        m_high->remove(0, m_high->count());
        m_low->append(low);
        m_high->append(high);
    } else {
        for (int i = 0; i < count; ++i) {
            m_low->replace(i, low[i]);
            m_high->replace(i, high[i]);
        }
    }
    if (m_axisY->categories() != labels)
        m_axisY->setCategories(labels);
    // Zero stays on a tick; each side gets just the room its bars need.
    const double extent = std::max(1.0, highest - lowest);
    const double step = niceAxisRange(extent * 1.05, 7).second;
    m_axisX->setTickType(QValueAxis::TicksDynamic);
    m_axisX->setTickAnchor(0.0);
    m_axisX->setTickInterval(step);
    m_axisX->setRange(std::floor(lowest * 1.05 / step) * step, std::ceil(highest * 1.05 / step) * step);
    chart()->setTitle(tr("Sensitivity of cumulative Microsoft revenue 2025–%2 (base $%1 B): each assumption at its "
                         "minimum and maximum, all else as set — illustrative")
                          .arg(QLocale().toString(result.baseValue, 'f', 0))
                          .arg(result.toYear));
}

QStringList ScenarioTornadoChart::shownLabels() const
{
    QStringList labels = m_axisY->categories();
    std::reverse(labels.begin(), labels.end());
    return labels;
}

void ScenarioTornadoChart::applyPalette(const ChartPalette &colors)
{
    m_low->setColor(colors.tornadoLow);
    m_high->setColor(colors.tornadoHigh);
}

/// Legend, axis title, and the assumption names and title of the result shown.
void ScenarioTornadoChart::retranslate()
{
    m_low->setLabel(tr("Assumption at its minimum"));
    m_high->setLabel(tr("Assumption at its maximum"));
    m_axisX->setTitleText(tr("Change, USD billions"));
    if (const std::optional<TornadoResult> result = m_result)
        setResult(*result);
}

} // namespace Dealscope
