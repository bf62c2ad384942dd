// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/diagnostic.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Dealscope {

/// Reads a file that someone else may have made, without ever blocking or exhausting memory: missing
/// files, devices, pipes and directories are refused before reading, and so is anything over @p maxSize.
/// On failure returns no data and sets @p error to a file-level diagnostic naming @p displayName.
std::optional<QByteArray> readUntrustedFile(const QString &path, const QString &displayName, qint64 maxSize,
                                            Diagnostic *error);

/// The diagnostic for input over @p maxSize bytes, shared by the readers that also take raw data.
Diagnostic oversizeDiagnostic(const QString &displayName, qint64 maxSize);

/// Puts diagnostics in file order (line, then column), keeping the order of those at one position.
void sortByPosition(Diagnostics &diagnostics);

} // namespace Dealscope
