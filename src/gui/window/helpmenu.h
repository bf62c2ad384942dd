// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "help/userguidewindow.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace Dealscope {

class DatasetDocument;
class GlossaryView;

/// The Help menu: the deal at a glance, the user guide (F1, at the part about the pane that has focus),
/// the legend, the glossary and About. The windows they open are made on first use and follow the dataset and the
/// interface language.
class HelpMenu : public QObject
{
    Q_OBJECT

public:
    /// Adds the actions to @p menu before @p aboutAction, and answers @p aboutAction; @p window is the
    /// parent of the dialogs.
    HelpMenu(QMenu *menu, QAction *aboutAction, DatasetDocument *document, QWidget *window);

    QAction *userGuideAction() const { return m_userGuide; }
    /// The guide's window once it has been opened, else null.
    UserGuideWindow *userGuideWindow() const { return m_guideWindow; }
    /// The glossary's window once it has been opened, else null.
    GlossaryView *glossaryWindow() const;

    /// Opens the guide at the part about the pane that has focus.
    void showContextHelp();
    void showGlossary();

Q_SIGNALS:
    /// Help › The Deal at a Glance: the window shows its start page.
    void glanceRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void showAbout();
    void updateGlossary();

    DatasetDocument *m_document;
    QWidget *m_window;
    QAction *m_glance;
    QAction *m_userGuide;
    QAction *m_legend;
    QAction *m_glossary;
    QPointer<UserGuideWindow> m_guideWindow;
    QPointer<QWidget> m_glossaryWindow;
};

} // namespace Dealscope
