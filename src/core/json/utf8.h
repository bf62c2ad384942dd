// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace Dealscope::Utf8 {

/// A byte that continues a multi-byte sequence (10xxxxxx): it starts no character of its own.
constexpr bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

/// The offset of the first byte that does not start a well-formed UTF-8 sequence, or -1 when all of @p text
/// is well-formed. Strict (RFC 3629): no overlong forms, no surrogates (U+D800–U+DFFF), nothing above
/// U+10FFFF, no sequence cut short by the end of the text or by a byte that does not continue it.
qsizetype firstInvalid(QByteArrayView text);

/// A place in a text, both counted from 1; the column counts characters (code points), not bytes.
struct Position
{
    int line = 1;
    int column = 1;
};

/// Where byte @p offset of @p text stands: lines end at '\n', every byte that is not a continuation byte
/// is one column. The bytes before @p offset need not be well-formed.
Position positionOf(QByteArrayView text, qsizetype offset);

} // namespace Dealscope::Utf8
