// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Dealscope {

/// Moves a file that cannot be read out of the way, so that the next start does not trip over it again
/// and the user can still look at it: "dealscope.conf" becomes "dealscope.conf.corrupt-20261128-103000".
class FileSetAside
{
public:
    struct Result
    {
        bool ok = false;
        QString newPath; ///< where the file went (when ok)
        QString error; ///< why it could not be moved (when not ok)
    };

    /// Renames @p path next to itself with a ".corrupt-<timestamp>" suffix (and "-2", "-3", … if taken).
    static Result setAside(const QString &path, const QDateTime &now = QDateTime::currentDateTime());
    /// The suffix setAside() appends for @p now, e.g. ".corrupt-20261128-103000".
    static QString suffix(const QDateTime &now);
};

} // namespace Dealscope
