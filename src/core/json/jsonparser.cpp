// SPDX-License-Identifier: GPL-3.0-or-later
#include "json/jsonparser.h"

#include "json/utf8.h"

#include <QHash>

#include <charconv>
#include <cmath>
#include <cstring>

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

class Parser
{
public:
    Parser(const QByteArray &text, int maxDepth) : m_data(text.constData()), m_size(text.size()), m_maxDepth(maxDepth)
    { }

    JsonParser::Result run(const QByteArray &text)
    {
        JsonParser::Result result;
        if (const qsizetype bad = Utf8::firstInvalid(text); bad >= 0) {
            const Utf8::Position at = Utf8::positionOf(text, bad);
            failAt(at.line, at.column, QStringLiteral("invalid UTF-8 byte sequence"));
        } else {
            if (m_size >= 3 && text.startsWith("\xEF\xBB\xBF"))
                m_pos = 3; // a byte-order mark is harmless; skip it without counting a column
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

    void advance()
    {
        const auto c = static_cast<unsigned char>(m_data[m_pos++]);
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if (!Utf8::isContinuation(c)) {
            ++m_column;
        }
    }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const char c = current();
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            advance();
        }
    }

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

    bool fail(const QString &message) { return failAt(m_line, m_column, message); }

    bool failAt(int line, int column, const QString &message)
    {
        m_problems.append({line, column, m_path.isEmpty() ? QStringLiteral("$") : m_path, message});
        return false;
    }

    void startNode(JsonNode &node, JsonNode::Type type) const
    {
        node.type = type;
        node.line = m_line;
        node.column = m_column;
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

    bool parseObject(JsonNode &node)
    {
        startNode(node, JsonNode::Type::Object);
        if (!enterContainer())
            return false;
        advance(); // '{'
        skipWhitespace();
        QHash<QString, bool> seen;
        const QString objectPath = m_path;
        if (!atEnd() && current() == '}') {
            advance();
        } else {
            while (true) {
                if (atEnd() || current() != '"')
                    return fail(
                        QStringLiteral("unexpected %1, expected a key in double quotes").arg(describeCurrent()));
                const int keyLine = m_line, keyColumn = m_column;
                QString key;
                if (!parseString(key))
                    return false;
                skipWhitespace();
                if (atEnd() || current() != ':')
                    return fail(QStringLiteral("unexpected %1, expected ':' after the key").arg(describeCurrent()));
                advance();
                skipWhitespace();
                m_path = jsonPathMember(objectPath, key);
                JsonNode value;
                if (!parseValue(value))
                    return false;
                if (seen.contains(key)) {
                    failAt(keyLine, keyColumn, QStringLiteral("duplicate key \"%1\"").arg(key));
                } else {
                    seen.insert(key, true);
                    node.members.push_back({std::move(key), std::move(value)});
                }
                m_path = objectPath;
                skipWhitespace();
                if (atEnd())
                    return fail(QStringLiteral("unexpected end of file, expected ',' or '}'"));
                if (current() == ',') {
                    advance();
                    skipWhitespace();
                    continue;
                }
                if (current() == '}') {
                    advance();
                    break;
                }
                return fail(QStringLiteral("unexpected %1, expected ',' or '}'").arg(describeCurrent()));
            }
        }
        --m_depth;
        node.end = m_pos;
        return true;
    }

    bool parseArray(JsonNode &node)
    {
        startNode(node, JsonNode::Type::Array);
        if (!enterContainer())
            return false;
        advance(); // '['
        skipWhitespace();
        const QString arrayPath = m_path;
        if (!atEnd() && current() == ']') {
            advance();
        } else {
            while (true) {
                m_path = jsonPathIndex(arrayPath, qsizetype(node.items.size()));
                JsonNode value;
                if (!parseValue(value))
                    return false;
                node.items.push_back(std::move(value));
                m_path = arrayPath;
                skipWhitespace();
                if (atEnd())
                    return fail(QStringLiteral("unexpected end of file, expected ',' or ']'"));
                if (current() == ',') {
                    advance();
                    skipWhitespace();
                    continue;
                }
                if (current() == ']') {
                    advance();
                    break;
                }
                return fail(QStringLiteral("unexpected %1, expected ',' or ']'").arg(describeCurrent()));
            }
        }
        --m_depth;
        node.end = m_pos;
        return true;
    }

    bool parseLiteral(JsonNode &node, const char *word, JsonNode::Type type, bool value)
    {
        startNode(node, type);
        const qsizetype length = qsizetype(std::strlen(word));
        if (m_size - m_pos < length || std::memcmp(m_data + m_pos, word, size_t(length)) != 0)
            return fail(QStringLiteral("unexpected %1, expected a value").arg(describeCurrent()));
        for (qsizetype i = 0; i < length; ++i)
            advance();
        node.boolean = value;
        node.end = m_pos;
        return true;
    }

    bool isDigit() const { return !atEnd() && current() >= '0' && current() <= '9'; }

    bool parseNumber(JsonNode &node)
    {
        startNode(node, JsonNode::Type::Number);
        const qsizetype start = m_pos;
        bool negativeExponent = false;
        if (current() == '-')
            advance();
        if (!isDigit())
            return fail(QStringLiteral("invalid number: expected a digit"));
        if (current() == '0') {
            advance();
            if (isDigit())
                return fail(QStringLiteral("invalid number: leading zeros are not allowed"));
        } else {
            while (isDigit())
                advance();
        }
        if (!atEnd() && current() == '.') {
            advance();
            if (!isDigit())
                return fail(QStringLiteral("invalid number: expected a digit after '.'"));
            while (isDigit())
                advance();
        }
        if (!atEnd() && (current() == 'e' || current() == 'E')) {
            advance();
            if (!atEnd() && (current() == '+' || current() == '-')) {
                negativeExponent = current() == '-';
                advance();
            }
            if (!isDigit())
                return fail(QStringLiteral("invalid number: expected a digit in the exponent"));
            while (isDigit())
                advance();
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
            advance();
        }
        out = char16_t(value);
        return true;
    }

    bool parseString(QString &out)
    {
        advance(); // opening quote
        qsizetype segmentStart = m_pos;
        auto flush = [&] {
            if (m_pos > segmentStart)
                out += QString::fromUtf8(m_data + segmentStart, m_pos - segmentStart);
        };
        while (true) {
            if (atEnd())
                return fail(QStringLiteral("unterminated string"));
            const auto c = static_cast<unsigned char>(current());
            if (c == '"') {
                flush();
                advance();
                return true;
            }
            if (c < 0x20)
                return fail(QStringLiteral("control character U+%1 in string; escape it")
                                .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, u'0')));
            if (c != '\\') {
                advance();
                continue;
            }
            flush();
            const int escapeLine = m_line, escapeColumn = m_column;
            advance(); // backslash
            if (atEnd())
                return fail(QStringLiteral("unterminated string"));
            const char e = current();
            switch (e) {
            case '"':
            case '\\':
            case '/':
                out += QLatin1Char(e);
                advance();
                break;
            case 'b':
                out += u'\b';
                advance();
                break;
            case 'f':
                out += u'\f';
                advance();
                break;
            case 'n':
                out += u'\n';
                advance();
                break;
            case 'r':
                out += u'\r';
                advance();
                break;
            case 't':
                out += u'\t';
                advance();
                break;
            case 'u': {
                advance();
                char16_t unit = 0;
                if (!parseHex4(unit))
                    return false;
                if (QChar::isHighSurrogate(unit)) {
                    char16_t low = 0;
                    if (m_size - m_pos < 2 || m_data[m_pos] != '\\' || m_data[m_pos + 1] != 'u')
                        return failAt(escapeLine, escapeColumn,
                                      QStringLiteral("invalid \\u escape: unpaired surrogate"));
                    advance();
                    advance();
                    if (!parseHex4(low))
                        return false;
                    if (!QChar::isLowSurrogate(low))
                        return failAt(escapeLine, escapeColumn,
                                      QStringLiteral("invalid \\u escape: unpaired surrogate"));
                    out += QChar(unit);
                    out += QChar(low);
                } else if (QChar::isLowSurrogate(unit)) {
                    return failAt(escapeLine, escapeColumn, QStringLiteral("invalid \\u escape: unpaired surrogate"));
                } else {
                    out += QChar(unit);
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

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    int m_depth = 0;
    int m_maxDepth;
    QString m_path;
    QList<JsonProblem> m_problems;
};

} // namespace

JsonParser::Result JsonParser::parse(const QByteArray &utf8, int maxDepth)
{
    Parser parser(utf8, maxDepth);
    return parser.run(utf8);
}

} // namespace Dealscope
