// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/statusannouncer.h"

#include <QAccessible>
#include <QStatusBar>

namespace Dealscope {

void announceStatusMessages(QStatusBar *statusBar)
{
    QObject::connect(statusBar, &QStatusBar::messageChanged, statusBar, [statusBar](const QString &message) {
        if (message.isEmpty())
            return; // the message timed out: the last one stays the name until the next
        statusBar->setAccessibleName(message);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        if (QAccessible::isActive()) {
            QAccessibleAnnouncementEvent event(statusBar, message);
            QAccessible::updateAccessibility(&event);
        }
#endif
    });
}

} // namespace Dealscope
