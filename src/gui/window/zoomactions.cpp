// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/zoomactions.h"

#include "timeline/timelineview.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>
#include <QTabWidget>

namespace Dealscope {

ZoomActions::ZoomActions(TimelineView *timeline, QMenu *menu, QAction *before, QTabWidget *pages, int timelinePage,
                         QObject *parent)
    : QObject(parent)
{
    struct Entry
    {
        const char *objectName;
        const char *iconName;
        void (TimelineView::*slot)();
    };
    const Entry entries[] = {{"zoomInAction", "zoom-in", &TimelineView::zoomIn},
                             {"zoomOutAction", "zoom-out", &TimelineView::zoomOut},
                             {"zoomToFitAction", "zoom-fit-selection", &TimelineView::zoomToFit},
                             {"resetZoomAction", "zoom-original", &TimelineView::resetZoom}};
    for (const Entry &entry : entries) {
        auto *action = new QAction(parent);
        action->setObjectName(QLatin1String(entry.objectName));
        action->setIcon(QIcon::fromTheme(QLatin1String(entry.iconName)));
        menu->insertAction(before, action);
        connect(action, &QAction::triggered, timeline, entry.slot);
        m_actions.append(action);
    }
    menu->insertSeparator(before);
    m_actions[0]->setShortcuts(QKeySequence::ZoomIn);
    m_actions[1]->setShortcuts(QKeySequence::ZoomOut);
    m_actions[2]->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_actions[3]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    const auto enableForPage = [this, pages, timelinePage] {
        for (QAction *action : std::as_const(m_actions))
            action->setEnabled(pages->currentIndex() == timelinePage);
    };
    connect(pages, &QTabWidget::currentChanged, this, enableForPage);
    enableForPage();
    retranslate();
}

void ZoomActions::retranslate()
{
    m_actions[0]->setText(tr("Zoom &In"));
    m_actions[1]->setText(tr("Zoom &Out"));
    m_actions[2]->setText(tr("&Fit Selection"));
    m_actions[2]->setToolTip(tr("Fit the selected clauses and events across the timeline, or everything"));
    m_actions[3]->setText(tr("&Reset Zoom"));
    m_actions[3]->setToolTip(tr("Back to the whole timeline, as it opens"));
}

} // namespace Dealscope
