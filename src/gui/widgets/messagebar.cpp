// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/messagebar.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Dealscope {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_label(new QLabel(this)), m_buttonLayout(new QHBoxLayout)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAccessibleName(tr("Message"));

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this).pixmap(iconSize));
    m_label->setObjectName(QStringLiteral("messageText"));
    m_label->setTextFormat(Qt::PlainText); // messages quote file names
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setForegroundRole(QPalette::ToolTipText);

    // Text above, buttons below on the right: the bar sits over the timeline, which may be narrow.
    auto *textRow = new QHBoxLayout;
    textRow->addWidget(m_icon, 0, Qt::AlignTop);
    textRow->addWidget(m_label, 1);
    m_buttonLayout->setSpacing(6);
    m_buttonLayout->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    layout->addLayout(textRow);
    layout->addLayout(m_buttonLayout);
    hide();
}

void MessageBar::post(const QString &text, const QList<Choice> &choices)
{
    Message message {text, choices};
    if (message.choices.isEmpty())
        message.choices.append({tr("Dismiss"), QStringLiteral("dismissButton"), {}});
    m_queue.append(message);
    if (!m_showing)
        showNext();
}

QString MessageBar::text() const
{
    return m_showing ? m_label->text() : QString();
}

QPushButton *MessageBar::button(const QString &objectName) const
{
    for (QPushButton *button : m_buttons) {
        if (button->objectName() == objectName)
            return button;
    }
    return nullptr;
}

void MessageBar::showNext()
{
    for (QPushButton *button : std::as_const(m_buttons))
        button->deleteLater();
    m_buttons.clear();
    if (m_queue.isEmpty()) {
        m_showing = false;
        m_label->clear();
        hide();
        return;
    }
    const Message message = m_queue.takeFirst();
    m_showing = true;
    m_label->setText(message.text);
    for (const Choice &choice : message.choices) {
        auto *button = new QPushButton(choice.text, this);
        button->setObjectName(choice.objectName);
        m_buttonLayout->addWidget(button);
        m_buttons.append(button);
        const std::function<void()> action = choice.action;
        connect(button, &QPushButton::clicked, this, [this, action] {
            // Move on first: the action may post a further message.
            showNext();
            if (action)
                action();
        });
    }
    show();
}

} // namespace Dealscope
