// SPDX-License-Identifier: GPL-3.0-or-later
#include "json/utf8.h"

#include <cstdint>
#include <cstring>

namespace Dealscope::Utf8 {

qsizetype firstInvalid(QByteArrayView text)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        // Most text is ASCII: skip it eight bytes at a time.
        std::uint64_t eight = 0;
        while (i + 8 <= n && (std::memcpy(&eight, p + i, 8), (eight & 0x8080808080808080U) == 0))
            i += 8;
        if (i == n)
            break;
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2; // 0xC0 and 0xC1 could only start overlong forms
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                lo = 0xA0; // no overlong forms
            else if (c == 0xED)
                hi = 0x9F; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                lo = 0x90; // no overlong forms
            else if (c == 0xF4)
                hi = 0x8F; // nothing above U+10FFFF
        } else {
            return i;
        }
        if (i + length > n || p[i + 1] < lo || p[i + 1] > hi)
            return i;
        for (int k = 2; k < length; ++k) {
            if (!isContinuation(p[i + k]))
                return i;
        }
        i += length;
    }
    return -1;
}

Position positionOf(QByteArrayView text, qsizetype offset)
{
    Position position;
    const qsizetype end = offset < text.size() ? offset : text.size();
    for (qsizetype i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++position.line;
            position.column = 1;
        } else if (!isContinuation(c)) {
            ++position.column;
        }
    }
    return position;
}

} // namespace Dealscope::Utf8
