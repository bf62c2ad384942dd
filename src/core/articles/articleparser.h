// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/article.h"
#include "json/diagnostic.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace Dealscope {

struct ArticleParseResult
{
    /// What could be read. Complete and trustworthy only when ok(); after errors it is a best effort in
    /// which refused markup (raw HTML, images, links to other schemes) is kept as plain text or dropped.
    Article article;
    Diagnostics diagnostics; ///< every error and warning, in file order

    bool ok() const { return !hasErrors(diagnostics); }
};

/// Reads one `<lang>.md` explainer article (docs/article-format.md).
///
/// The input is untrusted: files over MaxFileSize are refused unread, UTF-8 is validated, and links may
/// only go to `clause:ID` or to `http(s)://` addresses. Nothing is ever fetched; raw HTML is reported and
/// kept as text, never interpreted. Problems are reported as `file:line:column: message` (columns count
/// characters), and parsing goes on after a problem, up to MaxDiagnostics problems.
class ArticleParser
{
public:
    static constexpr qint64 MaxFileSize = 1024 * 1024;
    static constexpr int MaxDiagnostics = 100;

    /// The front matter's `id` must equal @p id (the directory name); empty: not checked.
    void setExpectedId(const QString &id) { m_expectedId = id; }
    /// The front matter's `lang` must equal @p lang (the file name without ".md"); empty: not checked.
    void setExpectedLanguage(const QString &lang) { m_expectedLang = lang; }
    /// Clause links must target one of @p ids; an empty set checks only the form of the ids.
    void setKnownClauses(const QSet<QString> &ids) { m_knownClauses = ids; }

    /// Parses @p data as if read from a file called @p displayName.
    ArticleParseResult parse(const QByteArray &data, const QString &displayName) const;
    /// Reads and parses @p path. Unless set, the expected id and language come from the path
    /// (`<id>/<lang>.md`). Messages name the file as @p displayName (default: @p path as given).
    ArticleParseResult parseFile(const QString &path, const QString &displayName = {}) const;

private:
    QString m_expectedId;
    QString m_expectedLang;
    QSet<QString> m_knownClauses;
};

/// True for anchors of the form `^[hp]-[a-z0-9]+(-[a-z0-9]+)*$`.
bool isValidArticleAnchor(QStringView anchor);

} // namespace Dealscope
