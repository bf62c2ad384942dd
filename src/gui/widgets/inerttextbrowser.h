// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace Dealscope {

/// A text browser for text from files others send: it never loads what the text names (no images, style
/// sheets or other local or remote resources) and never follows a link by itself; the owner handles
/// anchorClicked().
class InertTextBrowser : public QTextBrowser
{
public:
    explicit InertTextBrowser(QWidget *parent = nullptr) : QTextBrowser(parent) { setOpenLinks(false); }

    QVariant loadResource(int, const QUrl &) override { return {}; }
};

} // namespace Dealscope
