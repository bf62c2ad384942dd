// SPDX-License-Identifier: GPL-3.0-or-later
#include "json/jsonparser.h"

#include "json/stringpool.h"
#include "json/utf8.h"

#include <QSet>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Dealscope {

const JsonNode *JsonNode::member(QStringView key) const
{
    for (const JsonMember &m : members()) {
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

/// Whether the byte-order mark EF BB BF stands at @p p, with @p available bytes from there.
bool isByteOrderMark(const unsigned char *p, qsizetype available)
{
    return available >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF;
}

/// Appends the UTF-16 form of the well-formed sequence of @p length bytes at @p p to @p out; returns the end.
char16_t *appendCodePoint(const unsigned char *p, int length, char16_t *out)
{
    const unsigned char c = p[0];
    if (length == 2) {
        *out++ = char16_t(((c & 0x1F) << 6) | (p[1] & 0x3F));
    } else if (length == 3) {
        *out++ = char16_t(((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
    } else {
        const char32_t code = ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
        *out++ = QChar::highSurrogate(code);
        *out++ = QChar::lowSurrogate(code);
    }
    return out;
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
        if (isByteOrderMark(m_bytes, m_size))
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
        // Strings are checked as they are decoded, and any other byte of 0x80 or more stops the parse. So
        // well-formed UTF-8 need only be confirmed when something was reported: then invalid UTF-8 anywhere
        // is the one problem to report, as if the whole text had been checked first.
        if (!m_problems.isEmpty()) {
            if (const qsizetype bad = Utf8::firstInvalid(text); bad >= 0) {
                const Utf8::Position at = Utf8::positionOf(text, bad);
                result.root.reset();
                m_problems = {{at.line, at.column, QStringLiteral("$"), QStringLiteral("invalid UTF-8 byte sequence")}};
            }
        }
        result.problems = std::move(m_problems);
        return result;
    }

private:
    bool atEnd() const { return m_pos >= m_size; }
    char current() const { return m_data[m_pos]; }

    // ---- positions: a newline can only stand in white space (in a string it is a control character and
    // refused), so lines are counted there. A column counts characters: the bytes since the line's start
    // less the continuation bytes among them, which can only stand in strings and are counted there.

    void startLine(qsizetype offset)
    {
        m_pos = offset;
        m_lineStart = offset;
        m_lineContinuations = m_continuations;
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

    int column() const { return int(m_pos - m_lineStart - (m_continuations - m_lineContinuations)) + 1; }

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
        node.begin = quint32(m_pos);
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
        case '"': {
            startNode(node, JsonNode::Type::String);
            QString text;
            if (!parseString(text))
                return false;
            node.setString(std::move(text));
            return true;
        }
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
        node.setMembers(JsonList<JsonMember>(std::make_move_iterator(m_members.begin() + first),
                                             std::make_move_iterator(m_members.end())),
                        m_pos);
        m_members.erase(m_members.begin() + first, m_members.end());
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
        node.setItems(JsonList<JsonNode>(std::make_move_iterator(m_items.begin() + first),
                                         std::make_move_iterator(m_items.end())),
                      m_pos);
        m_items.erase(m_items.begin() + first, m_items.end());
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
        node.setNumber(value);
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
        bool escaped = false;
        const qsizetype length = decodeString(escaped);
        if (length < 0)
            return false;
        const qsizetype end = m_pos - 1; // the closing quote
        if (end == start)
            return true;
        const auto *text = reinterpret_cast<const QChar *>(m_text.get());
        if (!escaped && end - start <= (isKey ? MaxSharedKey : MaxSharedValue)) {
            const QByteArrayView bytes(m_data + start, end - start);
            if (const QString *shared = m_shared.find(bytes)) {
                out = *shared;
                return true;
            }
            out = QString(text, length);
            m_shared.insert(bytes, out);
            return true;
        }
        out = QString(text, length);
        return true;
    }

    /// Makes room for @p units more code units after @p out in the text buffer; returns where @p out is now.
    char16_t *makeRoom(char16_t *out, qsizetype units)
    {
        if (m_textEnd - out >= units)
            return out;
        const qsizetype used = out - m_text.get();
        const qsizetype capacity = std::max<qsizetype>(2 * (m_textEnd - m_text.get()), used + units + 256);
        auto larger = std::make_unique_for_overwrite<char16_t[]>(std::size_t(capacity));
        std::copy_n(m_text.get(), used, larger.get());
        m_text = std::move(larger);
        m_textEnd = m_text.get() + capacity;
        return m_text.get() + used;
    }

    /// Past a byte-order mark at @p p, which a run of string characters drops as QString::fromUtf8() does:
    /// every string must read as it always has.
    qsizetype skipByteOrderMark(qsizetype p)
    {
        if (!isByteOrderMark(m_bytes + p, m_size - p))
            return p;
        m_continuations += 2;
        return p + 3;
    }

    /// Decodes the string from just after its opening quote into the text buffer, in one pass that also
    /// checks its UTF-8, and leaves m_pos past the closing quote. Returns the number of code units, or -1
    /// when a problem was reported where it stands. Sets @p escaped when the string holds an escape.
    qsizetype decodeString(bool &escaped)
    {
        qsizetype p = skipByteOrderMark(m_pos);
        char16_t *out = makeRoom(m_text.get(), 16);
        while (true) {
#if defined(__SSE2__)
            // Text is mostly runs of plain ASCII: widen it sixteen bytes at a time up to a byte that needs a
            // look. As signed bytes, those of 0x80 and more are negative: one comparison finds them and the
            // control characters.
            while (m_size - p >= 16) {
                out = makeRoom(out, 16);
                const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_bytes + p));
                const __m128i special = _mm_or_si128(_mm_cmplt_epi8(bytes, _mm_set1_epi8(0x20)),
                                                     _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"')),
                                                                  _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\'))));
                const unsigned mask = unsigned(_mm_movemask_epi8(special));
                const __m128i zero = _mm_setzero_si128();
                _mm_storeu_si128(reinterpret_cast<__m128i *>(out), _mm_unpacklo_epi8(bytes, zero));
                _mm_storeu_si128(reinterpret_cast<__m128i *>(out + 8), _mm_unpackhi_epi8(bytes, zero));
                const int plain = mask == 0 ? 16 : std::countr_zero(mask);
                p += plain;
                out += plain;
                if (mask != 0)
                    break;
            }
#endif
            out = makeRoom(out, 2);
            if (p >= m_size) {
                m_pos = p;
                fail(QStringLiteral("unterminated string"));
                return -1;
            }
            const unsigned char c = m_bytes[p];
            if (c == '"') {
                m_pos = p + 1;
                return out - m_text.get();
            }
            if (c >= 0x80) {
                // Characters outside ASCII tend to come in runs (whole words in Hindi, Thai, Japanese …).
                while (p < m_size && m_bytes[p] >= 0x80) {
                    const int length = Utf8::multiByteLength(m_bytes + p, m_size - p);
                    if (length == 0) {
                        m_pos = p; // the whole text's check reports it, see run()
                        fail(QStringLiteral("invalid UTF-8 byte sequence"));
                        return -1;
                    }
                    out = appendCodePoint(m_bytes + p, length, makeRoom(out, 2));
                    m_continuations += length - 1;
                    p += length;
                }
                continue;
            }
            if (c != '\\' && c >= 0x20) {
                *out++ = c;
                ++p;
                continue;
            }
            m_pos = p;
            if (c < 0x20) {
                fail(QStringLiteral("control character U+%1 in string; escape it")
                         .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, u'0')));
                return -1;
            }
            escaped = true;
            const qsizetype used = out - m_text.get();
            if (!parseEscape())
                return -1;
            out = m_text.get() + used;
            out = appendEscaped(out);
            p = skipByteOrderMark(m_pos);
        }
    }

    /// The code units of the escape read last by parseEscape().
    char16_t *appendEscaped(char16_t *out)
    {
        *out++ = m_escape[0];
        if (m_escape[1])
            *out++ = m_escape[1];
        return out;
    }

    /// Reads the escape at the backslash at m_pos into m_escape (one code unit, or a surrogate pair);
    /// reports a problem where it stands.
    bool parseEscape()
    {
        const int escapeLine = m_line, escapeColumn = column();
        m_escape[1] = 0;
        ++m_pos; // backslash
        if (atEnd())
            return fail(QStringLiteral("unterminated string"));
        const char e = current();
        ++m_pos;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            m_escape[0] = char16_t(e);
            return true;
        case 'b':
            m_escape[0] = u'\b';
            return true;
        case 'f':
            m_escape[0] = u'\f';
            return true;
        case 'n':
            m_escape[0] = u'\n';
            return true;
        case 'r':
            m_escape[0] = u'\r';
            return true;
        case 't':
            m_escape[0] = u'\t';
            return true;
        case 'u': {
            char16_t unit = 0;
            if (!parseHex4(unit))
                return false;
            m_escape[0] = unit;
            if (QChar::isLowSurrogate(unit))
                return failAt(escapeLine, escapeColumn, QStringLiteral("invalid \\u escape: unpaired surrogate"));
            if (!QChar::isHighSurrogate(unit))
                return true;
            if (m_size - m_pos < 2 || m_data[m_pos] != '\\' || m_data[m_pos + 1] != 'u')
                return failAt(escapeLine, escapeColumn, QStringLiteral("invalid \\u escape: unpaired surrogate"));
            m_pos += 2;
            char16_t low = 0;
            if (!parseHex4(low))
                return false;
            if (!QChar::isLowSurrogate(low))
                return failAt(escapeLine, escapeColumn, QStringLiteral("invalid \\u escape: unpaired surrogate"));
            m_escape[1] = low;
            return true;
        }
        default:
            return failAt(escapeLine, escapeColumn,
                          QStringLiteral("invalid escape sequence '\\%1'").arg(describeEscape(e)));
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

    const char *m_data;
    const unsigned char *m_bytes; ///< the same text, as bytes
    qsizetype m_size;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0; ///< offset of the current line's first byte
    qsizetype m_continuations = 0; ///< continuation bytes before m_pos (all in strings)
    qsizetype m_lineContinuations = 0; ///< … and before the current line
    int m_depth = 0;
    int m_maxDepth;
    std::vector<PathStep> m_path;
    std::vector<JsonNode> m_items; ///< items of the arrays being read, innermost last
    std::vector<JsonMember> m_members; ///< members of the objects being read, innermost last
    std::unique_ptr<char16_t[]> m_text; ///< the string being decoded
    char16_t *m_textEnd = nullptr; ///< the end of its room
    char16_t m_escape[2] = {}; ///< the escape read last
    StringPool m_shared {4096}; ///< strings shared so far, by their bytes in the text
    QList<JsonProblem> m_problems;
};

} // namespace

JsonParser::Result JsonParser::parse(const QByteArray &utf8, int maxDepth)
{
    if (utf8.size() > MaxSize)
        return {std::nullopt, {{1, 1, QStringLiteral("$"), QStringLiteral("text is larger than 4 GiB")}}};
    Parser parser(utf8, maxDepth);
    return parser.run(utf8);
}

} // namespace Dealscope
