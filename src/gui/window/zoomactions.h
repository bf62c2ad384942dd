// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QTabWidget;

namespace Dealscope {

class TimelineView;

/// View › Zoom In, Zoom Out, Fit Selection and Reset Zoom: the timeline's zoom, in the View menu, enabled
/// only while the page that shows the timeline is current.
class ZoomActions : public QObject
{
    Q_OBJECT

public:
    /// Inserts the actions into @p menu before @p before, and enables them while @p pages shows the page at
    /// @p timelinePage.
    ZoomActions(TimelineView *timeline, QMenu *menu, QAction *before, QTabWidget *pages, int timelinePage,
                QObject *parent);

    void retranslate();

private:
    QList<QAction *> m_actions; ///< in, out, fit selection, reset
};

} // namespace Dealscope
