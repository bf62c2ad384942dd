// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/panecycler.h"

#include <QAction>
#include <QApplication>
#include <QWidget>

namespace Dealscope {

namespace {

/// The widget of @p pane that should take the focus: the pane itself if it accepts it, else its focus
/// proxy (the clause tree's panel names its tree, not its filter), else the first child in its focus chain
/// that accepts it.
QWidget *focusTarget(QWidget *pane)
{
    if (pane->focusPolicy() & Qt::TabFocus)
        return pane;
    if (QWidget *proxy = pane->focusProxy(); proxy && proxy->isVisible() && proxy->isEnabled())
        return proxy;
    for (QWidget *widget = pane->nextInFocusChain(); widget && widget != pane; widget = widget->nextInFocusChain()) {
        if (pane->isAncestorOf(widget) && widget->isVisible() && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus))
            return widget;
    }
    return nullptr;
}

} // namespace

PaneCycler::PaneCycler(QWidget *window, Panes panes)
    : QObject(window), m_panes(std::move(panes)), m_next(new QAction(this)), m_previous(new QAction(this))
{
    m_next->setObjectName(QStringLiteral("nextPaneAction"));
    m_previous->setObjectName(QStringLiteral("previousPaneAction"));
    m_next->setShortcut(Qt::Key_F6);
    m_previous->setShortcut(Qt::SHIFT | Qt::Key_F6);
    connect(m_next, &QAction::triggered, this, [this] { cycle(+1); });
    connect(m_previous, &QAction::triggered, this, [this] { cycle(-1); });
}

void PaneCycler::cycle(int step)
{
    QWidgetList panes;
    for (QWidget *pane : m_panes()) {
        if (pane && pane->isVisible() && focusTarget(pane))
            panes.append(pane);
    }
    if (panes.isEmpty())
        return;
    const QWidget *focus = QApplication::focusWidget();
    qsizetype current = -1;
    for (qsizetype i = 0; i < panes.size(); ++i) {
        if (focus && (panes.at(i) == focus || panes.at(i)->isAncestorOf(focus)))
            current = i;
    }
    const qsizetype count = panes.size();
    const qsizetype next = current < 0 ? (step > 0 ? 0 : count - 1) : (current + step + count) % count;
    focusTarget(panes.at(next))->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
}

} // namespace Dealscope
