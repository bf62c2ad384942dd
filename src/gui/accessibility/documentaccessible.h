// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleWidget>
#include <QCoreApplication>

class QTextBrowser;
class QTextCursor;

namespace Dealscope {

/// A read-only text view (details, articles, the start page, help) as a document: its text line by line,
/// with the paragraph and table-cell breaks Qt keeps as private characters turned into line breaks, the
/// caret and selection of the view, character boxes, and the weight and size of each run of text (so a
/// heading reads as bold and large). While the keyboard is on a link, the description names it.
class DocumentAccessible : public QAccessibleWidget, public QAccessibleTextInterface
{
    Q_DECLARE_TR_FUNCTIONS(Dealscope::DocumentAccessible)

public:
    explicit DocumentAccessible(QTextBrowser *browser);

    void *interface_cast(QAccessible::InterfaceType type) override;
    QString text(QAccessible::Text type) const override;
    QAccessible::State state() const override;

    // QAccessibleTextInterface
    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(int startOffset, int endOffset) const override;
    QString textBeforeOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset,
                             int *endOffset) const override;
    QString textAfterOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset,
                            int *endOffset) const override;
    QString textAtOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset,
                         int *endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

    /// The text of the link the keyboard is on, or an empty string.
    static QString focusedLinkText(const QTextBrowser *browser);

private:
    QTextBrowser *browser() const;
    QString plainText() const;
    QTextCursor cursorAt(int offset) const;
    /// The bounds of the unit of @p boundary that holds @p offset in @p all (the plain text).
    static void unitAt(const QString &all, int offset, QAccessible::TextBoundaryType boundary, int *start, int *end);
    /// @p all from @p startOffset to @p endOffset (-1: the end), clamped to it.
    static QString slice(const QString &all, int startOffset, int endOffset);
};

} // namespace Dealscope
