// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/settingsrecovery.h"

#include "session/filesetaside.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStringDecoder>

namespace Dealscope {

QString SettingsRecovery::userSettingsPath()
{
    return QSettings().fileName();
}

std::optional<QString> SettingsRecovery::problem(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return std::nullopt;
    if (!info.isFile())
        return tr("it is not a regular file");
    if (info.size() > MaxFileSize)
        return tr("it is larger than %1 MiB").arg(MaxFileSize / (1024 * 1024));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("it cannot be read: %1").arg(file.errorString());
    const QByteArray data = file.read(MaxFileSize + 1);
    if (data.contains('\0'))
        return tr("it contains binary data");
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(data);
    if (utf8.hasError())
        return tr("it is not UTF-8 text");
    // QSettings reports a broken section header only on the first read of a file in a process, so look
    // for it here.
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.startsWith(u'[') && !line.contains(u']'))
            return tr("line %1 opens a section without closing it").arg(i + 1);
    }
    const QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return tr("it is not in the settings format");
    return std::nullopt;
}

std::optional<QString> SettingsRecovery::recover(const QString &path)
{
    const std::optional<QString> reason = problem(path);
    if (!reason)
        return std::nullopt;
    const FileSetAside::Result moved = FileSetAside::setAside(path);
    if (!moved.ok)
        return tr("The settings file %1 could not be used (%2) nor set aside (%3); Dealscope "
                  "started with default settings.")
            .arg(path, *reason, moved.error);
    return tr("The settings file %1 could not be used (%2). It was set aside as %3 and Dealscope started with "
              "default settings.")
        .arg(path, *reason, QFileInfo(moved.newPath).fileName());
}

} // namespace Dealscope
