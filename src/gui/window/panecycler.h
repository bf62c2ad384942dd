// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QWidgetList>

#include <functional>

class QAction;
class QWidget;

namespace Dealscope {

/// F6 and Shift+F6: the keyboard's way from pane to pane (the tree, the timeline, the details), as in
/// browsers and KDE applications, without tabbing through every control on the way. The panes are asked for
/// on each press, since they depend on the view on show.
class PaneCycler : public QObject
{
    Q_OBJECT

public:
    using Panes = std::function<QWidgetList()>;

    PaneCycler(QWidget *window, Panes panes);

    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }

    /// Moves the focus to the pane after (@p step 1) or before (-1) the one that has it; from outside every
    /// pane, to the first (or last).
    void cycle(int step);

private:
    Panes m_panes;
    QAction *m_next;
    QAction *m_previous;
};

} // namespace Dealscope
