// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <memory>
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
struct JsonNode
{
    enum class Type : quint8 { Null, Bool, Number, String, Array, Object };

    Type type = Type::Null;
    int line = 0; ///< 1-based line of the value's first character
    int column = 0; ///< 1-based column, counted in characters
    bool boolean = false; // here, beside the small fields, it costs no padding
    qsizetype begin = 0; ///< byte offset of the first character
    qsizetype end = 0; ///< byte offset just past the last character

    double number = 0.0;
    QString string;
    JsonList<JsonNode> items; ///< array elements
    JsonList<JsonMember> members; ///< object members, in file order

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
