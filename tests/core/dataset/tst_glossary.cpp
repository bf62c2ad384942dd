// SPDX-License-Identifier: GPL-3.0-or-later
// The dataset's glossary: read with its aliases and sources; bad entries are refused with file:line:column,
// the JSON path and a message.
#include "dataset/datasetloader.h"

#include <QFile>
#include <QTest>

using namespace Dealscope;

using Replacements = QList<QPair<QString, QString>>;

namespace {

// Appended to the sample dataset after its open questions: lines 52 to 56 of the file.
const char GlossarySection[] = R"(,
  "glossary": [
    {"id": "rofr", "term": {"en": "right of first refusal", "ja": "優先交渉権"}, "definition": {"en": "A right to match an offer first."}, "aliases": [{"en": "ROFR"}], "sources": ["s1"]},
    {"id": "agi", "term": {"en": "AGI"}, "definition": {"en": "Artificial general intelligence."}}
  ]
})";

} // namespace

class TestGlossary : public QObject
{
    Q_OBJECT

private:
    QString m_fixture;

    QByteArray fixtureWith(const Replacements &replacements) const
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
        QString text = QString::fromUtf8(file.readAll()).trimmed();
        QVERIFY(text.endsWith(u"  ]\n}"));
        text.chop(2); // the root's closing brace and the line break before it
        m_fixture = text + QString::fromUtf8(GlossarySection) + u'\n';
    }

    void validGlossaryIsRead()
    {
        const DatasetLoadResult result = DatasetLoader::loadData(m_fixture.toUtf8(), QStringLiteral("minimal.json"));
        QVERIFY2(result.diagnostics.isEmpty(),
                 qPrintable(messages(result.diagnostics, Diagnostic::Severity::Error).join(u'\n')));
        const Dataset &dataset = *result.dataset;
        QCOMPARE(dataset.glossary.size(), 2);
        const GlossaryEntry *rofr = dataset.glossaryEntry(QStringLiteral("rofr"));
        QVERIFY(rofr);
        QCOMPARE(rofr->term.text(QStringLiteral("ja")), QStringLiteral("優先交渉権"));
        QCOMPARE(rofr->term.text(QStringLiteral("de")), QStringLiteral("right of first refusal")); // English fallback
        QCOMPARE(rofr->definition.english(), QStringLiteral("A right to match an offer first."));
        QCOMPARE(rofr->aliases.size(), 1);
        QCOMPARE(rofr->aliases.first().english(), QStringLiteral("ROFR"));
        QCOMPARE(rofr->sources, QStringList {QStringLiteral("s1")});
        const GlossaryEntry *agi = dataset.glossaryEntry(QStringLiteral("agi"));
        QVERIFY(agi);
        QVERIFY(agi->aliases.isEmpty());
        QVERIFY(agi->sources.isEmpty());
        QVERIFY(!dataset.glossaryEntry(QStringLiteral("missing")));
    }

    void unknownFieldIsAWarning()
    {
        const DatasetLoadResult result = DatasetLoader::loadData(
            fixtureWith({{QStringLiteral("\"id\": \"agi\","), QStringLiteral("\"id\": \"agi\", \"seeAlso\": [],")}}),
            QStringLiteral("minimal.json"));
        QVERIFY(result.ok());
        QCOMPARE(messages(result.diagnostics, Diagnostic::Severity::Warning),
                 QStringList {QStringLiteral(
                     "minimal.json:54:30: warning: glossary[1].seeAlso: unknown field \"seeAlso\" (ignored)")});
    }

    void badInput_data()
    {
        QTest::addColumn<Replacements>("replacements");
        QTest::addColumn<QString>("expected");

        auto row = [](const char *name, const char *from, const char *to, const char *expected) {
            QTest::newRow(name) << Replacements {{QString::fromUtf8(from), QString::fromUtf8(to)}}
                                << QString::fromUtf8(expected);
        };
        row("unknown source", "\"sources\": [\"s1\"]},\n", "\"sources\": [\"s9\"]},\n",
            "minimal.json:53:176: glossary[0].sources[0]: unknown source \"s9\"");
        row("missing definition", ", \"definition\": {\"en\": \"Artificial general intelligence.\"}", "",
            "minimal.json:54:5: glossary[1].definition: missing required field");
        row("missing term", "{\"id\": \"agi\", \"term\": {\"en\": \"AGI\"},", "{\"id\": \"agi\",",
            "minimal.json:54:5: glossary[1].term: missing required field");
        row("definition without English", "{\"en\": \"Artificial general intelligence.\"}",
            "{\"de\": \"Allgemeine künstliche Intelligenz.\"}",
            "minimal.json:54:56: glossary[1].definition: text has no English (\"en\") version");
        row("empty term", "{\"en\": \"AGI\"}", "{\"en\": \"\"}",
            "minimal.json:54:34: glossary[1].term.en: must not be empty");
        row("unknown language", "\"ja\": \"優先交渉権\"", "\"jp\": \"優先交渉権\"",
            "minimal.json:53:67: glossary[0].term.jp: unknown language \"jp\" (expected one of: en, de, ja, zh-Hans, "
            "es, "
            "fr, ko, th, hi)");
        row("alias not a text", "[{\"en\": \"ROFR\"}]", "[\"ROFR\"]",
            "minimal.json:53:147: glossary[0].aliases[0]: expected an object, found a string");
        row("aliases not an array", "[{\"en\": \"ROFR\"}]", "{\"en\": \"ROFR\"}",
            "minimal.json:53:146: glossary[0].aliases: expected an array, found an object");
        row("duplicate id", "\"id\": \"agi\"", "\"id\": \"rofr\"",
            "minimal.json:54:12: glossary[1].id: duplicate glossary entry id \"rofr\" (first defined at line 53)");
        row("invalid id", "\"id\": \"agi\"", "\"id\": \"-agi\"",
            "minimal.json:54:12: glossary[1].id: invalid id \"-agi\" (use 1 to 64 letters, digits, '.', '_' or '-', "
            "starting with a letter or digit)");
        row("alias names another entry", "{\"en\": \"AGI\"}", "{\"en\": \"AGI\"}, \"aliases\": [{\"en\": \"ROFR\"}]",
            "minimal.json:54:61: glossary[1].aliases[0].en: \"ROFR\" already names glossary entry \"rofr\"");
        row("term differs only in case", "{\"en\": \"AGI\"}", "{\"en\": \"Right of First Refusal\"}",
            "minimal.json:54:34: glossary[1].term.en: \"Right of First Refusal\" already names glossary entry "
            "\"rofr\"");
        row("glossary not an array", "\"glossary\": [", "\"glossary\": {}, \"unusedGlossary\": [",
            "minimal.json:52:15: glossary: expected an array, found an object");
        row("entry not an object", "\n    {\"id\": \"agi\"", "\n    \"agi\", {\"id\": \"agi\"",
            "minimal.json:54:5: glossary[1]: expected an object, found a string");
    }

    void badInput()
    {
        QFETCH(Replacements, replacements);
        QFETCH(QString, expected);
        const DatasetLoadResult result
            = DatasetLoader::loadData(fixtureWith(replacements), QStringLiteral("minimal.json"));
        const QStringList errors = messages(result.diagnostics, Diagnostic::Severity::Error);
        QVERIFY2(errors.contains(expected),
                 qPrintable(
                     QStringLiteral("expected:\n  %1\ngot:\n  %2").arg(expected, errors.join(QStringLiteral("\n  ")))));
        QVERIFY(!result.ok());
    }

    void aNameMayRepeatWithinOneEntryAndAcrossLanguages()
    {
        // The same word in two languages (IaaS in English and in Japanese), or as an entry's term and alias,
        // names one meaning: not an error.
        const DatasetLoadResult result = DatasetLoader::loadData(
            fixtureWith({{QStringLiteral("{\"en\": \"AGI\"}"),
                          QStringLiteral("{\"en\": \"AGI\", \"ja\": \"AGI\"}, \"aliases\": [{\"en\": \"agi\"}]")}}),
            QStringLiteral("minimal.json"));
        QVERIFY2(result.ok(), qPrintable(messages(result.diagnostics, Diagnostic::Severity::Error).join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
