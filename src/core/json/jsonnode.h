// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>

namespace Dealscope {

struct JsonMember;

/// The children of a JsonNode: an array allocated once at its exact size, its size stored in front of the
/// items. A std::vector would add a capacity field and spare room, and even a pointer and a size would add
/// eight bytes, to every node of a tree that is mostly small objects and strings.
template<typename T> class JsonList
{
public:
    JsonList() = default;
    /// The items from @p first to @p last, moved if the iterators move (std::make_move_iterator).
    template<typename Iterator> JsonList(Iterator first, Iterator last)
    {
        const auto size = std::size_t(std::distance(first, last));
        if (size == 0)
            return;
        void *block = ::operator new(Header + size * sizeof(T));
        *static_cast<std::size_t *>(block) = size;
        m_data = reinterpret_cast<T *>(static_cast<std::byte *>(block) + Header);
        std::uninitialized_copy(first, last, m_data);
    }
    JsonList(const JsonList &other) : JsonList(other.begin(), other.end()) { }
    JsonList(JsonList &&other) noexcept : m_data(std::exchange(other.m_data, nullptr)) { }
    JsonList &operator=(JsonList other) noexcept
    {
        std::swap(m_data, other.m_data);
        return *this;
    }
    ~JsonList()
    {
        if (m_data) {
            std::destroy_n(m_data, size());
            ::operator delete(reinterpret_cast<std::byte *>(m_data) - Header);
        }
    }

    std::size_t size() const
    {
        return m_data ? *reinterpret_cast<const std::size_t *>(reinterpret_cast<const std::byte *>(m_data) - Header)
                      : 0;
    }
    bool empty() const { return m_data == nullptr; }
    const T *begin() const { return m_data; }
    const T *end() const { return m_data + size(); }
    const T &operator[](std::size_t index) const { return m_data[index]; }

private:
    /// Room for the size, keeping the items aligned.
    static constexpr std::size_t Header = std::max(sizeof(std::size_t), alignof(T));

    T *m_data = nullptr;
};

/// A parsed JSON value that remembers where it stood in the source text, so that every message about it
/// can name a line and column. QJsonDocument forgets positions, hence this small tree of our own.
///
/// A value holds a number, a string or children, never two of them: they share their room, which keeps
/// the node at 40 bytes. The parser sets them; readers read them.
class JsonNode
{
    /// Which of the number, string and children the node holds.
    enum class Held : quint8 { Nothing, Number, String, Items, Members };

public:
    enum class Type : quint8 { Null, Bool, Number, String, Array, Object };

    Type type = Type::Null;
    bool boolean = false; // here, beside the small fields, it costs no padding

private:
    Held m_held = Held::Nothing; // declared here, where the padding has room for it

public:
    int line = 0; ///< 1-based line of the value's first character
    int column = 0; ///< 1-based column, counted in characters
    /// Byte offset of the first character. Thirty-two bits are room enough: the parser takes at most
    /// JsonParser::MaxSize bytes (4 GiB), and the readers far less.
    quint32 begin = 0;

    JsonNode() { }
    JsonNode(const JsonNode &other) { takeValue(other); }
    JsonNode(JsonNode &&other) noexcept { takeValue(std::move(other)); }
    JsonNode &operator=(const JsonNode &other)
    {
        if (this != &other) {
            JsonNode copy(other);
            *this = std::move(copy);
        }
        return *this;
    }
    JsonNode &operator=(JsonNode &&other) noexcept
    {
        if (this != &other) {
            destroyValue();
            takeValue(std::move(other));
        }
        return *this;
    }
    ~JsonNode() { destroyValue(); }

    double number() const { return m_held == Held::Number ? m_value.number : 0.0; }
    /// The string's text; empty for other values.
    const QString &string() const { return m_held == Held::String ? m_value.string : emptyString(); }
    /// The array's elements; none for other values.
    const JsonList<JsonNode> &items() const { return m_held == Held::Items ? m_value.items.list : emptyItems(); }
    /// The object's members, in file order; none for other values.
    const JsonList<JsonMember> &members() const
    {
        return m_held == Held::Members ? m_value.members.list : emptyMembers();
    }
    /// Byte offset just past an array's or object's closing bracket; begin for other values.
    qsizetype end() const
    {
        return m_held == Held::Items ? m_value.items.end : m_held == Held::Members ? m_value.members.end : begin;
    }

    void setNumber(double number);
    void setString(QString string);
    void setItems(JsonList<JsonNode> items, qsizetype end);
    void setMembers(JsonList<JsonMember> members, qsizetype end);

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

private:
    template<typename List> struct Children
    {
        List list;
        qsizetype end;
    };
    union Value {
        Value() { }
        ~Value() { }
        double number;
        QString string;
        Children<JsonList<JsonNode>> items;
        Children<JsonList<JsonMember>> members;
    };

    void destroyValue();
    template<typename Node> void takeValue(Node &&other);
    static const QString &emptyString();
    static const JsonList<JsonNode> &emptyItems();
    static const JsonList<JsonMember> &emptyMembers();

    Value m_value;
};

struct JsonMember
{
    QString key;
    JsonNode value;
};

// ---- the value a node holds: each kind is built, copied, moved and destroyed as itself

// Most of a large tree is nodes and members: keep them as small as documented (on 64-bit systems).
static_assert(sizeof(void *) != 8 || (sizeof(JsonNode) == 40 && sizeof(JsonMember) == 64));

inline void JsonNode::destroyValue()
{
    switch (m_held) {
    case Held::Nothing:
    case Held::Number:
        break;
    case Held::String:
        m_value.string.~QString();
        break;
    case Held::Items:
        m_value.items.~Children();
        break;
    case Held::Members:
        m_value.members.~Children();
        break;
    }
    m_held = Held::Nothing;
}

/// Takes @p other's fields and value: copied from a const node, moved from one that is going (which is left
/// holding nothing).
template<typename Node> inline void JsonNode::takeValue(Node &&other)
{
    type = other.type;
    boolean = other.boolean;
    line = other.line;
    column = other.column;
    begin = other.begin;
    switch (other.m_held) {
    case Held::Nothing:
        break;
    case Held::Number:
        m_value.number = other.m_value.number;
        break;
    case Held::String:
        new (&m_value.string) QString(std::forward<Node>(other).m_value.string);
        break;
    case Held::Items:
        new (&m_value.items) Children<JsonList<JsonNode>>(std::forward<Node>(other).m_value.items);
        break;
    case Held::Members:
        new (&m_value.members) Children<JsonList<JsonMember>>(std::forward<Node>(other).m_value.members);
        break;
    }
    m_held = other.m_held;
    if constexpr (!std::is_const_v<std::remove_reference_t<Node>>)
        other.destroyValue();
}

inline void JsonNode::setNumber(double number)
{
    destroyValue();
    m_value.number = number;
    m_held = Held::Number;
}

inline void JsonNode::setString(QString string)
{
    destroyValue();
    new (&m_value.string) QString(std::move(string));
    m_held = Held::String;
}

inline void JsonNode::setItems(JsonList<JsonNode> items, qsizetype end)
{
    destroyValue();
    new (&m_value.items) Children<JsonList<JsonNode>> {std::move(items), end};
    m_held = Held::Items;
}

inline void JsonNode::setMembers(JsonList<JsonMember> members, qsizetype end)
{
    destroyValue();
    new (&m_value.members) Children<JsonList<JsonMember>> {std::move(members), end};
    m_held = Held::Members;
}

inline const QString &JsonNode::emptyString()
{
    static const QString empty;
    return empty;
}

inline const JsonList<JsonNode> &JsonNode::emptyItems()
{
    static const JsonList<JsonNode> empty;
    return empty;
}

inline const JsonList<JsonMember> &JsonNode::emptyMembers()
{
    static const JsonList<JsonMember> empty;
    return empty;
}

} // namespace Dealscope
