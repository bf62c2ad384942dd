// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/diagnostic.h"
#include "json/jsonnode.h"
#include "json/untrustedfile.h"

#include <QByteArray>
#include <QStringList>

#include <array>
#include <initializer_list>
#include <limits>
#include <optional>
#include <utility>

namespace Dealscope {

/// Whether an object member must be there.
enum class Need { Optional, Required };

/// The numbers a member accepts: a closed range, and whether only whole numbers.
struct NumberRange
{
    double minimum = -std::numeric_limits<double>::infinity();
    double maximum = std::numeric_limits<double>::infinity();
    bool integer = false;
};

/// A name a string member may hold and the value it stands for; a reader lists them in a constexpr array.
template<typename E> struct JsonName
{
    QStringView name;
    E value;
};

/// What the root's "format" and "formatVersion" members must say.
struct JsonFormat
{
    QStringView name; ///< e.g. "dealscope-dataset"
    int version = 1; ///< the one version this build reads
    /// How the message about another version writes the number found (e.g. shortestNumber()).
    QString (*numberText)(double) = nullptr;
};

/// The reading layer under the file readers (datasets, scenarios): typed, positioned reads of a JsonNode tree
/// that report every problem as a Diagnostic with file, line:column and JSON path, and go on reading.
///
/// Paths are not carried along while reading: a message about a node names the node's path in the tree
/// (computed only when something is reported), or, for a member that is missing, the object's path and key.
/// A reader derived from this class states what it reads (which members, of which type, which are required)
/// and adds its own checks with error() and warning().
class JsonReader
{
public:
    /// Reads the tree under @p root (which must outlive the reader); messages name @p file and go to @p out.
    JsonReader(const QString &file, const JsonNode &root, Diagnostics &out);

    const JsonNode &root() const { return m_root; }
    const QString &file() const { return m_file; }

    // ---- diagnostics -----------------------------------------------------------------------------

    /// Reports a problem with @p node, at its position and under its path.
    void error(const JsonNode &node, const QString &message);
    void warning(const JsonNode &node, const QString &message);
    /// Reports a problem with the member @p key of @p object, typically missing: at the object's position,
    /// under the member's path.
    void error(const JsonNode &object, QStringView key, const QString &message);
    /// The errors this reader has reported (warnings do not count).
    qsizetype errorCount() const { return m_errors; }

    /// The JSON path of @p node in the tree: "clauses[4].term.end", "$" for the root.
    QString pathOf(const JsonNode &node) const;

    // ---- structure -------------------------------------------------------------------------------

    /// Whether @p node is of @p type; reports "expected an object, found a string" if not.
    bool expectType(const JsonNode &node, JsonNode::Type type);
    /// The member @p key of @p object if present and of @p type; otherwise reports a missing required member
    /// or the wrong type and returns nullptr.
    const JsonNode *field(const JsonNode &object, QStringView key, JsonNode::Type type, Need need);
    /// Warns about each member of @p object that is not in @p known ("unknown field … (ignored)").
    void warnUnknownFields(const JsonNode &object, std::initializer_list<QStringView> known);
    /// Checks the root's "format" and "formatVersion"; false when the file is not in @p format (the reader
    /// should then stop: further messages would only be noise).
    bool checkFormat(const JsonFormat &format);

    /// Calls @p readItem(item) for each item of @p array that is of @p type; reports the others.
    template<typename ReadItem> void forEachItem(const JsonNode &array, JsonNode::Type type, ReadItem &&readItem)
    {
        for (const JsonNode &item : array.items()) {
            if (expectType(item, type))
                readItem(item);
        }
    }

    // ---- typed values ----------------------------------------------------------------------------

    std::optional<QString> readString(const JsonNode &object, QStringView key, Need need);
    std::optional<bool> readBool(const JsonNode &object, QStringView key, Need need);
    /// A number member within @p range (refused, never clamped or rounded, when outside).
    std::optional<double> readNumber(const JsonNode &object, QStringView key, Need need, const NumberRange &range = {});
    std::optional<int> readInteger(const JsonNode &object, QStringView key, Need need, int minimum, int maximum);
    /// The number @p node holds, if it is a number within @p range.
    std::optional<double> number(const JsonNode &node, const NumberRange &range);
    /// Whether the number @p node holds is within @p range; reports it if not.
    bool checkRange(const JsonNode &node, const NumberRange &range);

    /// A string member that must be one of @p names; @p what names the kind in the message.
    template<typename E, std::size_t N>
    std::optional<E> readEnum(const JsonNode &object, QStringView key, Need need,
                              const std::array<JsonName<E>, N> &names, QStringView what)
    {
        const JsonNode *node = field(object, key, JsonNode::Type::String, need);
        return node ? enumValue(*node, names, what) : std::nullopt;
    }
    /// The value that the string @p node names; reports a name that is not in @p names.
    template<typename E, std::size_t N>
    std::optional<E> enumValue(const JsonNode &node, const std::array<JsonName<E>, N> &names, QStringView what)
    {
        for (const auto &entry : names) {
            if (entry.name == node.string())
                return entry.value;
        }
        QStringList allowed;
        for (const auto &entry : names)
            allowed.append(entry.name.toString());
        unknownName(node, what, allowed);
        return std::nullopt;
    }
    /// Reports "unknown <what> "<name>" (expected one of: <allowed>)" for the string @p node.
    void unknownName(const JsonNode &node, QStringView what, const QStringList &allowed);

    /// A string member that @p parse (QStringView -> std::optional<T>) turns into a value; reports
    /// "invalid <what> "<text>" (<expected>)" when it cannot.
    template<typename Parse>
    auto readParsed(const JsonNode &object, QStringView key, Need need, Parse parse, QStringView what,
                    QStringView expected) -> decltype(parse(QStringView()))
    {
        const JsonNode *node = field(object, key, JsonNode::Type::String, need);
        if (!node)
            return std::nullopt;
        auto value = parse(QStringView(node->string()));
        if (!value)
            invalidText(*node, what, expected);
        return value;
    }
    /// Reports "invalid <what> "<text>" (<expected>)" for the string @p node.
    void invalidText(const JsonNode &node, QStringView what, QStringView expected);

    // ---- strings ---------------------------------------------------------------------------------

    /// Whether the string @p node holds more than white space; reports "must not be empty" if not.
    bool checkNotBlank(const JsonNode &node);
    /// Whether the string @p node is at most @p maxLength UTF-16 code units long; reports it if not.
    bool checkLength(const JsonNode &node, qsizetype maxLength);

    /// Shortest text that reads back as the same double: 3.5, 2035, 1e+308.
    static QString shortestNumber(double value);
    /// Six significant digits, as QString::arg(double) writes them: 3.5, 2035, 1.23457e+06.
    static QString sixDigitNumber(double value);

private:
    void report(Diagnostic::Severity severity, const JsonNode &at, QString path, const QString &message);
    /// The path of @p node, empty for the root (the "$" is added when reporting).
    QString memberPath(const JsonNode &node) const;

    QString m_file;
    const JsonNode &m_root;
    Diagnostics &m_out;
    qsizetype m_errors = 0;
};

/// How much untrusted text a file reader accepts.
struct JsonLimits
{
    qint64 maxSize; ///< bytes; larger input is refused unread
    int maxDepth; ///< nesting of arrays and objects
};

/// Parses untrusted JSON text for a file reader: refuses @p data over the size limit, parses it within the
/// depth limit, and reports the parser's problems as errors of @p file in @p out. Returns the root when the
/// text is well-formed JSON.
std::optional<JsonNode> parseJsonDocument(const QByteArray &data, const QString &file, const JsonLimits &limits,
                                          Diagnostics &out);

/// Reads a whole document with a @p Reader (a JsonReader with a read() that returns a pointer or an
/// optional): parses @p data, reads the tree, and gives what was read only when no error was reported in
/// @p out, which should hold this document's diagnostics alone. Leaves @p out in file order.
template<typename Reader>
auto readJsonDocument(const QByteArray &data, const QString &file, const JsonLimits &limits, Diagnostics &out)
{
    decltype(std::declval<Reader &>().read()) value {};
    if (const std::optional<JsonNode> root = parseJsonDocument(data, file, limits, out)) {
        auto read = Reader(file, *root, out).read();
        if (read && !hasErrors(out))
            value = std::move(read);
    }
    sortByPosition(out);
    return value;
}

} // namespace Dealscope
