// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

class QAbstractScrollArea;

namespace Dealscope {

/// The "?" button that opens the legend (LegendDialog) of its window, for the views whose symbols it
/// explains.
class LegendButton : public QToolButton
{
    Q_OBJECT

public:
    explicit LegendButton(QWidget *parent = nullptr);

    /// Puts a legend button at the right end of @p area's horizontal scroll bar.
    static LegendButton *addTo(QAbstractScrollArea *area);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

} // namespace Dealscope
