// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Dealscope {

/// A one-line plain-text label for places that cannot grow (the status bar): it shrinks below its text,
/// draws the text elided at the end, and then offers the whole text as its tooltip.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    /// Whether the text is cut at the current width.
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace Dealscope
