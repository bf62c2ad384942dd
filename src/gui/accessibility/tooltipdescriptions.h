// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Dealscope {

/// Gives every widget whose tooltip is rich text the same text, plain, as its accessible description.
/// Qt hands a widget's tooltip to screen readers as its description when it has none, markup and all
/// ("<p><b>…"). Installed once on the application, it follows every tooltip change; a description a
/// widget sets itself is left alone.
class ToolTipDescriptions : public QObject
{
    Q_OBJECT

public:
    /// Installs the filter on the application (once).
    static void install();

    /// @p toolTip as a screen reader should hear it: rich text as plain text, lines joined.
    static QString plainText(const QString &toolTip);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace Dealscope
