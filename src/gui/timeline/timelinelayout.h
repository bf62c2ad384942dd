// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <QRectF>
#include <QString>

#include <utility>
#include <vector>

namespace Dealscope {

// The timeline's layout in plain numbers: where days go across, which row an interval takes, where lanes
// go down, and where labels fit. Nothing here knows the model, fonts or widgets.

/// Maps days to horizontal pixels: the (fractional) Julian day shown at x = 0 and a zoom in pixels per
/// day. Days are doubles so that zooming and panning never round the view to whole days.
class TimeScale
{
public:
    static constexpr double MinPixelsPerDay = 0.02; ///< about 80 years across 600 pixels
    static constexpr double MaxPixelsPerDay = 400.0; ///< a few days across a wide window

    static double dayOf(const QDate &date) { return double(date.toJulianDay()); }
    static QDate dateOf(double day);

    double originDay() const { return m_originDay; }
    double pixelsPerDay() const { return m_pixelsPerDay; }
    void setOriginDay(double day) { m_originDay = day; }
    void setPixelsPerDay(double pixelsPerDay);

    double xForDay(double day) const { return (day - m_originDay) * m_pixelsPerDay; }
    double dayAtX(double x) const { return m_originDay + x / m_pixelsPerDay; }

    /// Multiplies the zoom by @p factor (within the limits) so that the day under @p anchorX stays there.
    void zoomBy(double factor, double anchorX);
    /// Shows the days [firstDay, lastDay) across @p width pixels.
    void fit(double firstDay, double lastDay, double width);

private:
    double m_originDay = 0.0;
    double m_pixelsPerDay = 1.0;
};

/// The granularity of the date axis, coarsest first.
enum class TickUnit { Decade, Year, Quarter, Month };

/// The coarsest unit is used only when nothing finer leaves @p minSpacing pixels between ticks.
TickUnit tickUnitFor(double pixelsPerDay, double minSpacing);
/// The next finer unit, for unlabelled minor ticks; Month has none and returns Month.
TickUnit finerUnit(TickUnit unit);
/// The tick dates of @p unit from the first one at or before @p firstDay through @p lastDay.
QList<QDate> tickDates(double firstDay, double lastDay, TickUnit unit);
QString tickLabel(const QLocale &locale, const QDate &date, TickUnit unit);

/// Packs items into rows so that each item's label has room: an item takes the first of up to @p maxRows
/// rows where its whole extent (its shape and then its label) is free. When none is, it takes the first
/// row where its shape alone is free, so shapes never overlap and only a label may have to be cut; rows
/// beyond @p maxRows are opened only for that. Feed items sorted by start.
class LabelRowPacker
{
public:
    explicit LabelRowPacker(int maxRows) : m_maxRows(maxRows) { }

    /// Places an item whose shape spans [start, shapeEnd) and whose label reaches @p extentEnd.
    int place(double start, double shapeEnd, double extentEnd);
    int rowCount() const { return int(m_shapeEnds.size()); }

private:
    int openRow(double shapeEnd, double extentEnd);

    int m_maxRows;
    std::vector<double> m_shapeEnds;
    std::vector<double> m_extentEnds;
};

/// Places short labels (versions on the axis) on up to @p lines lines without overlap. Labels are
/// placed in the order given, so put the most important first. Returns each label's line, or -1 when it
/// does not fit and is hidden.
QList<int> stackLabels(const QList<std::pair<double, double>> &spans, int lines, double gap);
/// Moves the span [left, right) inside [0, width) when it is narrower than that, so a label centred on a
/// rule near an edge is not cut; returns the new left.
double keepInside(double left, double right, double width);

/// A text the timeline placed in one paint, in viewport coordinates: what tests check for overlaps and
/// what a click on an item's label selects.
struct PlacedLabel
{
    enum class Kind {
        Tick, ///< a date on the axis
        AxisMark, ///< a version or today on the axis
        Title, ///< an item's title
        EndNote, ///< what an uncertain end waits for
    };

    Kind kind = Kind::Title;
    QRectF rect;
    QString text;
    int item = -1; ///< the item of a title or end note
};

/// The horizontal room around one bar that its title may use, in viewport pixels.
struct BarLabelSpace
{
    double barLeft = 0.0;
    double barRight = 0.0;
    double nextItemX = 0.0; ///< where the next item of the bar's row starts
    double viewWidth = 0.0;
    double padding = 0.0; ///< kept free between a label and the edges around it
    double leading = 0.0; ///< taken inside the bar at its start (a change badge)
    double trailing = 0.0; ///< taken inside the bar at its end (an open end's arrow)
};

/// Where a label starts and how wide it may be drawn.
struct LabelSlot
{
    double left = 0.0;
    double room = 0.0;

    friend bool operator==(const LabelSlot &, const LabelSlot &) = default;
};

/// The visible inside of a bar, less its padding, badge and arrow.
LabelSlot insideBar(const BarLabelSpace &space);
/// After the bar, up to the next item of its row or the view's edge.
LabelSlot afterBar(const BarLabelSpace &space);
/// From inside the bar on past its end, up to the next item of its row or the view's edge.
LabelSlot acrossBarEnd(const BarLabelSpace &space);
/// A bar's title goes inside the bar when it fits there, else after the bar when it fits there (unless an
/// end note took that room: @p afterTaken); when neither holds it, in the largest of the inside, the room
/// after and the room across the bar's end.
LabelSlot placeBarLabel(const BarLabelSpace &space, double titleWidth, bool afterTaken);

/// Stacks lanes from top to bottom, each a header and then its rows, or a thin summary strip when it is
/// collapsed. Positions are in content coordinates: 0 is the top of the first lane.
class LaneStack
{
public:
    struct Sizes
    {
        int header = 0;
        int row = 0;
        int padding = 0; ///< above the first row and below the last
        int summary = 0; ///< the body of a collapsed lane
    };
    struct Lane
    {
        int rows = 0;
        bool collapsed = false;
    };

    void stack(const Sizes &sizes, const QList<Lane> &lanes);

    int laneCount() const { return int(m_lanes.size()); }
    int contentHeight() const { return m_contentHeight; }
    bool isCollapsed(int lane) const { return m_lanes[lane].collapsed; }
    int laneTop(int lane) const { return m_tops[lane]; }
    int laneHeight(int lane) const; ///< header included
    int headerHeight() const { return m_sizes.header; }
    int rowHeight() const { return m_sizes.row; }
    /// The top of @p row of @p lane, whether or not the lane has that row.
    int rowTop(int lane, int row) const;
    /// The lane at @p y, or -1 below the last lane (and above the first).
    int laneAt(int y) const;
    /// The row of @p lane at @p y, or -1 outside its rows or when the lane is collapsed.
    int rowAt(int lane, int y) const;

private:
    Sizes m_sizes;
    QList<Lane> m_lanes;
    QList<int> m_tops;
    int m_contentHeight = 0;
};

} // namespace Dealscope
