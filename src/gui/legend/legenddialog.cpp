// SPDX-License-Identifier: GPL-3.0-or-later
#include "legend/legenddialog.h"

#include "legend/legendview.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QScreen>
#include <QVBoxLayout>

namespace Dealscope {

LegendDialog::LegendDialog(QWidget *parent) : QDialog(parent), m_view(new LegendView(this))
{
    setObjectName(QStringLiteral("legendDialog"));
    setModal(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    retranslate();
    // Tall enough for a section or two, never taller than the screen it opens on.
    const int height = screen() ? std::min(640, screen()->availableGeometry().height() - 80) : 640;
    resize(fontMetrics().averageCharWidth() * 80, height);
}

LegendDialog *LegendDialog::showFor(QWidget *anchor)
{
    QWidget *window = anchor ? anchor->window() : nullptr;
    auto *dialog = window ? window->findChild<LegendDialog *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!dialog)
        dialog = new LegendDialog(window);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

LegendDialog *LegendDialog::showFor(QWidget *anchor, LegendView::Part part)
{
    LegendDialog *dialog = showFor(anchor);
    dialog->view()->showPart(part);
    return dialog;
}

void LegendDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void LegendDialog::retranslate()
{
    setWindowTitle(tr("Legend"));
}

} // namespace Dealscope
