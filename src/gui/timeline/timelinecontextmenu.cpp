// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinecontextmenu.h"

#include <QMenu>

namespace Dealscope {

QMenu *TimelineContextMenu::create(int year, QWidget *parent, const std::function<void(int)> &request)
{
    auto *menu = new QMenu(parent);
    QAction *assume = menu->addAction(tr("Assume AGI Verified in %1").arg(year));
    assume->setObjectName(QStringLiteral("assumeAgiYear"));
    assume->setData(year);
    QAction *notAssumed = menu->addAction(tr("Do Not Assume AGI Verification"));
    notAssumed->setObjectName(QStringLiteral("noAgiAssumption"));
    notAssumed->setData(0);
    for (QAction *action : {assume, notAssumed})
        QObject::connect(action, &QAction::triggered, menu, [request, action] { request(action->data().toInt()); });
    return menu;
}

} // namespace Dealscope
