// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/clausetreeview.h"

namespace Dealscope {

void ClauseTreeView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (hasFocus()) {
        QTreeView::currentChanged(current, previous);
        return;
    }
    // What QTreeView does besides its accessibility focus event: repaint the rows of both indexes.
    viewport()->update();
    QAbstractItemView::currentChanged(current, previous); // NOLINT(bugprone-parent-virtual-call)
}

} // namespace Dealscope
