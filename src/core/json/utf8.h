// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace Dealscope::Utf8 {

/// A byte that continues a multi-byte sequence (10xxxxxx): it starts no character of its own.
constexpr bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

/// The length of the well-formed multi-byte sequence at @p p, whose first byte is 0x80 or more, or 0 when
/// it is not one (see firstInvalid()); @p available bytes can be read from @p p. The JSON parser validates
/// its strings with it as it decodes them, so both read UTF-8 by the same rules.
inline int multiByteLength(const unsigned char *p, qsizetype available)
{
    const unsigned char c = p[0];
    // Three bytes first: most text in Hindi, Thai, Chinese, Japanese and Korean is written with them.
    if ((c & 0xF0) == 0xE0) {
        const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80; // no overlong forms
        const unsigned char hi = c == 0xED ? 0x9F : 0xBF; // no surrogates
        return available >= 3 && p[1] >= lo && p[1] <= hi && isContinuation(p[2]) ? 3 : 0;
    }
    if (c >= 0xC2 && c <= 0xDF) // 0xC0 and 0xC1 could only start overlong forms
        return available >= 2 && isContinuation(p[1]) ? 2 : 0;
    if (c >= 0xF0 && c <= 0xF4) {
        const unsigned char lo = c == 0xF0 ? 0x90 : 0x80; // no overlong forms
        const unsigned char hi = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
        return available >= 4 && p[1] >= lo && p[1] <= hi && isContinuation(p[2]) && isContinuation(p[3]) ? 4 : 0;
    }
    return 0;
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
