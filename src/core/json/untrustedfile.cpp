// SPDX-License-Identifier: GPL-3.0-or-later
#include "json/untrustedfile.h"

#include <QFile>
#include <QFileInfo>
#include <QResource>

#include <algorithm>
#include <tuple>

namespace Dealscope {

Diagnostic oversizeDiagnostic(const QString &displayName, qint64 maxSize)
{
    return {Diagnostic::Severity::Error,
            displayName,
            0,
            0,
            QString(),
            QStringLiteral("file is larger than the %1 MiB limit").arg(maxSize / (1024 * 1024))};
}

std::optional<QByteArray> readUntrustedFile(const QString &path, const QString &displayName, qint64 maxSize,
                                            Diagnostic *error)
{
    auto fail = [&](const QString &message) {
        *error = {Diagnostic::Severity::Error, displayName, 0, 0, QString(), message};
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QStringLiteral("no such file"));
    // Devices and pipes could block or never end: /dev/zero or a FIFO must not hang the app.
    if (!info.isFile())
        return fail(QStringLiteral("not a regular file"));
    if (info.size() > maxSize) {
        *error = oversizeDiagnostic(displayName, maxSize);
        return std::nullopt;
    }
    // A resource compiled into the program is taken in place: stored uncompressed, it is not even copied.
    if (path.startsWith(u':'))
        return QResource(path).uncompressedData();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot open: %1").arg(file.errorString()));
    QByteArray data = file.read(maxSize + 1); // the size may have changed since the check
    if (file.error() != QFileDevice::NoError)
        return fail(QStringLiteral("cannot read: %1").arg(file.errorString()));
    if (data.size() > maxSize) {
        *error = oversizeDiagnostic(displayName, maxSize);
        return std::nullopt;
    }
    return data;
}

void sortByPosition(Diagnostics &diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
}

} // namespace Dealscope
