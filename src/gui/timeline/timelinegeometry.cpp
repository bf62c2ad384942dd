// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinegeometry.h"

#include "timeline/timelinescene.h"

#include <algorithm>
#include <cmath>

namespace Dealscope {

TimelineMetrics::TimelineMetrics(const QFont &baseFont)
    : font(baseFont), boldFont(baseFont), smallFont(baseFont), fm(baseFont)
{
    boldFont.setBold(true);
    smallFont.setPointSizeF(baseFont.pointSizeF() > 0 ? baseFont.pointSizeF() * 0.85 : 8.0);
    const QFontMetrics small(smallFont);
    const int line = fm.height();
    tickLineHeight = line + 6;
    versionLineHeight = small.height() + 2;
    axisHeight = tickLineHeight + VersionLines * versionLineHeight + 4;
    headerHeight = line + 10;
    rowHeight = line + 12;
    barHeight = line + 6;
    subBarHeight = line + 1;
    summaryHeight = std::max(10, line / 2 + 6);
    lanePadding = 4;
    markerSize = std::max(8, line * 2 / 3);
    labelPadding = 5;
    minTickSpacing = fm.horizontalAdvance(QStringLiteral("Mmm 0000")) + 16;
    minLabelRoom = fm.horizontalAdvance(QStringLiteral("Mm…"));
}

TimelineGeometry::TimelineGeometry(const QFont &font) : m_metrics(font) { }

void TimelineGeometry::setFont(const QFont &font)
{
    m_metrics = TimelineMetrics(font);
}

QRect TimelineGeometry::lanesRect() const
{
    return QRect(0, m_metrics.axisHeight, width(), height() - m_metrics.axisHeight);
}

void TimelineGeometry::layoutLanes(const TimelineScene &scene, const QList<bool> &collapsed)
{
    QList<LaneStack::Lane> lanes;
    lanes.reserve(scene.lanes().size());
    for (qsizetype lane = 0; lane < scene.lanes().size(); ++lane)
        lanes.append({int(scene.lanes()[lane].rows.size()), collapsed.value(lane)});
    m_lanes.stack({m_metrics.headerHeight, m_metrics.rowHeight, m_metrics.lanePadding, m_metrics.summaryHeight}, lanes);
}

bool TimelineGeometry::isLaneCollapsed(int lane) const
{
    return lane >= 0 && lane < m_lanes.laneCount() && m_lanes.isCollapsed(lane);
}

void TimelineGeometry::setScrollY(int y)
{
    m_scrollY = std::clamp(y, 0, maxScrollY());
}

int TimelineGeometry::maxScrollY() const
{
    return std::max(0, contentHeight() - lanesRect().height());
}

int TimelineGeometry::laneTop(int lane) const
{
    return m_metrics.axisHeight + m_lanes.laneTop(lane) - m_scrollY;
}

QRect TimelineGeometry::laneHeaderRect(int lane) const
{
    return QRect(0, laneTop(lane), width(), m_lanes.headerHeight());
}

int TimelineGeometry::rowTop(int lane, int row) const
{
    return m_metrics.axisHeight + m_lanes.rowTop(lane, row) - m_scrollY;
}

int TimelineGeometry::laneAtY(int y) const
{
    return m_lanes.laneAt(y - m_metrics.axisHeight + m_scrollY);
}

int TimelineGeometry::rowAtY(int lane, int y) const
{
    return m_lanes.rowAt(lane, y - m_metrics.axisHeight + m_scrollY);
}

QRectF TimelineGeometry::barRect(const TimelineItem &item) const
{
    const double left = m_scale.xForDay(item.startDay);
    const double right = std::isinf(item.endDay) ? width() - 1.0 : m_scale.xForDay(item.endDay);
    const int height = item.depth == 0 ? m_metrics.barHeight : m_metrics.subBarHeight;
    const double top = rowTop(item.lane, item.row) + (m_metrics.rowHeight - height) / 2.0;
    // Sub-terms are indented a little so that they read as part of the clause above them.
    const double indent = std::min(4.0 * item.depth, std::max(0.0, (right - left) / 4.0));
    return QRectF(left + indent, top, std::max(2.0, right - left - indent), height);
}

QRectF TimelineGeometry::markerRect(const TimelineItem &item) const
{
    const double size = m_metrics.markerSize;
    const double x = m_scale.xForDay(item.startDay);
    const double top = rowTop(item.lane, item.row) + (m_metrics.rowHeight - size) / 2.0;
    return QRectF(x - size / 2.0, top, size, size);
}

QRectF TimelineGeometry::shapeRect(const TimelineItem &item) const
{
    return item.isEvent() ? markerRect(item) : barRect(item);
}

TimelineScene::ItemSpan TimelineGeometry::itemSpan(const TimelineItem &item, int titleWidth) const
{
    const double pixelsPerDay = m_scale.pixelsPerDay();
    const double pad = m_metrics.labelPadding;
    if (item.isEvent()) {
        // The marker centred on its day, then the title after it, as paintMarker() draws them.
        const double half = m_metrics.markerSize / 2.0 + 2.0;
        const double shapeEnd = std::max(item.endDay, item.startDay + half / pixelsPerDay);
        const double labelEnd = item.startDay + (2 * half + 8.0 + titleWidth + pad) / pixelsPerDay;
        return {item.startDay - half / pixelsPerDay, shapeEnd, std::max(shapeEnd, labelEnd)};
    }
    if (std::isinf(item.endDay))
        return {item.startDay, item.endDay, item.endDay};
    // Inside when it fits with the room a change badge and an indent may take; else after the bar.
    const double inside = (item.endDay - item.startDay) * pixelsPerDay - 2 * pad - m_metrics.barHeight - 4 * item.depth;
    const double labelEnd = titleWidth <= inside ? item.endDay : item.endDay + (titleWidth + 3 * pad) / pixelsPerDay;
    return {item.startDay, item.endDay, labelEnd};
}

} // namespace Dealscope
