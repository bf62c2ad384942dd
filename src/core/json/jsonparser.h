// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonnode.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace Dealscope {

/// A problem found while reading JSON text, positioned in the text.
struct JsonProblem
{
    int line = 0;
    int column = 0;
    QString path; ///< JSON path of the value being read, "$" for the root
    QString message;
};

/// Parses UTF-8 JSON text (RFC 8259) into a JsonNode tree with positions.
///
/// Untrusted input is expected: nesting is limited, invalid UTF-8 and non-finite numbers are refused,
/// and a syntax error stops parsing with one positioned message. Duplicate keys are reported but do not
/// stop parsing (the first occurrence wins), so a loader can report them with everything else.
class JsonParser
{
public:
    static constexpr int DefaultMaxDepth = 64;
    /// The largest text parsed, in bytes: nodes store their offsets in 32 bits.
    static constexpr qsizetype MaxSize = 0xFFFFFFFF;

    struct Result
    {
        std::optional<JsonNode> root; ///< empty when the text is not well-formed JSON
        QList<JsonProblem> problems;
    };

    static Result parse(const QByteArray &utf8, int maxDepth = DefaultMaxDepth);
};

/// Formats a JSON path step: appends ".key" (or "key" at the root) to @p path.
QString jsonPathMember(const QString &path, QStringView key);
/// Appends "[index]" to @p path.
QString jsonPathIndex(const QString &path, qsizetype index);

} // namespace Dealscope
