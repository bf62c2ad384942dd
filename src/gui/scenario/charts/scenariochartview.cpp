// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/charts/scenariochartview.h"

#include "scenario/charts/chartstyle.h"

#include <QChart>
#include <QEvent>
#include <QLegend>

namespace Dealscope {

ScenarioChartView::ScenarioChartView(QWidget *parent)
    // The chart goes to the constructor: QChartView(parent) would make a default chart of its own, and
    // setChart() releases that one without deleting it.
    : QChartView(new QChart, parent)
{
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->legend()->setAlignment(Qt::AlignRight);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand); // QTBUG-118669: clicks on empty space crash with rubber bands
}

void ScenarioChartView::completeSetup()
{
    retranslate();
    followPalette();
    localizeChart(chart());
    keepAxisTitlesFitting(chart());
}

void ScenarioChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followPalette();
    if (event->type() == QEvent::LanguageChange)
        followLanguage();
}

void ScenarioChartView::followPalette()
{
    const ChartPalette colors = chartPalette(palette());
    applyChartPalette(chart(), colors);
    applyPalette(colors);
}

/// The chart's texts in the new language, its axis numbers in the language's locale.
void ScenarioChartView::followLanguage()
{
    retranslate();
    localizeChart(chart());
    fitAxisTitles(chart());
}

} // namespace Dealscope
