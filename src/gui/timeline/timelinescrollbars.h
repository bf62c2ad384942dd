// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QScrollBar;

namespace Dealscope {

class TimelineGeometry;
class TimelineScene;

/// Keeps a scroll area's scroll bars in step with the timeline's geometry, which is what decides what
/// shows: they are set from it after every zoom, pan or layout change, and move it only when the user
/// moves them.
class TimelineScrollBars
{
public:
    TimelineScrollBars(QScrollBar *horizontal, QScrollBar *vertical);

    /// Sets both scroll bars from what @p geometry shows; time may scroll a little beyond @p scene.
    void show(const TimelineScene &scene, TimelineGeometry &geometry);
    /// The scroll area scrolled by (@p dx, @p dy): moves @p geometry unless show() set the bars.
    void follow(TimelineGeometry &geometry, int dx, int dy) const;

private:
    QScrollBar *m_horizontal;
    QScrollBar *m_vertical;
    bool m_showing = false;
    double m_firstDay = 0.0; ///< the day at horizontal scroll bar value 0
};

} // namespace Dealscope
