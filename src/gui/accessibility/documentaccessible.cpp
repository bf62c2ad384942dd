// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/documentaccessible.h"

#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>

namespace Dealscope {

namespace {

/// Tells screen readers when the keyboard moves onto a link: the description (which names it) changed.
void announceFocusedLinks(QTextBrowser *browser)
{
    QObject::connect(browser, &QTextBrowser::highlighted, browser, [browser] {
        if (!browser->hasFocus())
            return;
        QAccessibleEvent event(browser, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    });
}

} // namespace

DocumentAccessible::DocumentAccessible(QTextBrowser *browser) : QAccessibleWidget(browser, QAccessible::Document)
{
    announceFocusedLinks(browser);
}

QTextBrowser *DocumentAccessible::browser() const
{
    return static_cast<QTextBrowser *>(widget());
}

void *DocumentAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QString DocumentAccessible::focusedLinkText(const QTextBrowser *browser)
{
    const QTextCursor cursor = browser->textCursor();
    if (!cursor.hasSelection() || !cursor.charFormat().isAnchor())
        return {};
    return cursor.selectedText().simplified();
}

QString DocumentAccessible::text(QAccessible::Text type) const
{
    if (type == QAccessible::Description && browser()->hasFocus()) {
        const QString link = focusedLinkText(browser());
        if (!link.isEmpty())
            return tr("Link: %1").arg(link);
    }
    if (type == QAccessible::Value)
        return {};
    return QAccessibleWidget::text(type);
}

QAccessible::State DocumentAccessible::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    state.readOnly = true;
    state.multiLine = true;
    return state;
}

QString DocumentAccessible::plainText() const
{
    // toPlainText() turns paragraph, frame and cell separators into line breaks one for one, so offsets
    // in it are document positions.
    return browser()->document()->toPlainText();
}

QTextCursor DocumentAccessible::cursorAt(int offset) const
{
    QTextCursor cursor(browser()->document());
    cursor.setPosition(std::clamp(offset, 0, characterCount()));
    return cursor;
}

void DocumentAccessible::selection(int selectionIndex, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = 0;
    const QTextCursor cursor = browser()->textCursor();
    if (selectionIndex == 0 && cursor.hasSelection()) {
        *startOffset = cursor.selectionStart();
        *endOffset = cursor.selectionEnd();
    }
}

int DocumentAccessible::selectionCount() const
{
    return browser()->textCursor().hasSelection() ? 1 : 0;
}

void DocumentAccessible::addSelection(int startOffset, int endOffset)
{
    setSelection(0, startOffset, endOffset);
}

void DocumentAccessible::removeSelection(int selectionIndex)
{
    if (selectionIndex != 0)
        return;
    QTextCursor cursor = browser()->textCursor();
    cursor.clearSelection();
    browser()->setTextCursor(cursor);
}

void DocumentAccessible::setSelection(int selectionIndex, int startOffset, int endOffset)
{
    if (selectionIndex != 0)
        return;
    QTextCursor cursor = cursorAt(startOffset);
    cursor.setPosition(std::clamp(endOffset, 0, characterCount()), QTextCursor::KeepAnchor);
    browser()->setTextCursor(cursor);
}

int DocumentAccessible::cursorPosition() const
{
    return browser()->textCursor().position();
}

void DocumentAccessible::setCursorPosition(int position)
{
    browser()->setTextCursor(cursorAt(position));
}

QString DocumentAccessible::slice(const QString &all, int startOffset, int endOffset)
{
    startOffset = std::clamp(startOffset, 0, int(all.size()));
    endOffset = endOffset < 0 ? int(all.size()) : std::clamp(endOffset, startOffset, int(all.size()));
    return all.mid(startOffset, endOffset - startOffset);
}

QString DocumentAccessible::text(int startOffset, int endOffset) const
{
    return slice(plainText(), startOffset, endOffset);
}

int DocumentAccessible::characterCount() const
{
    // The document counts the separator after its last paragraph, which the plain text leaves out.
    return browser()->document()->characterCount() - 1;
}

void DocumentAccessible::unitAt(const QString &all, int offset, QAccessible::TextBoundaryType boundary, int *start,
                                int *end)
{
    const int size = int(all.size());
    offset = std::clamp(offset, 0, size);
    switch (boundary) {
    case QAccessible::CharBoundary:
        *start = offset;
        *end = std::min(offset + 1, size);
        return;
    case QAccessible::NoBoundary:
        *start = 0;
        *end = size;
        return;
    case QAccessible::LineBoundary:
    case QAccessible::ParagraphBoundary: {
        // Lines as the text has them: a reader moves by paragraph, heading or table row.
        const qsizetype before = offset > 0 ? all.lastIndexOf(QLatin1Char('\n'), offset - 1) : -1;
        const qsizetype after = all.indexOf(QLatin1Char('\n'), offset);
        *start = int(before + 1);
        *end = after < 0 ? size : int(after + 1);
        return;
    }
    case QAccessible::WordBoundary:
    case QAccessible::SentenceBoundary: {
        QTextBoundaryFinder finder(
            boundary == QAccessible::WordBoundary ? QTextBoundaryFinder::Word : QTextBoundaryFinder::Sentence, all);
        finder.setPosition(offset);
        *start = finder.isAtBoundary() ? offset : int(std::max<qsizetype>(finder.toPreviousBoundary(), 0));
        finder.setPosition(offset);
        const qsizetype next = finder.toNextBoundary();
        *end = next < 0 ? size : int(next);
        return;
    }
    }
    *start = *end = offset;
}

QString DocumentAccessible::textAtOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset,
                                         int *endOffset) const
{
    const QString all = plainText();
    unitAt(all, offset, boundaryType, startOffset, endOffset);
    return slice(all, *startOffset, *endOffset);
}

QString DocumentAccessible::textBeforeOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset,
                                             int *endOffset) const
{
    const QString all = plainText();
    int start = 0;
    int end = 0;
    unitAt(all, offset, boundaryType, &start, &end);
    if (start <= 0) {
        *startOffset = *endOffset = 0;
        return {};
    }
    unitAt(all, start - 1, boundaryType, startOffset, endOffset);
    return slice(all, *startOffset, *endOffset);
}

QString DocumentAccessible::textAfterOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset,
                                            int *endOffset) const
{
    const QString all = plainText();
    int start = 0;
    int end = 0;
    unitAt(all, offset, boundaryType, &start, &end);
    if (end >= int(all.size())) {
        *startOffset = *endOffset = int(all.size());
        return {};
    }
    unitAt(all, end, boundaryType, startOffset, endOffset);
    return slice(all, *startOffset, *endOffset);
}

QRect DocumentAccessible::characterRect(int offset) const
{
    QTextCursor cursor = cursorAt(offset);
    QRect box = browser()->cursorRect(cursor);
    cursor.movePosition(QTextCursor::NextCharacter);
    const QRect next = browser()->cursorRect(cursor);
    if (next.top() == box.top() && next.left() > box.left())
        box.setRight(next.left());
    return QRect(browser()->viewport()->mapToGlobal(box.topLeft()), box.size());
}

int DocumentAccessible::offsetAtPoint(const QPoint &point) const
{
    const QPoint local = browser()->viewport()->mapFromGlobal(point);
    return browser()->cursorForPosition(local).position();
}

void DocumentAccessible::scrollToSubstring(int startIndex, int endIndex)
{
    browser()->setTextCursor(cursorAt(endIndex));
    browser()->setTextCursor(cursorAt(startIndex));
    browser()->ensureCursorVisible();
}

QString DocumentAccessible::attributes(int offset, int *startOffset, int *endOffset) const
{
    // The run of text with one format around @p offset, with its weight and size.
    const QTextBlock block = browser()->document()->findBlock(offset);
    *startOffset = *endOffset = offset;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.contains(offset))
            continue;
        *startOffset = fragment.position();
        *endOffset = fragment.position() + fragment.length();
        const QTextCharFormat format = fragment.charFormat();
        const QFont font = format.font();
        QString result = QStringLiteral("font-weight:%1;").arg(font.bold() ? 700 : 400);
        if (font.pointSizeF() > 0)
            result += QStringLiteral("font-size:%1pt;").arg(font.pointSizeF());
        if (format.isAnchor())
            result += QStringLiteral("link:true;");
        return result;
    }
    return {};
}

} // namespace Dealscope
