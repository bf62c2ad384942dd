// SPDX-License-Identifier: GPL-3.0-or-later
#include "legend/legendbutton.h"

#include "legend/legenddialog.h"

#include <QAbstractScrollArea>
#include <QEvent>

namespace Dealscope {

LegendButton::LegendButton(LegendView::Part part, QWidget *parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("legendButton"));
    setText(QStringLiteral("?"));
    setAutoRaise(true);
    setFocusPolicy(Qt::TabFocus);
    retranslate();
    connect(this, &QToolButton::clicked, this, [this, part] { LegendDialog::showFor(this, part); });
}

LegendButton *LegendButton::addTo(QAbstractScrollArea *area, LegendView::Part part)
{
    auto *button = new LegendButton(part, area);
    area->addScrollBarWidget(button, Qt::AlignRight);
    return button;
}

void LegendButton::changeEvent(QEvent *event)
{
    QToolButton::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void LegendButton::retranslate()
{
    setToolTip(tr("Legend: what the badges, icons, shapes and lines mean"));
    setAccessibleName(tr("Legend"));
}

} // namespace Dealscope
