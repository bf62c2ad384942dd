// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/tooltipdescriptions.h"

#include <QApplication>
#include <QEvent>
#include <QTextDocumentFragment>
#include <QWidget>

namespace Dealscope {

namespace {

/// The description this filter set last, so that a description the widget chose itself is kept.
const char DerivedDescriptionProperty[] = "dealscopeDescriptionFromToolTip";

} // namespace

void ToolTipDescriptions::install()
{
    static ToolTipDescriptions *filter = nullptr;
    if (filter)
        return;
    filter = new ToolTipDescriptions(qApp);
    qApp->installEventFilter(filter);
}

QString ToolTipDescriptions::plainText(const QString &toolTip)
{
    if (!Qt::mightBeRichText(toolTip))
        return toolTip;
    QString text = QTextDocumentFragment::fromHtml(toolTip).toPlainText();
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QLatin1Char(' ')).simplified();
}

bool ToolTipDescriptions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ToolTipChange && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        const QString derived = widget->property(DerivedDescriptionProperty).toString();
        if (widget->accessibleDescription().isEmpty() || widget->accessibleDescription() == derived) {
            const QString plain = Qt::mightBeRichText(widget->toolTip()) ? plainText(widget->toolTip()) : QString();
            widget->setAccessibleDescription(plain);
            widget->setProperty(DerivedDescriptionProperty, plain);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Dealscope
