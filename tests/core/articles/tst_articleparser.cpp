// SPDX-License-Identifier: GPL-3.0-or-later
// The article parser: a good file read into blocks and runs, and bad or hostile input reported with
// exact positions and messages, never crashing or hanging.
#include "articles/articleparser.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Dealscope;

namespace {

const QByteArray FrontMatter = "---\nid: sample\nlang: en\ntitle: Sample article\n---\n\n"; // body starts on line 7
const QByteArray Sources = "\n## Sources {#h-sources}\n\n{#p-sources}\n- [Example: a page](https://example.org/page)\n";

QByteArray withBody(const QByteArray &body)
{
    return FrontMatter + body + Sources;
}

ArticleParseResult parse(const QByteArray &data)
{
    ArticleParser parser;
    parser.setExpectedId(QStringLiteral("sample"));
    parser.setExpectedLanguage(QStringLiteral("en"));
    parser.setKnownClauses({QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("N4")});
    return parser.parse(data, QStringLiteral("sample/en.md"));
}

QStringList messages(const Diagnostics &diagnostics)
{
    QStringList result;
    for (const Diagnostic &diagnostic : diagnostics)
        result.append(diagnostic.toString());
    return result;
}

} // namespace

class TestArticleParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAGoodFile()
    {
        const QByteArray data = FrontMatter
            + "## What it says {#h-what}\n"
              "\n"
              "{#p-first}\n"
              "Microsoft keeps [API exclusivity](clause:C1) until *verified* AGI (see [the panel](clause:C2)).\n"
              "\n"
              "{#p-second}\n"
              "Plain text with 日本語 and ไทย and हिन्दी.\n"
            + Sources;
        const ArticleParseResult result = parse(data);
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(messages(result.diagnostics).join(u'\n')));
        QVERIFY(result.ok());
        const Article &article = result.article;
        QCOMPARE(article.id, QStringLiteral("sample"));
        QCOMPARE(article.lang, QStringLiteral("en"));
        QCOMPARE(article.title, QStringLiteral("Sample article"));
        QCOMPARE(article.anchors(), QStringList({"h-what", "p-first", "p-second", "h-sources", "p-sources"}));

        const ArticleBlock &heading = article.blocks.at(0);
        QCOMPARE(heading.kind, ArticleBlock::Kind::Heading);
        QCOMPARE(heading.level, 2);
        QCOMPARE(heading.line, 7);
        QCOMPARE(heading.plainText(), QStringLiteral("What it says"));

        const ArticleBlock &first = article.blocks.at(1);
        QCOMPARE(first.kind, ArticleBlock::Kind::Paragraph);
        QCOMPARE(first.line, 9);
        using K = ArticleRun::Kind;
        const QList<ArticleRun> expected = {
            {K::Text, "Microsoft keeps ", {}},
            {K::ClauseLink, "API exclusivity", "C1"},
            {K::Text, " until ", {}},
            {K::Emphasis, "verified", {}},
            {K::Text, " AGI (see ", {}},
            {K::ClauseLink, "the panel", "C2"},
            {K::Text, ").", {}},
        };
        QCOMPARE(first.runs, expected);
        QCOMPARE(first.clauseIds(), QStringList({"C1", "C2"}));
        QVERIFY(first.referencesClause("C2"));
        QVERIFY(!article.blocks.at(2).referencesClause("C2"));
        QCOMPARE(article.blocks.at(2).plainText(), QStringLiteral("Plain text with 日本語 and ไทย and हिन्दी."));
        QCOMPARE(article.clauseIds(), QStringList({"C1", "C2"}));

        const ArticleBlock &sources = article.blocks.at(4);
        QCOMPARE(sources.kind, ArticleBlock::Kind::SourceList);
        QCOMPARE(sources.runs.size(), 1);
        QCOMPARE(sources.runs.first().kind, K::ExternalLink);
        QCOMPARE(sources.runs.first().text, QStringLiteral("Example: a page"));
        QCOMPARE(sources.runs.first().url(), QUrl("https://example.org/page"));
        QCOMPARE(article.block("p-second"), &article.blocks.at(2));
        QCOMPARE(article.block("p-missing"), nullptr);
    }

    void reportsBadInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("expected");

        auto add = [](const char *name, const QByteArray &input, const QStringList &expected) {
            QTest::newRow(name) << input << expected;
        };
        const QByteArray body = "{#p-a}\nText.\n";

        add("missing front matter", "## Intro {#h-intro}\n\n" + body + Sources,
            {"sample/en.md:1:1: missing front matter: the file must start with a line \"---\""});
        add("front matter not closed", "---\nid: sample\nlang: en\ntitle: Sample\n",
            {"sample/en.md:1:1: front matter is not closed by a line \"---\""});
        add("unknown key", "---\nid: sample\nlang: en\ntitle: T\nauthor: Someone\n---\n\n" + body + Sources,
            {"sample/en.md:5:1: unknown front-matter key \"author\"; the keys are id, lang and title"});
        add("duplicate key", "---\nid: sample\nlang: en\nlang: en\ntitle: T\n---\n\n" + body + Sources,
            {"sample/en.md:4:1: duplicate front-matter key \"lang\""});
        add("missing key", "---\nid: sample\ntitle: T\n---\n\n" + body + Sources,
            {"sample/en.md:4:1: front matter has no key \"lang\""});
        add("id does not match the directory", "---\nid: other\nlang: en\ntitle: T\n---\n\n" + body + Sources,
            {"sample/en.md:2:5: id \"other\" does not match the directory name \"sample\""});
        add("lang does not match the file", "---\nid: sample\nlang: de\ntitle: T\n---\n\n" + body + Sources,
            {"sample/en.md:3:7: lang \"de\" does not match the file name \"en.md\""});
        add("unknown language", "---\nid: sample\nlang: xx\ntitle: T\n---\n\n" + body + Sources,
            {"sample/en.md:3:7: unknown language \"xx\"; use one of en, de, ja, zh-Hans, es, fr, ko, th, hi"});
        add("duplicate anchor", withBody("{#p-a}\nOne.\n\n{#p-a}\nTwo.\n"),
            {"sample/en.md:10:1: duplicate anchor \"p-a\" (first used on line 7)"});
        add("heading and paragraph share anchors", withBody("## Intro {#h-a}\n\n{#p-a}\nOne.\n\n## Again {#h-a}\n"),
            {"sample/en.md:12:10: duplicate anchor \"h-a\" (first used on line 7)"});
        add("paragraph without anchor", withBody("Loose text.\n"),
            {"sample/en.md:7:1: paragraph without an anchor: put a line {#p-…} before it"});
        add("bad anchor", withBody("{#p-Bad_Anchor}\nText.\n"),
            {"sample/en.md:7:1: malformed anchor \"p-Bad_Anchor\": use h- or p-, then lowercase letters, digits "
             "and single hyphens"});
        add("anchor with double hyphen", withBody("## Intro {#h--intro}\n"),
            {"sample/en.md:7:10: malformed anchor \"h--intro\": use h- or p-, then lowercase letters, digits and "
             "single hyphens"});
        add("paragraph with heading anchor", withBody("{#h-a}\nText.\n"),
            {"sample/en.md:7:1: paragraph anchor \"h-a\" must start with \"p-\""});
        add("heading with paragraph anchor", withBody("## Intro {#p-intro}\n"),
            {"sample/en.md:7:10: heading anchor \"p-intro\" must start with \"h-\""});
        add("heading without anchor", withBody("## Intro\n"),
            {"sample/en.md:7:9: heading has no anchor: end the line with {#h-…}"});
        add("level-3 heading", withBody("### Deeper {#h-deeper}\n"),
            {"sample/en.md:7:1: only level-2 headings (\"## \") are allowed"});
        add("anchor without paragraph", withBody("{#p-a}\n\nText.\n"),
            {"sample/en.md:7:1: anchor \"p-a\" is not followed by a paragraph line",
             "sample/en.md:9:1: paragraph without an anchor: put a line {#p-…} before it"});
        add("paragraph on two lines", withBody("{#p-a}\nFirst line\nsecond line.\n"),
            {"sample/en.md:9:1: paragraph \"p-a\" spans several lines; write it on one line"});
        add("javascript link", withBody("{#p-a}\nSee [this](javascript:alert(1)) now.\n"),
            {"sample/en.md:8:12: link target scheme \"javascript:\" is not allowed; link to clause:ID or to an "
             "https:// address"});
        add("file link", withBody("{#p-a}\n[Secrets](file:///etc/passwd)\n"),
            {"sample/en.md:8:11: link target scheme \"file:\" is not allowed; link to clause:ID or to an https:// "
             "address"});
        add("data link", withBody("{#p-a}\nA [page](data:text/html,hello) here.\n"),
            {"sample/en.md:8:10: link target scheme \"data:\" is not allowed; link to clause:ID or to an https:// "
             "address"});
        add("relative link", withBody("{#p-a}\nA [page](other.md) here.\n"),
            {"sample/en.md:8:10: link target \"other.md\" is neither clause:ID nor an https:// address"});
        add("image", withBody("{#p-a}\nChart: ![chart](https://example.org/chart.png)\n"),
            {"sample/en.md:8:8: images are not allowed"});
        add("unterminated link", withBody("{#p-a}\nSee [the clause(clause:C1) here.\n"),
            {"sample/en.md:8:5: unterminated link: \"[\" has no closing \"]\""});
        add("unterminated link target", withBody("{#p-a}\nSee [the clause](clause:C1 here.\n"),
            {"sample/en.md:8:17: unterminated link: \"(\" has no closing \")\""});
        add("unknown clause", withBody("{#p-a}\nSee [it](clause:C99).\n"),
            {"sample/en.md:8:17: unknown clause \"C99\""});
        add("raw HTML", withBody("{#p-a}\nText <script>alert(1)</script> end.\n"),
            {"sample/en.md:8:6: raw HTML is not allowed: \"<script>\" is shown as text, not interpreted",
             "sample/en.md:8:22: raw HTML is not allowed: \"</script>\" is shown as text, not interpreted"});
        add("angle bracket", withBody("{#p-a}\nGrowth > 10 percent.\n"),
            {"sample/en.md:8:8: \">\" is not allowed in article text"});
        add("bold", withBody("{#p-a}\nA **bold** claim.\n"),
            {"sample/en.md:8:3: bold (\"**\") is not supported; use *emphasis*",
             "sample/en.md:8:9: bold (\"**\") is not supported; use *emphasis*"});
        add("unterminated emphasis", withBody("{#p-a}\nAn *open emphasis.\n"),
            {"sample/en.md:8:4: unterminated emphasis: \"*\" has no closing \"*\""});
        add("raw URL", withBody("{#p-a}\nRead https://example.org now.\n"),
            {"sample/en.md:8:6: raw URL in the text: list sources in the Sources section"});
        add("markup in a heading", withBody("## The *new* deal {#h-deal}\n"),
            {"sample/en.md:7:8: \"*\" is not allowed in a heading",
             "sample/en.md:7:12: \"*\" is not allowed in a heading"});
        add("list outside sources", withBody("{#p-a}\n- [A](https://example.org/a)\n"),
            {"sample/en.md:8:1: lists are allowed only in the Sources section",
             "sample/en.md:8:3: warning: external link in a paragraph: sources belong in the Sources section"});
        add("sources missing", FrontMatter + body,
            {"sample/en.md:8:1: the Sources section \"## … {#h-sources}\" is missing"});
        add("sources not last", withBody("") + "\n## Later {#h-later}\n",
            {"sample/en.md:13:1: the Sources section {#h-sources} must be the last section"});
        add("bad source item",
            FrontMatter + "## Sources {#h-sources}\n\n{#p-sources}\n- Example: https://example.org\n",
            {"sample/en.md:10:1: expected a source item \"- [label](https://…)\""});
        add("source with javascript",
            FrontMatter + "## Sources {#h-sources}\n\n{#p-sources}\n- [X](javascript:alert(1))\n",
            {"sample/en.md:10:7: link target scheme \"javascript:\" is not allowed in sources; use an https:// "
             "address"});
        add("CR line endings", withBody("{#p-a}\r\nText.\r\n"),
            {"sample/en.md:7:7: carriage return: use LF line endings"});
        add("control character", withBody("{#p-a}\nBell\x07.\n"),
            {"sample/en.md:8:5: control character U+0007 is not allowed"});
        add("bidi override", withBody("{#p-a}\nText \u202Egnirts.\n"),
            {"sample/en.md:8:6: bidirectional control character U+202E is not allowed"});
        add("invalid UTF-8", withBody("{#p-a}\nBad \xc3\x28 byte.\n"), {"sample/en.md:8:5: invalid UTF-8"});
        add("byte-order mark", "\xef\xbb\xbf" + withBody(body),
            {"sample/en.md:1:1: byte-order mark: save the file as UTF-8 without one"});
        add("oversize", QByteArray(ArticleParser::MaxFileSize + 1, 'a'),
            {"sample/en.md: file is larger than the 1 MiB limit"});
    }

    void reportsBadInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, expected);
        const ArticleParseResult result = parse(input);
        QCOMPARE(messages(result.diagnostics), expected);
        const bool anyError = std::any_of(result.diagnostics.cbegin(), result.diagnostics.cend(),
                                          [](const Diagnostic &d) { return d.isError(); });
        QCOMPARE(result.ok(), !anyError);
    }

    void keepsRawHtmlAsText()
    {
        const ArticleParseResult result = parse(withBody("{#p-a}\nText <b>bold</b> and <img src=x onerror=y> end.\n"));
        QVERIFY(!result.ok());
        const ArticleBlock *block = result.article.block("p-a");
        QVERIFY(block);
        QCOMPARE(block->runs.size(), 1);
        QCOMPARE(block->runs.first().kind, ArticleRun::Kind::Text);
        QCOMPARE(block->plainText(), QStringLiteral("Text <b>bold</b> and <img src=x onerror=y> end."));
    }

    void refusedLinksKeepOnlyTheirText()
    {
        const ArticleParseResult result
            = parse(withBody("{#p-a}\nA [trap](javascript:alert(1)) and ![img](file:///x).\n"));
        const ArticleBlock *block = result.article.block("p-a");
        QVERIFY(block);
        for (const ArticleRun &run : block->runs)
            QCOMPARE(run.kind, ArticleRun::Kind::Text);
        QVERIFY(!block->plainText().contains("javascript"));
        QVERIFY(!block->plainText().contains("file:"));
    }

    void survivesHostileInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        const qsizetype size = ArticleParser::MaxFileSize - 1000;
        QTest::newRow("brackets") << withBody("{#p-a}\n" + QByteArray(size, '[') + "\n");
        QTest::newRow("bracket pairs") << withBody("{#p-a}\n" + QByteArray("[x]").repeated(size / 3) + "\n");
        QTest::newRow("open links") << withBody("{#p-a}\n" + QByteArray("[x](").repeated(size / 4) + "\n");
        QTest::newRow("stars") << withBody("{#p-a}\n" + QByteArray(size, '*') + "\n");
        QTest::newRow("angles") << withBody("{#p-a}\n" + QByteArray("<a").repeated(size / 2) + "\n");
        QTest::newRow("anchors") << withBody(QByteArray("{#p-a}\n").repeated(size / 7));
        QTest::newRow("headings") << withBody(QByteArray("## \n").repeated(size / 4));
        QTest::newRow("newlines") << withBody(QByteArray(size, '\n'));
        QTest::newRow("nul bytes") << withBody(QByteArray(size, '\0'));
        QTest::newRow("front matter only") << QByteArray("---\n") + QByteArray("x: y\n").repeated(size / 5);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("external links") << withBody(
            "{#p-a}\n" + QByteArray("[x](https://example.org) ").repeated(size / 26) + "\n");
    }

    void survivesHostileInput()
    {
        QFETCH(QByteArray, input);
        QElapsedTimer timer;
        timer.start();
        const ArticleParseResult result = parse(input);
        QVERIFY(result.diagnostics.size() <= ArticleParser::MaxDiagnostics + 1);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void refusesFilesThatAreNotRegular()
    {
        ArticleParser parser;
        const ArticleParseResult directory = parser.parseFile(QDir::tempPath(), QStringLiteral("tmp"));
        QCOMPARE(messages(directory.diagnostics), QStringList({"tmp: not a regular file"}));
        if (QFileInfo::exists("/dev/zero")) {
            const ArticleParseResult device = parser.parseFile("/dev/zero", QStringLiteral("zero"));
            QCOMPARE(messages(device.diagnostics), QStringList({"zero: not a regular file"}));
        }
        const ArticleParseResult missing = parser.parseFile(QStringLiteral("no/such/en.md"), QStringLiteral("x.md"));
        QCOMPARE(messages(missing.diagnostics), QStringList({"x.md: no such file"}));
    }

    void parseFileChecksIdAndLanguageAgainstThePath()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkdir("sample"));
        QFile file(dir.filePath("sample/de.md"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(withBody("{#p-a}\nText.\n"));
        file.close();
        const ArticleParseResult result = ArticleParser().parseFile(file.fileName(), QStringLiteral("sample/de.md"));
        QCOMPARE(messages(result.diagnostics),
                 QStringList({"sample/de.md:3:7: lang \"en\" does not match the file name \"de.md\""}));
    }

    void anchorForm_data()
    {
        QTest::addColumn<QString>("anchor");
        QTest::addColumn<bool>("valid");
        QTest::newRow("paragraph") << "p-research-ip" << true;
        QTest::newRow("heading") << "h-sources" << true;
        QTest::newRow("digits") << "p-2030-limit" << true;
        QTest::newRow("no prefix") << "research-ip" << false;
        QTest::newRow("other prefix") << "x-research" << false;
        QTest::newRow("upper case") << "p-Research" << false;
        QTest::newRow("double hyphen") << "p-a--b" << false;
        QTest::newRow("trailing hyphen") << "p-a-" << false;
        QTest::newRow("underscore") << "p-a_b" << false;
        QTest::newRow("prefix only") << "p-" << false;
        QTest::newRow("non-ASCII") << "p-über" << false;
    }

    void anchorForm()
    {
        QFETCH(QString, anchor);
        QFETCH(bool, valid);
        QCOMPARE(isValidArticleAnchor(anchor), valid);
    }
};

QTEST_GUILESS_MAIN(TestArticleParser)
#include "tst_articleparser.moc"
