// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Dealscope {

/// Keeps an unreadable settings file from spoiling a start.
///
/// Dealscope's settings are an INI file written by QSettings, which writes through a temporary file and
/// a rename (QSettings::isAtomicSyncRequired() is true by default), so a crash never leaves half a file.
/// A file can still be damaged from outside (a full disk, a bad copy, a hand edit). QSettings reads
/// almost anything without complaint, so a file counts as unreadable when QSettings reports an error or
/// when it holds what QSettings never writes: NUL bytes, invalid UTF-8, or more than MaxFileSize bytes.
/// Such a file is set aside (FileSetAside) and the app starts with default settings.
class SettingsRecovery
{
    // tr() under the context lupdate files the class's strings in: its name with the namespace.
    Q_DECLARE_TR_FUNCTIONS(Dealscope::SettingsRecovery)

public:
    static constexpr qint64 MaxFileSize = 4 * 1024 * 1024;

    /// Why the settings file at @p path cannot be used, or nothing when it is fine or absent.
    static std::optional<QString> problem(const QString &path);

    /// Checks the file at @p path (by default the application's user settings file); when unreadable,
    /// sets it aside and returns a message for the user that names both files. Nothing when all is well.
    static std::optional<QString> recover(const QString &path = userSettingsPath());

    /// The file QSettings() uses with the application's organisation and name.
    static QString userSettingsPath();
};

} // namespace Dealscope
