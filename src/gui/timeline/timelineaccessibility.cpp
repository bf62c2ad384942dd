// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelineaccessibility.h"

#include "timeline/timelineview.h"

#include <QWidget>
#include <QWindow>

namespace Dealscope {

namespace {

/// One clause or event of the timeline. It holds the model index it was made for, so a stale child
/// (after the model changed) reports itself invalid instead of describing another item.
class TimelineItemAccessible : public QAccessibleInterface
{
public:
    TimelineItemAccessible(TimelineView *view, int item)
        : m_view(view), m_item(item), m_index(view->itemIndex(item)) { }

    bool isValid() const override { return m_view && m_index.isValid() && m_view->itemIndex(m_item) == m_index; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }

    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        switch (t) {
        case QAccessible::Name:
            return m_index.data(Qt::DisplayRole).toString();
        case QAccessible::Description:
            return m_view->toolTipFor(m_index);
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override { }

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect local = m_view->itemRect(m_item).intersected(m_view->viewport()->rect());
        return local.isEmpty() ? QRect() : QRect(m_view->viewport()->mapToGlobal(local.topLeft()), local.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }

    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!isValid()) {
            state.invalid = true;
            return state;
        }
        state.selectable = true;
        state.focusable = true;
        state.selected = m_view->isItemSelected(m_item);
        state.focused = m_view->hasFocus() && m_view->currentItem() == m_item;
        if (rect().isEmpty())
            state.invisible = state.offscreen = true;
        return state;
    }

    int item() const { return m_item; }

private:
    QPointer<TimelineView> m_view;
    int m_item;
    QPersistentModelIndex m_index;
};

QAccessibleInterface *timelineFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("Dealscope::TimelineView") && object && object->isWidgetType())
        return new TimelineAccessible(static_cast<TimelineView *>(object));
    return nullptr;
}

} // namespace

void installTimelineAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(timelineFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

void notifyTimelineItemsChanged(TimelineView *view)
{
    if (!QAccessible::isActive())
        return;
    // Qt's AT-SPI bridge sends a malformed signal for ObjectReorder (up to 6.8 at least); a created first
    // child makes it send "children-changed", after which a reader reads the list again.
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
    if (QAccessibleInterface *first = list && list->childCount() > 0 ? list->child(0) : nullptr) {
        QAccessibleEvent event(first, QAccessible::ObjectCreated);
        QAccessible::updateAccessibility(&event);
    }
}

void notifyTimelineCurrentItem(TimelineView *view, int item)
{
    if (item < 0 || !QAccessible::isActive())
        return;
    QAccessibleEvent selection(view, QAccessible::Selection);
    selection.setChild(item);
    QAccessible::updateAccessibility(&selection);
    if (view->hasFocus()) {
        QAccessibleEvent focus(view, QAccessible::Focus);
        focus.setChild(item);
        QAccessible::updateAccessibility(&focus);
    }
}

TimelineAccessible::TimelineAccessible(TimelineView *view) : QAccessibleWidget(view, QAccessible::List) { }

TimelineAccessible::~TimelineAccessible()
{
    for (QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

TimelineView *TimelineAccessible::view() const
{
    return static_cast<TimelineView *>(widget());
}

int TimelineAccessible::childCount() const
{
    return view()->itemCount();
}

QAccessibleInterface *TimelineAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    if (const auto it = m_children.constFind(index); it != m_children.constEnd()) {
        QAccessibleInterface *cached = QAccessible::accessibleInterface(*it);
        if (cached && cached->isValid())
            return cached;
        QAccessible::deleteAccessibleInterface(*it);
        m_children.erase(it);
    }
    auto *item = new TimelineItemAccessible(view(), index);
    m_children.insert(index, QAccessible::registerAccessibleInterface(item));
    return item;
}

int TimelineAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    // Only our own items name this interface as their parent, which makes the cast below safe.
    if (!child || child->object() || child->parent() != this)
        return -1;
    const int item = static_cast<const TimelineItemAccessible *>(child)->item();
    return m_children.value(item) == QAccessible::uniqueId(const_cast<QAccessibleInterface *>(child)) ? item : -1;
}

QAccessibleInterface *TimelineAccessible::childAt(int x, int y) const
{
    const QPoint local = view()->viewport()->mapFromGlobal(QPoint(x, y));
    const int item = view()->itemOf(view()->indexAt(local));
    return item >= 0 ? child(item) : nullptr;
}

QAccessibleInterface *TimelineAccessible::focusChild() const
{
    const int item = view()->currentItem();
    return view()->hasFocus() && item >= 0 ? child(item) : nullptr;
}

} // namespace Dealscope
