// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "glossary/glossarymatcher.h"

#include <QTextFormat>

class QTextBlock;
class QTextDocument;

namespace Dealscope {

/// Marks glossary terms in a rich-text document: the first occurrence of each term gets a dotted
/// underline and its definition as the character format's tooltip, which QTextEdit and QTextBrowser show
/// on hover. The text itself is not changed, so screen readers and find read it as before; links and
/// headings are left as they are.
class GlossaryMarker
{
public:
    /// The character-format property that holds the id of the glossary entry a marked term stands for.
    static constexpr int EntryProperty = QTextFormat::UserProperty + 40;

    /// Terms are found by @p matcher (in the language of the text); definitions are shown in
    /// @p definitionLanguage, the interface language.
    GlossaryMarker(GlossaryMatcher &matcher, const QString &definitionLanguage);

    /// Marks the terms of @p block not marked before.
    void mark(const QTextBlock &block);
    /// Marks every block of @p document, in order.
    void markDocument(QTextDocument *document);

    /// The tooltip of @p entry: its term in bold, then its definition, as escaped rich text.
    static QString toolTip(const GlossaryEntry &entry, const QString &language);

private:
    GlossaryMatcher &m_matcher;
    QString m_definitionLanguage;
};

} // namespace Dealscope
