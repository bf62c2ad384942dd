// SPDX-License-Identifier: GPL-3.0-or-later
#include "json/diagnostic.h"

#include <algorithm>

namespace Dealscope {

QString Diagnostic::toString() const
{
    QString text = file + u':';
    if (line > 0)
        text += QString::number(line) + u':' + QString::number(column) + u':';
    text += u' ';
    if (severity == Severity::Warning)
        text += QStringLiteral("warning: ");
    if (!path.isEmpty())
        text += path + QStringLiteral(": ");
    return text + message;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return errorCount(diagnostics) > 0;
}

qsizetype errorCount(const Diagnostics &diagnostics)
{
    return std::count_if(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &d) { return d.isError(); });
}

qsizetype warningCount(const Diagnostics &diagnostics)
{
    return diagnostics.size() - errorCount(diagnostics);
}

} // namespace Dealscope
