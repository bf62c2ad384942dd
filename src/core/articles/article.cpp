// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/article.h"

#include <algorithm>

namespace Dealscope {

QUrl ArticleRun::url() const
{
    if (kind != Kind::ExternalLink)
        return {};
    return QUrl(target, QUrl::StrictMode);
}

QString ArticleBlock::plainText() const
{
    QString text;
    for (const ArticleRun &run : runs) {
        if (kind == Kind::SourceList && !text.isEmpty())
            text += u'\n';
        text += run.text;
    }
    return text;
}

QStringList ArticleBlock::clauseIds() const
{
    QStringList ids;
    for (const ArticleRun &run : runs) {
        if (run.kind == ArticleRun::Kind::ClauseLink)
            ids.append(run.target);
    }
    return ids;
}

bool ArticleBlock::referencesClause(const QString &clauseId) const
{
    return std::any_of(runs.cbegin(), runs.cend(), [&clauseId](const ArticleRun &run) {
        return run.kind == ArticleRun::Kind::ClauseLink && run.target == clauseId;
    });
}

QStringList Article::anchors() const
{
    QStringList result;
    result.reserve(blocks.size());
    for (const ArticleBlock &block : blocks)
        result.append(block.anchor);
    return result;
}

const ArticleBlock *Article::block(const QString &anchor) const
{
    const auto it = std::find_if(blocks.cbegin(), blocks.cend(),
                                 [&anchor](const ArticleBlock &block) { return block.anchor == anchor; });
    return it == blocks.cend() ? nullptr : &*it;
}

QStringList Article::clauseIds() const
{
    QStringList ids;
    for (const ArticleBlock &block : blocks) {
        for (const QString &id : block.clauseIds()) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    return ids;
}

} // namespace Dealscope
