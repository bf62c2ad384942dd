// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;

namespace Dealscope {

/// The files that keep unsaved work across a crash.
///
/// Each running session writes its own autosave, "<prefix>-<pid>-<start time>.json" in directory(), and
/// holds a lock file of the same name ending in ".lock" while it runs. Writes go through QSaveFile, so an
/// autosave is always a whole file. A clean end removes the autosave; an autosave whose lock no live
/// process holds was left by a session that ended without that (a crash, SIGKILL, power loss) and is an
/// orphan, to be offered to the user and then discarded. Several sessions may run side by side: none
/// treats another live session's autosave as an orphan.
class AutosaveStore
{
public:
    /// "<AppDataLocation>/autosave".
    static QString defaultDirectory();

    explicit AutosaveStore(const QString &directory = defaultDirectory(),
                           const QString &prefix = QStringLiteral("scenario"));
    /// Releases this session's lock; the autosave itself stays unless remove() was called.
    ~AutosaveStore();
    AutosaveStore(const AutosaveStore &) = delete;
    AutosaveStore &operator=(const AutosaveStore &) = delete;

    QString directory() const { return m_directory; }
    /// This session's autosave; empty until the first write().
    QString filePath() const { return m_path; }
    bool hasFile() const;

    /// Replaces this session's autosave with @p data, atomically. Takes the session's lock first.
    bool write(const QByteArray &data, QString *errorMessage = nullptr);
    /// Removes this session's autosave (after a save, a discard or a clean exit).
    void remove();

    /// Autosaves of sessions that are gone, newest first. Never this session's or a live session's.
    QStringList orphans() const;
    /// Removes an orphan and its stale lock.
    static bool discard(const QString &orphanPath);
    /// Removes the temporary files that sessions killed in the middle of a write left behind
    /// (QSaveFile's "<autosave>.XXXXXX"); never a live session's.
    void removeLeftovers() const;

private:
    bool startSession(QString *errorMessage);
    static QString lockPathFor(const QString &path);
    static bool isSessionGone(const QString &autosavePath);

    QString m_directory;
    QString m_prefix;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Dealscope
