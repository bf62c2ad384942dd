// SPDX-License-Identifier: GPL-3.0-or-later
#include "json/jsonparser.h"

#include "json/utf8.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

namespace Dealscope {

const JsonNode *JsonNode::member(QStringView key) const
{
    for (const JsonMember &m : members) {
        if (m.key == key)
            return &m.value;
    }
    return nullptr;
}

QString JsonNode::typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return QStringLiteral("a boolean");
    case Type::Number:
        return QStringLiteral("a number");
    case Type::String:
        return QStringLiteral("a string");
    case Type::Array:
        return QStringLiteral("an array");
    case Type::Object:
        return QStringLiteral("an object");
    }
    return {};
}

QString jsonPathMember(const QString &path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key;
}

QString jsonPathIndex(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

namespace {

/// One step of the path to the value being parsed: a member's key, or an array index when key is null.
/// The path's text is built only when a problem is reported, not for every value.
struct PathStep
{
    const QString *key;
    qsizetype index;
};

/// Whether a byte ends a run of plain string characters: the closing quote, an escape or a control character.
constexpr bool endsPlainRun(unsigned char c)
{
    return c == '"' || c == '\\' || c < 0x20;
}

/// Appends the UTF-16 form of @p begin .. @p end, which must be well-formed UTF-8, at @p out; returns the end.
char16_t *decodeUtf8(const unsigned char *begin, const unsigned char *end, char16_t *out)
{
    for (const unsigned char *p = begin; p < end;) {
        const unsigned char c = *p;
        if (c < 0x80) {
            *out++ = c;
            ++p;
        } else if (c < 0xE0) {
            *out++ = char16_t(((c & 0x1F) << 6) | (p[1] & 0x3F));
            p += 2;
        } else if (c < 0xF0) {
            *out++ = char16_t(((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
            p += 3;
        } else {
            const char32_t code = ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
            *out++ = QChar::highSurrogate(code);
            *out++ = QChar::lowSurrogate(code);
            p += 4;
        }
    }
    return out;
}

/// Where the text of a run of plain string characters starts: past a leading byte-order mark. The loaders
/// have always dropped it there (QString::fromUtf8() does), and every string must read as it always has.
const unsigned char *skipByteOrderMark(const unsigned char *begin, const unsigned char *end)
{
    return end - begin >= 3 && begin[0] == 0xEF && begin[1] == 0xBB && begin[2] == 0xBF ? begin + 3 : begin;
}

/// The number of UTF-16 code units that well-formed UTF-8 @p begin .. @p end decodes to.
qsizetype utf16Length(const unsigned char *begin, const unsigned char *end)
{
    qsizetype units = 0;
    for (const unsigned char *p = begin; p < end; ++p)
        units += qsizetype(!Utf8::isContinuation(*p)) + qsizetype(*p >= 0xF0);
    return units;
}

class Parser
{
public:
    Parser(const QByteArray &text, int maxDepth)
        : m_data(text.constData())
        , m_bytes(reinterpret_cast<const unsigned char *>(text.constData()))
        , m_size(text.size())
        , m_maxDepth(maxDepth)
    { }

    JsonParser::Result run(const QByteArray &text)
    {
        JsonParser::Result result;
        if (const qsizetype bad = Utf8::firstInvalid(text); bad >= 0) {
            const Utf8::Position at = Utf8::positionOf(text, bad);
            failAt(at.line, at.column, QStringLiteral("invalid UTF-8 byte sequence"));
        } else {
            if (m_size >= 3 && text.startsWith("\xEF\xBB\xBF"))
                startLine(3); // a byte-order mark is harmless; skip it without counting a column
            JsonNode root;
            skipWhitespace();
            if (parseValue(root)) {
                skipWhitespace();
                if (!atEnd())
                    fail(QStringLiteral("unexpected %1 after the top-level value").arg(describeCurrent()));
                else
                    result.root = std::move(root);
            }
        }
        result.problems = std::move(m_problems);
        return result;
    }

private:
    bool atEnd() const { return m_pos >= m_size; }
    char current() const { return m_data[m_pos]; }

    // ---- positions: a newline can only stand in white space (in a string it is a control character and
    // refused), so lines are counted there; columns are counted on demand, forward from the last one asked.

    void startLine(qsizetype offset)
    {
        m_pos = offset;
        m_lineStart = m_columnOffset = offset;
        m_column = 1;
    }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const char c = current();
            if (c == '\n') {
                ++m_line;
                startLine(m_pos + 1);
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            } else {
                ++m_pos;
            }
        }
    }

    /// The column of byte @p offset of the current line: every byte that does not continue a character is one.
    int columnAt(qsizetype offset)
    {
        if (offset < m_columnOffset) {
            m_columnOffset = m_lineStart;
            m_column = 1;
        }
        for (; m_columnOffset < offset; ++m_columnOffset)
            m_column += int(!Utf8::isContinuation(m_bytes[m_columnOffset]));
        return m_column;
    }
    int column() { return columnAt(m_pos); }

    QString describeCurrent() const
    {
        if (atEnd())
            return QStringLiteral("end of file");
        const auto c = static_cast<unsigned char>(current());
        if (c >= 0x20 && c < 0x7F)
            return QStringLiteral("character '%1'").arg(QLatin1Char(char(c)));
        // Decode the (already validated) UTF-8 sequence to name the code point.
        const int length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        const QString decoded = QString::fromUtf8(m_data + m_pos, std::min<qsizetype>(length, m_size - m_pos));
        const char32_t code = decoded.isEmpty() ? c : decoded.toUcs4().value(0);
        return QStringLiteral("character U+%1").arg(QString::number(uint(code), 16).toUpper().rightJustified(4, u'0'));
    }

    bool fail(const QString &message) { return failAt(m_line, column(), message); }

    bool failAt(int line, int column, const QString &message)
    {
        m_problems.append({line, column, currentPath(), message});
        return false;
    }

    QString currentPath() const
    {
        QString path;
        for (const PathStep &step : m_path)
            path = step.key ? jsonPathMember(path, *step.key) : jsonPathIndex(path, step.index);
        return path.isEmpty() ? QStringLiteral("$") : path;
    }

    void startNode(JsonNode &node, JsonNode::Type type)
    {
        node.type = type;
        node.line = m_line;
        node.column = column();
        node.begin = m_pos;
    }

    bool parseValue(JsonNode &node)
    {
        if (atEnd())
            return fail(QStringLiteral("unexpected end of file, expected a value"));
        switch (current()) {
        case '{':
            return parseObject(node);
        case '[':
            return parseArray(node);
        case '"':
            startNode(node, JsonNode::Type::String);
            if (!parseString(node.string))
                return false;
            node.end = m_pos;
            return true;
        case 't':
            return parseLiteral(node, "true", JsonNode::Type::Bool, true);
        case 'f':
            return parseLiteral(node, "false", JsonNode::Type::Bool, false);
        case 'n':
            return parseLiteral(node, "null", JsonNode::Type::Null, false);
        default:
            if (current() == '-' || (current() >= '0' && current() <= '9'))
                return parseNumber(node);
            return fail(QStringLiteral("unexpected %1, expected a value").arg(describeCurrent()));
        }
    }

    bool enterContainer()
    {
        if (++m_depth > m_maxDepth)
            return fail(QStringLiteral("nesting deeper than %1 levels").arg(m_maxDepth));
        return true;
    }

    /// Whether an earlier member of the object whose members start at @p first in m_members has @p key.
    /// Small objects are searched in place; a large one gets an index, so that untrusted input with a
    /// hundred thousand keys costs no quadratic time.
    bool isDuplicateKey(const QString &key, qsizetype first, QSet<QStringView> &index) const
    {
        constexpr qsizetype SearchedInPlace = 16;
        const auto begin = m_members.begin() + first;
        if (index.isEmpty() && m_members.end() - begin < SearchedInPlace)
            return std::any_of(begin, m_members.end(), [&key](const JsonMember &m) { return m.key == key; });
        if (index.isEmpty()) {
            for (auto it = begin; it != m_members.end(); ++it)
                index.insert(it->key); // views of the keys' characters, which stay put while the members move
        }
        return index.contains(key);
    }

    bool parseObject(JsonNode &node)
    {
        startNode(node, JsonNode::Type::Object);
        if (!enterContainer())
            return false;
        ++m_pos; // '{'
        skipWhitespace();
        const qsizetype first = qsizetype(m_members.size()); // this object's members gather from here
        QSet<QStringView> keyIndex;
        if (!atEnd() && current() == '}') {
            ++m_pos;
        } else {
            while (true) {
                if (atEnd() || current() != '"')
                    return fail(
                        QStringLiteral("unexpected %1, expected a key in double quotes").arg(describeCurrent()));
                const int keyLine = m_line, keyColumn = column();
                JsonMember member;
                if (!parseString(member.key, true))
                    return false;
                skipWhitespace();
                if (atEnd() || current() != ':')
                    return fail(QStringLiteral("unexpected %1, expected ':' after the key").arg(describeCurrent()));
                ++m_pos;
                skipWhitespace();
                m_path.push_back({&member.key, 0});
                if (!parseValue(member.value))
                    return false;
                if (isDuplicateKey(member.key, first, keyIndex)) {
                    failAt(keyLine, keyColumn, QStringLiteral("duplicate key \"%1\"").arg(member.key));
                } else {
                    m_members.push_back(std::move(member));
                    if (!keyIndex.isEmpty())
                        keyIndex.insert(m_members.back().key);
                }
                m_path.pop_back();
                skipWhitespace();
                if (atEnd())
                    return fail(QStringLiteral("unexpected end of file, expected ',' or '}'"));
                if (current() == ',') {
                    ++m_pos;
                    skipWhitespace();
                    continue;
                }
                if (current() == '}') {
                    ++m_pos;
                    break;
                }
                return fail(QStringLiteral("unexpected %1, expected ',' or '}'").arg(describeCurrent()));
            }
        }
        --m_depth;
        node.members = JsonList<JsonMember>(std::make_move_iterator(m_members.begin() + first),
                                            std::make_move_iterator(m_members.end()));
        m_members.erase(m_members.begin() + first, m_members.end());
        node.end = m_pos;
        return true;
    }

    bool parseArray(JsonNode &node)
    {
        startNode(node, JsonNode::Type::Array);
        if (!enterContainer())
            return false;
        ++m_pos; // '['
        skipWhitespace();
        const qsizetype first = qsizetype(m_items.size()); // this array's items gather from here
        if (!atEnd() && current() == ']') {
            ++m_pos;
        } else {
            while (true) {
                m_path.push_back({nullptr, qsizetype(m_items.size()) - first});
                JsonNode value;
                if (!parseValue(value))
                    return false;
                m_items.push_back(std::move(value));
                m_path.pop_back();
                skipWhitespace();
                if (atEnd())
                    return fail(QStringLiteral("unexpected end of file, expected ',' or ']'"));
                if (current() == ',') {
                    ++m_pos;
                    skipWhitespace();
                    continue;
                }
                if (current() == ']') {
                    ++m_pos;
                    break;
                }
                return fail(QStringLiteral("unexpected %1, expected ',' or ']'").arg(describeCurrent()));
            }
        }
        --m_depth;
        node.items = JsonList<JsonNode>(std::make_move_iterator(m_items.begin() + first),
                                        std::make_move_iterator(m_items.end()));
        m_items.erase(m_items.begin() + first, m_items.end());
        node.end = m_pos;
        return true;
    }

    bool parseLiteral(JsonNode &node, const char *word, JsonNode::Type type, bool value)
    {
        startNode(node, type);
        const qsizetype length = qsizetype(std::strlen(word));
        if (m_size - m_pos < length || std::memcmp(m_data + m_pos, word, size_t(length)) != 0)
            return fail(QStringLiteral("unexpected %1, expected a value").arg(describeCurrent()));
        m_pos += length;
        node.boolean = value;
        node.end = m_pos;
        return true;
    }

    bool isDigit() const { return !atEnd() && current() >= '0' && current() <= '9'; }
    void skipDigits()
    {
        while (isDigit())
            ++m_pos;
    }

    bool parseNumber(JsonNode &node)
    {
        startNode(node, JsonNode::Type::Number);
        const qsizetype start = m_pos;
        bool negativeExponent = false;
        if (current() == '-')
            ++m_pos;
        if (!isDigit())
            return fail(QStringLiteral("invalid number: expected a digit"));
        if (current() == '0') {
            ++m_pos;
            if (isDigit())
                return fail(QStringLiteral("invalid number: leading zeros are not allowed"));
        } else {
            skipDigits();
        }
        if (!atEnd() && current() == '.') {
            ++m_pos;
            if (!isDigit())
                return fail(QStringLiteral("invalid number: expected a digit after '.'"));
            skipDigits();
        }
        if (!atEnd() && (current() == 'e' || current() == 'E')) {
            ++m_pos;
            if (!atEnd() && (current() == '+' || current() == '-')) {
                negativeExponent = current() == '-';
                ++m_pos;
            }
            if (!isDigit())
                return fail(QStringLiteral("invalid number: expected a digit in the exponent"));
            skipDigits();
        }
        double value = 0.0;
        // from_chars is locale-independent, unlike strtod under a German LC_NUMERIC.
        const auto [ptr, ec] = std::from_chars(m_data + start, m_data + m_pos, value);
        if (ec == std::errc::result_out_of_range) {
            if (!negativeExponent) {
                return failAt(node.line, node.column,
                              QStringLiteral("number %1 is out of range")
                                  .arg(QString::fromLatin1(m_data + start, m_pos - start)));
            }
            value = 0.0; // underflow: the closest double is zero
        } else if (ec != std::errc() || ptr != m_data + m_pos || !std::isfinite(value)) {
            return failAt(node.line, node.column, QStringLiteral("invalid number"));
        }
        node.number = value;
        node.end = m_pos;
        return true;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool parseHex4(char16_t &out)
    {
        int value = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = atEnd() ? -1 : hexValue(current());
            if (digit < 0)
                return fail(QStringLiteral("invalid \\u escape: expected four hexadecimal digits"));
            value = value * 16 + digit;
            ++m_pos;
        }
        out = char16_t(value);
        return true;
    }

    /// Reads the string at the opening quote into @p out. Keys, and short values such as ids, dates and
    /// names of kinds, repeat across a file: they share one copy of their characters.
    bool parseString(QString &out, bool isKey = false)
    {
        ++m_pos; // opening quote
        const qsizetype start = m_pos;
        qsizetype end = start;
        while (end < m_size && !endsPlainRun(m_bytes[end]))
            ++end;
        if (end == m_size || m_bytes[end] != '"')
            return parseEscapedString(out); // escapes, or a problem to report at its place
        m_pos = end + 1;
        if (end == start)
            return true;
        if (end - start <= (isKey ? MaxSharedKey : MaxSharedValue)) {
            const QByteArrayView bytes(m_data + start, end - start);
            if (const auto it = m_shared.constFind(bytes); it != m_shared.constEnd()) {
                out = *it;
                return true;
            }
            out = decode(start, end);
            if (m_shared.size() < MaxShared)
                m_shared.insert(bytes, out);
            return true;
        }
        out = decode(start, end);
        return true;
    }

    /// The text of bytes @p start .. @p end, which hold no escape: exactly as long as it needs to be.
    QString decode(qsizetype start, qsizetype end) const
    {
        const unsigned char *first = skipByteOrderMark(m_bytes + start, m_bytes + end);
        QString text(utf16Length(first, m_bytes + end), Qt::Uninitialized);
        decodeUtf8(first, m_bytes + end, reinterpret_cast<char16_t *>(text.data()));
        return text;
    }

    void appendDecoded(qsizetype start, qsizetype end)
    {
        const unsigned char *first = skipByteOrderMark(m_bytes + start, m_bytes + end);
        const std::size_t at = m_text.size();
        m_text.resize(at + std::size_t(m_bytes + end - first)); // room enough: no byte gives more than one unit
        m_text.resize(std::size_t(decodeUtf8(first, m_bytes + end, m_text.data() + at) - m_text.data()));
    }

    /// The general case of parseString(), from just after the opening quote: escapes are decoded into a
    /// buffer reused from string to string, and every problem is reported where it stands.
    bool parseEscapedString(QString &out)
    {
        m_text.clear();
        qsizetype segmentStart = m_pos;
        while (true) {
            while (!atEnd() && !endsPlainRun(m_bytes[m_pos]))
                ++m_pos;
            if (atEnd())
                return fail(QStringLiteral("unterminated string"));
            const auto c = m_bytes[m_pos];
            if (c == '"') {
                appendDecoded(segmentStart, m_pos);
                ++m_pos;
                out = QString(reinterpret_cast<const QChar *>(m_text.data()), qsizetype(m_text.size()));
                return true;
            }
            if (c < 0x20)
                return fail(QStringLiteral("control character U+%1 in string; escape it")
                                .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, u'0')));
            appendDecoded(segmentStart, m_pos);
            const int escapeLine = m_line, escapeColumn = column();
            ++m_pos; // backslash
            if (atEnd())
                return fail(QStringLiteral("unterminated string"));
            const char e = current();
            switch (e) {
            case '"':
            case '\\':
            case '/':
                m_text.push_back(char16_t(e));
                ++m_pos;
                break;
            case 'b':
                m_text.push_back(u'\b');
                ++m_pos;
                break;
            case 'f':
                m_text.push_back(u'\f');
                ++m_pos;
                break;
            case 'n':
                m_text.push_back(u'\n');
                ++m_pos;
                break;
            case 'r':
                m_text.push_back(u'\r');
                ++m_pos;
                break;
            case 't':
                m_text.push_back(u'\t');
                ++m_pos;
                break;
            case 'u': {
                ++m_pos;
                char16_t unit = 0;
                if (!parseHex4(unit))
                    return false;
                if (QChar::isHighSurrogate(unit)) {
                    char16_t low = 0;
                    if (m_size - m_pos < 2 || m_data[m_pos] != '\\' || m_data[m_pos + 1] != 'u')
                        return failAt(escapeLine, escapeColumn,
                                      QStringLiteral("invalid \\u escape: unpaired surrogate"));
                    m_pos += 2;
                    if (!parseHex4(low))
                        return false;
                    if (!QChar::isLowSurrogate(low))
                        return failAt(escapeLine, escapeColumn,
                                      QStringLiteral("invalid \\u escape: unpaired surrogate"));
                    m_text.push_back(unit);
                    m_text.push_back(low);
                } else if (QChar::isLowSurrogate(unit)) {
                    return failAt(escapeLine, escapeColumn, QStringLiteral("invalid \\u escape: unpaired surrogate"));
                } else {
                    m_text.push_back(unit);
                }
                break;
            }
            default:
                return failAt(escapeLine, escapeColumn,
                              QStringLiteral("invalid escape sequence '\\%1'").arg(describeEscape(e)));
            }
            segmentStart = m_pos;
        }
    }

    static QString describeEscape(char c)
    {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7F)
            return QString(QLatin1Char(c));
        return QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
    }

    static constexpr qsizetype MaxSharedKey = 64; ///< bytes
    static constexpr qsizetype MaxSharedValue = 16;
    static constexpr qsizetype MaxShared = 4096; ///< strings

    const char *m_data;
    const unsigned char *m_bytes; ///< the same text, as bytes
    qsizetype m_size;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0; ///< offset of the current line's first byte
    qsizetype m_columnOffset = 0; ///< the offset whose column was asked last …
    int m_column = 1; ///< … and that column
    int m_depth = 0;
    int m_maxDepth;
    std::vector<PathStep> m_path;
    std::vector<JsonNode> m_items; ///< items of the arrays being read, innermost last
    std::vector<JsonMember> m_members; ///< members of the objects being read, innermost last
    std::u16string m_text; ///< a string with escapes, as it is decoded
    QHash<QByteArrayView, QString> m_shared; ///< strings shared so far, by their bytes in the text
    QList<JsonProblem> m_problems;
};

} // namespace

JsonParser::Result JsonParser::parse(const QByteArray &utf8, int maxDepth)
{
    Parser parser(utf8, maxDepth);
    return parser.run(utf8);
}

} // namespace Dealscope
