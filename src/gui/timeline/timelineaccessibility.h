// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>

namespace Dealscope {

class TimelineView;

/// Registers the accessibility factory for TimelineView; safe to call more than once.
void installTimelineAccessibility();

/// The timeline for screen readers: a list whose children are the drawn clauses and events, named by
/// their titles, with selected and focused states taken from the shared selection model.
class TimelineAccessible : public QAccessibleWidget
{
public:
    explicit TimelineAccessible(TimelineView *view);
    ~TimelineAccessible() override;

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    TimelineView *view() const;

private:
    /// Children are created on demand and kept until the view's items change.
    mutable QHash<int, QAccessible::Id> m_children;
    mutable int m_itemCount = -1;
};

} // namespace Dealscope
