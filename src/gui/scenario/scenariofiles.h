// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace Dealscope {

class ScenarioDocument;

/// Scenario files for the user: Open Scenario… and Save Scenario As…, with their dialogs and what goes
/// wrong said in a message box (file:line:column). The File menu and the scenario panel share one instance,
/// so both start their dialogs in the folder used last; the window has it before the panel is built.
class ScenarioFiles : public QObject
{
    Q_OBJECT

public:
    /// Opens into and saves @p document; @p dialogParent parents the dialogs and message boxes.
    ScenarioFiles(ScenarioDocument *document, QWidget *dialogParent);

    QAction *openAction() const { return m_openAction; }
    QAction *saveAsAction() const { return m_saveAsAction; }

    /// Opens a scenario file. On errors shows them in a dialog, keeps the current scenario and returns false.
    bool open(const QString &path);
    /// Saves the scenario to @p path; on failure says why in a dialog and returns false.
    bool save(const QString &path);
    /// Asks where to save the scenario and saves it there; false if the user cancelled or the save failed.
    bool chooseFileToSave();
    /// Asks for a scenario file and opens it.
    void chooseFileToOpen();
    /// The errors of the last failed open, one per line.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    /// What was opened or saved, for the status bar.
    void statusMessage(const QString &message);

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void retranslate();
    QString startDirectory() const;

    ScenarioDocument *m_document;
    QWidget *m_dialogParent;
    QAction *m_openAction;
    QAction *m_saveAsAction;
    QString m_lastError;
    QString m_lastDirectory;
};

} // namespace Dealscope
