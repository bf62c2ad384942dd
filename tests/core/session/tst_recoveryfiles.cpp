// SPDX-License-Identifier: GPL-3.0-or-later
// The files behind "no lost work": setting a damaged file aside, telling a usable settings file from an
// unreadable one, and autosave files per session with orphans told apart from live sessions.
#include "session/autosavestore.h"
#include "session/filesetaside.h"
#include "session/settingsrecovery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Dealscope;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

bool setModified(const QString &path, const QDateTime &time)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.setFileTime(time, QFileDevice::FileModificationTime);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestRecoveryFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setAsideKeepsTheFileUnderANewName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dealscope.conf"));
        writeFile(path, "damaged");
        const QDateTime now(QDate(2026, 11, 28), QTime(10, 30, 0));

        const FileSetAside::Result first = FileSetAside::setAside(path, now);
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(QFileInfo(first.newPath).fileName(), QStringLiteral("dealscope.conf.corrupt-20261128-103000"));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(readAll(first.newPath), QByteArray("damaged"));

        // The same second again: the first copy is kept, the second gets a number.
        writeFile(path, "damaged again");
        const FileSetAside::Result second = FileSetAside::setAside(path, now);
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(QFileInfo(second.newPath).fileName(), QStringLiteral("dealscope.conf.corrupt-20261128-103000-2"));
        QCOMPARE(readAll(first.newPath), QByteArray("damaged"));
        QCOMPARE(readAll(second.newPath), QByteArray("damaged again"));

        const FileSetAside::Result missing = FileSetAside::setAside(dir.filePath(QStringLiteral("absent")), now);
        QVERIFY(!missing.ok);
        QVERIFY(!missing.error.isEmpty());
    }

    void settingsProblems_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("usable");

        QTest::newRow("written by QSettings") << QByteArray() << true;
        QTest::newRow("hand-edited, odd values") << QByteArray("[MainWindow]\nversion=no-such-version\n"
                                                               "geometry=@ByteArray(\\0\\x1)\nassumedAgiYear=abc\n")
                                                 << true;
        QTest::newRow("UTF-8 text") << QByteArray("[General]\nlastDatasetDirectory=/home/anna/Verträge\n") << true;
        QTest::newRow("empty") << QByteArray("") << true;
        QTest::newRow("NUL bytes") << QByteArray("[MainWindow]\nversion=v1\0\0\0\0", 27) << false;
        QTest::newRow("invalid UTF-8") << QByteArray("[MainWindow]\nversion=\xff\xfe\xc3\n") << false;
        QTest::newRow("unterminated section") << QByteArray("[MainWindow\nversion=v1\n") << false;
        QTest::newRow("too large") << QByteArray("[General]\nx=") + QByteArray(SettingsRecovery::MaxFileSize, 'x')
                                   << false;
    }

    void settingsProblems()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, usable);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dealscope.conf"));
        if (content.isNull()) {
            QSettings settings(path, QSettings::IniFormat);
            settings.setValue(QStringLiteral("MainWindow/state"), QByteArray("\0\1\2\xff", 4));
            settings.setValue(QStringLiteral("MainWindow/title"), QStringLiteral("日本語 — Ünïcode"));
        } else {
            writeFile(path, content);
        }

        const std::optional<QString> problem = SettingsRecovery::problem(path);
        QCOMPARE(!problem.has_value(), usable);
        const std::optional<QString> message = SettingsRecovery::recover(path);
        QCOMPARE(!message.has_value(), usable);
        const QStringList setAside = QDir(dir.path()).entryList({QStringLiteral("dealscope.conf.corrupt-*")});
        if (usable) {
            QVERIFY(QFileInfo::exists(path));
            QVERIFY(setAside.isEmpty());
            return;
        }
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(setAside.size(), 1);
        QCOMPARE(readAll(dir.filePath(setAside.first())), content);
        // The message names the file, the reason and where it went.
        QVERIFY2(message->contains(path), qPrintable(*message));
        QVERIFY2(message->contains(*problem), qPrintable(*message));
        QVERIFY2(message->contains(setAside.first()), qPrintable(*message));
    }

    void settingsThatAreNotAFile()
    {
        QTemporaryDir dir;
        QVERIFY(!SettingsRecovery::problem(dir.filePath(QStringLiteral("absent.conf"))));
        const QString directory = dir.filePath(QStringLiteral("dealscope.conf"));
        QVERIFY(QDir().mkpath(directory));
        QVERIFY(SettingsRecovery::problem(directory));
        QVERIFY(SettingsRecovery::recover(directory));
        QVERIFY(!QFileInfo::exists(directory));
    }

    void autosaveBelongsToItsSession()
    {
        QTemporaryDir dir;
        const QString autosaves = dir.filePath(QStringLiteral("autosave"));
        AutosaveStore first(autosaves);
        QVERIFY(first.filePath().isEmpty());
        QVERIFY(!first.hasFile());
        QVERIFY(!QFileInfo::exists(autosaves)); // nothing is written before there is something to keep

        QString error;
        QVERIFY2(first.write("one", &error), qPrintable(error));
        QVERIFY(first.hasFile());
        QCOMPARE(readAll(first.filePath()), QByteArray("one"));
        QVERIFY2(first.write("two", &error), qPrintable(error));
        QCOMPARE(readAll(first.filePath()), QByteArray("two"));

        // A second live session sees no orphan, and cannot discard the first's file.
        AutosaveStore second(autosaves);
        QVERIFY(second.write("other", &error));
        QVERIFY(second.filePath() != first.filePath());
        QCOMPARE(second.orphans(), QStringList());
        QCOMPARE(first.orphans(), QStringList());
        QVERIFY(!AutosaveStore::discard(first.filePath()));
        QVERIFY(first.hasFile());

        first.remove();
        QVERIFY(!first.hasFile());
        QVERIFY(second.hasFile());
    }

    void autosaveOfAGoneSessionIsAnOrphan()
    {
        QTemporaryDir dir;
        const QString autosaves = dir.filePath(QStringLiteral("autosave"));
        QString leftPath;
        {
            AutosaveStore gone(autosaves);
            QVERIFY(gone.write("unsaved"));
            leftPath = gone.filePath();
            // Destroyed without remove(): the lock goes, the file stays, as after a crash.
        }
        // An older orphan whose lock file is gone too, and files that are not autosaves.
        const QString older = QDir(autosaves).filePath(QStringLiteral("scenario-1-1.json"));
        writeFile(older, "older");
        QVERIFY(setModified(older, QDateTime::currentDateTime().addDays(-1)));
        writeFile(QDir(autosaves).filePath(QStringLiteral("scenario-2-2.json.corrupt-20261128-103000")), "x");
        writeFile(QDir(autosaves).filePath(QStringLiteral("notes.json")), "x");

        AutosaveStore current(autosaves);
        QVERIFY(current.write("mine"));
        const QStringList orphans = current.orphans();
        QCOMPARE(orphans, QStringList({QFileInfo(leftPath).absoluteFilePath(), QFileInfo(older).absoluteFilePath()}));

        QVERIFY(AutosaveStore::discard(orphans.first()));
        QVERIFY(!QFileInfo::exists(leftPath));
        QCOMPARE(current.orphans(), QStringList({QFileInfo(older).absoluteFilePath()}));
        QVERIFY(current.hasFile());
    }

    void leftoversOfKilledWritesGo()
    {
        QTemporaryDir dir;
        const QString autosaves = dir.filePath(QStringLiteral("autosave"));
        AutosaveStore live(autosaves);
        QVERIFY(live.write("mine"));
        // What QSaveFile leaves when its process is killed between writing and renaming.
        const QString liveTemporary = live.filePath() + QStringLiteral(".Ab3xYz");
        const QString goneTemporary = QDir(autosaves).filePath(QStringLiteral("scenario-1-1.json.Qw9pLm"));
        const QString setAside = QDir(autosaves).filePath(QStringLiteral("scenario-1-1.json.corrupt-20261128-103000"));
        writeFile(liveTemporary, "partial");
        writeFile(goneTemporary, "partial");
        writeFile(setAside, "kept for the user");

        AutosaveStore(autosaves).removeLeftovers();
        QVERIFY(!QFileInfo::exists(goneTemporary));
        QVERIFY(QFileInfo::exists(liveTemporary)); // its session may still rename it
        QVERIFY(QFileInfo::exists(setAside));
        QVERIFY(live.hasFile());
    }
};

QTEST_GUILESS_MAIN(TestRecoveryFiles)
#include "tst_recoveryfiles.moc"
