// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes to the article Markdown/link parser. Besides never crashing or hanging, the parser
// must never hand on a link the views could follow somewhere unsafe: every external link it returns is a
// valid http(s) URL with a host, and every clause link names a known clause.
#include "articles/articleparser.h"
#include "dataset/datasetloader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

QSet<QString> bundledClauseIds()
{
    QSet<QString> ids;
    const Dealscope::DatasetLoadResult bundled = Dealscope::DatasetLoader::loadBundled();
    if (bundled.dataset) {
        for (const Dealscope::Clause &clause : bundled.dataset->clauses)
            ids.insert(clause.id);
    }
    return ids;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QSet<QString> clauses = bundledClauseIds();
    static const Dealscope::ArticleParser parser = [] {
        Dealscope::ArticleParser p;
        p.setKnownClauses(clauses);
        return p;
    }();

    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Dealscope::ArticleParseResult result = parser.parse(bytes, QStringLiteral("fuzz/en.md"));
    if (result.diagnostics.size() > Dealscope::ArticleParser::MaxDiagnostics + 1)
        std::abort(); // the cap on messages is what keeps hostile files cheap to report
    for (const Dealscope::Diagnostic &diagnostic : result.diagnostics)
        (void)diagnostic.toString();

    (void)result.article.anchors();
    (void)result.article.clauseIds();
    for (const Dealscope::ArticleBlock &block : result.article.blocks) {
        (void)block.plainText();
        for (const Dealscope::ArticleRun &run : block.runs) {
            if (run.kind == Dealscope::ArticleRun::Kind::ExternalLink) {
                const QUrl url = run.url();
                const QString scheme = url.scheme();
                if (!url.isValid() || url.host().isEmpty()
                    || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
                    std::abort(); // a link other than http(s) got through
            } else if (run.kind == Dealscope::ArticleRun::Kind::ClauseLink) {
                if (!clauses.contains(run.target))
                    std::abort(); // a clause link to a clause that does not exist got through
            } else if (!run.target.isEmpty()) {
                std::abort(); // text and emphasis carry no target
            }
        }
    }
    return 0;
}
