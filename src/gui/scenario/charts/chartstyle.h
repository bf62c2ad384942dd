// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

#include <initializer_list>

class QAbstractAxis;
class QChart;

namespace Dealscope {

/// Colours a chart's background, title, legend and @p axes from @p palette, so that every scenario chart
/// reads the same way in light and dark themes.
void applyChartPalette(QChart *chart, std::initializer_list<QAbstractAxis *> axes, const QPalette &palette);

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
