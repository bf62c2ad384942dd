// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/elidingheaderview.h"

#include <QStyle>
#include <QStyleOptionHeader>

namespace Dealscope {

ElidingHeaderView::ElidingHeaderView(Qt::Orientation orientation, QWidget *parent) : QHeaderView(orientation, parent)
{
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter); // as an item view's own header has it
}

void ElidingHeaderView::initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const
{
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    if (!model())
        return;
    const QString heading = model()->headerData(logicalIndex, orientation()).toString();
    // The section's rectangle is set only after this returns: work it out, then the room the style draws
    // the label in, less a pixel or two that glyphs reach past their advance.
    QStyleOptionHeader placed = *option;
    placed.rect = orientation() == Qt::Horizontal
        ? QRect(sectionViewportPosition(logicalIndex), 0, sectionSize(logicalIndex), height())
        : QRect(0, sectionViewportPosition(logicalIndex), width(), sectionSize(logicalIndex));
    const int room = style()->subElementRect(QStyle::SE_HeaderLabel, &placed, this).width() - 2;
    if (room > 0 && option->fontMetrics.horizontalAdvance(heading) > room)
        option->text = option->fontMetrics.elidedText(heading, Qt::ElideRight, room);
    else
        option->text = heading;
}

} // namespace Dealscope
