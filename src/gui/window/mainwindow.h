// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "window/windowpages.h"
#include "json/diagnostic.h"

#include <QMainWindow>

#include <memory>

class QComboBox;
class QItemSelectionModel;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QToolBar;
class QToolButton;

namespace Ui {
class MainWindow;
}

namespace Dealscope {

class AgreementFilterModel;
class AgreementStatusLine;
class AgreementModel;
class ArticleView;
class ClauseTreePanel;
class CompareController;
class CompareView;
class CurrentItemSync;
class DatasetDocument;
class DetailsPane;
class ExplorerPage;
class ItemFinder;
class SourceView;
class ScenarioDocument;
class ScenarioFiles;
class ScenarioPanel;
class MessageBar;
class OpenQuestionsView;
class StartPage;
class ZoomActions;
class PaneCycler;
class ScenarioAutosave;
class TimelineView;

/// The window, and the one place where the pieces are joined: every view reads one AgreementModel through
/// one filter and shares one selection model, so a selection anywhere shows everywhere; the scenario panel,
/// the toolbar's AGI year, the source view's editor, autosave and export share one ScenarioDocument. The
/// window decides little itself: find (ItemFinder), the status line (AgreementStatusLine), the views that
/// follow the current item (CurrentItemSync), the close prompt (UnsavedScenarioPrompt), export
/// (ExportActions), the Explorer's arrangement (ExplorerPage), the pages (WindowPages) and the Help menu
/// (HelpMenu) are classes of their own; it builds them, lays them out and remembers the layout.
///
/// The views share the window one at a time, each with the whole of it (WindowPages): the deal at a
/// glance; the Explorer (clause tree, timeline and details); the scenario panel; the articles; the
/// comparison of two versions; the open questions.
///
/// The window can be built in two steps, so that it paints its first frame fast: the shell (menus,
/// toolbars, the views' places with a "Loading…" placeholder each, at the remembered size), and then the
/// views, once the shell is on screen and the dataset is loaded.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    using Page = WindowPages::Page;

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
    // The views: null until completeSetup() in a window constructed as a shell. The Explorer's are built
    // with the window; every other page's view when the page is first shown or asked for here.
    ClauseTreePanel *clauseTree() const { return m_tree; }
    TimelineView *timeline() const { return m_timeline; }
    DetailsPane *details() const { return m_details; }
    /// The explainer articles (the Articles view).
    ArticleView *articleView();
    /// The two versions compared (the Compare view).
    CompareView *compareView();
    /// The deal at a glance (the start page).
    StartPage *startPage();
    /// The conflicts and unknowns (the Open Questions view).
    OpenQuestionsView *questionsView();
    /// The source view, tabbed with the details.
    SourceView *sourceView() const { return m_sourceView; }
    /// The tabs of the details and the source, under or beside the timeline.
    QTabWidget *detailsTabs() const { return m_detailsTabs; }
    /// The tree, timeline and details, arranged for the window's width.
    ExplorerPage *explorerPage() const { return m_explorerPage; }

    Page currentPage() const;
    /// Shows @p page; the others keep their state (scroll positions, the article read, the chart tab).
    void showPage(Page page);
    /// The scenario the window works on, with the assumed AGI year and the scenario's undo history.
    ScenarioDocument *scenarioDocument() const { return m_scenario; }
    /// The scenario panel (the Scenario view), which shows and edits the scenario document.
    ScenarioPanel *scenarioPanel();
    /// Open Scenario… and Save Scenario As…, in the File menu and on the scenario panel.
    ScenarioFiles *scenarioFiles() const { return m_scenarioFiles; }
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
    void createPages();
    void createViews();
    // The pages built when first shown (mainwindowpages.cpp).
    void setPageBuilders();
    QWidget *buildStartPage();
    QWidget *buildScenarioPage();
    QWidget *buildArticlesPage();
    QWidget *buildComparePage();
    QWidget *buildQuestionsPage();
    template<class View> View *builtView(Page page) const { return static_cast<View *>(m_pages->builtView(page)); }
    void createToolBars();
    void connectActions();
    void applyLanguage(const QString &language);
    void retranslate();
    void retranslatePaneActions();
    void nameShortcutsInToolTips();
    void chooseDataset();
    void showLoadErrors(const QString &fileName, const Diagnostics &diagnostics);
    void assignHelpTopics();
    void updateDatasetViews();
    void showInExplorer(const QString &id);
    void datasetChanged();
    void versionChanged();
    void showAgiYear(int year);
    void stepVersion(int delta);
    void showFindBar();
    void showStatusMessage(const QString &message);
    void showExported(const QString &path);
    void fitToScreen();
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
    WindowPages *m_pages = nullptr;
    ExplorerPage *m_explorerPage = nullptr;
    CompareController *m_compareController = nullptr;
    CurrentItemSync *m_itemSync = nullptr;
    ZoomActions *m_zoomActions = nullptr;
    QTabWidget *m_detailsTabs = nullptr;
    SourceView *m_sourceView = nullptr;
    ScenarioFiles *m_scenarioFiles = nullptr;
    QToolButton *m_openExportFolder = nullptr;
    QString m_lastExportPath;
    QToolBar *m_mainToolBar = nullptr;
    QToolBar *m_findBar = nullptr;
    QComboBox *m_versionCombo = nullptr;
    QSpinBox *m_agiYear = nullptr;
    QLineEdit *m_findField = nullptr;
    AgreementStatusLine *m_statusLine = nullptr;
    ItemFinder *m_finder = nullptr;
    PaneCycler *m_paneCycler = nullptr;
    QByteArray m_defaultState;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_agiLabel = nullptr;
    QAction *m_closeFindAction = nullptr;
    MessageBar *m_messageBar = nullptr;
    ScenarioAutosave *m_scenarioAutosave = nullptr;
    bool m_firstFramePainted = false;
    bool m_viewSettingsRestored = false;
};

} // namespace Dealscope
