// SPDX-License-Identifier: GPL-3.0-or-later
#include "json/jsonreader.h"

#include "json/jsonparser.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Dealscope {

JsonReader::JsonReader(const QString &file, const JsonNode &root, Diagnostics &out)
    : m_file(file), m_root(root), m_out(out)
{ }

// ---- diagnostics ---------------------------------------------------------------------------------

void JsonReader::report(Diagnostic::Severity severity, const JsonNode &at, QString path, const QString &message)
{
    if (severity == Diagnostic::Severity::Error)
        ++m_errors;
    m_out.append(
        {severity, m_file, at.line, at.column, path.isEmpty() ? QStringLiteral("$") : std::move(path), message});
}

void JsonReader::error(const JsonNode &node, const QString &message)
{
    report(Diagnostic::Severity::Error, node, memberPath(node), message);
}

void JsonReader::warning(const JsonNode &node, const QString &message)
{
    report(Diagnostic::Severity::Warning, node, memberPath(node), message);
}

void JsonReader::error(const JsonNode &object, QStringView key, const QString &message)
{
    report(Diagnostic::Severity::Error, object, jsonPathMember(memberPath(object), key), message);
}

QString JsonReader::pathOf(const JsonNode &node) const
{
    const QString path = memberPath(node);
    return path.isEmpty() ? QStringLiteral("$") : path;
}

QString JsonReader::memberPath(const JsonNode &node) const
{
    // Children stand in file order without overlapping, so the one holding the node is the last that
    // begins at or before it: a binary search on each level down. A value other than an array or object
    // holds only itself (its end is its beginning).
    const auto holds = [&node](const JsonNode &child) { return child.begin == node.begin || node.begin < child.end(); };
    QString path;
    const JsonNode *at = &m_root;
    while (at != &node) {
        if (at->isObject()) {
            const auto &members = at->members();
            auto it = std::upper_bound(members.begin(), members.end(), node.begin,
                                       [](qsizetype offset, const JsonMember &m) { return offset < m.value.begin; });
            if (it == members.begin() || !holds((it - 1)->value))
                break;
            --it;
            path = jsonPathMember(path, it->key);
            at = &it->value;
        } else if (at->isArray()) {
            const auto &items = at->items();
            auto it = std::upper_bound(items.begin(), items.end(), node.begin,
                                       [](qsizetype offset, const JsonNode &item) { return offset < item.begin; });
            if (it == items.begin() || !holds(*(it - 1)))
                break;
            --it;
            path = jsonPathIndex(path, it - items.begin());
            at = &*it;
        } else {
            break;
        }
    }
    Q_ASSERT_X(at == &node, "JsonReader", "the node is not in the tree the reader reads");
    return path;
}

// ---- structure -----------------------------------------------------------------------------------

bool JsonReader::expectType(const JsonNode &node, JsonNode::Type type)
{
    if (node.type == type)
        return true;
    error(node, QStringLiteral("expected %1, found %2").arg(JsonNode::typeName(type), JsonNode::typeName(node.type)));
    return false;
}

const JsonNode *JsonReader::field(const JsonNode &object, QStringView key, JsonNode::Type type, Need need)
{
    const JsonNode *node = object.member(key);
    if (!node) {
        if (need == Need::Required)
            error(object, key, QStringLiteral("missing required field"));
        return nullptr;
    }
    return expectType(*node, type) ? node : nullptr;
}

void JsonReader::warnUnknownFields(const JsonNode &object, std::initializer_list<QStringView> known)
{
    for (const JsonMember &member : object.members()) {
        if (std::find(known.begin(), known.end(), QStringView(member.key)) == known.end())
            warning(member.value, QStringLiteral("unknown field \"%1\" (ignored)").arg(member.key));
    }
}

bool JsonReader::checkFormat(const JsonFormat &format)
{
    const JsonNode *name = field(m_root, u"format", JsonNode::Type::String, Need::Required);
    if (name && name->string() != format.name) {
        error(*name, QStringLiteral("expected \"%1\", found \"%2\"").arg(format.name, name->string().left(80)));
        return false;
    }
    const JsonNode *version = field(m_root, u"formatVersion", JsonNode::Type::Number, Need::Required);
    if (version && version->number() != format.version) {
        const auto numberText = format.numberText ? format.numberText : shortestNumber;
        error(*version,
              QStringLiteral("unsupported format version %1 (this Dealscope reads version %2)")
                  .arg(numberText(version->number()))
                  .arg(format.version));
        return false;
    }
    return name && version;
}

// ---- typed values --------------------------------------------------------------------------------

std::optional<QString> JsonReader::readString(const JsonNode &object, QStringView key, Need need)
{
    const JsonNode *node = field(object, key, JsonNode::Type::String, need);
    return node ? std::optional(node->string()) : std::nullopt;
}

std::optional<bool> JsonReader::readBool(const JsonNode &object, QStringView key, Need need)
{
    const JsonNode *node = field(object, key, JsonNode::Type::Bool, need);
    return node ? std::optional(node->boolean) : std::nullopt;
}

std::optional<double> JsonReader::readNumber(const JsonNode &object, QStringView key, Need need,
                                             const NumberRange &range)
{
    const JsonNode *node = field(object, key, JsonNode::Type::Number, need);
    return node && checkRange(*node, range) ? std::optional(node->number()) : std::nullopt;
}

std::optional<int> JsonReader::readInteger(const JsonNode &object, QStringView key, Need need, int minimum, int maximum)
{
    const std::optional<double> value = readNumber(object, key, need, {double(minimum), double(maximum), true});
    return value ? std::optional(int(*value)) : std::nullopt;
}

std::optional<double> JsonReader::number(const JsonNode &node, const NumberRange &range)
{
    return expectType(node, JsonNode::Type::Number) && checkRange(node, range) ? std::optional(node.number())
                                                                               : std::nullopt;
}

bool JsonReader::checkRange(const JsonNode &node, const NumberRange &range)
{
    const double value = node.number();
    if (!(value >= range.minimum && value <= range.maximum)) {
        error(node,
              QStringLiteral("value %1 is outside the range %2–%3 (refused, not clamped)")
                  .arg(shortestNumber(value), shortestNumber(range.minimum), shortestNumber(range.maximum)));
        return false;
    }
    if (range.integer && value != std::floor(value)) {
        error(node, QStringLiteral("value %1 is not a whole number (refused, not rounded)").arg(shortestNumber(value)));
        return false;
    }
    return true;
}

void JsonReader::unknownName(const JsonNode &node, QStringView what, const QStringList &allowed)
{
    error(node,
          QStringLiteral("unknown %1 \"%2\" (expected one of: %3)")
              .arg(what, node.string().left(80), allowed.join(QStringLiteral(", "))));
}

void JsonReader::invalidText(const JsonNode &node, QStringView what, QStringView expected)
{
    error(node, QStringLiteral("invalid %1 \"%2\" (%3)").arg(what, node.string().left(80), expected));
}

// ---- strings -------------------------------------------------------------------------------------

bool JsonReader::checkNotBlank(const JsonNode &node)
{
    if (!QStringView(node.string()).trimmed().isEmpty())
        return true;
    error(node, QStringLiteral("must not be empty"));
    return false;
}

bool JsonReader::checkLength(const JsonNode &node, qsizetype maxLength)
{
    if (node.string().size() <= maxLength)
        return true;
    error(node, QStringLiteral("text is %1 characters long; the limit is %2").arg(node.string().size()).arg(maxLength));
    return false;
}

QString JsonReader::shortestNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString JsonReader::sixDigitNumber(double value)
{
    return QStringLiteral("%1").arg(value);
}

// ---- documents -----------------------------------------------------------------------------------

std::optional<JsonNode> parseJsonDocument(const QByteArray &data, const QString &file, const JsonLimits &limits,
                                          Diagnostics &out)
{
    if (data.size() > limits.maxSize) {
        out.append(oversizeDiagnostic(file, limits.maxSize));
        return std::nullopt;
    }
    JsonParser::Result parsed = JsonParser::parse(data, limits.maxDepth);
    for (const JsonProblem &problem : std::as_const(parsed.problems))
        out.append({Diagnostic::Severity::Error, file, problem.line, problem.column, problem.path, problem.message});
    return std::move(parsed.root);
}

} // namespace Dealscope
