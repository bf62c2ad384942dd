// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "legend/legendview.h"

#include <QDialog>

namespace Dealscope {

/// The legend in a window of its own, beside the views it explains: not modal, one per main window.
class LegendDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LegendDialog(QWidget *parent = nullptr);

    /// Shows and raises the legend of @p anchor's window, creating it the first time; with @p part, at
    /// the sections about that view.
    static LegendDialog *showFor(QWidget *anchor);
    static LegendDialog *showFor(QWidget *anchor, LegendView::Part part);

    LegendView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    LegendView *m_view;
};

} // namespace Dealscope
