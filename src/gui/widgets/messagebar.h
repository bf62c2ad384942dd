// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QList>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace Dealscope {

/// A non-modal bar across the top of the window for things the user should decide or know about without
/// being stopped: a scenario to restore after a crash, a settings file that was set aside. Messages
/// queue; the bar shows one at a time and hides when none is left. Each message has its own buttons;
/// pressing one runs its action and moves on to the next message.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    struct Choice
    {
        QString text;
        QString objectName; ///< for tests and accessibility tools
        std::function<void()> action;
    };

    explicit MessageBar(QWidget *parent = nullptr);

    /// Queues @p text (plain text) with @p choices; without choices the message gets a "Dismiss" button.
    void post(const QString &text, const QList<Choice> &choices = {});

    /// The message on show; empty when the bar is hidden.
    QString text() const;
    /// The buttons of the message on show.
    QList<QPushButton *> buttons() const { return m_buttons; }
    /// The button named @p objectName of the message on show, or null.
    QPushButton *button(const QString &objectName) const;
    /// Messages waiting behind the one on show.
    qsizetype pendingCount() const { return m_queue.size(); }

private:
    struct Message
    {
        QString text;
        QList<Choice> choices;
    };

    void showNext();

    QList<Message> m_queue;
    QLabel *m_icon;
    QLabel *m_label;
    QHBoxLayout *m_buttonLayout;
    QList<QPushButton *> m_buttons;
    bool m_showing = false;
};

} // namespace Dealscope
