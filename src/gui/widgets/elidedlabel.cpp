// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/elidedlabel.h"

#include <QPainter>
#include <QStyle>
#include <QTextDocument>

namespace Dealscope {

ElidedLabel::ElidedLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {fontMetrics().horizontalAdvance(QStringLiteral("…")) * 4, QLabel::minimumSizeHint().height()};
}

bool ElidedLabel::isElided() const
{
    return fontMetrics().horizontalAdvance(text()) > contentsRect().width();
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    // The tooltip gives the whole text only while it is cut, so a full text has no redundant tooltip.
    const bool elided = isElided();
    // Escaped: the text may quote a file, and Qt would take text that starts with a tag for rich text.
    const QString tip = elided ? Qt::convertFromPlainText(text()) : QString();
    if (toolTip() != tip)
        setToolTip(tip);
    QPainter painter(this);
    const QRect room = contentsRect();
    const QString shown = fontMetrics().elidedText(
        text(), layoutDirection() == Qt::RightToLeft ? Qt::ElideLeft : Qt::ElideRight, room.width());
    style()->drawItemText(&painter, room, int(QStyle::visualAlignment(layoutDirection(), alignment())), palette(),
                          isEnabled(), shown, foregroundRole());
}

} // namespace Dealscope
