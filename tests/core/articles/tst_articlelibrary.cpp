// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled explainer articles: every language parses cleanly, has the English anchors in the English
// order and links the same clauses, and every clause link names a clause of the bundled dataset.
#include "articles/articlelibrary.h"
#include "dataset/datasetloader.h"
#include "dataset/localizedtext.h"

#include <QTest>

using namespace Dealscope;

Q_DECLARE_METATYPE(Dealscope::Article)

namespace {

QStringList messages(const Diagnostics &diagnostics)
{
    QStringList result;
    for (const Diagnostic &diagnostic : diagnostics)
        result.append(diagnostic.toString());
    return result;
}

QSet<QString> bundledClauseIds()
{
    const DatasetLoadResult loaded = DatasetLoader::loadBundled();
    QSet<QString> ids;
    if (loaded.ok()) {
        for (const Clause &clause : loaded.dataset->clauses)
            ids.insert(clause.id);
    }
    return ids;
}

Article article(const QString &lang, const QList<std::pair<QString, QStringList>> &blocks)
{
    Article result;
    result.id = QStringLiteral("sample");
    result.lang = lang;
    int line = 7;
    for (const auto &[anchor, clauses] : blocks) {
        ArticleBlock block;
        block.anchor = anchor;
        block.line = line;
        line += 3;
        for (const QString &clause : clauses)
            block.runs.append({ArticleRun::Kind::ClauseLink, QStringLiteral("link"), clause});
        result.blocks.append(block);
    }
    return result;
}

} // namespace

class TestArticleLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheBundledArticlesInAllLanguages()
    {
        const ArticleLibrary library;
        QCOMPARE(library.articleIds(), QStringList({"agreement-2025-10-28", "amendment-2026-04-27"}));
        for (const QString &id : library.articleIds())
            QCOMPARE(library.languages(id), supportedLanguages());
        QCOMPARE(library.title("agreement-2025-10-28"), QStringLiteral("The 28 October 2025 agreement"));
        QVERIFY(library.title("agreement-2025-10-28", "ja") != library.title("agreement-2025-10-28"));
        QVERIFY(!library.load("no-such-article", "en").ok());
    }

    void bundledArticlesAreValidAndConsistent()
    {
        const QSet<QString> clauses = bundledClauseIds();
        QVERIFY(clauses.contains("C1"));
        ArticleLibrary library;
        library.setKnownClauses(clauses);
        const Diagnostics diagnostics = library.validate();
        QVERIFY2(diagnostics.isEmpty(), qPrintable(messages(diagnostics).join(u'\n')));

        for (const QString &id : library.articleIds()) {
            const Article &english = library.load(id, "en").article;
            QVERIFY(english.blocks.size() > 10);
            QCOMPARE(english.anchors().last(), QStringLiteral("p-sources"));
            QVERIFY2(english.clauseIds().size() >= 8, qPrintable(id)); // the format's content rule
            for (const QString &lang : supportedLanguages()) {
                const ArticleParseResult &result = library.load(id, lang);
                QVERIFY2(result.ok(), qPrintable(messages(result.diagnostics).join(u'\n')));
                QCOMPARE(result.article.id, id);
                QCOMPARE(result.article.lang, lang);
                QVERIFY(!result.article.title.isEmpty());
                QCOMPARE(result.article.anchors(), english.anchors());
                for (const ArticleBlock &block : result.article.blocks) {
                    QVERIFY2(!block.plainText().trimmed().isEmpty(), qPrintable(lang + u' ' + block.anchor));
                    for (const QString &clause : block.clauseIds())
                        QVERIFY2(clauses.contains(clause), qPrintable(lang + u' ' + block.anchor + u' ' + clause));
                    QStringList want = english.block(block.anchor)->clauseIds();
                    QStringList have = block.clauseIds();
                    std::sort(want.begin(), want.end());
                    std::sort(have.begin(), have.end());
                    QCOMPARE(have, want);
                }
                // Every source URL of the translation is one of the English sources.
                const ArticleBlock *sources = result.article.block("p-sources");
                QVERIFY(sources);
                for (const ArticleRun &run : sources->runs) {
                    QCOMPARE(run.kind, ArticleRun::Kind::ExternalLink);
                    QCOMPARE(run.url().scheme(), QStringLiteral("https"));
                }
                QCOMPARE(sources->runs.size(), english.block("p-sources")->runs.size());
            }
        }
    }

    void comparesTranslationsWithEnglish_data()
    {
        QTest::addColumn<Article>("translation");
        QTest::addColumn<QStringList>("expected");
        using Blocks = QList<std::pair<QString, QStringList>>;
        QTest::newRow("same") << article("de", Blocks {{"h-a", {}}, {"p-a", {"C1", "C2"}}, {"p-b", {}}})
                              << QStringList();
        QTest::newRow("links in another order")
            << article("ja", Blocks {{"h-a", {}}, {"p-a", {"C2", "C1"}}, {"p-b", {}}}) << QStringList();
        QTest::newRow("missing anchor") << article("de", Blocks {{"h-a", {}}, {"p-b", {}}})
                                        << QStringList({"de.md:10:1: warning: anchor \"p-a\" of the English version is "
                                                        "missing; its English text is shown"});
        QTest::newRow("extra anchor") << article("de",
                                                 Blocks {{"h-a", {}}, {"p-a", {"C1", "C2"}}, {"p-x", {}}, {"p-b", {}}})
                                      << QStringList(
                                             {"de.md:13:1: warning: anchor \"p-x\" is not in the English version"});
        QTest::newRow("moved anchor")
            << article("de", Blocks {{"h-a", {}}, {"p-b", {}}, {"p-a", {"C1", "C2"}}})
            << QStringList(
                   {"de.md:10:1: warning: anchor \"p-b\" is out of order: the English version has \"p-a\" here"});
        QTest::newRow("other clause")
            << article("de", Blocks {{"h-a", {}}, {"p-a", {"C1", "C3"}}, {"p-b", {}}})
            << QStringList({"de.md:10:1: warning: clause links of \"p-a\" differ from the English version: English "
                            "links C1, C2, this file links C1, C3"});
        QTest::newRow("dropped link")
            << article("de", Blocks {{"h-a", {}}, {"p-a", {"C1"}}, {"p-b", {"C2"}}})
            << QStringList({"de.md:10:1: warning: clause links of \"p-a\" differ from the English version: English "
                            "links C1, C2, this file links C1",
                            "de.md:13:1: warning: clause links of \"p-b\" differ from the English version: English "
                            "links none, this file links C2"});
    }

    void comparesTranslationsWithEnglish()
    {
        QFETCH(Article, translation);
        QFETCH(QStringList, expected);
        const Article english = article("en", {{"h-a", {}}, {"p-a", {"C1", "C2"}}, {"p-b", {}}});
        QCOMPARE(messages(ArticleLibrary::compare(english, translation, "de.md")), expected);
    }
};

QTEST_GUILESS_MAIN(TestArticleLibrary)
#include "tst_articlelibrary.moc"
