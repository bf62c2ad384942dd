// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/documentkind.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Dealscope {

namespace {

constexpr qint64 HeadSize = 4096; ///< scenario files are small and declare their format near the start

} // namespace

DocumentKind documentKindOfData(const QByteArray &head)
{
    // Inside a JSON string the quotes would be escaped, so this matches a member, not a text quoting one.
    static const QRegularExpression format(QStringLiteral(R"("format"\s*:\s*"dealscope-scenario")"));
    return format.match(QString::fromUtf8(head)).hasMatch() ? DocumentKind::Scenario : DocumentKind::Dataset;
}

DocumentKind documentKindOf(const QString &path)
{
    if (path.endsWith(QStringLiteral(".dealscope-scenario.json"), Qt::CaseInsensitive))
        return DocumentKind::Scenario;
    // Opening a pipe or a device could block: only regular files are looked into.
    if (!QFileInfo(path).isFile())
        return DocumentKind::Dataset;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return DocumentKind::Dataset;
    return documentKindOfData(file.read(HeadSize));
}

} // namespace Dealscope
