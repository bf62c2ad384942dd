// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinenavigator.h"

#include "timeline/timelinegeometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Dealscope {

TimelineNavigator::TimelineNavigator(const TimelineScene &scene, TimelineGeometry &geometry)
    : m_scene(scene), m_geometry(geometry)
{ }

int TimelineNavigator::itemAt(const QPoint &point) const
{
    if (point.y() < m_geometry.metrics().axisHeight)
        return -1;
    const int lane = m_geometry.laneAtY(point.y());
    if (lane < 0 || lane >= m_scene.lanes().size())
        return -1;
    const int row = m_geometry.rowAtY(lane, point.y());
    if (row < 0)
        return -1;
    const TimelineRow &rowData = m_scene.lanes()[lane].rows[row];
    const TimeScale &scale = m_geometry.scale();
    const double slack = m_geometry.metrics().markerSize / scale.pixelsPerDay();
    const double day = scale.dayAtX(point.x());
    int hit = -1;
    for (qsizetype i = rowData.firstReaching(day - slack); i < rowData.items.size(); ++i) {
        const TimelineItem &item = m_scene.items()[rowData.items[i]];
        if (item.startDay > day + slack)
            break;
        // Markers are small: a little slack around them makes them easier to hit.
        const QRectF rect
            = item.isEvent() ? m_geometry.markerRect(item).adjusted(-2, -2, 2, 2) : m_geometry.barRect(item);
        if (rect.contains(point))
            hit = rowData.items[i]; // the last one drawn is on top
    }
    return hit;
}

void TimelineNavigator::zoomBy(double factor, double anchorX)
{
    if (factor > 0.0)
        m_geometry.scale().zoomBy(factor, anchorX);
}

void TimelineNavigator::fitAll(const QList<TimelineVersionMark> &marks, const QDate &today)
{
    double first = m_scene.firstDay();
    double last = m_scene.lastDay();
    if (m_scene.items().isEmpty()) {
        first = TimeScale::dayOf(today) - 365.0;
        last = TimeScale::dayOf(today) + 365.0;
    }
    for (const TimelineVersionMark &mark : marks) {
        first = std::min(first, TimeScale::dayOf(mark.date));
        last = std::max(last, TimeScale::dayOf(mark.date) + 1.0);
    }
    const double margin = (last - first) * 0.03 + 15.0;
    m_geometry.scale().fit(first - margin, last + margin, std::max(1, m_geometry.width()));
}

void TimelineNavigator::fitItems(const QList<int> &items)
{
    double first = std::numeric_limits<double>::infinity();
    double last = -first;
    for (int item : items) {
        const TimelineItem &it = m_scene.items()[item];
        first = std::min(first, it.startDay);
        last = std::max(last, std::isinf(it.endDay) ? it.startDay + 1.0 : it.endDay);
    }
    if (first > last)
        return;
    // Room for a title after a short bar or a marker, and at least a few months across.
    const double margin = std::max((last - first) * 0.1, 45.0);
    m_geometry.scale().fit(first - margin, last + margin * 3, std::max(1, m_geometry.width()));
}

void TimelineNavigator::showRange(const QDate &first, const QDate &last)
{
    m_geometry.scale().fit(TimeScale::dayOf(first), TimeScale::dayOf(last) + 1.0, m_geometry.width());
}

bool TimelineNavigator::wheel(const QPoint &angleDelta, Qt::KeyboardModifiers modifiers, double x)
{
    if (modifiers & Qt::ControlModifier) {
        zoomBy(std::pow(ZoomStep, angleDelta.y() / 120.0), x);
        return true;
    }
    // Horizontal wheels and Shift pan in time; a vertical wheel scrolls the lanes, or pans when they fit.
    int timeDelta = angleDelta.x();
    if (modifiers & Qt::ShiftModifier)
        timeDelta = angleDelta.y() ? angleDelta.y() : angleDelta.x();
    else if (timeDelta == 0 && m_geometry.maxScrollY() == 0)
        timeDelta = angleDelta.y();
    if (timeDelta == 0)
        return false;
    // A notch pans a tenth of the view.
    TimeScale &scale = m_geometry.scale();
    scale.setOriginDay(scale.originDay() - timeDelta / 120.0 * m_geometry.width() / 10.0 / scale.pixelsPerDay());
    clampPan();
    return true;
}

void TimelineNavigator::press(const QPoint &pos)
{
    m_pressPos = m_lastDragPos = pos;
    m_dragging = false;
}

void TimelineNavigator::dragTo(const QPoint &pos, int dragDistance)
{
    if (!m_dragging && (pos - m_pressPos).manhattanLength() >= dragDistance)
        m_dragging = true;
    if (m_dragging) {
        panBy(pos - m_lastDragPos);
        m_lastDragPos = pos;
    }
}

bool TimelineNavigator::release()
{
    const bool wasDragging = m_dragging;
    m_dragging = false;
    return wasDragging;
}

void TimelineNavigator::panBy(const QPoint &delta)
{
    // The content follows the pointer: time across, the lanes down.
    TimeScale &scale = m_geometry.scale();
    scale.setOriginDay(scale.originDay() - delta.x() / scale.pixelsPerDay());
    clampPan();
    m_geometry.setScrollY(m_geometry.scrollY() - delta.y());
}

void TimelineNavigator::clampPan()
{
    TimeScale &scale = m_geometry.scale();
    const double visibleDays = m_geometry.width() / scale.pixelsPerDay();
    const double first = m_scene.firstDay() - PanPadDays;
    const double last = m_scene.lastDay() + PanPadDays;
    if (visibleDays < last - first)
        scale.setOriginDay(std::clamp(scale.originDay(), first, last - visibleDays));
}

void TimelineNavigator::scrollToItem(int item)
{
    const TimelineItem &it = m_scene.items()[item];
    const int axisHeight = m_geometry.metrics().axisHeight;

    // Vertically: the whole row below the axis.
    const int top = m_geometry.rowTop(it.lane, it.row);
    const int bottom = top + m_geometry.metrics().rowHeight;
    if (top < axisHeight)
        m_geometry.setScrollY(m_geometry.scrollY() - (axisHeight - top));
    else if (bottom > m_geometry.height())
        m_geometry.setScrollY(m_geometry.scrollY() + std::min(bottom - m_geometry.height(), top - axisHeight));

    // Horizontally: only when less than a useful part of the item shows; then its start comes in.
    const QRectF rect = m_geometry.shapeRect(it);
    const double width = m_geometry.width();
    const double visiblePart = std::min(rect.right(), width) - std::max(rect.left(), 0.0);
    if (visiblePart >= std::min(rect.width(), 40.0))
        return;
    const double targetX = rect.width() < width * 0.8 ? (width - rect.width()) / 2.0 : width * 0.1;
    TimeScale &scale = m_geometry.scale();
    scale.setOriginDay(scale.originDay() + (rect.left() - targetX) / scale.pixelsPerDay());
}

void TimelineNavigator::scrollToLane(int lane)
{
    const int top = m_geometry.lanes().laneTop(lane);
    const int headerBottom = top + m_geometry.lanes().headerHeight();
    const int visibleHeight = m_geometry.lanesRect().height();
    if (top < m_geometry.scrollY())
        m_geometry.setScrollY(top);
    else if (headerBottom > m_geometry.scrollY() + visibleHeight)
        m_geometry.setScrollY(headerBottom - visibleHeight);
}

int TimelineNavigator::nearestInRow(const TimelineRow &row, double day) const
{
    const QList<TimelineItem> &items = m_scene.items();
    int best = -1;
    double bestDistance = 0.0;
    for (int item : row.items) {
        const double end = std::isinf(items[item].endDay) ? day : items[item].endDay;
        const double distance = day < items[item].startDay ? items[item].startDay - day : std::max(0.0, day - end);
        if (best < 0 || distance < bestDistance) {
            best = item;
            bestDistance = distance;
        }
    }
    return best;
}

FocusMove TimelineNavigator::focusMove(int key, int currentItem, int focusedLane) const
{
    using Kind = FocusMove::Kind;
    const QList<TimelineLane> &lanes = m_scene.lanes();
    if (lanes.isEmpty())
        return {};
    if (focusedLane >= 0)
        return focusMoveFromLane(key, focusedLane);
    if (currentItem < 0)
        return {Kind::FocusLane, 0};

    // Left and Right walk the lane in time; Up and Down go to the nearest item of the row above or below.
    const TimelineItem &current = m_scene.items()[currentItem];
    const TimelineLane &lane = lanes[current.lane];
    if (key == Qt::Key_Left || key == Qt::Key_Right) {
        const qsizetype position = lane.items.indexOf(currentItem) + (key == Qt::Key_Left ? -1 : 1);
        if (position >= 0 && position < lane.items.size())
            return {Kind::SelectItem, lane.items[position]};
        return {};
    }
    const double day = std::max(current.startDay, m_geometry.scale().originDay());
    if (key == Qt::Key_Up)
        return current.row == 0 ? FocusMove {Kind::FocusLane, current.lane}
                                : FocusMove {Kind::SelectItem, nearestInRow(lane.rows[current.row - 1], day)};
    if (key == Qt::Key_Down) {
        if (current.row + 1 < lane.rows.size())
            return {Kind::SelectItem, nearestInRow(lane.rows[current.row + 1], day)};
        if (current.lane + 1 < lanes.size())
            return {Kind::FocusLane, current.lane + 1};
    }
    return {};
}

FocusMove TimelineNavigator::focusMoveFromLane(int key, int lane) const
{
    using Kind = FocusMove::Kind;
    const QList<TimelineLane> &lanes = m_scene.lanes();
    // From a header the focus enters a lane at the item nearest the middle of the view.
    const double middleDay = m_geometry.scale().dayAtX(m_geometry.width() / 2.0);
    switch (key) {
    case Qt::Key_Left:
        return {Kind::CollapseLane, lane};
    case Qt::Key_Right:
        return {Kind::ExpandLane, lane};
    case Qt::Key_Up:
        if (lane == 0)
            return {};
        if (m_geometry.isLaneCollapsed(lane - 1) || lanes[lane - 1].rows.isEmpty())
            return {Kind::FocusLane, lane - 1};
        return {Kind::SelectItem, nearestInRow(lanes[lane - 1].rows.last(), middleDay)};
    case Qt::Key_Down:
        if (!m_geometry.isLaneCollapsed(lane) && !lanes[lane].rows.isEmpty())
            return {Kind::SelectItem, nearestInRow(lanes[lane].rows.first(), middleDay)};
        if (lane + 1 < lanes.size())
            return {Kind::FocusLane, lane + 1};
        return {};
    default:
        return {};
    }
}

} // namespace Dealscope
