// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/articleparser.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Dealscope {

/// The explainer articles below a root directory: `<root>/<article-id>/<lang>.md`.
///
/// By default the root is the articles compiled into the core library as Qt resources. Files are parsed
/// on first use and kept. English (`en.md`) is the reference version of every article: validate()
/// checks that each translation has the same anchors in the same order and, per anchor, the same clause
/// links.
class ArticleLibrary
{
public:
    explicit ArticleLibrary(const QString &root = bundledRoot());

    static QString bundledRoot();
    QString root() const { return m_root; }

    /// Clause links must target one of @p ids (see ArticleParser::setKnownClauses); clears the cache.
    void setKnownClauses(const QSet<QString> &ids);

    /// The article ids (directory names), sorted.
    QStringList articleIds() const { return m_ids; }
    /// The languages @p articleId is available in, in supportedLanguages() order.
    QStringList languages(const QString &articleId) const { return m_languages.value(articleId); }
    bool contains(const QString &articleId, const QString &lang) const { return languages(articleId).contains(lang); }

    /// The parsed file, or a result with one error if there is no such file.
    const ArticleParseResult &load(const QString &articleId, const QString &lang) const;
    /// The article's title in @p lang, falling back to English, then to the id.
    QString title(const QString &articleId, const QString &lang = QStringLiteral("en")) const;
    /// The name diagnostics use for a file: "articles/<id>/<lang>.md".
    static QString displayName(const QString &articleId, const QString &lang);

    /// Parses every file and compares every translation with English; returns all problems.
    Diagnostics validate() const;
    /// Problems of @p translation against its English @p reference: anchors missing, added or moved, and
    /// anchors whose clause links differ. All are warnings (a translation still loads).
    static Diagnostics compare(const Article &reference, const Article &translation, const QString &fileName);

private:
    QString m_root;
    QSet<QString> m_knownClauses;
    QStringList m_ids;
    QHash<QString, QStringList> m_languages;
    mutable QHash<QString, ArticleParseResult> m_cache;
};

} // namespace Dealscope
