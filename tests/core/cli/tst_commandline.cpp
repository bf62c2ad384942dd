// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Dealscope;

Q_DECLARE_METATYPE(Dealscope::Cli::Mode)

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<Cli::Mode>("mode");
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<bool>("commandLineTask");

        QTest::newRow("no arguments") << QStringList {} << Cli::Mode::Gui << QStringList {} << false;
        QTest::newRow("a dataset") << QStringList {"x.json"} << Cli::Mode::Gui << QStringList {"x.json"} << false;
        QTest::newRow("help") << QStringList {"--help"} << Cli::Mode::Help << QStringList {} << true;
        QTest::newRow("short help") << QStringList {"-h"} << Cli::Mode::Help << QStringList {} << true;
        QTest::newRow("version") << QStringList {"--version"} << Cli::Mode::Version << QStringList {} << true;
        QTest::newRow("validate") << QStringList {"validate", "a.json", "b.json"} << Cli::Mode::Validate
                                  << QStringList {"a.json", "b.json"} << true;
        QTest::newRow("validate without files")
            << QStringList {"validate"} << Cli::Mode::Error << QStringList {} << true;
        QTest::newRow("unknown option") << QStringList {"--frobnicate"} << Cli::Mode::Error << QStringList {} << true;
        QTest::newRow("two datasets") << QStringList {"a.json", "b.json"} << Cli::Mode::Error << QStringList {} << true;
        QTest::newRow("verbose without validate")
            << QStringList {"--verbose"} << Cli::Mode::Error << QStringList {} << true;
        QTest::newRow("Qt option goes to the window")
            << QStringList {"-platform", "offscreen"} << Cli::Mode::Error << QStringList {} << false;
    }

    void parse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(Cli::Mode, mode);
        QFETCH(QStringList, files);
        QFETCH(bool, commandLineTask);
        arguments.prepend(QStringLiteral("dealscope"));
        QCOMPARE(Cli::isCommandLineTask(arguments), commandLineTask);
        const Cli::Invocation invocation = Cli::parse(arguments);
        QCOMPARE(invocation.mode, mode);
        QCOMPARE(invocation.files, files);
        if (mode == Cli::Mode::Error)
            QVERIFY(invocation.message.contains(QStringLiteral("Try 'dealscope --help'")));
    }

    void helpNamesEveryCommandAndOption()
    {
        const QString help = Cli::helpText();
        for (const char *word : {"validate", "--help", "--version", "--verbose", "DATASET"})
            QVERIFY2(help.contains(QLatin1String(word)), word);
        QVERIFY(Cli::versionText().startsWith(QStringLiteral("dealscope ")));
    }

    void validateReportsEachFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"dealscope-dataset\",\n \"formatVersion\": true}");
        file.close();

        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const QString good = QStringLiteral(DEALSCOPE_TEST_DATA_DIR "/minimal.json");
        QCOMPARE(Cli::runValidate({good}, true, out, err), Cli::ExitSuccess);
        QVERIFY(errText.isEmpty());
        QVERIFY(outText.contains(QStringLiteral("valid: 2 versions, 2 clauses, 1 events, 0 warnings")));

        outText.clear();
        QCOMPARE(Cli::runValidate({good, broken}, false, out, err), Cli::ExitFailure);
        QVERIFY(outText.isEmpty());
        QVERIFY2(errText.contains(broken + QStringLiteral(":2:19: formatVersion: expected a number, found a boolean")),
                 qPrintable(errText));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
