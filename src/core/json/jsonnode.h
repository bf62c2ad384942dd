// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace Dealscope {

struct JsonMember;

/// A parsed JSON value that remembers where it stood in the source text, so that every message about it
/// can name a line and column. QJsonDocument forgets positions, hence this small tree of our own.
struct JsonNode
{
    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type = Type::Null;
    int line = 0; ///< 1-based line of the value's first character
    int column = 0; ///< 1-based column, counted in characters
    qsizetype begin = 0; ///< byte offset of the first character
    qsizetype end = 0; ///< byte offset just past the last character

    bool boolean = false;
    double number = 0.0;
    QString string;
    std::vector<JsonNode> items; ///< array elements
    std::vector<JsonMember> members; ///< object members, in file order

    bool isObject() const { return type == Type::Object; }
    bool isArray() const { return type == Type::Array; }
    bool isString() const { return type == Type::String; }
    bool isNumber() const { return type == Type::Number; }
    bool isBool() const { return type == Type::Bool; }
    bool isNull() const { return type == Type::Null; }

    /// The member named @p key, or nullptr. Keys are unique: the parser reports duplicates.
    const JsonNode *member(QStringView key) const;

    /// "an object", "a string", … for messages such as "expected a string, found a number".
    static QString typeName(Type type);
};

struct JsonMember
{
    QString key;
    JsonNode value;
};

} // namespace Dealscope
