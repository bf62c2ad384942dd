// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articleparser.h"

#include "json/untrustedfile.h"
#include "json/utf8.h"

#include "dataset/localizedtext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace Dealscope {

namespace {

constexpr int QuoteLimit = 40; ///< characters of untrusted text quoted in a message

/// @p text in double quotes, shortened, with control characters replaced: messages go to terminals.
QString quoted(QStringView text)
{
    QString result;
    const bool cut = text.size() > QuoteLimit;
    for (const QChar c : text.left(QuoteLimit))
        result += (c.unicode() < 0x20 || c.unicode() == 0x7f) ? QChar(QChar::ReplacementCharacter) : c;
    if (cut)
        result += u'…';
    return u'"' + result + u'"';
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

QString hex(char16_t c)
{
    return QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

bool isBidiControl(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

bool isValidClauseId(QStringView id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(id.toString()).hasMatch();
}

bool isValidArticleId(QStringView id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return id.size() <= 100 && pattern.match(id.toString()).hasMatch();
}

/// The lower-case scheme of a link target ("https", "clause", "javascript"), or empty if it has none.
QString schemeOf(QStringView target)
{
    const qsizetype colon = target.indexOf(u':');
    if (colon <= 0)
        return {};
    const QStringView scheme = target.left(colon);
    if (!scheme.front().isLetter() || scheme.front().unicode() > 0x7f)
        return {};
    for (const QChar c : scheme) {
        if (c.unicode() > 0x7f || !(c.isLetterOrNumber() || c == u'+' || c == u'-' || c == u'.'))
            return {};
    }
    return scheme.toString().toLower();
}

bool isWellFormedWebUrl(const QString &target)
{
    for (const QChar c : target) {
        if (c.isSpace() || c.unicode() < 0x20)
            return false;
    }
    const QUrl url(target, QUrl::StrictMode);
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == QLatin1String("https") || scheme == QLatin1String("http"))
        && !url.host().isEmpty() && target.contains(QLatin1String("://"));
}

bool startsWithRawUrl(QStringView rest)
{
    return rest.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || rest.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

class Reader
{
public:
    Reader(const QString &file, const QString &expectedId, const QString &expectedLang, const QSet<QString> &clauses)
        : m_file(file), m_expectedId(expectedId), m_expectedLang(expectedLang), m_knownClauses(clauses)
    { }

    ArticleParseResult read(QByteArray data)
    {
        if (data.size() > ArticleParser::MaxFileSize) {
            fileError(
                QStringLiteral("file is larger than the %1 MiB limit").arg(ArticleParser::MaxFileSize / (1024 * 1024)));
            return std::move(m_result);
        }
        if (data.startsWith("\xef\xbb\xbf")) {
            report(Diagnostic::Severity::Error, 1, 1,
                   QStringLiteral("byte-order mark: save the file as UTF-8 without one"));
            data.remove(0, 3);
        }
        if (const qsizetype bad = Utf8::firstInvalid(data); bad >= 0) {
            const Utf8::Position at = Utf8::positionOf(data, bad);
            report(Diagnostic::Severity::Error, at.line, at.column, QStringLiteral("invalid UTF-8"));
            return std::move(m_result);
        }
        QString text = QString::fromUtf8(data);
        m_lines = text.split(u'\n');
        if (text.endsWith(u'\n'))
            m_lines.removeLast();
        checkCharacters();
        const int bodyStart = readFrontMatter();
        if (bodyStart >= 0 && !stopped())
            readBody(bodyStart);
        return std::move(m_result);
    }

private:
    bool stopped() const { return m_errors > ArticleParser::MaxDiagnostics; }

    /// Reports at line @p line (0-based) and character @p index of that line; past the end: column 1.
    void at(Diagnostic::Severity severity, int line, qsizetype index, const QString &message)
    {
        int column = 1;
        if (line < m_lines.size()) {
            const QString &text = m_lines.at(line);
            for (qsizetype i = 0; i < index && i < text.size(); ++i)
                column += text.at(i).isLowSurrogate() ? 0 : 1;
            if (index > text.size())
                column += int(index - text.size());
        }
        report(severity, line + 1, column, message);
    }

    void error(int line, qsizetype index, const QString &message)
    {
        at(Diagnostic::Severity::Error, line, index, message);
    }
    void warning(int line, qsizetype index, const QString &message)
    {
        at(Diagnostic::Severity::Warning, line, index, message);
    }

    void fileError(const QString &message) { report(Diagnostic::Severity::Error, 0, 0, message); }

    void report(Diagnostic::Severity severity, int line, int column, const QString &message)
    {
        if (stopped())
            return;
        if (++m_errors > ArticleParser::MaxDiagnostics) {
            m_result.diagnostics.append({Diagnostic::Severity::Error, m_file, line, column, QString(),
                                         QStringLiteral("too many problems; the rest of the file was not checked")});
            return;
        }
        m_result.diagnostics.append({severity, m_file, line, column, QString(), message});
    }

    /// Line endings and invisible characters, for the whole file; carriage returns are dropped afterwards.
    void checkCharacters()
    {
        bool carriageReturnReported = false;
        for (int li = 0; li < m_lines.size() && !stopped(); ++li) {
            const QString &line = m_lines.at(li);
            for (qsizetype i = 0; i < line.size() && !stopped(); ++i) {
                const char16_t c = line.at(i).unicode();
                if (c == u'\r') {
                    if (!carriageReturnReported)
                        error(li, i, QStringLiteral("carriage return: use LF line endings"));
                    carriageReturnReported = true;
                } else if (c < 0x20 || c == 0x7f) {
                    error(li, i, QStringLiteral("control character U+%1 is not allowed").arg(hex(c)));
                } else if (isBidiControl(c)) {
                    error(li, i, QStringLiteral("bidirectional control character U+%1 is not allowed").arg(hex(c)));
                }
            }
        }
        for (QString &line : m_lines)
            line.remove(u'\r');
    }

    // --- Front matter -------------------------------------------------------------------------------

    struct Value
    {
        QString text;
        int line = -1;
        qsizetype index = 0;
    };

    /// Reads the front matter; returns the first body line, or -1 when the rest cannot be read.
    int readFrontMatter()
    {
        if (m_lines.isEmpty() || m_lines.first() != QLatin1String("---")) {
            error(0, 0, QStringLiteral("missing front matter: the file must start with a line \"---\""));
            return 0; // read the rest as body, to report what else is wrong
        }
        QHash<QString, Value> values;
        int li = 1;
        // Stop at the diagnostics cap: a hostile file of many bad front-matter lines must stay cheap.
        for (; li < m_lines.size() && m_lines.at(li) != QLatin1String("---") && !stopped(); ++li) {
            const QString &line = m_lines.at(li);
            const qsizetype colon = line.indexOf(u':');
            if (colon <= 0) {
                error(li, 0, QStringLiteral("expected \"key: value\" in the front matter"));
                continue;
            }
            const QString key = line.left(colon);
            if (key != QLatin1String("id") && key != QLatin1String("lang") && key != QLatin1String("title")) {
                error(li, 0,
                      QStringLiteral("unknown front-matter key %1; the keys are id, lang and title").arg(quoted(key)));
                continue;
            }
            if (values.contains(key)) {
                error(li, 0, QStringLiteral("duplicate front-matter key %1").arg(quoted(key)));
                continue;
            }
            qsizetype start = colon + 1;
            while (start < line.size() && line.at(start) == u' ')
                ++start;
            const QString value = line.mid(start).trimmed();
            if (value.isEmpty()) {
                error(li, colon + 1, QStringLiteral("front-matter key %1 has no value").arg(quoted(key)));
                continue;
            }
            values.insert(key, {value, li, start});
        }
        if (stopped())
            return -1;
        if (li >= m_lines.size()) {
            error(0, 0, QStringLiteral("front matter is not closed by a line \"---\""));
            return -1;
        }
        for (const char *key : {"id", "lang", "title"}) {
            const QString name = QLatin1String(key);
            if (!values.contains(name))
                error(li, 0, QStringLiteral("front matter has no key %1").arg(quoted(name)));
        }
        if (const auto id = values.constFind(QStringLiteral("id")); id != values.constEnd()) {
            if (!isValidArticleId(id->text))
                error(id->line, id->index,
                      QStringLiteral("malformed article id %1: use lowercase letters, digits and single hyphens")
                          .arg(quoted(id->text)));
            else if (!m_expectedId.isEmpty() && id->text != m_expectedId)
                error(id->line, id->index,
                      QStringLiteral("id %1 does not match the directory name %2")
                          .arg(quoted(id->text), quoted(m_expectedId)));
            m_result.article.id = id->text;
        }
        if (const auto lang = values.constFind(QStringLiteral("lang")); lang != values.constEnd()) {
            if (!isSupportedLanguage(lang->text))
                error(lang->line, lang->index,
                      QStringLiteral("unknown language %1; use one of %2")
                          .arg(quoted(lang->text), supportedLanguages().join(QStringLiteral(", "))));
            else if (!m_expectedLang.isEmpty() && lang->text != m_expectedLang)
                error(lang->line, lang->index,
                      QStringLiteral("lang %1 does not match the file name %2")
                          .arg(quoted(lang->text), quoted(QString(m_expectedLang + QStringLiteral(".md")))));
            m_result.article.lang = lang->text;
        }
        if (const auto title = values.constFind(QStringLiteral("title")); title != values.constEnd()) {
            checkPlainText(title->line, title->index, m_lines.at(title->line).size(), QStringLiteral("the title"));
            m_result.article.title = title->text;
        }
        return li + 1;
    }

    // --- Body ---------------------------------------------------------------------------------------

    void readBody(int li)
    {
        const int count = int(m_lines.size());
        while (li < count && !stopped()) {
            const QString &line = m_lines.at(li);
            if (isBlank(line)) {
                ++li;
            } else if (line.startsWith(u'#')) {
                readHeading(li);
                ++li;
                if (li < count && !isBlank(m_lines.at(li)))
                    error(li, 0, QStringLiteral("a blank line must follow the heading"));
            } else if (line.startsWith(QLatin1String("{#"))) {
                li = readAnchoredBlock(li);
            } else {
                if (line.startsWith(QLatin1String("- ")))
                    error(li, 0, QStringLiteral("lists are allowed only in the Sources section"));
                else
                    error(li, 0, QStringLiteral("paragraph without an anchor: put a line {#p-…} before it"));
                while (li < count && !isBlank(m_lines.at(li)))
                    ++li;
            }
        }
        if (stopped())
            return;
        const int last = std::max(0, count - 1);
        if (m_sourcesHeading < 0)
            error(last, 0, QStringLiteral("the Sources section \"## … {#h-sources}\" is missing"));
        else if (!m_sourcesListSeen)
            error(m_sourcesHeading, 0, QStringLiteral("the Sources section has no list {#p-sources}"));
    }

    void readHeading(int li)
    {
        const QString &line = m_lines.at(li);
        qsizetype hashes = 0;
        while (hashes < line.size() && line.at(hashes) == u'#')
            ++hashes;
        if (hashes != 2 || hashes >= line.size() || line.at(hashes) != u' ') {
            error(li, 0, QStringLiteral("only level-2 headings (\"## \") are allowed"));
            return;
        }
        const QString trimmed = line.trimmed();
        const qsizetype open = line.lastIndexOf(QLatin1String("{#"));
        if (open < 0 || !trimmed.endsWith(u'}') || line.indexOf(u'}', open) != line.lastIndexOf(u'}')) {
            error(li, line.size(), QStringLiteral("heading has no anchor: end the line with {#h-…}"));
            return;
        }
        const qsizetype close = line.indexOf(u'}', open);
        const QString anchor = line.mid(open + 2, close - open - 2);
        if (line.mid(hashes, open - hashes).trimmed().isEmpty()) {
            error(li, hashes, QStringLiteral("heading has no text"));
            return;
        }
        qsizetype textEnd = open;
        while (textEnd > hashes && line.at(textEnd - 1) == u' ')
            --textEnd;
        if (m_sourcesHeading >= 0)
            error(li, 0, QStringLiteral("the Sources section {#h-sources} must be the last section"));
        const bool anchorOk = checkAnchor(li, open, anchor, u'h');
        if (anchor == QLatin1String("h-sources"))
            m_sourcesHeading = li;
        ArticleBlock block;
        block.kind = ArticleBlock::Kind::Heading;
        block.anchor = anchor;
        block.level = 2;
        block.line = li + 1;
        checkPlainText(li, hashes + 1, textEnd, QStringLiteral("a heading"));
        block.runs.append({ArticleRun::Kind::Text, line.mid(hashes + 1, textEnd - hashes - 1).trimmed(), QString()});
        if (anchorOk)
            m_result.article.blocks.append(block);
    }

    /// Reads an anchor line and the paragraph or list that follows; returns the line after the block.
    int readAnchoredBlock(int li)
    {
        const int count = int(m_lines.size());
        const QString &line = m_lines.at(li);
        const qsizetype close = line.indexOf(u'}');
        if (close < 0) {
            error(li, 0, QStringLiteral("anchor line without a closing \"}\""));
            return skipBlock(li);
        }
        const QString anchor = line.mid(2, close - 2);
        if (!isBlank(QStringView(line).mid(close + 1))) {
            error(li, close + 1, QStringLiteral("an anchor line holds only the anchor; put the text on the next line"));
            return skipBlock(li);
        }
        const bool anchorOk = checkAnchor(li, 0, anchor, u'p');
        const int textLine = li + 1;
        if (textLine >= count || isBlank(m_lines.at(textLine)) || m_lines.at(textLine).startsWith(u'#')
            || m_lines.at(textLine).startsWith(QLatin1String("{#"))) {
            error(li, 0, QStringLiteral("anchor %1 is not followed by a paragraph line").arg(quoted(anchor)));
            return textLine;
        }

        ArticleBlock block;
        block.anchor = anchor;
        block.line = li + 1;
        int next = textLine + 1;
        if (m_sourcesHeading >= 0) {
            if (m_sourcesListSeen || anchor != QLatin1String("p-sources")) {
                error(li, 0, QStringLiteral("the Sources section holds only the list {#p-sources}"));
                return skipBlock(textLine);
            }
            m_sourcesListSeen = true;
            block.kind = ArticleBlock::Kind::SourceList;
            for (next = textLine; next < count && !isBlank(m_lines.at(next)) && !stopped(); ++next)
                readSourceItem(next, block);
        } else {
            block.kind = ArticleBlock::Kind::Paragraph;
            if (m_lines.at(textLine).startsWith(QLatin1String("- ")))
                error(textLine, 0, QStringLiteral("lists are allowed only in the Sources section"));
            block.runs = readInline(textLine);
            if (next < count && !isBlank(m_lines.at(next))) {
                error(next, 0,
                      QStringLiteral("paragraph %1 spans several lines; write it on one line").arg(quoted(anchor)));
                next = skipBlock(next);
            }
        }
        if (anchorOk)
            m_result.article.blocks.append(block);
        return next;
    }

    int skipBlock(int li) const
    {
        while (li < m_lines.size() && !isBlank(m_lines.at(li)))
            ++li;
        return li;
    }

    /// Checks an anchor's form, kind and uniqueness; @p index is where its "{#" starts.
    bool checkAnchor(int li, qsizetype index, const QString &anchor, char16_t kind)
    {
        if (!isValidArticleAnchor(anchor)) {
            error(li, index,
                  QStringLiteral("malformed anchor %1: use h- or p-, then lowercase letters, digits and single hyphens")
                      .arg(quoted(anchor)));
            return false;
        }
        if (anchor.front() != kind) {
            error(li, index,
                  kind == u'h' ? QStringLiteral("heading anchor %1 must start with \"h-\"").arg(quoted(anchor))
                               : QStringLiteral("paragraph anchor %1 must start with \"p-\"").arg(quoted(anchor)));
            return false;
        }
        if (const auto first = m_anchorLines.constFind(anchor); first != m_anchorLines.constEnd()) {
            error(li, index,
                  QStringLiteral("duplicate anchor %1 (first used on line %2)").arg(quoted(anchor)).arg(*first + 1));
            return false;
        }
        m_anchorLines.insert(anchor, li);
        return true;
    }

    void readSourceItem(int li, ArticleBlock &block)
    {
        const QString &line = m_lines.at(li);
        const qsizetype labelEnd = line.indexOf(u']');
        if (!line.startsWith(QLatin1String("- [")) || labelEnd < 0 || !line.endsWith(u')')
            || line.mid(labelEnd, 2) != QLatin1String("](")) {
            error(li, 0, QStringLiteral("expected a source item \"- [label](https://…)\""));
            return;
        }
        const QString label = line.mid(3, labelEnd - 3).trimmed();
        if (label.isEmpty()) {
            error(li, 3, QStringLiteral("source item has no label"));
            return;
        }
        checkPlainText(li, 3, labelEnd, QStringLiteral("a source label"));
        const qsizetype targetStart = labelEnd + 2;
        const QString target = line.mid(targetStart, line.size() - 1 - targetStart);
        const QString scheme = schemeOf(target);
        if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
            error(li, targetStart,
                  scheme.isEmpty()
                      ? QStringLiteral("source link target %1 is not an https:// address").arg(quoted(target))
                      : QStringLiteral("link target scheme %1 is not allowed in sources; use an https:// "
                                       "address")
                            .arg(quoted(QString(scheme + u':'))));
            return;
        }
        if (!isWellFormedWebUrl(target)) {
            error(li, targetStart, QStringLiteral("malformed URL %1").arg(quoted(target)));
            return;
        }
        if (scheme == QLatin1String("http"))
            warning(li, targetStart, QStringLiteral("source uses http://; prefer https://"));
        block.runs.append({ArticleRun::Kind::ExternalLink, label, target});
    }

    // --- Inline markup ------------------------------------------------------------------------------

    /// Reports markup characters in plain text (title, headings, labels, link text, emphasis).
    void checkPlainText(int li, qsizetype from, qsizetype to, const QString &where)
    {
        const QString &line = m_lines.at(li);
        // Link text ends at ')' and could not hold '(' or ')' without confusing readers; elsewhere they are text.
        const QStringView forbidden
            = where == QLatin1String("link text") ? QStringView(u"*[](){}`") : QStringView(u"*[]{}`");
        for (qsizetype i = from; i < to && !stopped(); ++i) {
            const QChar c = line.at(i);
            if (c == u'<' || c == u'>') {
                i = reportAngle(li, i, to);
            } else if (forbidden.contains(c)) {
                error(li, i, QStringLiteral("%1 is not allowed in %2").arg(quoted(QString(c)), where));
            } else if ((c == u'h' || c == u'H') && startsWithRawUrl(QStringView(line).mid(i, to - i))) {
                error(li, i, QStringLiteral("raw URL in the text: list sources in the Sources section"));
                i = skipUrl(line, i, to) - 1;
            }
        }
    }

    /// Reports a '<' or '>' at @p i and returns the index of the last character the report covers.
    qsizetype reportAngle(int li, qsizetype i, qsizetype to)
    {
        const QString &line = m_lines.at(li);
        if (line.at(i) == u'<' && i + 1 < to) {
            const QChar next = line.at(i + 1);
            const bool tagLike
                = (next.isLetter() && next.unicode() < 0x80) || next == u'/' || next == u'!' || next == u'?';
            const qsizetype end = line.indexOf(u'>', i);
            if (tagLike && end >= 0 && end < to) {
                error(li, i,
                      QStringLiteral("raw HTML is not allowed: %1 is shown as text, not interpreted")
                          .arg(quoted(QStringView(line).mid(i, end - i + 1))));
                return end;
            }
        }
        error(li, i, QStringLiteral("%1 is not allowed in article text").arg(quoted(QString(line.at(i)))));
        return i;
    }

    static qsizetype skipUrl(const QString &line, qsizetype i, qsizetype to)
    {
        while (i < to && !line.at(i).isSpace())
            ++i;
        return i;
    }

    QList<ArticleRun> readInline(int li)
    {
        const QString &line = m_lines.at(li);
        const qsizetype to = line.size();
        QList<ArticleRun> runs;
        QString text;
        auto flush = [&] {
            if (!text.isEmpty())
                runs.append({ArticleRun::Kind::Text, text, QString()});
            text.clear();
        };
        qsizetype i = 0;
        while (i < to && !stopped()) {
            const QChar c = line.at(i);
            if (c == u'*') {
                if (i + 1 < to && line.at(i + 1) == u'*') {
                    error(li, i, QStringLiteral("bold (\"**\") is not supported; use *emphasis*"));
                    text += QLatin1String("**");
                    i += 2;
                    continue;
                }
                const qsizetype close = line.indexOf(u'*', i + 1);
                if (close < 0) {
                    error(li, i, QStringLiteral("unterminated emphasis: \"*\" has no closing \"*\""));
                    text += line.mid(i);
                    break;
                }
                checkPlainText(li, i + 1, close, QStringLiteral("emphasis"));
                flush();
                runs.append({ArticleRun::Kind::Emphasis, line.mid(i + 1, close - i - 1), QString()});
                i = close + 1;
            } else if (c == u'!' && i + 1 < to && line.at(i + 1) == u'[') {
                error(li, i, QStringLiteral("images are not allowed"));
                // Skip the whole image; its target is never looked at.
                const qsizetype bracket = line.indexOf(u']', i);
                const qsizetype paren = bracket >= 0 && bracket + 1 < to && line.at(bracket + 1) == u'('
                    ? line.indexOf(u')', bracket)
                    : -1;
                if (paren < 0)
                    break;
                i = paren + 1;
            } else if (c == u'[') {
                const qsizetype next = readLink(li, i, runs, text, flush);
                if (next < 0)
                    break;
                i = next;
            } else if (c == u']') {
                error(li, i, QStringLiteral("unmatched \"]\""));
                text += c;
                ++i;
            } else if (c == u'{' || c == u'}') {
                error(li, i, QStringLiteral("%1 may appear only in anchors").arg(quoted(QString(c))));
                text += c;
                ++i;
            } else if (c == u'<' || c == u'>') {
                const qsizetype end = reportAngle(li, i, to);
                text += line.mid(i, end - i + 1);
                i = end + 1;
            } else if (c == u'`') {
                error(li, i, QStringLiteral("code markup (\"`\") is not supported"));
                text += c;
                ++i;
            } else if ((c == u'h' || c == u'H') && startsWithRawUrl(QStringView(line).mid(i))) {
                error(li, i, QStringLiteral("raw URL in the text: list sources in the Sources section"));
                const qsizetype end = skipUrl(line, i, to);
                text += line.mid(i, end - i);
                i = end;
            } else {
                text += c;
                ++i;
            }
        }
        flush();
        return runs;
    }

    /// Reads a link starting with '[' at @p i; returns the index after it, or -1 when the rest of the
    /// line was taken as text (unterminated link).
    template<typename Flush>
    qsizetype readLink(int li, qsizetype i, QList<ArticleRun> &runs, QString &text, Flush &flush)
    {
        const QString &line = m_lines.at(li);
        const qsizetype to = line.size();
        const qsizetype close = line.indexOf(u']', i + 1);
        if (close < 0) {
            error(li, i, QStringLiteral("unterminated link: \"[\" has no closing \"]\""));
            text += line.mid(i);
            return -1;
        }
        if (close + 1 >= to || line.at(close + 1) != u'(') {
            error(li, i, QStringLiteral("\"[\" must start a link \"[text](target)\""));
            text += line.mid(i, close + 1 - i);
            return close + 1;
        }
        const qsizetype targetStart = close + 2;
        const qsizetype end = line.indexOf(u')', targetStart);
        if (end < 0) {
            error(li, close + 1, QStringLiteral("unterminated link: \"(\" has no closing \")\""));
            text += line.mid(i);
            return -1;
        }
        const QString linkText = line.mid(i + 1, close - i - 1);
        const QString target = line.mid(targetStart, end - targetStart);
        if (linkText.trimmed().isEmpty())
            error(li, i, QStringLiteral("link has no text"));
        checkPlainText(li, i + 1, close, QStringLiteral("link text"));

        ArticleRun run {ArticleRun::Kind::Text, linkText, QString()};
        const QString scheme = schemeOf(target);
        if (target.isEmpty()) {
            error(li, targetStart, QStringLiteral("link has no target"));
        } else if (scheme == QLatin1String("clause")) {
            const QString id = target.mid(7);
            if (!isValidClauseId(id))
                error(li, targetStart, QStringLiteral("malformed clause id %1").arg(quoted(id)));
            else if (!m_knownClauses.isEmpty() && !m_knownClauses.contains(id))
                error(li, targetStart + 7, QStringLiteral("unknown clause %1").arg(quoted(id)));
            else
                run = {ArticleRun::Kind::ClauseLink, linkText, id};
        } else if (scheme == QLatin1String("https") || scheme == QLatin1String("http")) {
            if (!isWellFormedWebUrl(target)) {
                error(li, targetStart, QStringLiteral("malformed URL %1").arg(quoted(target)));
            } else {
                warning(li, i, QStringLiteral("external link in a paragraph: sources belong in the Sources section"));
                run = {ArticleRun::Kind::ExternalLink, linkText, target};
            }
        } else if (!scheme.isEmpty()) {
            error(li, targetStart,
                  QStringLiteral("link target scheme %1 is not allowed; link to clause:ID or to an https:// address")
                      .arg(quoted(QString(scheme + u':'))));
        } else {
            error(li, targetStart,
                  QStringLiteral("link target %1 is neither clause:ID nor an https:// address").arg(quoted(target)));
        }
        if (run.kind == ArticleRun::Kind::Text) {
            text += linkText; // a refused link keeps its text, without the link
        } else {
            flush();
            runs.append(run);
        }
        return end + 1;
    }

    QString m_file;
    QString m_expectedId;
    QString m_expectedLang;
    const QSet<QString> &m_knownClauses;
    QStringList m_lines;
    ArticleParseResult m_result;
    QHash<QString, int> m_anchorLines;
    int m_sourcesHeading = -1;
    bool m_sourcesListSeen = false;
    int m_errors = 0; ///< diagnostics reported, warnings included
};

} // namespace

bool isValidArticleAnchor(QStringView anchor)
{
    static const QRegularExpression pattern(QStringLiteral("^[hp]-[a-z0-9]+(-[a-z0-9]+)*$"));
    return anchor.size() <= 100 && pattern.match(anchor.toString()).hasMatch();
}

ArticleParseResult ArticleParser::parse(const QByteArray &data, const QString &displayName) const
{
    return Reader(displayName, m_expectedId, m_expectedLang, m_knownClauses).read(data);
}

ArticleParseResult ArticleParser::parseFile(const QString &path, const QString &displayName) const
{
    const QString name = displayName.isEmpty() ? path : displayName;
    Diagnostic error;
    const std::optional<QByteArray> data = readUntrustedFile(path, name, MaxFileSize, &error);
    if (!data) {
        ArticleParseResult result;
        result.diagnostics.append(error);
        return result;
    }
    const QFileInfo info(path);

    ArticleParser parser = *this;
    if (parser.m_expectedId.isEmpty())
        parser.m_expectedId = info.absoluteDir().dirName();
    if (parser.m_expectedLang.isEmpty() && info.suffix() == QLatin1String("md"))
        parser.m_expectedLang = info.completeBaseName();
    return parser.parse(*data, name);
}

} // namespace Dealscope
