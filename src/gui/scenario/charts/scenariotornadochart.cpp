// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/charts/scenariotornadochart.h"

#include "scenario/charts/chartaxes.h"
#include "scenario/charts/chartlabels.h"
#include "scenario/charts/chartlegend.h"
#include "scenario/charts/chartstyle.h"
#include "scenario/charts/chartvaluetext.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
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
    m_baseLabelFont = addHorizontalBarAxes(chart(), m_series, m_axisX, m_axisY, 0.9);
    followPlotArea([this] { placeValueLabels(); },
                   [this] {
                       fitValueAxis();
                       fitCategories();
                   });
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
    m_labels = labels;
    fitCategories();
    m_lowest = lowest;
    m_highest = highest;
    fitValueAxis();
    const QString base = QLocale().toString(result.baseValue, 'f', 0);
    m_axisX->setTitleText(tr("Change from the base of %1, USD billions").arg(base));
    setChartTitle(tr("Sensitivity of cumulative Microsoft revenue 2025–%2 (base $%1 B): each assumption at its "
                     "minimum and maximum, all else as set — illustrative")
                      .arg(base)
                      .arg(result.toYear));
    QStringList swings;
    for (int i = 0; i < std::min(count, 3); ++i) {
        const TornadoBar &bar = result.bars[std::size_t(i)];
        swings.append(tr("%1 from %2 to %3")
                          .arg(ScenarioAssumptions::displayLabel(bar.id), ChartValueText::change(bar.lowDelta),
                               ChartValueText::change(bar.highDelta)));
    }
    setDataSummary(tr("Base %1. Largest swings: %2. The Table tab gives every assumption.")
                       .arg(ChartValueText::amount(result.baseValue), swings.join(QStringLiteral("; "))));

    while (m_values.size() > 2 * count)
        delete m_values.takeLast();
    while (m_values.size() < 2 * count) {
        auto *label = new QGraphicsSimpleTextItem(chart());
        label->setZValue(20);
        tagChartLabel(label, ChartLabel::Kind::DataValue);
        m_values.append(label);
    }
    const QLocale locale;
    for (int i = 0; i < count; ++i) {
        // One decimal for small changes, none for large ones: the axis is in billions.
        const auto text = [&](double value) -> QString {
            return (value > 0 ? QStringLiteral("+") : QString())
                + locale.toString(value, 'f', std::abs(value) < 10.0 ? 1 : 0);
        };
        m_values[i]->setText(text(low[i]));
        m_values[count + i]->setText(text(high[i]));
    }
    applyPalette(chartPalette(palette()));
    placeValueLabels();
}

/// Writes each bar's value just past its end, inside the plot, in a smaller font on thin bars. Two values on
/// the same side of zero stand one above the other around their category's middle; where even that finds no
/// room, they are left out (the tooltip still gives them).
void ScenarioTornadoChart::placeValueLabels()
{
    const QRectF plot = chart()->plotArea();
    const int count = int(m_values.size()) / 2;
    if (plot.isEmpty() || count == 0)
        return;
    // Each category holds two bars side by side in barWidth() of its height.
    const double category = plot.height() / count;
    const double barHeight = category * m_series->barWidth() / 2.0;
    QFont font = m_axisY->labelsFont();
    const qreal fullSize = font.pointSizeF();
    while (fullSize > 0 && font.pointSizeF() > fullSize * 0.75 && QFontMetricsF(font).height() > barHeight + 3.0)
        font.setPointSizeF(font.pointSizeF() - 0.5);
    const double lineHeight = QFontMetricsF(font).height();
    for (int i = 0; i < count && i < m_low->count() && i < m_high->count(); ++i) {
        const bool sameSide = (m_low->at(i) >= 0.0) == (m_high->at(i) >= 0.0);
        const bool room = sameSide ? 2.0 * lineHeight <= category : lineHeight <= category * 0.6;
        const double centre = chart()->mapToPosition(QPointF(0.0, i), m_series).y();
        for (int set = 0; set < 2; ++set) {
            QGraphicsSimpleTextItem *label = m_values[set * count + i];
            label->setFont(font);
            label->setVisible(room);
            const double value = (set == 0 ? m_low : m_high)->at(i);
            const double middle = i - m_series->barWidth() / 4.0 + set * m_series->barWidth() / 2.0;
            const QPointF end = chart()->mapToPosition(QPointF(value, middle), m_series);
            const QSizeF size = label->boundingRect().size();
            double x = value >= 0.0 ? end.x() + 3.0 : end.x() - 3.0 - size.width();
            x = std::clamp(x, plot.left() + 1.0, plot.right() - size.width() - 1.0);
            double y = end.y() - size.height() / 2.0;
            if (sameSide) // the low bar is the lower one
                y = set == 0 ? std::max(y, centre) : std::min(y, centre - size.height());
            label->setPos(x, y);
        }
    }
}

QStringList ScenarioTornadoChart::valueLabels() const
{
    QStringList texts;
    for (const QGraphicsSimpleTextItem *label : m_values) {
        if (label->isVisible())
            texts.append(label->text());
    }
    return texts;
}

/// Zero on a tick, each side with the room its bars and their values need, and as many ticks as the plot's
/// width has room for.
void ScenarioTornadoChart::fitValueAxis()
{
    const double extent = std::max(1.0, m_highest - m_lowest);
    const double width = chart()->plotArea().width();
    const double labelWidth = QFontMetricsF(m_axisX->labelsFont()).horizontalAdvance(QStringLiteral("-0000")) * 1.5;
    const int ticks = width > 0.0 ? std::clamp(int(width / labelWidth), 3, 7) : 7;
    const double step = niceAxisRange(extent * 1.3, ticks).second;
    const double room = extent * 0.22;
    const double min = m_lowest < 0.0 ? std::floor((m_lowest - room) / step) * step : 0.0;
    const double max = m_highest > 0.0 ? std::ceil((m_highest + room) / step) * step : 0.0;
    if (m_axisX->tickInterval() == step && m_axisX->min() == min && m_axisX->max() == max)
        return;
    m_axisX->setTickType(QValueAxis::TicksDynamic);
    m_axisX->setTickAnchor(0.0);
    m_axisX->setTickInterval(step);
    m_axisX->setRange(min, max);
}

/// The assumption names in a smaller font, or on two lines, when they would take more than a good part of
/// the chart's width: Qt Charts neither cuts nor wraps them, so they would run off the chart's left edge.
void ScenarioTornadoChart::fitCategories()
{
    const double rowHeight = m_labels.isEmpty() ? 0.0 : chart()->plotArea().height() / double(m_labels.size());
    fitCategoryLabels(m_axisY, m_labels, m_baseLabelFont, std::max<qreal>(80.0, chart()->size().width() * 0.28),
                      rowHeight);
}

QStringList ScenarioTornadoChart::shownLabels() const
{
    QStringList labels = m_labels;
    std::reverse(labels.begin(), labels.end());
    return labels;
}

void ScenarioTornadoChart::applyPalette(const ChartPalette &colors)
{
    m_low->setColor(colors.tornadoLow);
    m_high->setColor(colors.tornadoHigh);
    for (QGraphicsSimpleTextItem *label : std::as_const(m_values))
        label->setBrush(colors.text);
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

QString ScenarioTornadoChart::baseText() const
{
    if (!m_result)
        return {};
    return tr("Base: %1, cumulative %2–%3")
        .arg(ChartValueText::amount(m_result->baseValue))
        .arg(m_result->fromYear)
        .arg(m_result->toYear);
}

QString ScenarioTornadoChart::valueTextAt(const QPoint &pos) const
{
    const QPointF at = chartPosition(pos);
    const int count = m_low->count();
    if (!m_result || !inPlot(at) || count == 0)
        return {};
    // Categories run bottom to top, the largest swing last.
    const int category = int(std::lround(chart()->mapToValue(at, m_series).y()));
    if (category < 0 || category >= count)
        return {};
    const TornadoBar &bar = m_result->bars[std::size_t(count - 1 - category)];
    const auto end = [&](const QString &series, double setting, double delta) {
        return ChartValueText::line(
            tr("%1 (%2)", "a series and the assumption's setting")
                .arg(series, ChartValueText::setting(bar.id, setting)),
            tr("%1, total %2", "a change and the total it leads to")
                .arg(ChartValueText::change(delta), ChartValueText::amount(m_result->baseValue + delta)));
    };
    return QStringList {ScenarioAssumptions::displayLabel(bar.id), end(m_low->label(), bar.lowValue, bar.lowDelta),
                        end(m_high->label(), bar.highValue, bar.highDelta), baseText()}
        .join(u'\n');
}

} // namespace Dealscope
