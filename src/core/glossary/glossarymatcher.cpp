// SPDX-License-Identifier: GPL-3.0-or-later
#include "glossary/glossarymatcher.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace Dealscope {

namespace {

/// A letter or digit of a script that writes words without spaces between them.
bool isUnspacedScript(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Thai:
        return true;
    default:
        return c == u'ー' || c == u'々'; // the long-vowel mark and the repetition mark are "Common"
    }
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

/// Where words and grapheme clusters start and end in one text; built once per text, asked per position.
class WordEdges
{
public:
    explicit WordEdges(const QString &text)
        : m_text(text), m_graphemes(QTextBoundaryFinder::Grapheme, text), m_words(QTextBoundaryFinder::Word, text)
    { }

    /// Whether a word may start or end at @p position.
    bool at(qsizetype position)
    {
        if (position <= 0 || position >= m_text.size())
            return true;
        m_graphemes.setPosition(position);
        if (!m_graphemes.isAtBoundary())
            return false;
        const QChar before = m_text.at(position - 1);
        const QChar after = m_text.at(position);
        if (!isWordCharacter(before) || !isWordCharacter(after))
            return true;
        m_words.setPosition(position);
        return m_words.isAtBoundary() || isUnspacedScript(before) || isUnspacedScript(after);
    }

private:
    const QString &m_text;
    QTextBoundaryFinder m_graphemes;
    QTextBoundaryFinder m_words;
};

} // namespace

GlossaryMatcher::GlossaryMatcher(const QList<GlossaryEntry> &glossary, const QString &language)
{
    for (const GlossaryEntry &entry : glossary) {
        m_names.append({entry.term.text(language), &entry});
        for (const LocalizedText &alias : entry.aliases)
            m_names.append({alias.text(language), &entry});
    }
    m_names.removeIf([](const Name &name) { return name.text.trimmed().isEmpty(); });
    std::stable_sort(m_names.begin(), m_names.end(),
                     [](const Name &a, const Name &b) { return a.text.size() > b.text.size(); });
}

QList<GlossaryMatch> GlossaryMatcher::takeFirstOccurrences(const QString &text)
{
    QList<GlossaryMatch> matches;
    auto overlaps = [&matches](qsizetype start, qsizetype length) {
        return std::any_of(matches.cbegin(), matches.cend(), [&](const GlossaryMatch &match) {
            return start < match.start + match.length && match.start < start + length;
        });
    };
    WordEdges edges(text);
    QSet<const GlossaryEntry *> foundHere;
    for (const Name &name : std::as_const(m_names)) {
        if (m_found.contains(name.entry))
            continue;
        // The first free whole-word occurrence of this name; an earlier one of another name of the same
        // entry replaces it, so each entry is marked where the text first uses it.
        for (qsizetype at = text.indexOf(name.text, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(name.text, at + 1, Qt::CaseInsensitive)) {
            if (overlaps(at, name.text.size()) || !edges.at(at) || !edges.at(at + name.text.size()))
                continue;
            const auto earlier = std::find_if(matches.begin(), matches.end(),
                                              [&](const GlossaryMatch &match) { return match.entry == name.entry; });
            if (earlier == matches.end())
                matches.append({at, name.text.size(), name.entry});
            else if (at < earlier->start)
                *earlier = {at, name.text.size(), name.entry};
            foundHere.insert(name.entry);
            break;
        }
    }
    m_found.unite(foundHere);
    std::sort(matches.begin(), matches.end(),
              [](const GlossaryMatch &a, const GlossaryMatch &b) { return a.start < b.start; });
    return matches;
}

} // namespace Dealscope
