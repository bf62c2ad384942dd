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
        const int length = multiByteLength(p + i, n - i);
        if (length == 0)
            return i;
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
