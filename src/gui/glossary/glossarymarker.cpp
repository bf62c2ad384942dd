// SPDX-License-Identifier: GPL-3.0-or-later
#include "glossary/glossarymarker.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Dealscope {

GlossaryMarker::GlossaryMarker(GlossaryMatcher &matcher, const QString &definitionLanguage)
    : m_matcher(matcher), m_definitionLanguage(definitionLanguage)
{ }

QString GlossaryMarker::toolTip(const GlossaryEntry &entry, const QString &language)
{
    // "<qt>" makes the tooltip rich text, which Qt wraps at a readable width.
    return QStringLiteral("<qt><b>%1</b><br>%2</qt>")
        .arg(entry.term.text(language).toHtmlEscaped(), entry.definition.text(language).toHtmlEscaped());
}

void GlossaryMarker::mark(const QTextBlock &block)
{
    if (!block.isValid() || block.blockFormat().headingLevel() > 0)
        return; // a heading names the item; its body is where a reader needs the definition
    // Link text is left out: a link's own tooltip and look must stay, and a term inside a link would
    // claim the first occurrence where it cannot be marked.
    QString text = block.text();
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.isValid() && fragment.charFormat().isAnchor()) {
            const qsizetype start = fragment.position() - block.position();
            text.replace(start, fragment.length(), QString(fragment.length(), QChar::ObjectReplacementCharacter));
        }
    }
    const QList<GlossaryMatch> matches = m_matcher.takeFirstOccurrences(text);
    if (matches.isEmpty())
        return;
    QTextCursor cursor(block);
    for (const GlossaryMatch &match : matches) {
        cursor.setPosition(block.position() + int(match.start));
        cursor.setPosition(block.position() + int(match.start + match.length), QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setToolTip(toolTip(*match.entry, m_definitionLanguage));
        format.setUnderlineStyle(QTextCharFormat::DotLine);
        format.setProperty(EntryProperty, match.entry->id);
        cursor.mergeCharFormat(format);
    }
}

void GlossaryMarker::markDocument(QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        mark(block);
}

} // namespace Dealscope
