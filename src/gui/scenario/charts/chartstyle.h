// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QColor>
#include <QPalette>

#include <array>

class QChart;

namespace Dealscope {

/// Every colour the scenario charts draw with, resolved for one widget palette. Text, lines and grid follow
/// the palette, so they read on light and dark backgrounds alike; the data are drawn in Okabe–Ito hues,
/// which stay distinguishable with the common colour-vision deficiencies.
struct ChartPalette
{
    QBrush background;
    QColor text; ///< titles, legend, axis labels and titles
    QColor axisLine;
    QColor grid;

    std::array<QColor, 3> layers; ///< IaaS, PaaS, SaaS: the OpenAI-driven bands
    std::array<QColor, 3> layerBaselines; ///< the baseline band under each
    std::array<QColor, 3> layerBorders;
    QColor revenueShare; ///< the revenue share line
    QColor revenueShareAxis; ///< the right-hand axis that measures it
    QColor exclusivityHatch;
    QColor marker; ///< the dotted year markers and their labels
    QColor markerLabelBackground;
    QColor comparison; ///< the compared Azure stack, dashed
    QColor comparisonShare; ///< the compared revenue share, dashed

    QColor fanStack; ///< the fan chart's Azure stack median and band border
    QColor fanStackFill;
    QColor fanShare; ///< the fan chart's revenue share median and band border
    QColor fanShareFill; ///< drawn as a hatch: a second translucent fill would blend with the first into grey

    QColor tornadoLow; ///< bars with the assumption at its minimum
    QColor tornadoHigh; ///< bars with the assumption at its maximum

    QColor bridgeTotal; ///< the bridge's bars of a regime's total
    QColor bridgeUp; ///< a term that adds
    QColor bridgeDown; ///< a term that takes away
};

/// The scenario charts' colours for @p palette; a dark base picks the dark variants.
ChartPalette chartPalette(const QPalette &palette);

/// Colours the background, title, legend and every axis of @p chart, the same way in every scenario chart.
void applyChartPalette(QChart *chart, const ChartPalette &colors);

/// Formats the chart's axis numbers in the default locale (QLocale::setDefault(), the interface language),
/// without group separators so that years read 2030, not 2,030.
void localizeChart(QChart *chart);

/// Sets each legend marker's label to its series' current name: renamed series keep their old labels
/// otherwise (QTBUG-107890), e.g. after a language change.
void refreshLegendLabels(QChart *chart);

/// Makes each axis title of @p chart fit its axis, setting it in a smaller font (down to a floor) when it is
/// longer: Qt Charts cuts a longer title short without a tooltip, and titles in German or Hindi are long.
/// Call it when the titles or the plot area change (keepAxisTitlesFitting() does the latter).
void fitAxisTitles(QChart *chart);
/// Calls fitAxisTitles() now and whenever the chart's plot area changes.
void keepAxisTitlesFitting(QChart *chart);

} // namespace Dealscope
