// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/autosavestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace Dealscope {

namespace {

constexpr QLatin1StringView JsonSuffix(".json");
constexpr QLatin1StringView LockSuffix(".lock");

QString tr(const char *text)
{
    return QCoreApplication::translate("Dealscope::AutosaveStore", text);
}

} // namespace

QString AutosaveStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

AutosaveStore::AutosaveStore(const QString &directory, const QString &prefix) : m_directory(directory), m_prefix(prefix)
{ }

AutosaveStore::~AutosaveStore() = default; // QLockFile's destructor unlocks and removes the lock file

QString AutosaveStore::lockPathFor(const QString &path)
{
    QString lock = path;
    lock.chop(JsonSuffix.size());
    return lock + LockSuffix;
}

bool AutosaveStore::hasFile() const
{
    return !m_path.isEmpty() && QFileInfo::exists(m_path);
}

bool AutosaveStore::startSession(QString *errorMessage)
{
    if (m_lock)
        return true;
    if (!QDir().mkpath(m_directory)) {
        if (errorMessage)
            *errorMessage = tr("cannot create %1").arg(m_directory);
        return false;
    }
    // The start time keeps names unique when the system reuses the process id of an earlier, crashed session;
    // a name already taken (by a store of this process started in the same millisecond) takes the next one.
    qint64 started = QDateTime::currentMSecsSinceEpoch();
    QString path;
    do {
        path = QDir(m_directory)
                   .filePath(QStringLiteral("%1-%2-%3%4")
                                 .arg(m_prefix)
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(started++)
                                 .arg(JsonSuffix));
    } while (QFileInfo::exists(path) || QFileInfo::exists(lockPathFor(path)));
    auto lock = std::make_unique<QLockFile>(lockPathFor(path));
    lock->setStaleLockTime(0); // held for the whole session: never stale by age, only when its process is gone
    if (!lock->tryLock(0)) {
        if (errorMessage)
            *errorMessage = tr("cannot lock %1").arg(lockPathFor(path));
        return false;
    }
    m_lock = std::move(lock);
    m_path = path;
    return true;
}

bool AutosaveStore::write(const QByteArray &data, QString *errorMessage)
{
    if (!startSession(errorMessage))
        return false;
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage = tr("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.write(data);
    if (!file.commit()) {
        if (errorMessage)
            *errorMessage = tr("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

void AutosaveStore::remove()
{
    if (!m_path.isEmpty())
        QFile::remove(m_path);
}

QStringList AutosaveStore::orphans() const
{
    const QDir dir(m_directory);
    QFileInfoList candidates = dir.entryInfoList({m_prefix + QStringLiteral("-*") + JsonSuffix}, QDir::Files,
                                                 QDir::Time); // newest first
    QStringList result;
    for (const QFileInfo &candidate : std::as_const(candidates)) {
        const QString path = candidate.absoluteFilePath();
        if (path == QFileInfo(m_path).absoluteFilePath())
            continue;
        if (isSessionGone(path))
            result.append(path);
    }
    return result;
}

bool AutosaveStore::isSessionGone(const QString &autosavePath)
{
    // A live session holds its lock; the lock of a session that died is stale and can be taken.
    QLockFile lock(lockPathFor(autosavePath));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return false;
    lock.unlock();
    return true;
}

void AutosaveStore::removeLeftovers() const
{
    const QDir dir(m_directory);
    const QStringList temporaries
        = dir.entryList({m_prefix + QStringLiteral("-*") + JsonSuffix + QStringLiteral(".??????")}, QDir::Files);
    for (const QString &name : temporaries) {
        const QString path = dir.filePath(name);
        const QString autosave = path.left(path.size() - 7); // without ".XXXXXX"
        if (autosave != m_path && isSessionGone(autosave))
            QFile::remove(path);
    }
}

bool AutosaveStore::discard(const QString &orphanPath)
{
    QLockFile lock(lockPathFor(orphanPath));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return false; // its session is alive after all
    const bool removed = QFile::remove(orphanPath) || !QFileInfo::exists(orphanPath);
    lock.unlock();
    return removed;
}

} // namespace Dealscope
