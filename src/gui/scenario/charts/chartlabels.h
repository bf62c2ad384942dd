// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QString>

class QChart;
class QGraphicsItem;

namespace Dealscope {

/// One text a chart draws, as laid out: what it is, what it says, where it is in the chart's scene, and
/// whether Qt Charts shortened it with an ellipsis because it had no room.
struct ChartLabel
{
    enum class Kind {
        AxisTick, ///< a number or category along an axis
        AxisTitle,
        Marker, ///< a label of a year marker or another annotation the chart adds over the plot
        Legend, ///< the label of a legend entry
        Title, ///< the chart's title
        DataValue, ///< a value written on or next to a data point or bar
        Other,
    };

    Kind kind = Kind::Other;
    QString text; ///< plain text as drawn, with the ellipsis if it was shortened
    /// Where the text is drawn, in scene coordinates: the glyphs' own box for a line of Qt Charts' text (its
    /// line box has room above and below that Qt lets neighbouring labels use), the text's box otherwise.
    QRectF sceneRect;
    bool elided = false;
};

/// Every visible text item of @p chart (title, axis ticks and titles, legend labels, and the labels the
/// chart's owner adds and tags with tagChartLabel()), in scene coordinates. Lets a test check that no two
/// labels overlap and that nothing was cut short. An untagged text item of the owner's counts as Other.
QList<ChartLabel> chartLabels(const QChart *chart);

/// Marks @p item, a text item a chart adds of its own, as a label of @p kind for chartLabels().
void tagChartLabel(QGraphicsItem *item, ChartLabel::Kind kind);

} // namespace Dealscope
