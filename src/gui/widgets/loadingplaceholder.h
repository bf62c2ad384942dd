// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Dealscope {

/// Holds a view's place in the window's first frame, before the view is built: a quiet "Loading…"
/// in the middle. Paints text only, so it costs next to nothing to show.
class LoadingPlaceholder : public QWidget
{
    Q_OBJECT

public:
    explicit LoadingPlaceholder(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace Dealscope
