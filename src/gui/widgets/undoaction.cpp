// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/undoaction.h"

#include "session/languagemanager.h"

#include <QEvent>
#include <QUndoStack>
#include <QWidget>

namespace Dealscope {

namespace {

/// @p text without its mnemonic marks, as a tooltip shows it ("&&" stays one "&").
QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

} // namespace

UndoAction::UndoAction(QUndoStack *stack, Kind kind, QObject *parent) : QAction(parent), m_stack(stack), m_kind(kind)
{
    if (kind == Kind::Undo) {
        setEnabled(stack->canUndo());
        connect(stack, &QUndoStack::canUndoChanged, this, &QAction::setEnabled);
        connect(stack, &QUndoStack::undoTextChanged, this, &UndoAction::updateText);
        connect(this, &QAction::triggered, stack, &QUndoStack::undo);
    } else {
        setEnabled(stack->canRedo());
        connect(stack, &QUndoStack::canRedoChanged, this, &QAction::setEnabled);
        connect(stack, &QUndoStack::redoTextChanged, this, &UndoAction::updateText);
        connect(this, &QAction::triggered, stack, &QUndoStack::redo);
    }
    // Actions get no LanguageChange event: watch the widget that owns the action, or else the manager.
    if (auto *widget = qobject_cast<QWidget *>(parent))
        widget->installEventFilter(this);
    else
        connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &UndoAction::updateText,
                Qt::QueuedConnection);
    updateText();
}

bool UndoAction::eventFilter(QObject *watched, QEvent *event)
{
    // Queued: the steps' own texts are translated again on the same change, in an order not ours to choose.
    if (event->type() == QEvent::LanguageChange && watched == parent())
        QMetaObject::invokeMethod(this, &UndoAction::updateText, Qt::QueuedConnection);
    return QAction::eventFilter(watched, event);
}

QString UndoAction::textFor(Kind kind, const QString &command)
{
    if (kind == Kind::Undo)
        return command.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(command);
    return command.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(command);
}

void UndoAction::updateText()
{
    if (!m_stack)
        return;
    const QString text = textFor(m_kind, m_kind == Kind::Undo ? m_stack->undoText() : m_stack->redoText());
    setText(text);
    setIconText(withoutMnemonic(textFor(m_kind, QString())));
    setToolTip(withoutMnemonic(text));
}

} // namespace Dealscope
