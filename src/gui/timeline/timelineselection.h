// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QItemSelection>
#include <QList>

class QItemSelectionModel;

namespace Dealscope {

class TimelineScene;

/// The shared selection model as the timeline's items see it: which are selected, and which one is
/// current. Painting and accessibility ask it per item, which the selection model cannot answer fast.
class TimelineSelection
{
public:
    /// Reads the whole selection again, for a rebuilt scene; without a selection model nothing is selected.
    void sync(const TimelineScene &scene, const QItemSelectionModel *selectionModel);
    void clear();
    /// Follows a selectionChanged() of the selection model.
    void update(const TimelineScene &scene, const QItemSelection &selected, const QItemSelection &deselected);

    bool isSelected(int item) const { return m_selected.value(item); }
    const QList<bool> &flags() const { return m_selected; }
    int current() const { return m_current; }
    void setCurrent(int item) { m_current = item; }

private:
    QList<bool> m_selected; ///< per item
    int m_current = -1;
};

} // namespace Dealscope
