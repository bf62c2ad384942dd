// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelineselection.h"

#include "timeline/timelinescene.h"

#include <QItemSelectionModel>

namespace Dealscope {

void TimelineSelection::sync(const TimelineScene &scene, const QItemSelectionModel *selectionModel)
{
    m_selected.fill(false, scene.items().size());
    m_current = -1;
    if (!selectionModel)
        return;
    const QModelIndexList rows = selectionModel->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const int item = scene.itemOf(index); item >= 0)
            m_selected[item] = true;
    }
    m_current = scene.itemOf(selectionModel->currentIndex());
}

void TimelineSelection::clear()
{
    m_selected.clear();
    m_current = -1;
}

void TimelineSelection::update(const TimelineScene &scene, const QItemSelection &selected,
                               const QItemSelection &deselected)
{
    const auto mark = [this, &scene](const QItemSelection &selection, bool on) {
        for (const QItemSelectionRange &range : selection) {
            for (int row = range.top(); row <= range.bottom(); ++row) {
                if (const int item = scene.itemOf(range.model()->index(row, 0, range.parent())); item >= 0)
                    m_selected[item] = on;
            }
        }
    };
    mark(deselected, false);
    mark(selected, true);
}

} // namespace Dealscope
