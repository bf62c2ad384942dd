// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/charts/scenariochartview.h"

#include "scenario/charts/chartlegend.h"
#include "scenario/charts/chartstyle.h"
#include "scenario/charts/chartvaluetext.h"

#include <QChart>
#include <QEvent>

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLegend>
#include <QToolTip>
#include <algorithm>

namespace Dealscope {

ScenarioChartView::ScenarioChartView(QWidget *parent)
    // The chart goes to the constructor: QChartView(parent) would make a default chart of its own, and
    // setChart() releases that one without deleting it.
    : QChartView(new QChart, parent), m_legend(new ChartLegend(chart()))
{
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand); // QTBUG-118669: clicks on empty space crash with rubber bands
    // The legend's room (the chart's margins) decides the title's width too. Queued: the layout that moved
    // the plot area is still running.
    connect(chart(), &QChart::plotAreaChanged, this, &ScenarioChartView::wrapTitle, Qt::QueuedConnection);
}

void ScenarioChartView::completeSetup()
{
    retranslate();
    followPalette();
    localizeChart(chart());
    keepAxisTitlesFitting(chart());
    m_legend->refresh();
}

void ScenarioChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followPalette();
    if (event->type() == QEvent::LanguageChange)
        followLanguage();
}

void ScenarioChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    wrapTitle();
}

QString ScenarioChartView::valueTextAt(const QPoint &) const
{
    return {};
}

bool ScenarioChartView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = valueTextAt(help->pos());
        if (!text.isEmpty()) {
            // No rect: the tip stays while the pointer moves and takes the text of each new position.
            QToolTip::showText(help->globalPos(), ChartValueText::toolTip(text), viewport());
            return true;
        }
    }
    return QChartView::viewportEvent(event);
}

QPointF ScenarioChartView::chartPosition(const QPoint &pos) const
{
    return chart()->mapFromScene(mapToScene(pos));
}

bool ScenarioChartView::inPlot(const QPointF &chartPos) const
{
    return chart()->plotArea().contains(chartPos);
}

void ScenarioChartView::setChartTitle(const QString &title)
{
    m_title = title;
    setAccessibleName(title);
    wrapTitle();
}

/// Breaks the title between words into lines that fit the chart's width.
void ScenarioChartView::wrapTitle()
{
    if (m_title.isEmpty())
        return;
    const QFontMetricsF metrics(chart()->titleFont());
    const QMargins margins = chart()->margins();
    const qreal width = std::max<qreal>(80.0, chart()->size().width() - margins.left() - margins.right() - 24.0);
    QStringList lines;
    QString line;
    const QStringList words = m_title.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QString longer = line.isEmpty() ? word : line + u' ' + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            lines.append(line.toHtmlEscaped());
            line = word;
        } else {
            line = longer;
        }
    }
    lines.append(line.toHtmlEscaped());
    const QString html = lines.join(QStringLiteral("<br>"));
    if (chart()->title() != html)
        chart()->setTitle(html);
}

void ScenarioChartView::followPalette()
{
    const ChartPalette colors = chartPalette(palette());
    applyChartPalette(chart(), colors);
    applyPalette(colors);
    m_legend->refresh();
}

/// The chart's texts in the new language, its axis numbers in the language's locale.
void ScenarioChartView::followLanguage()
{
    retranslate();
    localizeChart(chart());
    fitAxisTitles(chart());
    m_legend->refresh();
}

void ScenarioChartView::followPlotArea(const std::function<void()> &place, const std::function<void()> &fit)
{
    connect(chart(), &QChart::plotAreaChanged, this, place);
    // Queued: the layout that moved the plot area is still running.
    connect(chart(), &QChart::plotAreaChanged, this, fit, Qt::QueuedConnection);
}

} // namespace Dealscope
