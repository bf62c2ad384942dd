// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelinescene.h"

#include <QList>
#include <QPoint>

namespace Dealscope {

class TimelineGeometry;

/// Where an arrow key moves the keyboard focus: onto an item (selecting it), onto a lane header, or it
/// folds or unfolds the focused lane.
struct FocusMove
{
    enum class Kind { Stay, SelectItem, FocusLane, CollapseLane, ExpandLane };

    Kind kind = Kind::Stay;
    int target = -1; ///< the item, or the lane
};

/// Finds what is under the pointer and moves through the timeline: zoom, pan by drag or wheel, fitting,
/// scrolling an item or lane into view, and the arrow keys' focus moves. It changes only what the
/// geometry shows where; selecting, folding lanes and repainting are the view's to do.
class TimelineNavigator
{
public:
    static constexpr double ZoomStep = 1.25; ///< one key press or one wheel notch
    static constexpr double PanPadDays = 365.0; ///< how far panning may go beyond the data

    TimelineNavigator(const TimelineScene &scene, TimelineGeometry &geometry);

    /// The item drawn at @p point (the topmost when several overlap), or -1.
    int itemAt(const QPoint &point) const;

    /// Zooms by @p factor keeping the date at @p anchorX where it is.
    void zoomBy(double factor, double anchorX);
    /// Shows every item, the version marks and today, with a small margin.
    void fitAll(const QList<TimelineVersionMark> &marks, const QDate &today);
    /// Shows @p items (their finite parts) across the viewport, with a small margin.
    void fitItems(const QList<int> &items);
    /// Shows [first, last] across the viewport.
    void showRange(const QDate &first, const QDate &last);
    /// Pans in time by a wheel turn; false when the turn is for scrolling the lanes instead.
    bool wheel(const QPoint &angleDelta, Qt::KeyboardModifiers modifiers, double x);

    /// A left-button press: the start of a click or a drag.
    void press(const QPoint &pos);
    /// The pointer moved to @p pos with the button down: pans, once it went @p dragDistance from the press.
    void dragTo(const QPoint &pos, int dragDistance);
    /// The button went up; true when that ended a drag rather than a click.
    bool release();
    bool isDragging() const { return m_dragging; }

    /// Scrolls so that @p item (in an expanded lane) shows: its row below the axis, and in time unless a
    /// useful part of it already shows, so that clicking a long bar does not jump.
    void scrollToItem(int item);
    /// Scrolls so that the header of @p lane shows.
    void scrollToLane(int lane);

    /// Where @p key (an arrow) moves the focus from @p currentItem, or from the header of @p focusedLane.
    FocusMove focusMove(int key, int currentItem, int focusedLane) const;

private:
    void panBy(const QPoint &delta);
    void clampPan();
    /// The item of @p row nearest in time to @p day.
    int nearestInRow(const TimelineRow &row, double day) const;
    FocusMove focusMoveFromLane(int key, int lane) const;

    const TimelineScene &m_scene;
    TimelineGeometry &m_geometry;
    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_dragging = false;
};

} // namespace Dealscope
