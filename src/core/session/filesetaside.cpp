// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/filesetaside.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Dealscope {

QString FileSetAside::suffix(const QDateTime &now)
{
    return QStringLiteral(".corrupt-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

FileSetAside::Result FileSetAside::setAside(const QString &path, const QDateTime &now)
{
    Result result;
    const QString base = path + suffix(now);
    QString target = base;
    for (int n = 2; QFileInfo::exists(target) || QFileInfo(target).isSymLink(); ++n) {
        if (n > 1000) {
            result.error
                = QCoreApplication::translate("Dealscope::FileSetAside", "too many set-aside copies of %1").arg(path);
            return result;
        }
        target = base + QStringLiteral("-%1").arg(n);
    }
    // rename() never overwrites and, within one directory, either moves the whole file or nothing.
    QFile file(path);
    if (!file.rename(target)) {
        result.error = file.errorString();
        return result;
    }
    result.ok = true;
    result.newPath = target;
    return result;
}

} // namespace Dealscope
