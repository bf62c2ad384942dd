// SPDX-License-Identifier: GPL-3.0-or-later
// Untrusted content through the core's readers: one row per kind of hostile input (markup, images, link
// schemes, enormous strings, deep nesting, invalid UTF-8, non-finite and huge numbers, impossible dates)
// for each of the dataset loader, the scenario loader and the article parser. Every row must end quickly
// without a crash; refused input gets a positioned message; accepted text is kept verbatim as data (never
// turned into markup or links), and every link that survives is http(s).
// tst_untrustedcontent_gui renders the same kinds of input in the widgets.
#include "articles/articleparser.h"
#include "dataset/datasetloader.h"
#include "scenario/scenariofile.h"
#include "scenario/scenarioregime.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace Dealscope;

namespace {

/// Generous: a row must only prove that it ends, not how fast (sanitizer builds are slow).
constexpr qint64 HangLimitMs = 60000;

enum class Reader { Dataset, Scenario, Article };

QByteArray minimalDataset()
{
    QFile file(QStringLiteral(DEALSCOPE_TEST_DATA_DIR "/minimal.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the minimal dataset");
    return file.readAll();
}

/// The minimal dataset with @p from replaced by @p to (which must match exactly once).
QByteArray dataset(const QByteArray &from, const QByteArray &to)
{
    QByteArray data = minimalDataset();
    if (data.count(from) != 1)
        qFatal("fixture replacement does not match exactly once: %s", from.constData());
    return data.replace(from, to);
}

/// @p text as a JSON string literal.
QByteArray jsonQuote(const QString &text)
{
    QByteArray quoted = text.toUtf8();
    quoted.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + quoted + '"';
}

const QByteArray ClauseTitle = "\"title\": {\"en\": \"Clause one\"}";
const QByteArray ClauseSummary = "\"summary\": {\"en\": \"What clause one says.\"}";
const QByteArray SourceUrl = "\"url\": \"https://example.org/a\"";
const QByteArray AmountValue = "\"value\": 1e9";

QByteArray clauseTitle(const QByteArray &json)
{
    return dataset(ClauseTitle, "\"title\": {\"en\": " + json + "}");
}

QByteArray scenario(const QByteArray &fields)
{
    return "{\"format\": \"dealscope-scenario\", \"formatVersion\": 1, \"regime\": \"apr2026\", \"horizon\": 2035"
        + fields + "}";
}

QByteArray article(const QByteArray &frontMatterTitle, const QByteArray &paragraph,
                   const QByteArray &source = "- [Example](https://example.org/a)")
{
    return "---\nid: sample\nlang: en\ntitle: " + frontMatterTitle + "\n---\n\n{#p-a}\n" + paragraph
        + "\n\n## Sources {#h-sources}\n\n{#p-sources}\n" + source + "\n";
}

QString plainTextOf(const Article &article)
{
    QString text = article.title;
    for (const ArticleBlock &block : article.blocks)
        text += u'\n' + block.plainText();
    return text;
}

/// "file:line:column: …" with a line and column, so that the user can find the place.
bool isPositioned(const QString &message)
{
    static const QRegularExpression form(QStringLiteral("^[^:]+:\\d+:\\d+: "));
    return form.match(message).hasMatch();
}

} // namespace

class TestUntrustedContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileInput_data()
    {
        QTest::addColumn<int>("reader");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("accepted");
        // Accepted: text the reader must keep verbatim as data. Refused: a part of the first error.
        QTest::addColumn<QString>("expected");

        auto row = [](const char *name, Reader reader, const QByteArray &input, bool accepted,
                      const QString &expected) { QTest::newRow(name) << int(reader) << input << accepted << expected; };
        const QString html
            = QStringLiteral("<b>bold</b><script>alert(1)</script><a href=\"javascript:alert(1)\">x</a>");
        const QString image
            = QStringLiteral("![chart](https://example.org/track.png) <img src=\"file:///etc/passwd\">");

        // Dataset: text is plain data; source URLs must be https.
        row("dataset: HTML in text", Reader::Dataset, clauseTitle(jsonQuote(html)), true, html);
        row("dataset: Markdown and HTML images in text", Reader::Dataset, clauseTitle(jsonQuote(image)), true, image);
        row("dataset: file: source", Reader::Dataset, dataset(SourceUrl, "\"url\": \"file:///etc/passwd\""), false,
            "sources[0].url: \"file:///etc/passwd\" is not an absolute https:// URL");
        row("dataset: javascript: source", Reader::Dataset, dataset(SourceUrl, "\"url\": \"javascript:alert(1)\""),
            false, "is not an absolute https:// URL");
        row("dataset: data: source", Reader::Dataset,
            dataset(SourceUrl, "\"url\": \"data:text/html;base64,PHNjcmlwdD4=\""), false,
            "is not an absolute https:// URL");
        row("dataset: http: source", Reader::Dataset, dataset(SourceUrl, "\"url\": \"http://example.org/a\""), false,
            "is not an absolute https:// URL");
        row("dataset: longest text allowed", Reader::Dataset,
            dataset(ClauseSummary, "\"summary\": {\"en\": \"" + QByteArray(DatasetLoader::MaxTextLength, 'x') + "\"}"),
            true, QString(DatasetLoader::MaxTextLength, u'x'));
        row("dataset: enormous string", Reader::Dataset,
            dataset(ClauseSummary, "\"summary\": {\"en\": \"" + QByteArray(4 * 1024 * 1024, 'x') + "\"}"), false,
            "clauses[0].summary.en: text is 4194304 characters long; the limit is 20000");
        row("dataset: enormous URL", Reader::Dataset,
            dataset(SourceUrl, "\"url\": \"https://example.org/" + QByteArray(100000, 'a') + "\""), false,
            "sources[0].url: text is 100020 characters long; the limit is 20000");
        row("dataset: file over the size limit", Reader::Dataset,
            dataset(ClauseSummary, "\"summary\": {\"en\": \"" + QByteArray(DatasetLoader::MaxFileSize, 'x') + "\"}"),
            false, "file is larger than the 16 MiB limit");
        row("dataset: deep nesting", Reader::Dataset,
            dataset(ClauseTitle, ClauseTitle + ", \"x\": " + QByteArray(100000, '[') + QByteArray(100000, ']')), false,
            "nesting deeper than 64 levels");
        row("dataset: invalid UTF-8", Reader::Dataset, clauseTitle("\"Clause \xff\xfe one\""), false,
            "invalid UTF-8 byte sequence");
        row("dataset: encoded lone surrogate", Reader::Dataset, clauseTitle("\"\\udc00\""), false,
            "unpaired surrogate");
        row("dataset: NaN", Reader::Dataset, dataset(AmountValue, "\"value\": NaN"), false, "unexpected character 'N'");
        row("dataset: Infinity", Reader::Dataset, dataset(AmountValue, "\"value\": Infinity"), false,
            "unexpected character 'I'");
        row("dataset: 1e400 overflows", Reader::Dataset, dataset(AmountValue, "\"value\": 1e400"), false,
            "number 1e400 is out of range");
        row("dataset: 1e308 is a number", Reader::Dataset, dataset(AmountValue, "\"value\": 1e308"), true, QString());
        row("dataset: date 0000-00-00", Reader::Dataset,
            dataset("\"factsCheckedOn\": \"2026-11-28\"", "\"factsCheckedOn\": \"0000-00-00\""), false,
            "invalid date \"0000-00-00\"");
        row("dataset: date 9999-99-99", Reader::Dataset, dataset("\"date\": \"2025-03\"", "\"date\": \"9999-99-99\""),
            false, "invalid date \"9999-99-99\"");

        // Scenario: names and descriptions are plain data; numbers are refused outside their ranges.
        row("scenario: HTML in the name", Reader::Scenario,
            scenario(", \"name\": " + jsonQuote(html) + ", \"assumptions\": {}"), true, html);
        row("scenario: images and links in the description", Reader::Scenario,
            scenario(", \"name\": \"x\", \"description\": " + jsonQuote(image) + ", \"assumptions\": {}"), true, image);
        row("scenario: enormous name", Reader::Scenario,
            scenario(", \"name\": \"" + QByteArray(512 * 1024, 'n') + "\", \"assumptions\": {}"), true,
            QString(512 * 1024, u'n'));
        row("scenario: file over the size limit", Reader::Scenario,
            scenario(", \"name\": \"" + QByteArray(ScenarioFile::MaxFileSize, 'n') + "\", \"assumptions\": {}"), false,
            "file is larger than the 1 MiB limit");
        row("scenario: deep nesting", Reader::Scenario,
            scenario(", \"assumptions\": {\"baselineGrowth\": " + QByteArray(5000, '[') + QByteArray(5000, ']') + "}"),
            false, "nesting deeper than 16 levels");
        row("scenario: invalid UTF-8", Reader::Scenario, scenario(", \"name\": \"\xc0\xaf\", \"assumptions\": {}"),
            false, "invalid UTF-8 byte sequence");
        row("scenario: NaN", Reader::Scenario, scenario(", \"assumptions\": {\"baselineGrowth\": NaN}"), false,
            "unexpected character 'N'");
        row("scenario: -Infinity", Reader::Scenario, scenario(", \"assumptions\": {\"baselineGrowth\": -Infinity}"),
            false, "assumptions.baselineGrowth: invalid number: expected a digit");
        row("scenario: 1e308", Reader::Scenario, scenario(", \"assumptions\": {\"baselineGrowth\": 1e308}"), false,
            "assumptions.baselineGrowth:");
        row("scenario: -1e308 year", Reader::Scenario, scenario(", \"assumptions\": {\"agiMedianYear\": -1e308}"),
            false, "assumptions.agiMedianYear:");

        // Articles: the only markup is emphasis and links to clause:ID or http(s); the rest is refused.
        row("article: raw HTML", Reader::Article, article("T", "Text <script>alert(1)</script>."), false,
            "raw HTML is not allowed: \"<script>\" is shown as text, not interpreted");
        row("article: HTML in the title", Reader::Article, article("<b>T</b>", "Text."), false,
            "raw HTML is not allowed");
        row("article: Markdown image", Reader::Article, article("T", "See ![chart](https://example.org/a.png)."), false,
            "images are not allowed");
        row("article: local image", Reader::Article, article("T", "See ![x](file:///etc/passwd)."), false,
            "images are not allowed");
        row("article: file: link", Reader::Article, article("T", "See [this](file:///etc/passwd)."), false,
            "link target scheme \"file:\" is not allowed");
        row("article: javascript: link", Reader::Article, article("T", "See [this](javascript:alert(1))."), false,
            "link target scheme \"javascript:\" is not allowed");
        row("article: data: link", Reader::Article, article("T", "See [this](data:text/html;base64,PHNjcmlwdD4=)."),
            false, "link target scheme \"data:\" is not allowed");
        row("article: file: source", Reader::Article, article("T", "Text.", "- [Local](file:///etc/passwd)"), false,
            "link target scheme \"file:\" is not allowed in sources");
        row("article: relative link", Reader::Article, article("T", "See [this](../../etc/passwd)."), false,
            "is neither clause:ID nor an https:// address");
        row("article: enormous paragraph", Reader::Article, article("T", QByteArray(900 * 1024, 'a')), true,
            QString(900 * 1024, u'a'));
        row("article: file over the size limit", Reader::Article,
            article("T", QByteArray(ArticleParser::MaxFileSize, 'a')), false, "file is larger than the 1 MiB limit");
        row("article: deeply nested brackets", Reader::Article,
            article("T", QByteArray(200000, '[') + "x" + QByteArray(200000, ']') + "(https://example.org)"), false,
            "\"[\" must start a link");
        row("article: deeply nested emphasis and links", Reader::Article,
            article("T", QByteArray("*[*[").repeated(50000)), false, "\"[\" is not allowed in emphasis");
        row("article: invalid UTF-8", Reader::Article, article("T", "Bad \xed\xa0\x80 surrogate."), false,
            "invalid UTF-8");
        row("article: bidirectional override", Reader::Article, article("T", "Text \xe2\x80\xae reversed."), false,
            "bidirectional control character U+202E is not allowed");
    }

    void hostileInput()
    {
        QFETCH(int, reader);
        QFETCH(QByteArray, input);
        QFETCH(bool, accepted);
        QFETCH(QString, expected);

        QElapsedTimer timer;
        timer.start();
        Diagnostics diagnostics;
        bool ok = false;
        QString keptText; // what the reader kept of the text, for accepted rows
        switch (Reader(reader)) {
        case Reader::Dataset: {
            const DatasetLoadResult result = DatasetLoader::loadData(input, QStringLiteral("hostile.json"));
            diagnostics = result.diagnostics;
            ok = result.ok();
            if (ok) {
                for (const Source &source : result.dataset->sources)
                    QCOMPARE(source.url.scheme(), QStringLiteral("https")); // the only links the details show
                const Clause *clause = result.dataset->clause(QStringLiteral("c1"));
                QVERIFY(clause);
                keptText = clause->title.text() + u'\n' + clause->summary.text();
                for (const Event &event : result.dataset->events) {
                    for (const Dealscope::Amount &amount : event.amounts)
                        QVERIFY(std::isfinite(amount.value));
                }
            }
            break;
        }
        case Reader::Scenario: {
            const ScenarioLoadResult result = ScenarioFile::loadData(input, QStringLiteral("hostile.json"));
            diagnostics = result.diagnostics;
            ok = result.ok();
            if (ok) {
                keptText = result.scenario->name + u'\n' + result.scenario->description;
                const DatasetLoadResult bundled = DatasetLoader::loadBundled();
                QVERIFY(bundled.ok());
                const ContractRegimeResult regime = deriveContractRegime(*bundled.dataset, RegimeKind::Apr2026);
                QVERIFY(regime.regime);
                for (const ProjectionYear &year : result.scenario->project(*regime.regime).years)
                    QVERIFY(std::isfinite(year.azureTotal()));
            }
            break;
        }
        case Reader::Article: {
            ArticleParser parser;
            parser.setKnownClauses({QStringLiteral("C1")});
            const ArticleParseResult result = parser.parse(input, QStringLiteral("sample/en.md"));
            diagnostics = result.diagnostics;
            ok = result.ok();
            // Also after errors: the best-effort article holds no image and no link but clause: and http(s).
            for (const ArticleBlock &block : result.article.blocks) {
                for (const ArticleRun &run : block.runs) {
                    if (run.kind == ArticleRun::Kind::ExternalLink)
                        QVERIFY2(run.url().scheme() == QLatin1String("https")
                                     || run.url().scheme() == QLatin1String("http"),
                                 qPrintable(run.target));
                    else if (run.kind == ArticleRun::Kind::ClauseLink)
                        QCOMPARE(run.target, QStringLiteral("C1"));
                    else
                        QVERIFY(run.target.isEmpty());
                }
            }
            QVERIFY(diagnostics.size() <= ArticleParser::MaxDiagnostics + 1);
            keptText = plainTextOf(result.article);
            break;
        }
        }
        QVERIFY2(timer.elapsed() < HangLimitMs, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));

        QStringList errors;
        for (const Diagnostic &diagnostic : std::as_const(diagnostics)) {
            if (diagnostic.severity == Diagnostic::Severity::Error)
                errors.append(diagnostic.toString());
        }
        if (accepted) {
            QVERIFY2(ok, qPrintable(errors.join(u'\n')));
            QVERIFY2(keptText.contains(expected), "the text was not kept verbatim");
            return;
        }
        QVERIFY(!ok);
        QVERIFY(!errors.isEmpty());
        QVERIFY2(
            errors.constFirst().contains(expected)
                || std::any_of(errors.cbegin(), errors.cend(), [&](const QString &e) { return e.contains(expected); }),
            qPrintable(errors.join(u'\n').left(2000)));
        for (const QString &error : std::as_const(errors)) {
            // A message quotes at most a short excerpt of the input, never the whole enormous string.
            QVERIFY2(error.size() < 2000, qPrintable(error.left(200)));
            if (!error.contains(QLatin1String("larger than")))
                QVERIFY2(isPositioned(error), qPrintable(error));
        }
    }
};

QTEST_GUILESS_MAIN(TestUntrustedContent)
#include "tst_untrustedcontent.moc"
