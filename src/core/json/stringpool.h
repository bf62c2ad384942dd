// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <vector>

namespace Dealscope {

/// Decoded strings by the bytes they were decoded from, so that a text's repeated keys, ids and names share
/// one copy of their characters.
///
/// An open-addressing table with a cheap hash: QHash's hashing was the largest single cost of parsing the
/// bundled dataset. Untrusted text cannot make it slow: the table never holds more than its capacity, and a
/// lookup gives up after a few slots, so colliding keys only go unshared.
class StringPool
{
public:
    /// Room for at most @p capacity strings; lookups and insertions stay constant-time whatever the keys.
    explicit StringPool(qsizetype capacity = 4096);

    /// The string stored for @p bytes, or nullptr.
    const QString *find(QByteArrayView bytes) const;
    /// Stores @p text for @p bytes, unless the pool is full or the keys near it are taken. The bytes must
    /// stay put while the pool lives: they are compared, not copied.
    void insert(QByteArrayView bytes, const QString &text);

    qsizetype size() const { return m_size; }

private:
    struct Slot
    {
        const char *bytes = nullptr;
        qsizetype length = 0;
        quint32 hash = 0;
        QString text;
    };
    /// Slots looked at from a key's home slot before giving up.
    static constexpr std::size_t MaxProbes = 8;

    static quint32 hashOf(QByteArrayView bytes);
    /// The slot holding @p bytes, or else the free slot where they would go, or else nullptr.
    Slot *slotFor(QByteArrayView bytes, quint32 hash);
    const Slot *slotFor(QByteArrayView bytes, quint32 hash) const;
    void grow();

    /// A power of two; grown (doubled) while at most half full, so probes stay short. It starts small,
    /// because a small text shares few strings, and a large table's pages cost a fresh process time.
    std::vector<Slot> m_slots;
    qsizetype m_capacity;
    qsizetype m_size = 0;
};

} // namespace Dealscope
