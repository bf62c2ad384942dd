// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Dealscope {

/// One problem found in an input file, positioned so that a user can go straight to it.
struct Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file; ///< as the user named it
    int line = 0; ///< 0 when the problem concerns the whole file (unreadable, too large)
    int column = 0;
    QString path; ///< JSON path such as "clauses[4].term.end"; "$" is the root
    QString message;

    bool isError() const { return severity == Severity::Error; }

    /// "file:line:column: path: message", with "warning: " before the path for warnings.
    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);
qsizetype errorCount(const Diagnostics &diagnostics);
qsizetype warningCount(const Diagnostics &diagnostics);

} // namespace Dealscope
