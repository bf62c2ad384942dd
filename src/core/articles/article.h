// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Dealscope {

/// A stretch of inline text in an article block: plain, emphasised, or a link.
struct ArticleRun
{
    enum class Kind {
        Text, ///< plain text, shown as written (never interpreted as markup)
        Emphasis, ///< `*text*`
        ClauseLink, ///< `[text](clause:ID)`; target is the clause id
        ExternalLink, ///< `[text](https://…)`; target is the http(s) URL as written
    };

    Kind kind = Kind::Text;
    QString text;
    QString target;

    /// The URL of an external link; invalid for the other kinds.
    QUrl url() const;

    friend bool operator==(const ArticleRun &, const ArticleRun &) = default;
};

/// One block of an article, identified by its anchor: a heading, a paragraph or the list of sources.
struct ArticleBlock
{
    enum class Kind {
        Heading, ///< `## text {#h-…}`; runs hold the heading text
        Paragraph, ///< `{#p-…}` and one line of text
        SourceList, ///< `{#p-sources}` and `- [label](https://…)` lines; one ExternalLink run per item
    };

    Kind kind = Kind::Paragraph;
    QString anchor; ///< without the braces and '#': "p-research-ip"
    int level = 0; ///< heading level (2 in format version 1); 0 for other kinds
    int line = 0; ///< the line of the heading or anchor line in its file
    QList<ArticleRun> runs;

    /// The block's text without markup; source-list items are separated by newlines.
    QString plainText() const;
    /// The targets of the block's clause links, in text order (repeats kept).
    QStringList clauseIds() const;
    bool referencesClause(const QString &clauseId) const;
};

/// One language version of an explainer article (docs/article-format.md).
struct Article
{
    QString id; ///< the article's directory name, e.g. "agreement-2025-10-28"
    QString lang; ///< a language code of supportedLanguages()
    QString title;
    QList<ArticleBlock> blocks;

    QStringList anchors() const;
    /// The block with @p anchor, or nullptr.
    const ArticleBlock *block(const QString &anchor) const;
    /// Every clause the article links to, each once, in order of first appearance.
    QStringList clauseIds() const;
};

} // namespace Dealscope
