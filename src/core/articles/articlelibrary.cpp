// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlelibrary.h"

#include "dataset/localizedtext.h"

#include <QDir>

#include <algorithm>

namespace Dealscope {

namespace {

QString idList(QStringList ids)
{
    std::sort(ids.begin(), ids.end());
    return ids.isEmpty() ? QStringLiteral("none") : ids.join(QStringLiteral(", "));
}

} // namespace

ArticleLibrary::ArticleLibrary(const QString &root) : m_root(root)
{
    const QDir dir(m_root);
    for (const QString &id : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QStringList languages;
        for (const QString &lang : supportedLanguages()) {
            if (QFileInfo(dir.filePath(id + u'/' + lang + QStringLiteral(".md"))).isFile())
                languages.append(lang);
        }
        if (languages.isEmpty())
            continue;
        m_ids.append(id);
        m_languages.insert(id, languages);
    }
}

QString ArticleLibrary::bundledRoot()
{
    return QStringLiteral(":/articles");
}

void ArticleLibrary::setKnownClauses(const QSet<QString> &ids)
{
    m_knownClauses = ids;
    m_cache.clear();
}

QString ArticleLibrary::displayName(const QString &articleId, const QString &lang)
{
    return QStringLiteral("articles/%1/%2.md").arg(articleId, lang);
}

const ArticleParseResult &ArticleLibrary::load(const QString &articleId, const QString &lang) const
{
    const QString key = articleId + u'/' + lang;
    if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
        return *it;
    ArticleParseResult result;
    if (!contains(articleId, lang)) {
        result.diagnostics.append({Diagnostic::Severity::Error, displayName(articleId, lang), 0, 0, QString(),
                                   QStringLiteral("no such article")});
    } else {
        ArticleParser parser;
        parser.setExpectedId(articleId);
        parser.setExpectedLanguage(lang);
        parser.setKnownClauses(m_knownClauses);
        result = parser.parseFile(QDir(m_root).filePath(key + QStringLiteral(".md")), displayName(articleId, lang));
    }
    return *m_cache.insert(key, result);
}

QString ArticleLibrary::title(const QString &articleId, const QString &lang) const
{
    for (const QString &candidate : {lang, QStringLiteral("en")}) {
        if (!contains(articleId, candidate))
            continue;
        const ArticleParseResult &result = load(articleId, candidate);
        if (!result.article.title.isEmpty())
            return result.article.title;
    }
    return articleId;
}

Diagnostics ArticleLibrary::validate() const
{
    Diagnostics diagnostics;
    for (const QString &id : m_ids) {
        const QStringList languages = m_languages.value(id);
        if (!languages.contains(QStringLiteral("en")))
            diagnostics.append({Diagnostic::Severity::Error, displayName(id, QStringLiteral("en")), 0, 0, QString(),
                                QStringLiteral("the English reference version is missing")});
        for (const QString &lang : languages) {
            const ArticleParseResult &result = load(id, lang);
            diagnostics += result.diagnostics;
            if (lang == QLatin1String("en") || !result.ok() || !languages.contains(QStringLiteral("en")))
                continue;
            const ArticleParseResult &english = load(id, QStringLiteral("en"));
            if (english.ok())
                diagnostics += compare(english.article, result.article, displayName(id, lang));
        }
    }
    return diagnostics;
}

Diagnostics ArticleLibrary::compare(const Article &reference, const Article &translation, const QString &fileName)
{
    Diagnostics diagnostics;
    auto warn = [&](int line, const QString &message) {
        diagnostics.append({Diagnostic::Severity::Warning, fileName, line, line > 0 ? 1 : 0, QString(), message});
    };
    const QStringList expected = reference.anchors();
    const QStringList actual = translation.anchors();
    const QSet<QString> expectedSet(expected.cbegin(), expected.cend());
    const QSet<QString> actualSet(actual.cbegin(), actual.cend());
    const int lastLine = translation.blocks.isEmpty() ? 0 : translation.blocks.constLast().line;

    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (!actualSet.contains(expected.at(i))) {
            // Point at the block that stands where the missing one should be.
            const int line = i < translation.blocks.size() ? translation.blocks.at(i).line : lastLine;
            warn(line,
                 QStringLiteral("anchor \"%1\" of the English version is missing; its English text is shown")
                     .arg(expected.at(i)));
        }
    }
    QStringList common; // anchors of both versions, in the translation's order
    for (const ArticleBlock &block : translation.blocks) {
        if (!expectedSet.contains(block.anchor))
            warn(block.line, QStringLiteral("anchor \"%1\" is not in the English version").arg(block.anchor));
        else
            common.append(block.anchor);
    }
    QStringList expectedCommon = expected;
    expectedCommon.removeIf([&actualSet](const QString &anchor) { return !actualSet.contains(anchor); });
    for (qsizetype i = 0; i < common.size(); ++i) {
        if (common.at(i) != expectedCommon.at(i)) {
            warn(translation.block(common.at(i))->line,
                 QStringLiteral("anchor \"%1\" is out of order: the English version has \"%2\" here")
                     .arg(common.at(i), expectedCommon.at(i)));
            break; // one report; every later anchor would be out of place too
        }
    }

    QHash<QString, const ArticleBlock *> originals;
    for (const ArticleBlock &block : reference.blocks)
        originals.insert(block.anchor, &block);
    for (const ArticleBlock &block : translation.blocks) {
        const ArticleBlock *original = originals.value(block.anchor);
        if (!original)
            continue;
        QStringList want = original->clauseIds();
        QStringList have = block.clauseIds();
        std::sort(want.begin(), want.end());
        std::sort(have.begin(), have.end());
        if (want != have)
            warn(block.line,
                 QStringLiteral("clause links of \"%1\" differ from the English version: English links %2, "
                                "this file links %3")
                     .arg(block.anchor, idList(want), idList(have)));
    }
    return diagnostics;
}

} // namespace Dealscope
