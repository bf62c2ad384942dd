// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>

namespace Dealscope {

/// A header whose headings end in "…" when their section is too narrow for them. QHeaderView elides
/// against a room a few pixels wider than the one its style draws the text in, so a narrow heading was cut
/// mid-letter ("Confi") instead. The heading's tooltip still gives it whole.
class ElidingHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit ElidingHeaderView(Qt::Orientation orientation, QWidget *parent = nullptr);

protected:
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override;
};

} // namespace Dealscope
