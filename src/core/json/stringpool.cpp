// SPDX-License-Identifier: GPL-3.0-or-later
#include "json/stringpool.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace Dealscope {

namespace {
constexpr std::size_t InitialSlots = 256;
}

StringPool::StringPool(qsizetype capacity) : m_slots(InitialSlots), m_capacity(capacity) { }

quint32 StringPool::hashOf(QByteArrayView bytes)
{
    // Eight bytes at a time, each word mixed in by a multiply and a shift (the constants are those of
    // SplitMix64's finaliser); the length seeds it, so that a key and its zero-padded tail differ.
    quint64 hash = quint64(bytes.size()) * 0x9E3779B97F4A7C15ULL;
    const char *p = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        quint64 word = 0;
        const auto taken = std::size_t(std::min<qsizetype>(left, 8));
        std::memcpy(&word, p, taken);
        hash = (hash ^ word) * 0xBF58476D1CE4E5B9ULL;
        hash ^= hash >> 31;
        p += taken;
        left -= qsizetype(taken);
    }
    hash *= 0x94D049BB133111EBULL;
    return quint32(hash >> 32);
}

const StringPool::Slot *StringPool::slotFor(QByteArrayView bytes, quint32 hash) const
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t probe = 0; probe < MaxProbes; ++probe) {
        const Slot &slot = m_slots[(hash + probe) & mask];
        if (!slot.bytes
            || (slot.hash == hash && slot.length == bytes.size()
                && std::memcmp(slot.bytes, bytes.data(), std::size_t(slot.length)) == 0)) {
            return &slot;
        }
    }
    return nullptr;
}

StringPool::Slot *StringPool::slotFor(QByteArrayView bytes, quint32 hash)
{
    return const_cast<Slot *>(std::as_const(*this).slotFor(bytes, hash));
}

const QString *StringPool::find(QByteArrayView bytes) const
{
    const Slot *slot = slotFor(bytes, hashOf(bytes));
    return slot && slot->bytes ? &slot->text : nullptr;
}

void StringPool::insert(QByteArrayView bytes, const QString &text)
{
    if (m_size >= m_capacity || bytes.isEmpty())
        return;
    if (std::size_t(m_size) * 2 >= m_slots.size())
        grow();
    const quint32 hash = hashOf(bytes);
    Slot *slot = slotFor(bytes, hash);
    if (!slot || slot->bytes)
        return; // the slots near its home are taken, or it is there already
    *slot = {bytes.data(), bytes.size(), hash, text};
    ++m_size;
}

void StringPool::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    m_size = 0;
    for (Slot &slot : old) {
        if (!slot.bytes)
            continue;
        if (Slot *home = slotFor(QByteArrayView(slot.bytes, slot.length), slot.hash); home && !home->bytes) {
            *home = std::move(slot);
            ++m_size;
        }
    }
}

} // namespace Dealscope
