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

} // namespace Dealscope
