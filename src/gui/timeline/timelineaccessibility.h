// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>

namespace Dealscope {

class TimelineView;

/// Registers the accessibility factory for TimelineView; safe to call more than once.
void installTimelineAccessibility();

/// Tells screen readers that @p view's items were replaced (a new version, filter or language): its
/// list's children changed.
void notifyTimelineItemsChanged(TimelineView *view);

/// Tells screen readers that @p item is now the current (selected) item of @p view; and, only while the
/// view has the keyboard, that it has the focus.
void notifyTimelineCurrentItem(TimelineView *view, int item);

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
