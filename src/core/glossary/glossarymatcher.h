// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/dataset.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Dealscope {

/// Where a glossary term (or one of its aliases) stands in a text.
struct GlossaryMatch
{
    qsizetype start = 0;
    qsizetype length = 0;
    const GlossaryEntry *entry = nullptr;
};

/// Finds the glossary's terms in the texts of one language, the first occurrence of each term only.
///
/// A view feeds it the pieces of what it shows in reading order; a term found in one piece is not looked
/// for in the next. Terms match case-insensitively and only as whole words: QTextBoundaryFinder decides
/// where words start and end. Japanese, Chinese and Thai put no spaces between words and Qt finds no word
/// breaks inside such a run without a dictionary, so there a term may also stand next to a letter of
/// those scripts; it never matches inside a word of a script that spaces its words ("AGI" not in "MAGIC").
/// A match never splits a grapheme cluster (a Thai vowel sign, a Devanagari conjunct).
class GlossaryMatcher
{
public:
    /// @p glossary must outlive the matcher.
    GlossaryMatcher(const QList<GlossaryEntry> &glossary, const QString &language);

    /// The occurrences in @p text of the terms not found before, in text order and without overlaps. Where
    /// two names overlap, the longer wins ("revenue share cap" over "revenue share").
    QList<GlossaryMatch> takeFirstOccurrences(const QString &text);

    /// Forgets which terms were found, for a new document.
    void reset() { m_found.clear(); }

private:
    struct Name
    {
        QString text;
        const GlossaryEntry *entry;
    };

    QList<Name> m_names; ///< every term and alias in the language, longest first
    QSet<const GlossaryEntry *> m_found;
};

} // namespace Dealscope
