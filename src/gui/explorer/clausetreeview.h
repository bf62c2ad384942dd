// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace Dealscope {

/// The clause tree's view. The timeline and the find bar move its current row while the keyboard is
/// elsewhere; QTreeView would then tell screen readers that the row's cell has the focus, and a reader would
/// follow the tree away from the view the user is in. This view reports focus only while it has it.
class ClauseTreeView : public QTreeView
{
    Q_OBJECT

public:
    using QTreeView::QTreeView;

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
};

} // namespace Dealscope
