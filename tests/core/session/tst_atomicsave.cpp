// SPDX-License-Identifier: GPL-3.0-or-later
// No lost work: a save killed at any moment leaves the old file or the new one, never a mix or nothing.
// A child process (this executable, started with DEALSCOPE_SAVE_LOOP set) saves version A and version B
// of a file in turns; the test kills it with SIGKILL at random moments, many times, and reads the file.
// Scenario files go through ScenarioFile::save (QSaveFile); settings through QSettings::sync().
#include "scenario/scenariofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <cstdio>
#include <thread>

using namespace Dealscope;

namespace {

const char LoopVariable[] = "DEALSCOPE_SAVE_LOOP"; // "scenario:PATH" or "settings:PATH"

// A and B differ in every part, and B is large, so that a torn or interleaved write cannot pass for either.
Scenario scenarioA()
{
    Scenario scenario;
    scenario.name = QStringLiteral("Version A");
    scenario.regime = RegimeKind::Oct2025;
    scenario.setValue(AssumptionId::OpenaiRevenueGrowth, 1.25);
    return scenario;
}

Scenario scenarioB()
{
    Scenario scenario;
    scenario.name = QStringLiteral("Version B");
    scenario.description = QStringLiteral("B").repeated(256 * 1024);
    scenario.regime = RegimeKind::Apr2026;
    scenario.setValue(AssumptionId::OpenaiRevenueGrowth, 0.5);
    scenario.setValue(AssumptionId::AzureRecentGrowth, 0.3);
    return scenario;
}

QString settingsValue(bool b)
{
    return b ? QStringLiteral("B").repeated(256 * 1024) : QStringLiteral("version A");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The child: save B, A, B, … until killed. Says "ready" once its first save is done, so that every kill
/// lands in the loop.
int runSaveLoop(const QString &spec)
{
    const qsizetype colon = spec.indexOf(u':');
    const QString kind = spec.left(colon);
    const QString path = spec.mid(colon + 1);
    const Scenario versions[] = {scenarioA(), scenarioB()};
    QSettings settings(path, QSettings::IniFormat);
    for (quint64 i = 1;; ++i) {
        const bool b = i % 2 == 1;
        if (kind == QLatin1String("scenario")) {
            if (!ScenarioFile::save(versions[b ? 1 : 0], path))
                return 3;
        } else {
            settings.setValue(QStringLiteral("payload"), settingsValue(b));
            settings.sync();
            if (settings.status() != QSettings::NoError)
                return 3;
        }
        if (i == 1) {
            std::fputs("ready\n", stdout);
            std::fflush(stdout);
        }
    }
}

} // namespace

class TestAtomicSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileIsAlwaysOldOrNew_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("scenario file (ScenarioFile::save)") << QStringLiteral("scenario");
        QTest::newRow("settings (QSettings::sync)") << QStringLiteral("settings");
    }

    void fileIsAlwaysOldOrNew()
    {
        QFETCH(QString, kind);
        const int kills = qEnvironmentVariableIsSet("DEALSCOPE_SAVE_KILLS")
            ? qEnvironmentVariableIntValue("DEALSCOPE_SAVE_KILLS")
            // Fewer kills for settings: a kill between QSettings creating its lock file and writing its
            // process id into it leaves a lock the next writer only takes as stale after 30 s.
            : (kind == QLatin1String("scenario") ? 200 : 60);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path
            = dir.filePath(kind == QLatin1String("scenario") ? QStringLiteral("s.dealscope-scenario.json")
                                                             : QStringLiteral("settings.conf"));

        // The two acceptable contents, written the same way the child writes them.
        QByteArray versionA;
        QByteArray versionB;
        if (kind == QLatin1String("scenario")) {
            QVERIFY(ScenarioFile::save(scenarioB(), path));
            versionB = readAll(path);
            QVERIFY(ScenarioFile::save(scenarioA(), path));
            versionA = readAll(path);
        } else {
            {
                QSettings settings(path, QSettings::IniFormat);
                settings.setValue(QStringLiteral("payload"), settingsValue(true));
            }
            versionB = readAll(path);
            {
                QSettings settings(path, QSettings::IniFormat);
                settings.setValue(QStringLiteral("payload"), settingsValue(false));
            }
            versionA = readAll(path);
        }
        QVERIFY(!versionA.isEmpty());
        QVERIFY(versionB.size() > 256 * 1024);
        QCOMPARE(readAll(path), versionA);

        QRandomGenerator random(20261128);
        int sawA = 0;
        int sawB = 0;
        for (int i = 0; i < kills; ++i) {
            QProcess child;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QString::fromLatin1(LoopVariable), kind + u':' + path);
            child.setProcessEnvironment(environment);
            child.start(QCoreApplication::applicationFilePath(), {});
            // Generous: a sanitizer build on a busy machine can take many seconds to start a process.
            QVERIFY2(child.waitForReadyRead(60000), "the save loop did not start");
            // Anywhere from during the second save to a few dozen saves in (one save takes a few milliseconds).
            std::this_thread::sleep_for(std::chrono::microseconds(random.bounded(40000)));
            QCOMPARE(child.state(), QProcess::Running); // still saving: it never stops on its own
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            const QByteArray onDisk = readAll(path);
            if (onDisk == versionA)
                ++sawA;
            else if (onDisk == versionB)
                ++sawB;
            else
                QFAIL(qPrintable(QStringLiteral("after kill %1 the file is neither version: %2 bytes (A has %3, B %4)")
                                     .arg(i + 1)
                                     .arg(onDisk.size())
                                     .arg(versionA.size())
                                     .arg(versionB.size())));
        }
        // Both versions must turn up, or the kills did not land during saves and the test proved nothing.
        QVERIFY2(sawA > 0 && sawB > 0, qPrintable(QStringLiteral("A %1 times, B %2 times").arg(sawA).arg(sawB)));
        const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        qInfo("%d kills: version A %d times, version B %d times; files left in the directory: %s", kills, sawA, sawB,
              qPrintable(left.join(QStringLiteral(", "))));
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(LoopVariable)) {
        QCoreApplication app(argc, argv);
        return runSaveLoop(qEnvironmentVariable(LoopVariable));
    }
    QCoreApplication app(argc, argv);
    TestAtomicSave test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_atomicsave.moc"
