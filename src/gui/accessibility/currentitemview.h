// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>

namespace Dealscope {

/// An item view (QTreeView, QTableView) that tells screen readers its current item has the focus only
/// while the view itself has it. Other views move the current row of the clause tree and the Compare table
/// to follow the selection while the keyboard is elsewhere (the timeline, the find bar); Qt's views would
/// then report the row as focused, and a screen reader would follow a view the user is not in.
template<class ItemView> class CurrentItemView : public ItemView
{
public:
    using ItemView::ItemView;

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override
    {
        if (this->hasFocus()) {
            ItemView::currentChanged(current, previous);
            return;
        }
        // What the view does besides its focus event: repaint the rows of both items.
        this->viewport()->update();
        QAbstractItemView::currentChanged(current, previous); // NOLINT(bugprone-parent-virtual-call)
    }
};

} // namespace Dealscope
