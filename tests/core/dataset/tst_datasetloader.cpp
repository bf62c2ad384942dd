// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input must be refused with a message that names the file, line:column and JSON path.
#include "dataset/datasetloader.h"

#include <QFile>
#include <QTest>

using namespace Dealscope;

using Replacements = QList<QPair<QString, QString>>;

class TestDatasetLoader : public QObject
{
    Q_OBJECT

private:
    QString m_fixture;

    QByteArray fixtureWith(const Replacements &replacements)
    {
        QString text = m_fixture;
        for (const auto &[from, to] : replacements) {
            if (text.count(from) != 1)
                qFatal("fixture replacement does not match exactly once: %s", qPrintable(from));
            text.replace(from, to);
        }
        return text.toUtf8();
    }

    static QStringList messages(const Diagnostics &diagnostics, Diagnostic::Severity severity)
    {
        QStringList result;
        for (const Diagnostic &d : diagnostics) {
            if (d.severity == severity)
                result.append(d.toString());
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(DEALSCOPE_TEST_DATA_DIR "/minimal.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_fixture = QString::fromUtf8(file.readAll());
    }

    void fixtureIsValid()
    {
        const DatasetLoadResult result = DatasetLoader::loadData(m_fixture.toUtf8(), QStringLiteral("minimal.json"));
        QVERIFY2(result.diagnostics.isEmpty(),
                 qPrintable(messages(result.diagnostics, Diagnostic::Severity::Error).join(u'\n')));
        QVERIFY(result.ok());
        QCOMPARE(result.dataset->clauses.size(), 2);
        QCOMPARE(result.dataset->versions.size(), 2);
        QCOMPARE(result.dataset->events.size(), 1);
        QCOMPARE(result.dataset->events.first().amounts.first().value, 1e9);
        QCOMPARE(result.dataset->clause(QStringLiteral("c2"))->confidence.code(), QStringLiteral("B/C"));
    }

    void entriesRememberWhereTheyStand()
    {
        // The source view shows an entry's exact text from the file: the span must cover just that object.
        const DatasetLoadResult result = DatasetLoader::loadData(m_fixture.toUtf8(), QStringLiteral("minimal.json"));
        QVERIFY(result.ok());
        const Clause *c2 = result.dataset->clause(QStringLiteral("c2"));
        QCOMPARE(c2->span.line, 35);
        const QByteArray text = result.dataset->sourceText.mid(c2->span.begin, c2->span.end - c2->span.begin);
        QVERIFY(text.startsWith("{\n      \"id\": \"c2\""));
        QVERIFY(text.endsWith("\"change\": \"introduced\"}]\n    }"));
        const Event *e1 = result.dataset->event(QStringLiteral("e1"));
        QCOMPARE(e1->span.line, 47);
        QVERIFY(result.dataset->sourceText.mid(e1->span.begin, e1->span.end - e1->span.begin)
                    .startsWith("{\"id\": \"e1\""));
    }

    void badInput_data()
    {
        QTest::addColumn<Replacements>("replacements");
        QTest::addColumn<QString>("expected");

        auto row = [](const char *name, Replacements replacements, const char *expected) {
            QTest::newRow(name) << replacements << QString::fromUtf8(expected);
        };
        using R = Replacements;
        using P = QPair<QString, QString>;
        auto p = [](const char *from, const char *to) { return P(QString::fromUtf8(from), QString::fromUtf8(to)); };

        row("malformed: trailing comma",
            R {p("\"sources\": [\"s1\"],\n      \"term\"", "\"sources\": [\"s1\",],\n      \"term\"")},
            "minimal.json:28:24: clauses[0].sources[1]: unexpected character ']', expected a value");
        row("wrong type", R {p("\"title\": {\"en\": \"Clause one\"}", "\"title\": \"Clause one\"")},
            "minimal.json:25:16: clauses[0].title: expected an object, found a string");
        row("missing required field", R {p("\"summary\": {\"en\": \"What clause one says.\"},", "")},
            "minimal.json:22:5: clauses[0].summary: missing required field");
        row("missing English text", R {p("{\"en\": \"Clause one\"}", "{\"de\": \"Klausel eins\"}")},
            "minimal.json:25:16: clauses[0].title: text has no English (\"en\") version");
        row("empty text", R {p("{\"en\": \"Clause one\"}", "{\"en\": \"\"}")},
            "minimal.json:25:23: clauses[0].title.en: must not be empty");
        row("unknown category",
            R {p("\"category\": \"k1\",\n      \"title\": {\"en\": \"Clause one\"}",
                 "\"category\": \"k9\",\n      \"title\": {\"en\": \"Clause one\"}")},
            "minimal.json:24:19: clauses[0].category: unknown category \"k9\"");
        row("unknown source", R {p("\"sources\": [\"s1\"],\n      \"term\"", "\"sources\": [\"s9\"],\n      \"term\"")},
            "minimal.json:28:19: clauses[0].sources[0]: unknown source \"s9\"");
        row("unknown milestone", R {p("{\"milestone\": \"m1\"}", "{\"milestone\": \"m9\"}")},
            "minimal.json:29:53: clauses[0].term.end.earliestOf[0].milestone: unknown milestone \"m9\"");
        row("unknown parent clause", R {p("\"parent\": \"c1\"", "\"parent\": \"c9\"")},
            "minimal.json:38:17: clauses[1].parent: unknown clause \"c9\"");
        row("cycle in the clause tree", R {p("\"id\": \"c1\",", "\"id\": \"c1\", \"parent\": \"c2\",")},
            "minimal.json:38:17: clauses[1].parent: parent chain forms a cycle: c1 → c2 → c1");
        row("clause is its own parent", R {p("\"parent\": \"c1\"", "\"parent\": \"c2\"")},
            "minimal.json:38:17: clauses[1].parent: parent chain forms a cycle: c2 → c2");
        row("duplicate id", R {p("\"id\": \"c2\"", "\"id\": \"c1\"")},
            "minimal.json:36:13: clauses[1].id: duplicate clause id \"c1\" (first defined at line 23)");
        row("invalid calendar day", R {p("\"date\": \"2025-01-01\"", "\"date\": \"2025-02-30\"")},
            "minimal.json:15:26: versions[0].date: invalid date \"2025-02-30\" (expected a calendar day as "
            "YYYY-MM-DD)");
        row("invalid month", R {p("\"date\": \"2025-03\"", "\"date\": \"2025-13\"")},
            "minimal.json:47:26: events[0].date: invalid date \"2025-13\" (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        row("date 0000-00-00", R {p("\"factsCheckedOn\": \"2026-11-28\"", "\"factsCheckedOn\": \"0000-00-00\"")},
            "minimal.json:6:21: factsCheckedOn: invalid date \"0000-00-00\" (expected a calendar day as YYYY-MM-DD)");
        row("date 9999-99-99", R {p("\"date\": \"2025-03\"", "\"date\": \"9999-99-99\"")},
            "minimal.json:47:26: events[0].date: invalid date \"9999-99-99\" (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        row("unknown source kind", R {p("\"kind\": \"press\"", "\"kind\": \"blog\"")},
            "minimal.json:9:82: sources[0].kind: unknown source kind \"blog\" (expected one of: official, filing, "
            "press, analysis, other)");
        row("unknown change kind",
            R {p("{\"version\": \"v1\", \"change\": \"introduced\"}",
                 "{\"version\": \"v1\", \"change\": \"created\"}")},
            "minimal.json:31:37: clauses[0].history[0].change: unknown change \"created\" (expected one of: "
            "introduced, unchanged, amended, ended, notRestated)");
        row("history must start with introduced",
            R {p("{\"version\": \"v1\", \"change\": \"introduced\"}",
                 "{\"version\": \"v1\", \"change\": \"unchanged\"}")},
            "minimal.json:31:37: clauses[0].history[0].change: the first entry must be \"introduced\", not "
            "\"unchanged\"");
        row("history out of order",
            R {p("{\"version\": \"v1\", \"change\": \"introduced\"}",
                 "{\"version\": \"v2\", \"change\": \"introduced\"}"),
               p("{\"version\": \"v2\", \"change\": \"amended\"", "{\"version\": \"v1\", \"change\": \"amended\"")},
            "minimal.json:32:21: clauses[0].history[1].version: version \"v1\" (2025-01-01) comes before the previous "
            "entry's version \"v2\" (2026-01-01); entries must follow the versions' date order");
        row("history names an unknown version",
            R {p("{\"version\": \"v2\", \"change\": \"amended\"", "{\"version\": \"v7\", \"change\": \"amended\"")},
            "minimal.json:32:21: clauses[0].history[1].version: unknown version \"v7\"");
        row("amended without new wording", R {p(", \"text\": {\"en\": \"New wording.\"}", "")},
            "minimal.json:32:9: clauses[0].history[1].text: missing required field (an \"amended\" entry gives the new "
            "wording)");
        row("change after ended",
            R {p("\"confidence\": \"B\"}\n  ]",
                 "\"confidence\": \"B\"},\n    {\"id\": \"v3\", \"date\": \"2026-06-01\", \"label\": {\"en\": "
                 "\"Third\"}, "
                 "\"kind\": \"statement\", \"confidence\": \"C\"}\n  ]"),
               p("{\"version\": \"v2\", \"change\": \"amended\", \"text\": {\"en\": \"New wording.\"}}",
                 "{\"version\": \"v2\", \"change\": \"ended\"}, {\"version\": \"v3\", \"change\": \"unchanged\"}")},
            "minimal.json:33:75: clauses[0].history[2].change: only \"introduced\" may follow \"ended\", not "
            "\"unchanged\"");
        row("two versions on one date", R {p("\"date\": \"2026-01-01\"", "\"date\": \"2025-01-01\"")},
            "minimal.json:16:26: versions[1].date: date 2025-01-01 is already used by version \"v1\"");
        row("conflict with one claim",
            R {p(", {\"text\": {\"en\": \"Two\"}, \"confidence\": \"C\", \"sources\": [\"s1\"]}", "")},
            "minimal.json:50:96: openQuestions[0].claims: a conflict needs at least two claims, found 1");
        row("unsupported format version", R {p("\"formatVersion\": 1", "\"formatVersion\": 2")},
            "minimal.json:3:20: formatVersion: unsupported format version 2 (this Dealscope reads version 1)");
        row("not a dataset", R {p("\"format\": \"dealscope-dataset\"", "\"format\": \"other\"")},
            "minimal.json:2:13: format: expected \"dealscope-dataset\", found \"other\"");
        row("plain http URL", R {p("\"https://example.org/a\"", "\"http://example.org/a\"")},
            "minimal.json:9:49: sources[0].url: \"http://example.org/a\" is not an absolute https:// URL");
        row("javascript URL", R {p("\"https://example.org/a\"", "\"javascript:alert(1)\"")},
            "minimal.json:9:49: sources[0].url: \"javascript:alert(1)\" is not an absolute https:// URL");
        row("invalid id", R {p("\"id\": \"k1\"", "\"id\": \"k 1\"")},
            "minimal.json:19:12: categories[0].id: invalid id \"k 1\" (use 1 to 64 letters, digits, '.', '_' or '-', "
            "starting with a letter or digit)");
        row("end with two forms",
            R {p("{\"end\": {\"earliestOf\": [{\"milestone\": \"m1\"}, {\"date\": \"2030\"}]}}",
                 "{\"end\": {\"date\": \"2030\", \"milestone\": \"m1\"}}")},
            "minimal.json:29:23: clauses[0].term.end: an end needs exactly one of \"date\", \"milestone\" or "
            "\"earliestOf\"");
        row("earliestOf with one end",
            R {p("{\"earliestOf\": [{\"milestone\": \"m1\"}, {\"date\": \"2030\"}]}",
                 "{\"earliestOf\": [{\"milestone\": \"m1\"}]}")},
            "minimal.json:29:38: clauses[0].term.end.earliestOf: needs at least two ends, found 1");
        row("confidence range upside down", R {p("\"confidence\": \"B/C\"", "\"confidence\": \"C/B\"")},
            "minimal.json:41:21: clauses[1].confidence: invalid confidence \"C/B\" (expected A, B, C, X or a range "
            "such as A/B)");
        row("unknown language", R {p("\"languages\": [\"en\"]", "\"languages\": [\"en\", \"xx\"]")},
            "minimal.json:7:23: languages[1]: unknown language \"xx\" (expected one of: en, de, ja, zh-Hans, es, fr, "
            "ko, th, hi)");
        row("unknown language in a text", R {p("{\"en\": \"Category\"}", "{\"en\": \"Category\", \"xx\": \"?\"}")},
            "minimal.json:19:52: categories[0].title.xx: unknown language \"xx\" (expected one of: en, de, ja, "
            "zh-Hans, es, fr, ko, th, hi)");
        row("clause citing no source",
            R {p("\"confidence\": \"B/C\",\n      \"sources\": [\"s1\"]",
                 "\"confidence\": \"B/C\",\n      \"sources\": []")},
            "minimal.json:42:18: clauses[1].sources: must not be empty");
        row("amount given as text", R {p("\"value\": 1e9", "\"value\": \"1e9\"")},
            "minimal.json:47:145: events[0].amounts[0].value: expected a number, found a string");
    }

    void badInput()
    {
        QFETCH(Replacements, replacements);
        QFETCH(QString, expected);
        const DatasetLoadResult result
            = DatasetLoader::loadData(fixtureWith(replacements), QStringLiteral("minimal.json"));
        QVERIFY(!result.ok());
        const QStringList errors = messages(result.diagnostics, Diagnostic::Severity::Error);
        QVERIFY2(errors.contains(expected),
                 qPrintable(
                     QStringLiteral("expected:\n  %1\ngot:\n  %2").arg(expected, errors.join(QStringLiteral("\n  ")))));
    }

    void malformedText_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty file") << QByteArray()
                                    << QStringLiteral("t.json:1:1: $: unexpected end of file, expected a value");
        QTest::newRow("root is an array")
            << QByteArray("[]") << QStringLiteral("t.json:1:1: $: expected an object, found an array");
        QTest::newRow("invalid UTF-8") << QByteArray("{\"id\": \"a\xff\"}")
                                       << QStringLiteral("t.json:1:10: $: invalid UTF-8 byte sequence");
        QTest::newRow("overlong UTF-8") << QByteArray("{\n\"id\": \"\xc0\xaf\"}")
                                        << QStringLiteral("t.json:2:8: $: invalid UTF-8 byte sequence");
        QTest::newRow("NaN") << QByteArray("{\"formatVersion\": NaN}")
                             << QStringLiteral(
                                    "t.json:1:19: formatVersion: unexpected character 'N', expected a value");
        QTest::newRow("Infinity by overflow")
            << QByteArray("{\"formatVersion\": 1e400}")
            << QStringLiteral("t.json:1:19: formatVersion: number 1e400 is out of range");
        QTest::newRow("duplicate key") << QByteArray("{\"format\": \"a\",\n \"format\": \"b\"}")
                                       << QStringLiteral("t.json:2:2: format: duplicate key \"format\"");
        QTest::newRow("unterminated string")
            << QByteArray("{\"format\": \"dealscope") << QStringLiteral("t.json:1:22: format: unterminated string");
        QTest::newRow("missing colon") << QByteArray("{\"format\" \"x\"}")
                                       << QStringLiteral(
                                              "t.json:1:11: $: unexpected character '\"', expected ':' after the key");
        QTest::newRow("raw newline in string")
            << QByteArray("{\"id\": \"a\nb\"}")
            << QStringLiteral("t.json:1:10: id: control character U+000A in string; escape it");
        QTest::newRow("lone surrogate") << QByteArray("{\"id\": \"\\ud800\"}")
                                        << QStringLiteral("t.json:1:9: id: invalid \\u escape: unpaired surrogate");
        QTest::newRow("content after the value")
            << QByteArray("{} {}")
            << QStringLiteral("t.json:1:4: $: unexpected character '{' after the top-level value");
        QByteArray deep(DatasetLoader::MaxDepth + 1, '[');
        QTest::newRow("nesting too deep") << (QByteArray("{\"a\": ") + deep)
                                          << QStringLiteral("t.json:1:%1: a%2: nesting deeper than 64 levels")
                                                 .arg(6 + DatasetLoader::MaxDepth)
                                                 .arg(QStringLiteral("[0]").repeated(DatasetLoader::MaxDepth - 1));
    }

    void malformedText()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const DatasetLoadResult result = DatasetLoader::loadData(data, QStringLiteral("t.json"));
        QVERIFY(!result.ok());
        const QStringList errors = messages(result.diagnostics, Diagnostic::Severity::Error);
        QVERIFY2(errors.contains(expected), qPrintable(errors.join(u'\n')));
    }

    void oversizedInputIsRefusedBeforeParsing()
    {
        const QByteArray huge(DatasetLoader::MaxFileSize + 1, ' ');
        const DatasetLoadResult result = DatasetLoader::loadData(huge, QStringLiteral("big.json"));
        QVERIFY(!result.ok());
        QCOMPARE(result.diagnostics.size(), 1);
        QCOMPARE(result.diagnostics.first().toString(),
                 QStringLiteral("big.json: file is larger than the 16 MiB limit"));
    }

    void unreadableFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing file") << QStringLiteral("/nonexistent/dataset.json")
                                      << QStringLiteral("/nonexistent/dataset.json: no such file");
        QTest::newRow("a device that never ends")
            << QStringLiteral("/dev/zero") << QStringLiteral("/dev/zero: not a regular file");
        QTest::newRow("a directory") << QStringLiteral(DEALSCOPE_TEST_DATA_DIR)
                                     << QStringLiteral(DEALSCOPE_TEST_DATA_DIR ": not a regular file");
    }

    void unreadableFiles()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const DatasetLoadResult result = DatasetLoader::loadFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.diagnostics.size(), 1);
        QCOMPARE(result.diagnostics.first().toString(), expected);
    }

    void warningsKeepTheDatasetValid_data()
    {
        QTest::addColumn<Replacements>("replacements");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("unknown field")
            << Replacements {{QStringLiteral("\"id\": \"s1\", "),
                              QStringLiteral("\"id\": \"s1\", \"author\": \"Z\", ")}}
            << QStringList {
                   QStringLiteral("minimal.json:9:28: warning: sources[0].author: unknown field \"author\" (ignored)")};
        QTest::newRow("declared language missing")
            << Replacements {{QStringLiteral("\"languages\": [\"en\"]"),
                              QStringLiteral("\"languages\": [\"en\", \"de\"]")},
                             {QStringLiteral("{\"en\": \"Minimal agreement\"}"),
                              QStringLiteral("{\"en\": \"Minimal agreement\", \"de\": \"Minimaler Vertrag\"}")},
                             {QStringLiteral("{\"en\": \"Category\"}"),
                              QStringLiteral("{\"en\": \"Category\", \"de\": \"Kategorie\"}")}}
            << QStringList {
                   QStringLiteral("minimal.json:12:27: warning: milestones[0].title: text has no \"de\" version "
                                  "(English is shown instead)"),
                   QStringLiteral("minimal.json:15:49: warning: versions[0].label: text has no \"de\" version (English "
                                  "is shown instead)"),
               };
    }

    void warningsKeepTheDatasetValid()
    {
        QFETCH(Replacements, replacements);
        QFETCH(QStringList, expected);
        const DatasetLoadResult result
            = DatasetLoader::loadData(fixtureWith(replacements), QStringLiteral("minimal.json"));
        QVERIFY2(result.ok(), qPrintable(messages(result.diagnostics, Diagnostic::Severity::Error).join(u'\n')));
        const QStringList warnings = messages(result.diagnostics, Diagnostic::Severity::Warning);
        for (const QString &message : expected)
            QVERIFY2(warnings.contains(message), qPrintable(warnings.join(u'\n')));
    }

    void statementsWithoutSourcesAreWarnedAbout_data()
    {
        // Every statement with confidence A, B or C cites a source; one that cites none can only be X.
        QTest::addColumn<Replacements>("replacements");
        QTest::addColumn<QStringList>("expected");
        const QString rule = QStringLiteral(" but no source; a statement without a source is X");
        const QString secondClaim
            = QStringLiteral("{\"text\": {\"en\": \"Two\"}, \"confidence\": \"C\", \"sources\": [\"s1\"]}");

        QTest::newRow("every statement cited") << Replacements {} << QStringList {};
        QTest::newRow("claim, confidence C")
            << Replacements {{secondClaim, QStringLiteral("{\"text\": {\"en\": \"Two\"}, \"confidence\": \"C\"}")}}
            << QStringList {QStringLiteral("minimal.json:50:198: warning: openQuestions[0].claims[1].confidence: "
                                           "confidence C")
                            + rule};
        QTest::newRow("claim, confidence X")
            << Replacements {{secondClaim, QStringLiteral("{\"text\": {\"en\": \"Two\"}, \"confidence\": \"X\"}")}}
            << QStringList {};
        QTest::newRow("milestone, confidence A")
            << Replacements {{QStringLiteral("\"title\": {\"en\": \"Milestone\"}, \"sources\": [\"s1\"], "),
                              QStringLiteral("\"title\": {\"en\": \"Milestone\"}, ")}}
            << QStringList {QStringLiteral("minimal.json:12:62: warning: milestones[0].confidence: confidence A")
                            + rule};
        QTest::newRow("version, range A/B, empty list")
            << Replacements {{QStringLiteral("\"sources\": [\"s1\"], \"confidence\": \"B\""),
                              QStringLiteral("\"sources\": [], \"confidence\": \"A/B\"")}}
            << QStringList {QStringLiteral("minimal.json:16:117: warning: versions[1].confidence: confidence A/B")
                            + rule};
        QTest::newRow("version, confidence X")
            << Replacements {{QStringLiteral("\"sources\": [\"s1\"], \"confidence\": \"B\""),
                              QStringLiteral("\"confidence\": \"X\"")}}
            << QStringList {};
    }

    void statementsWithoutSourcesAreWarnedAbout()
    {
        QFETCH(Replacements, replacements);
        QFETCH(QStringList, expected);
        const DatasetLoadResult result
            = DatasetLoader::loadData(fixtureWith(replacements), QStringLiteral("minimal.json"));
        QVERIFY2(result.ok(), qPrintable(messages(result.diagnostics, Diagnostic::Severity::Error).join(u'\n')));
        QCOMPARE(messages(result.diagnostics, Diagnostic::Severity::Warning), expected);
    }

    void everyProblemIsReportedNotJustTheFirst()
    {
        const QByteArray data
            = fixtureWith({{QStringLiteral("\"kind\": \"press\""), QStringLiteral("\"kind\": \"blog\"")},
                           {QStringLiteral("\"parent\": \"c1\""), QStringLiteral("\"parent\": \"c9\"")}});
        const DatasetLoadResult result = DatasetLoader::loadData(data, QStringLiteral("minimal.json"));
        const QStringList errors = messages(result.diagnostics, Diagnostic::Severity::Error);
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.at(0).startsWith(QStringLiteral("minimal.json:9:82: sources[0].kind:")));
        QVERIFY(errors.at(1).startsWith(QStringLiteral("minimal.json:38:17: clauses[1].parent:")));
    }
};

QTEST_GUILESS_MAIN(TestDatasetLoader)
#include "tst_datasetloader.moc"
