// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Dealscope {

/// A word-by-word comparison of two texts, as a legal redline marks them: what both share, what the first
/// had and the second dropped, what the second added.
///
/// Texts are cut into words with QTextBoundaryFinder, which follows Unicode's word boundaries, so languages
/// that put no spaces between words (Japanese, Chinese, Thai) are compared by word or character too, never
/// as one long token. The spaces and punctuation between words are tokens of their own.
namespace WordDiff {

struct Segment
{
    enum class Kind { Same, Deleted, Inserted };

    Kind kind = Kind::Same;
    QString text;

    friend bool operator==(const Segment &, const Segment &) = default;
};

/// @p text cut at its word boundaries; joining the tokens gives @p text back.
QStringList tokens(const QString &text);

/// The segments that turn @p before into @p after. Each change is a deletion followed by an insertion, and
/// a lone space between two changes belongs to them, so that a rewritten phrase reads as one struck and one
/// inserted phrase. The Same and Deleted segments join into @p before, the Same and Inserted into @p after.
QList<Segment> compare(const QString &before, const QString &after);

/// What the segments were compared from (Same and Deleted) and to (Same and Inserted).
QString beforeText(const QList<Segment> &segments);
QString afterText(const QList<Segment> &segments);

/// Whether any segment is a change.
bool hasChanges(const QList<Segment> &segments);

} // namespace WordDiff

} // namespace Dealscope
