// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinescrollbars.h"

#include "timeline/timelinegeometry.h"
#include "timeline/timelinenavigator.h"
#include "timeline/timelinescene.h"

#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace Dealscope {

TimelineScrollBars::TimelineScrollBars(QScrollBar *horizontal, QScrollBar *vertical)
    : m_horizontal(horizontal), m_vertical(vertical)
{ }

void TimelineScrollBars::show(const TimelineScene &scene, TimelineGeometry &geometry)
{
    m_showing = true;
    const TimeScale &scale = geometry.scale();
    const double width = geometry.width();
    const double ppd = scale.pixelsPerDay();
    const double visibleFirst = scale.originDay();
    const double visibleLast = scale.dayAtX(width);
    // The range always contains the current view so that setting it never moves the view.
    m_firstDay = std::min(scene.firstDay() - TimelineNavigator::PanPadDays, visibleFirst);
    const double lastDay = std::max(scene.lastDay() + TimelineNavigator::PanPadDays, visibleLast);
    m_horizontal->setRange(0, int(std::lround((lastDay - m_firstDay) * ppd - width)));
    m_horizontal->setPageStep(int(width));
    m_horizontal->setSingleStep(std::max(1, int(width / 20)));
    m_horizontal->setValue(int(std::lround((visibleFirst - m_firstDay) * ppd)));

    // The lanes may have shrunk below the scroll offset: clamp it before the scroll bar shows it.
    geometry.setScrollY(geometry.scrollY());
    m_vertical->setRange(0, geometry.maxScrollY());
    m_vertical->setPageStep(std::max(1, geometry.lanesRect().height()));
    m_vertical->setSingleStep(geometry.metrics().rowHeight);
    m_vertical->setValue(geometry.scrollY());
    m_showing = false;
}

void TimelineScrollBars::follow(TimelineGeometry &geometry, int dx, int dy) const
{
    if (m_showing)
        return;
    if (dx != 0)
        geometry.scale().setOriginDay(m_firstDay + m_horizontal->value() / geometry.scale().pixelsPerDay());
    if (dy != 0)
        geometry.setScrollY(m_vertical->value());
}

} // namespace Dealscope
