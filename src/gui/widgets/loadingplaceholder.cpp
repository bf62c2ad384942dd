// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/loadingplaceholder.h"

#include <QPainter>

namespace Dealscope {

LoadingPlaceholder::LoadingPlaceholder(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("loadingPlaceholder"));
    setAccessibleName(tr("Loading…"));
}

void LoadingPlaceholder::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect(), Qt::AlignCenter, tr("Loading…"));
}

} // namespace Dealscope
