// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <functional>

class QMenu;
class QWidget;

namespace Dealscope {

/// The timeline's context menu, which sets the assumed year of AGI verification from the timeline.
class TimelineContextMenu
{
    Q_DECLARE_TR_FUNCTIONS(Dealscope::TimelineView)

public:
    /// A menu that offers to assume AGI verified in @p year, or not at all; choosing calls @p request with
    /// the year (0: not assumed). The menu is a child of @p parent; the caller deletes it after use.
    static QMenu *create(int year, QWidget *parent, const std::function<void(int)> &request);
};

} // namespace Dealscope
