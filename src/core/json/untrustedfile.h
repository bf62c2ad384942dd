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

/// Loads the untrusted file at @p path for a loader: its text goes to @p loadData(text, name), which gives the
/// @p Result; a file that cannot be read gives a Result holding only that diagnostic. Messages name the file
/// @p displayName, or @p path when that is empty.
template<typename Result, typename LoadData>
Result loadUntrustedFile(const QString &path, const QString &displayName, qint64 maxSize, LoadData loadData)
{
    const QString name = displayName.isEmpty() ? path : displayName;
    Diagnostic error;
    if (const std::optional<QByteArray> data = readUntrustedFile(path, name, maxSize, &error))
        return loadData(*data, name);
    Result result;
    result.diagnostics.append(error);
    return result;
}

/// The diagnostic for input over @p maxSize bytes, shared by the readers that also take raw data.
Diagnostic oversizeDiagnostic(const QString &displayName, qint64 maxSize);

/// Puts diagnostics in file order (line, then column), keeping the order of those at one position.
void sortByPosition(Diagnostics &diagnostics);

} // namespace Dealscope
