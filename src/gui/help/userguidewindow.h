// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guide/userguide.h"

#include <QWidget>

class QAction;
class QTextBrowser;

namespace Dealscope {

/// Help › User Guide: the bundled guide in a window of its own, in the interface language where the
/// guide is translated and in English otherwise. It only ever shows the embedded guide: a link to
/// anything else opens in the system browser when clicked, and only for http(s).
class UserGuideWindow : public QWidget
{
    Q_OBJECT

public:
    explicit UserGuideWindow(QWidget *parent = nullptr);

    /// Shows the guide in the interface language (LanguageManager), scrolled to @p topic, and raises the
    /// window. When the interface language changes, the guide follows at the same place.
    void showTopic(UserGuide::Topic topic);
    /// The page shown: the guide's resource address with the topic as fragment.
    QUrl source() const;
    /// The text of the guide shown.
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void openLink(const QUrl &url);
    void retranslate();
    void reloadInLanguage();

    QTextBrowser *m_browser;
    QAction *m_back;
    QAction *m_forward;
    QAction *m_contents;
};

} // namespace Dealscope
