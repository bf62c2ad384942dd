// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QRectF>
#include <QSet>

class QAbstractSeries;
class QChart;
class QGraphicsSimpleTextItem;

namespace Dealscope {

class ChartLegendSwatch;

/// The scenario charts' legend, drawn instead of Qt Charts' own: one entry with a swatch per shown legend
/// marker, the swatch drawn like the series (filled or hatched areas, dashed lines, bars). Qt's legend cuts
/// its labels short when the chart is narrow, draws a dashed line's swatch solid, and drawn into a 300 dpi
/// PDF (the report) shows one label and no swatches. This one goes from a column on the right to rows under
/// the plot instead, and reserves its room in the chart's margins so that it never covers the plot or axes.
class ChartLegend : public QObject
{
    Q_OBJECT

public:
    /// Hides @p chart's own legend and draws this one in its place. The chart's legend markers stay the
    /// model: one entry per marker of a visible series not left out with setShown(), with the marker's label.
    explicit ChartLegend(QChart *chart);
    ~ChartLegend() override;

    /// Reads the entries again from the chart's legend markers (names, colours, which are shown) and lays
    /// them out. Call it after a chart changed its series' names, colours or visibility.
    void refresh();
    /// Leaves @p series out of the legend, or (@p shown) puts it back.
    void setShown(const QAbstractSeries *series, bool shown);

    /// Where the legend is, in scene coordinates (empty without entries).
    QRectF sceneRect() const;
    /// Whether the entries are in rows under the plot rather than in a column on the right.
    bool isBelow() const { return m_below; }

private:
    struct Entry
    {
        ChartLegendSwatch *swatch;
        QGraphicsSimpleTextItem *label;
    };

    void layout();

    QChart *m_chart;
    QList<Entry> m_entries;
    QSet<const QAbstractSeries *> m_hidden;
    bool m_below = false;
    bool m_layingOut = false;
};

} // namespace Dealscope
