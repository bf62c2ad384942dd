// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelinelayout.h"
#include "timeline/timelinescene.h"

#include <QFont>
#include <QFontMetrics>
#include <QRect>
#include <QRectF>
#include <QSize>

namespace Dealscope {

/// Sizes derived from the font, recomputed when it changes.
struct TimelineMetrics
{
    /// Lines for the version and today labels under the ticks: versions months apart need three.
    static constexpr int VersionLines = 3;

    explicit TimelineMetrics(const QFont &baseFont);

    QFont font;
    QFont boldFont;
    QFont smallFont;
    QFontMetrics fm;
    int tickLineHeight, versionLineHeight, axisHeight, headerHeight, rowHeight, barHeight, subBarHeight;
    int summaryHeight, lanePadding, markerSize, labelPadding, minTickSpacing, minLabelRoom;
};

/// The scene laid out in the viewport: the time scale across, the lanes down below the axis band, and
/// the vertical scroll offset. Everything is in viewport coordinates.
class TimelineGeometry
{
public:
    explicit TimelineGeometry(const QFont &font);

    const TimelineMetrics &metrics() const { return m_metrics; }
    void setFont(const QFont &font);

    TimeScale &scale() { return m_scale; }
    const TimeScale &scale() const { return m_scale; }
    double xForDay(double day) const { return m_scale.xForDay(day); }
    double xForDate(const QDate &date) const { return m_scale.xForDay(TimeScale::dayOf(date)); }
    QDate dateAtX(double x) const { return TimeScale::dateOf(m_scale.dayAtX(x)); }
    double firstVisibleDay() const { return m_scale.originDay(); }
    double lastVisibleDay() const { return m_scale.dayAtX(width()); }
    TickUnit tickUnit() const { return tickUnitFor(m_scale.pixelsPerDay(), m_metrics.minTickSpacing); }

    void setViewportSize(const QSize &size) { m_viewportSize = size; }
    QSize viewportSize() const { return m_viewportSize; }
    int width() const { return m_viewportSize.width(); }
    int height() const { return m_viewportSize.height(); }
    /// The viewport below the axis band, where the lanes show.
    QRect lanesRect() const;

    /// Lays out the lanes of @p scene, collapsed ones by @p collapsed (one flag per lane).
    void layoutLanes(const TimelineScene &scene, const QList<bool> &collapsed);
    const LaneStack &lanes() const { return m_lanes; }
    bool isLaneCollapsed(int lane) const;
    int contentHeight() const { return m_lanes.contentHeight(); }

    int scrollY() const { return m_scrollY; }
    /// Scrolls the lanes to @p y, within what the content allows.
    void setScrollY(int y);
    int maxScrollY() const;

    int laneTop(int lane) const; ///< viewport y of the lane's header
    QRect laneHeaderRect(int lane) const;
    int rowTop(int lane, int row) const; ///< viewport y of a row
    /// The lane at viewport @p y, or -1 (the axis band included).
    int laneAtY(int y) const;
    /// The row at viewport @p y in @p lane, or -1.
    int rowAtY(int lane, int y) const;

    QRectF barRect(const TimelineItem &item) const;
    QRectF markerRect(const TimelineItem &item) const;
    /// The bar or the marker, whichever @p item is drawn as.
    QRectF shapeRect(const TimelineItem &item) const;
    /// What @p item takes of its row at the current zoom, in days: its bar or marker, and its title of
    /// @p titleWidth pixels, inside the bar when it fits there with room to spare, else after the shape.
    TimelineScene::ItemSpan itemSpan(const TimelineItem &item, int titleWidth) const;

private:
    TimelineMetrics m_metrics;
    TimeScale m_scale;
    LaneStack m_lanes;
    QSize m_viewportSize;
    int m_scrollY = 0;
};

} // namespace Dealscope
