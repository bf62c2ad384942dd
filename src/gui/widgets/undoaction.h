// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QPointer>

class QUndoStack;

namespace Dealscope {

/// Undo or Redo for a QUndoStack, named after the step it would take back or do again.
///
/// QUndoStack's own actions join a prefix and the step's text with a space, an order many languages cannot
/// use ("Rückgängig %1 ändern"); this one fills the step into a translatable format ("&Undo %1"), and sets its
/// text again when the language changes (a LanguageChange of the widget that owns it, or else
/// LanguageManager::languageChanged()). A toolbar button shows the short "Undo" or "Redo" (iconText()), so a
/// long step name cannot widen the toolbar; the menu entry and the tooltip name the step. Shortcuts are the
/// caller's: two actions of one window must not share a key.
class UndoAction : public QAction
{
    Q_OBJECT

public:
    enum class Kind { Undo, Redo };

    UndoAction(QUndoStack *stack, Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    /// The text for @p kind and the step's text @p command (empty: no step named) in the current language.
    static QString textFor(Kind kind, const QString &command);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateText();

    QPointer<QUndoStack> m_stack;
    Kind m_kind;
};

} // namespace Dealscope
