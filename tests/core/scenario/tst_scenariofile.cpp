// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario files: round trip, presets, and bad files refused with file:line:column, JSON path and message.
#include "dataset/datasetloader.h"
#include "scenario/regimecatalog.h"
#include "scenario/scenariofile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Dealscope;

using Replacements = QList<QPair<QString, QString>>;

namespace {

// Positions in the messages below count lines and columns in this text.
const char Fixture[] = R"({
  "format": "dealscope-scenario",
  "formatVersion": 1,
  "name": "Test",
  "regime": "oct2025",
  "horizon": 2035,
  "assumptions": {
    "openaiRevenueGrowth": 1.5,
    "commitmentYears": 8
  }
}
)";

QStringList messages(const Diagnostics &diagnostics)
{
    QStringList result;
    for (const Diagnostic &d : diagnostics)
        result.append(d.toString());
    return result;
}

} // namespace

class TestScenarioFile : public QObject
{
    Q_OBJECT

private:
    static QByteArray fixtureWith(const Replacements &replacements)
    {
        QString text = QString::fromUtf8(Fixture);
        for (const auto &[from, to] : replacements) {
            if (text.count(from) != 1)
                qFatal("fixture replacement does not match exactly once: %s", qPrintable(from));
            text.replace(from, to);
        }
        return text.toUtf8();
    }

private Q_SLOTS:
    void regimesAreTheDatasetsVersions_data()
    {
        QTest::addColumn<QString>("regime");
        QTest::addColumn<QString>("versionId"); // empty: refused
        QTest::addColumn<QString>("message");
        QTest::newRow("alias oct2025") << "oct2025"
                                       << "v2025-10-28" << QString();
        QTest::newRow("alias apr2026") << "apr2026"
                                       << "v2026-04-27" << QString();
        QTest::newRow("a version id") << "v2026-02-27"
                                      << "v2026-02-27" << QString();
        QTest::newRow("unknown") << "nov2025" << QString()
                                 << "test.json:5:13: regime: unknown regime \"nov2025\" (expected one of: oct2025, "
                                    "apr2026, v2025-10-28, v2026-02-27, v2026-04-27)";
        QTest::newRow("a version before the terms")
            << "v2019-07-22" << QString()
            << "test.json:5:13: regime: version \"v2019-07-22\" cannot be a regime: clause \"C1\" is not yet agreed "
               "in version \"v2019-07-22\"";
    }

    void regimesAreTheDatasetsVersions()
    {
        QFETCH(QString, regime);
        QFETCH(QString, versionId);
        QFETCH(QString, message);
        const DatasetLoadResult bundled = DatasetLoader::loadBundled();
        QVERIFY(bundled.ok());
        const RegimeCatalog catalog(*bundled.dataset);
        const QByteArray text
            = fixtureWith({{QStringLiteral("\"oct2025\""), QLatin1Char('"') + regime + QLatin1Char('"')}});
        const ScenarioLoadResult result = ScenarioFile::loadData(text, QStringLiteral("test.json"), &catalog);
        if (versionId.isEmpty()) {
            QVERIFY(!result.ok());
            QVERIFY2(messages(result.diagnostics).first().startsWith(message),
                     qPrintable(messages(result.diagnostics).first()));
            return;
        }
        QVERIFY2(result.ok(), qPrintable(messages(result.diagnostics).join(u'\n')));
        QCOMPARE(result.scenario->regime.versionId(), versionId);
        QVERIFY(result.scenario->regime.versionDate().isValid()); // resolved: it can be named
        // Written back as it was read: aliases stay aliases, so old files round-trip unchanged.
        QVERIFY(ScenarioFile::toJson(*result.scenario).contains(QByteArray("\"regime\": \"" + regime.toUtf8() + "\"")));
    }

    void fixtureIsValid()
    {
        const ScenarioLoadResult result = ScenarioFile::loadData(fixtureWith({}), QStringLiteral("test.json"));
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(messages(result.diagnostics).join(u'\n')));
        QVERIFY(result.ok());
        QCOMPARE(result.scenario->name, QStringLiteral("Test"));
        QCOMPARE(result.scenario->regime, RegimeKind::Oct2025);
        QCOMPARE(result.scenario->horizon, 2035);
        QCOMPARE(result.scenario->overrides().size(), 2);
        QCOMPARE(result.scenario->value(AssumptionId::OpenaiRevenueGrowth), 1.5);
        QCOMPARE(result.scenario->value(AssumptionId::CommitmentYears), 8.0);
        // Assumptions the file does not name keep their defaults.
        QCOMPARE(result.scenario->value(AssumptionId::OpenaiRevenue2025), 13.0);
        QVERIFY(!result.scenario->isOverridden(AssumptionId::OpenaiRevenue2025));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("loads");

        auto row = [](const char *name, const Replacements &replacements, const QStringList &expected,
                      bool loads = false) { QTest::newRow(name) << fixtureWith(replacements) << expected << loads; };
        auto p = [](const char *from, const char *to) {
            return QPair<QString, QString>(QString::fromUtf8(from), QString::fromUtf8(to));
        };
        auto one = [](const char *message) { return QStringList {QString::fromUtf8(message)}; };

        row("malformed: trailing comma", {p("\"commitmentYears\": 8", "\"commitmentYears\": 8,")},
            one("test.json:10:3: assumptions: unexpected character '}', expected a key in double quotes"));
        row("malformed: truncated", {p("  }\n}\n", "  }\n")},
            one("test.json:11:1: $: unexpected end of file, expected ',' or '}'"));
        row("root is not an object", {p(Fixture, "[1]")}, one("test.json:1:1: $: expected an object, found an array"));
        row("wrong type of an assumption", {p("1.5", "\"fast\"")},
            one("test.json:8:28: assumptions.openaiRevenueGrowth: expected a number, found a string"));
        row("wrong type of assumptions", {p("\"assumptions\": {", "\"assumptions\": 1, \"x\": {")},
            {QStringLiteral("test.json:7:18: assumptions: expected an object, found a number"),
             QStringLiteral("test.json:7:26: warning: x: unknown field \"x\" (ignored)")});
        row("malformed regime", {p("\"oct2025\"", "\"Oct 2025\"")},
            one("test.json:5:13: regime: unknown regime \"Oct 2025\" (expected one of: oct2025, apr2026)"));
        row("missing regime", {p("  \"regime\": \"oct2025\",\n", "")},
            one("test.json:1:1: regime: missing required field"));
        row("out of range", {p("1.5", "3.5")},
            one("test.json:8:28: assumptions.openaiRevenueGrowth: value 3.5 is outside the range 0–2 (refused, not "
                "clamped)"));
        row("negative", {p("1.5", "-0.1")},
            one("test.json:8:28: assumptions.openaiRevenueGrowth: value -0.1 is outside the range 0–2 (refused, not "
                "clamped)"));
        row("1e308", {p("1.5", "1e308")},
            one("test.json:8:28: assumptions.openaiRevenueGrowth: value 1e+308 is outside the range 0–2 (refused, "
                "not clamped)"));
        row("1e309 is not a finite number", {p("1.5", "1e309")},
            one("test.json:8:28: assumptions.openaiRevenueGrowth: number 1e309 is out of range"));
        row("not a whole number", {p("\"commitmentYears\": 8", "\"commitmentYears\": 7.5")},
            one("test.json:9:24: assumptions.commitmentYears: value 7.5 is not a whole number (refused, not "
                "rounded)"));
        row("horizon out of range", {p("2035", "2050")},
            one("test.json:6:14: horizon: value 2050 is outside the range 2030–2040 (refused, not clamped)"));
        row("missing format field", {p("  \"format\": \"dealscope-scenario\",\n", "")},
            one("test.json:1:1: format: missing required field"));
        row("wrong format", {p("\"dealscope-scenario\"", "\"dealscope-dataset\"")},
            one("test.json:2:13: format: expected \"dealscope-scenario\", found \"dealscope-dataset\""));
        row("newer format version", {p("\"formatVersion\": 1", "\"formatVersion\": 2")},
            one("test.json:3:20: formatVersion: unsupported format version 2 (this Dealscope reads version 1)"));
        row("duplicate assumption", {p("\"commitmentYears\": 8", "\"commitmentYears\": 8, \"commitmentYears\": 9")},
            one("test.json:9:27: assumptions.commitmentYears: duplicate key \"commitmentYears\""));
        row("unknown assumption is a warning",
            {p("\"commitmentYears\": 8", "\"commitmentYears\": 8, \"warpFactor\": 9")},
            one("test.json:9:41: warning: assumptions.warpFactor: unknown assumption \"warpFactor\" (ignored)"), true);
        row("unknown field is a warning", {p("\"name\": \"Test\",", "\"name\": \"Test\", \"colour\": \"red\",")},
            one("test.json:4:29: warning: colour: unknown field \"colour\" (ignored)"), true);
        row("every error at once", {p("1.5", "9"), p("\"commitmentYears\": 8", "\"commitmentYears\": 99")},
            {QStringLiteral("test.json:8:28: assumptions.openaiRevenueGrowth: value 9 is outside the range 0–2 "
                            "(refused, not clamped)"),
             QStringLiteral("test.json:9:24: assumptions.commitmentYears: value 99 is outside the range 3–12 "
                            "(refused, not clamped)")});
    }

    void badInput()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, expected);
        QFETCH(bool, loads);
        const ScenarioLoadResult result = ScenarioFile::loadData(text, QStringLiteral("test.json"));
        QCOMPARE(messages(result.diagnostics), expected);
        QCOMPARE(result.ok(), loads);
    }

    void unreadableFiles()
    {
        const ScenarioLoadResult missing
            = ScenarioFile::loadFile(QStringLiteral("/nonexistent/x.json"), QStringLiteral("x.json"));
        QCOMPARE(messages(missing.diagnostics), QStringList {QStringLiteral("x.json: no such file")});
        const QByteArray big(ScenarioFile::MaxFileSize + 1, ' ');
        QCOMPARE(messages(ScenarioFile::loadData(big, QStringLiteral("big.json")).diagnostics),
                 QStringList {QStringLiteral("big.json: file is larger than the 1 MiB limit")});
    }

    void roundTrip()
    {
        Scenario scenario;
        scenario.name = QStringLiteral("Quotes \" and \\ and\nnewline, ünïcode ✓");
        scenario.description = QStringLiteral("tab\there");
        scenario.regime = RegimeKind::Oct2025;
        scenario.horizon = 2038;
        scenario.setValue(AssumptionId::OpenaiRevenueGrowth, 0.1 + 0.2); // 0.30000000000000004 must survive
        scenario.setValue(AssumptionId::CommitmentYears, 9);
        scenario.setValue(AssumptionId::RevenueShareCap, 38); // equal to the default, still an override
        scenario.setValue(AssumptionId::AzureRecentGrowth, 0.39);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("round.json"));
        QString error;
        QVERIFY2(ScenarioFile::save(scenario, path, &error), qPrintable(error));

        const ScenarioLoadResult loaded = ScenarioFile::loadFile(path, QStringLiteral("round.json"));
        QVERIFY2(loaded.diagnostics.isEmpty(), qPrintable(messages(loaded.diagnostics).join(u'\n')));
        QVERIFY(loaded.ok());
        QCOMPARE(*loaded.scenario, scenario);
        QCOMPARE(loaded.scenario->value(AssumptionId::OpenaiRevenueGrowth), 0.1 + 0.2);

        // Only the overrides are written, in catalogue order.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("\"openaiRevenueGrowth\": 0.30000000000000004"));
        QVERIFY(!text.contains("openaiRevenue2025"));
        QVERIFY(text.indexOf("azureRecentGrowth") < text.indexOf("openaiRevenueGrowth"));
    }

    void emptyScenarioRoundTrip()
    {
        Scenario scenario;
        const ScenarioLoadResult loaded = ScenarioFile::loadData(ScenarioFile::toJson(scenario), QStringLiteral("e"));
        QVERIFY(loaded.diagnostics.isEmpty());
        QCOMPARE(*loaded.scenario, scenario);
    }

    void saveFailsCleanly()
    {
        QString error;
        QVERIFY(!ScenarioFile::save(Scenario(), QStringLiteral("/nonexistent-dir/x.json"), &error));
        QVERIFY(error.startsWith(QStringLiteral("cannot write /nonexistent-dir/x.json: ")));
    }

    void presets_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : ScenarioFile::presetIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    void presets()
    {
        QFETCH(QString, id);
        const ScenarioLoadResult result = ScenarioFile::loadPreset(id);
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(messages(result.diagnostics).join(u'\n')));
        QVERIFY(result.ok());
        QVERIFY(!result.scenario->name.isEmpty());
        QString why;
        QVERIFY2(result.scenario->values().isValid(&why), qPrintable(why));
    }

    void presetsAreOrdered()
    {
        const DatasetLoadResult dataset = DatasetLoader::loadBundled();
        QVERIFY(dataset.ok());
        double previous = 0;
        for (const QString &id : {QStringLiteral("bear"), QStringLiteral("base"), QStringLiteral("bull")}) {
            const Scenario scenario = *ScenarioFile::loadPreset(id).scenario;
            const ContractRegime regime = *deriveContractRegime(*dataset.dataset, scenario.regime).regime;
            const double cumulative = scenario.project(regime).cumulativeMicrosoft(2025, 2035);
            QVERIFY2(cumulative > previous, qPrintable(id));
            previous = cumulative;
        }
        QVERIFY(ScenarioFile::loadPreset(u"base").scenario->overrides().isEmpty());
        QVERIFY(!ScenarioFile::loadPreset(u"worst").ok());
    }
};

QTEST_GUILESS_MAIN(TestScenarioFile)
#include "tst_scenariofile.moc"
