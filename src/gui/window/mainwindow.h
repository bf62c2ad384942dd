// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/diagnostic.h"

#include <QMainWindow>

#include <memory>

class QComboBox;
class QDockWidget;
class QItemSelectionModel;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolBar;

namespace Ui {
class MainWindow;
}

namespace Dealscope {

class AgreementFilterModel;
class AgreementStatusLine;
class AgreementModel;
class ArticleView;
class ClauseTreePanel;
class DatasetDocument;
class DetailsPane;
class ItemFinder;
class SourceView;
class ScenarioDocument;
class ScenarioPanel;
class MessageBar;
class ScenarioAutosave;
class TimelineView;

/// The window, and the one place where the pieces are joined: every view reads one AgreementModel through
/// one filter and shares one selection model, so a selection anywhere shows everywhere; the scenario panel,
/// the toolbar's AGI year, the source view's editor, autosave and export share one ScenarioDocument. The
/// window decides little itself: find (ItemFinder), the status line (AgreementStatusLine), the views that
/// follow the current item (CurrentItemSync), the close prompt (UnsavedScenarioPrompt) and export
/// (ExportActions) are classes of their own; it builds them, lays them out and remembers the layout.
///
/// The window can be built in two steps, so that it paints its first frame fast: the shell (menus,
/// toolbars, the docks in their remembered places, each with a "Loading…" placeholder), and then the
/// views, once the shell is on screen and the dataset is loaded.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Construction {
        Complete, ///< the constructor builds the whole window
        ShellOnly, ///< the constructor builds the shell; completeSetup() adds the views
    };

    explicit MainWindow(DatasetDocument *document, Construction construction = Construction::Complete,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Builds the views of a window constructed as a shell and shows the document's dataset in them. The
    /// remembered version and AGI year are applied to the first dataset they show, now or when the
    /// document has one. Does nothing once the views exist.
    void completeSetup();
    bool isSetupComplete() const { return m_timeline != nullptr; }

    /// Opens @p path; on failure shows the problems in a dialog and keeps the current dataset.
    bool openDataset(const QString &path);
    /// Opens @p path where it belongs (the command line's and the desktop's file): a scenario file in the
    /// scenario panel, anything else as a dataset. False if it could not be opened (errors are shown).
    bool openFile(const QString &path);

    AgreementModel *agreementModel() const { return m_model; }
    AgreementFilterModel *filterModel() const { return m_filter; }
    QItemSelectionModel *selectionModel() const { return m_selection; }
    // The views: null until completeSetup() in a window constructed as a shell.
    ClauseTreePanel *clauseTree() const { return m_tree; }
    TimelineView *timeline() const { return m_timeline; }
    DetailsPane *details() const { return m_details; }
    /// The explainer articles (dock "articlesDock").
    ArticleView *articleView() const { return m_articleView; }
    /// The scenario the window works on, with the assumed AGI year and the scenario's undo history.
    ScenarioDocument *scenarioDocument() const { return m_scenario; }
    /// The scenario panel (dock "scenarioDock"), which shows and edits the scenario document.
    ScenarioPanel *scenarioPanel() const { return m_scenarioPanel; }
    /// The non-modal bar above the timeline: crash recovery and set-aside files.
    MessageBar *messageBar() const { return m_messageBar; }
    /// Autosaves the scenario panel's unsaved edits and offers to restore them after a crash.
    ScenarioAutosave *scenarioAutosave() const { return m_scenarioAutosave; }

    /// Shows the agreement as version @p versionId left it.
    void setVersion(const QString &versionId);
    /// Assumes AGI verification at the start of @p year; 0 leaves it unresolved. One undoable scenario step.
    void setAssumedAgiYear(int year);
    /// Selects the clause or event @p id in every view; false if there is none.
    bool selectItem(const QString &id);
    /// Finds the next (or previous) clause or event matching @p text and selects it.
    bool find(const QString &text, bool backwards = false);

Q_SIGNALS:
    /// Emitted once, queued after the window has painted its first frame.
    void firstFramePainted();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void createDocks();
    void createViews();
    void createToolBars();
    void connectActions();
    void applyLanguage(const QString &language);
    void retranslate();
    void nameShortcutsInToolTips();
    void chooseDataset();
    void showLoadErrors(const QString &fileName, const Diagnostics &diagnostics);
    void showAbout();
    void datasetChanged();
    void versionChanged();
    void showAgiYear(int year);
    void stepVersion(int delta);
    void showFindBar();
    void restoreLayout();
    void restoreViewSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    DatasetDocument *m_document;
    AgreementModel *m_model;
    AgreementFilterModel *m_filter;
    QItemSelectionModel *m_selection;
    ScenarioDocument *m_scenario;
    ClauseTreePanel *m_tree = nullptr;
    DetailsPane *m_details = nullptr;
    TimelineView *m_timeline = nullptr;
    QWidget *m_timelinePlaceholder = nullptr; ///< the timeline's place in the shell
    QDockWidget *m_treeDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    SourceView *m_sourceView = nullptr;
    QDockWidget *m_sourceDock = nullptr;
    ArticleView *m_articleView = nullptr;
    QDockWidget *m_articlesDock = nullptr;
    ScenarioPanel *m_scenarioPanel = nullptr;
    QDockWidget *m_scenarioDock = nullptr;
    QToolBar *m_mainToolBar = nullptr;
    QToolBar *m_findBar = nullptr;
    QComboBox *m_versionCombo = nullptr;
    QSpinBox *m_agiYear = nullptr;
    QLineEdit *m_findField = nullptr;
    AgreementStatusLine *m_statusLine = nullptr;
    ItemFinder *m_finder = nullptr;
    QByteArray m_defaultState;
    QByteArray m_shellState; ///< the dock layout the shell was given, applied again with the views
    QLabel *m_versionLabel = nullptr;
    QLabel *m_agiLabel = nullptr;
    QAction *m_closeFindAction = nullptr;
    MessageBar *m_messageBar = nullptr;
    ScenarioAutosave *m_scenarioAutosave = nullptr;
    bool m_firstFramePainted = false;
    bool m_viewSettingsRestored = false;
};

} // namespace Dealscope
