// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "legend/legendview.h"

#include <QToolButton>

class QAbstractScrollArea;

namespace Dealscope {

/// The "?" button that opens the legend (LegendDialog) of its window, for the views whose symbols it
/// explains.
class LegendButton : public QToolButton
{
    Q_OBJECT

public:
    /// A button that opens the legend at the sections about @p part.
    explicit LegendButton(LegendView::Part part, QWidget *parent = nullptr);

    /// Puts a legend button at the right end of @p area's horizontal scroll bar.
    static LegendButton *addTo(QAbstractScrollArea *area, LegendView::Part part);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

} // namespace Dealscope
