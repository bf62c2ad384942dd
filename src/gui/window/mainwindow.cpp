// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/mainwindow.h"
#include "ui_mainwindow.h"

#include "accessibility/accessibleinterfaces.h"
#include "accessibility/statusannouncer.h"
#include "accessibility/tooltipdescriptions.h"
#include "agreement/agreementfiltermodel.h"
#include "agreement/agreementmodel.h"
#include "articles/articleview.h"
#include "dataset/datasetdocument.h"
#include "explorer/clausetreepanel.h"
#include "explorer/detailspane.h"
#include "export/exportactions.h"
#include "help/helptopic.h"
#include "questions/openquestionsview.h"
#include "scenario/scenarioassumptions.h"
#include "scenario/scenarioautosave.h"
#include "scenario/scenariodocument.h"
#include "scenario/scenariofiles.h"
#include "session/documentkind.h"
#include "session/languagemanager.h"
#include "source/sourceview.h"
#include "timeline/timelineview.h"
#include "widgets/messagebar.h"
#include "widgets/undoaction.h"
#include "window/agreementstatusline.h"
#include "window/comparecontroller.h"
#include "window/currentitemsync.h"
#include "window/explorerpage.h"
#include "window/helpmenu.h"
#include "window/itemfinder.h"
#include "window/languagemenu.h"
#include "window/panecycler.h"
#include "window/unsavedscenarioprompt.h"
#include "window/versionannouncer.h"
#include "window/windowpages.h"
#include "window/zoomactions.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

namespace Dealscope {

namespace {

constexpr int MaxErrorsInSummary = 5;

// How long a status bar message stays, in milliseconds: short for answers to what the user just did, longer
// for what they may want to read, longer still for a problem, and longest for an export, whose message
// carries a button.
constexpr int BriefMessageTimeout = 4000;
constexpr int MessageTimeout = 8000;
constexpr int ProblemMessageTimeout = 10000;
constexpr int ExportMessageTimeout = 30000;

// The first window's size where the screen has room for it; on a smaller screen the window takes the
// screen's available area, less room for a window manager's frame.
constexpr QSize DefaultWindowSize(1600, 900);
constexpr QSize FrameAllowance(16, 48);

constexpr int FindFieldMaximumWidth = 360;

/// The AGI years the toolbar offers: the scenario assumption's range, and below it "not assumed".
const AssumptionInfo &agiAssumption()
{
    return ScenarioAssumptions::info(AssumptionId::AgiMedianYear);
}
int notAssumedSpinValue()
{
    return int(agiAssumption().minimum) - 1;
}

} // namespace

MainWindow::MainWindow(DatasetDocument *document, Construction construction, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_document(document)
    , m_model(new AgreementModel(this))
    , m_filter(new AgreementFilterModel(this))
    , m_selection(new QItemSelectionModel(m_filter, this))
    , m_scenario(new ScenarioDocument(this))
{
    // Before any widget exists, so that every interface and tooltip description is the corrected one.
    installAccessibleInterfaces();
    ToolTipDescriptions::install();
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    createPages();
    createToolBars();
    m_statusLine = new AgreementStatusLine(m_model, m_document, this);
    // Not permanent: a message about what the user just did (an export, a find) takes its place for a while.
    statusBar()->addWidget(m_statusLine, 1);
    m_openExportFolder = new QToolButton(this);
    m_openExportFolder->setObjectName(QStringLiteral("openExportFolderButton"));
    m_openExportFolder->setAutoRaise(true);
    m_openExportFolder->hide();
    statusBar()->addPermanentWidget(m_openExportFolder);
    connect(m_openExportFolder, &QToolButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_lastExportPath).absolutePath())); });
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (message.isEmpty())
            m_openExportFolder->hide(); // the button belongs to the export message
    });
    m_finder = new ItemFinder(m_filter, m_selection, this);
    connect(m_finder, &ItemFinder::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, BriefMessageTimeout); });
    showAgiYear(m_scenario->assumedAgiYear().value_or(0));
    m_messageBar = new MessageBar(this); // crash recovery and set-aside files, above every view
    m_ui->centralLayout->insertWidget(0, m_messageBar);
    retranslate();
    m_defaultState = saveState();
    restoreLayout();
    if (construction == Construction::Complete)
        completeSetup();
}

MainWindow::~MainWindow() = default;

void MainWindow::completeSetup()
{
    if (isSetupComplete())
        return;
    createViews();
    connectActions();
    // View › Language; the dataset texts and the articles follow the interface language.
    m_ui->viewMenu->addSeparator();
    m_ui->viewMenu->addMenu(new LanguageMenu(LanguageManager::instance(), this));
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &MainWindow::applyLanguage);
    m_model->setLanguage(LanguageManager::instance()->language());

    connect(m_document, &DatasetDocument::datasetChanged, this, &MainWindow::datasetChanged);
    connect(m_model, &AgreementModel::versionChanged, this, &MainWindow::versionChanged);
    new VersionAnnouncer(m_model, statusBar());
    announceStatusMessages(statusBar());
    m_itemSync = new CurrentItemSync(m_model, m_filter, m_selection, {m_details, m_sourceView}, this);
    connect(m_finder, &ItemFinder::found, m_timeline, &TimelineView::scrollTo);
    setPageBuilders();

    datasetChanged(); // and, once there is a dataset, what the views remember

    // No lost work: what the window starts with is clean; edits from here on are autosaved, and what a
    // crashed session left is offered in the message bar.
    m_scenario->undoStack()->setClean();
    m_scenarioAutosave = new ScenarioAutosave(m_scenario, AutosaveStore::defaultDirectory(), this);
    m_scenarioAutosave->offerRecovery(m_messageBar);
    connect(m_scenarioAutosave, &ScenarioAutosave::writeFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Could not autosave the scenario (%1); retrying every 30 seconds.").arg(error),
                                 ProblemMessageTimeout);
    });
}

/// The views' pages, each holding a placeholder until createViews(), so that the remembered page and sizes
/// are restored before the first frame.
void MainWindow::createPages()
{
    m_explorerPage = new ExplorerPage;
    m_pages = new WindowPages(m_explorerPage, m_ui->viewMenu, this);
    m_ui->centralLayout->addWidget(m_pages->tabs());
}

MainWindow::Page MainWindow::currentPage() const
{
    return m_pages->current();
}

void MainWindow::showPage(Page page)
{
    m_pages->show(page);
}

void MainWindow::createViews()
{
    m_timeline = new TimelineView;
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setModel(m_filter);
    m_timeline->setSelectionModel(m_selection);

    m_tree = new ClauseTreePanel;
    m_tree->setModel(m_filter);
    m_tree->view()->setSelectionModel(m_selection);

    m_details = new DetailsPane;
    m_details->setModel(m_model);
    connect(m_details, &DetailsPane::itemRequested, this, &MainWindow::selectItem);

    // Source view: the dataset file's text of the selected item, tabbed with the details.
    m_sourceView = new SourceView;
    m_sourceView->setObjectName(QStringLiteral("sourceView"));
    m_sourceView->setModel(m_model);
    m_detailsTabs = new QTabWidget;
    m_detailsTabs->setObjectName(QStringLiteral("detailsTabs"));
    m_detailsTabs->setDocumentMode(true);
    m_detailsTabs->setAccessibleName(tr("Details and source"));
    m_detailsTabs->addTab(m_details, tr("Details"));
    m_detailsTabs->addTab(m_sourceView, tr("Source"));
    m_explorerPage->setPanes(m_tree, m_timeline, m_detailsTabs);

    // Scenario files and undo: in the menus from the start, whether or not the Scenario page was shown.
    m_scenarioFiles = new ScenarioFiles(m_scenario, this);
    connect(m_scenarioFiles, &ScenarioFiles::statusMessage, this, &MainWindow::showStatusMessage);
    m_sourceView->setScenarioDocument(m_scenario); // the source view's editable scenario mode
    m_ui->fileMenu->insertAction(m_ui->quitAction, m_scenarioFiles->openAction());
    m_ui->fileMenu->insertAction(m_ui->quitAction, m_scenarioFiles->saveAsAction());
    m_ui->fileMenu->insertSeparator(m_ui->quitAction);
    QAction *scenarioUndo = new UndoAction(m_scenario->undoStack(), UndoAction::Kind::Undo, this);
    QAction *scenarioRedo = new UndoAction(m_scenario->undoStack(), UndoAction::Kind::Redo, this);
    scenarioUndo->setObjectName(QStringLiteral("undoAction"));
    scenarioRedo->setObjectName(QStringLiteral("redoAction"));
    scenarioUndo->setShortcuts(QKeySequence::Undo);
    scenarioRedo->setShortcuts(QKeySequence::Redo);
    m_ui->editMenu->insertAction(m_ui->findAction, scenarioUndo);
    m_ui->editMenu->insertAction(m_ui->findAction, scenarioRedo);
    m_ui->editMenu->insertSeparator(m_ui->findAction);
    assignHelpTopics();
}

void MainWindow::createToolBars()
{
    m_mainToolBar = addToolBar(QString());
    m_mainToolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_mainToolBar->addAction(m_ui->openAction);
    m_mainToolBar->addSeparator();

    auto *versionLabel = m_versionLabel = new QLabel(this);
    m_versionCombo = new QComboBox(this);
    m_versionCombo->setObjectName(QStringLiteral("versionCombo"));
    m_versionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    versionLabel->setBuddy(m_versionCombo);
    m_mainToolBar->addWidget(versionLabel);
    m_mainToolBar->addAction(m_ui->previousVersionAction);
    m_mainToolBar->addWidget(m_versionCombo);
    m_mainToolBar->addAction(m_ui->nextVersionAction);
    m_mainToolBar->addAction(m_ui->showChangesAction);
    m_mainToolBar->addSeparator();

    auto *agiLabel = m_agiLabel = new QLabel(this);
    m_agiYear = new QSpinBox(this);
    m_agiYear->setObjectName(QStringLiteral("agiYearSpin"));
    m_agiYear->setRange(notAssumedSpinValue(), int(agiAssumption().maximum));
    agiLabel->setBuddy(m_agiYear);
    m_mainToolBar->addWidget(agiLabel);
    m_mainToolBar->addWidget(m_agiYear);
    m_mainToolBar->addSeparator();
    m_mainToolBar->addAction(m_ui->findAction);

    m_findBar = new QToolBar(this);
    m_findBar->setObjectName(QStringLiteral("findToolBar"));
    m_findField = new QLineEdit(m_findBar);
    m_findField->setObjectName(QStringLiteral("findField"));
    m_findField->setClearButtonEnabled(true);
    m_findField->setMaximumWidth(FindFieldMaximumWidth);
    m_findBar->addWidget(m_findField);
    m_findBar->addAction(m_ui->findPreviousAction);
    m_findBar->addAction(m_ui->findNextAction);
    auto *closeFind = m_closeFindAction
        = m_findBar->addAction(QIcon::fromTheme(QStringLiteral("window-close")), QString());
    closeFind->setShortcut(Qt::Key_Escape);
    closeFind->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(closeFind, &QAction::triggered, m_findBar, &QWidget::hide);
    addToolBar(Qt::BottomToolBarArea, m_findBar);
    m_findBar->hide();

    m_ui->windowMenu->insertAction(m_ui->resetLayoutAction, m_mainToolBar->toggleViewAction());
    m_ui->windowMenu->insertSeparator(m_ui->resetLayoutAction);
}

void MainWindow::connectActions()
{
    m_ui->openAction->setShortcut(QKeySequence::Open);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->findAction->setShortcut(QKeySequence::Find);
    m_ui->findNextAction->setShortcuts(QKeySequence::FindNext);
    m_ui->findPreviousAction->setShortcuts(QKeySequence::FindPrevious);
    m_ui->filterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_ui->previousVersionAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_ui->nextVersionAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_ui->showChangesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_ui->printAction->setShortcut(QKeySequence::Print);
    auto *exportActions = new ExportActions({this, m_model, m_scenario, [this] { return scenarioPanel(); }},
                                            {m_ui->exportChartAction, m_ui->exportTimelineAction,
                                             m_ui->exportTableAction, m_ui->exportReportAction, m_ui->printAction},
                                            this);
    connect(exportActions, &ExportActions::exported, this, &MainWindow::showExported);
    m_ui->openAction->setIcon(
        QIcon::fromTheme(QStringLiteral("document-open"), style()->standardIcon(QStyle::SP_DialogOpenButton)));
    m_ui->quitAction->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
    m_ui->findAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-find")));
    // Icons, not words, for opening and for stepping through versions, also without an icon theme: with
    // their texts the toolbar left no room for the AGI year at 1024 pixels. The names stay in the menus,
    // the tooltips and for screen readers.
    m_ui->previousVersionAction->setIcon(
        QIcon::fromTheme(QStringLiteral("go-previous"), style()->standardIcon(QStyle::SP_ArrowBack)));
    m_ui->nextVersionAction->setIcon(
        QIcon::fromTheme(QStringLiteral("go-next"), style()->standardIcon(QStyle::SP_ArrowForward)));
    m_ui->findPreviousAction->setIcon(QIcon::fromTheme(QStringLiteral("go-up")));
    m_ui->findNextAction->setIcon(QIcon::fromTheme(QStringLiteral("go-down")));
    nameShortcutsInToolTips();

    m_paneCycler = new PaneCycler(this, [this] {
        QWidgetList panes {m_mainToolBar, m_pages->tabs()->tabBar()};
        // The Explorer has three panes; every other page is one.
        if (currentPage() == Page::Explorer)
            panes += {m_tree, m_timeline, m_detailsTabs};
        else
            panes.append(m_pages->tabs()->currentWidget());
        return panes;
    });
    m_zoomActions = new ZoomActions(m_timeline, m_ui->viewMenu, m_ui->assumeAgiAction, m_pages->tabs(),
                                    int(Page::Explorer), this);
    m_compareController = new CompareController(this, m_ui->viewMenu, m_mainToolBar, m_ui->showChangesAction);
    connect(m_compareController, &CompareController::exported, this, &MainWindow::showExported);
    m_ui->windowMenu->insertAction(m_ui->resetLayoutAction, m_paneCycler->nextAction());
    m_ui->windowMenu->insertAction(m_ui->resetLayoutAction, m_paneCycler->previousAction());
    m_ui->windowMenu->insertSeparator(m_ui->resetLayoutAction);
    retranslatePaneActions();

    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::chooseDataset);
    connect(m_ui->openBundledAction, &QAction::triggered, m_document, [this] { m_document->openBundled(); });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    auto *help = new HelpMenu(m_ui->helpMenu, m_ui->aboutAction, m_document, this);
    connect(help, &HelpMenu::glanceRequested, this, [this] { showPage(Page::Glance); });
    connect(m_ui->previousVersionAction, &QAction::triggered, this, [this] { stepVersion(-1); });
    connect(m_ui->nextVersionAction, &QAction::triggered, this, [this] { stepVersion(+1); });
    connect(m_ui->showChangesAction, &QAction::toggled, this, [this](bool on) {
        m_tree->setShowChanges(on);
        m_timeline->setShowChanges(on);
    });
    connect(m_ui->assumeAgiAction, &QAction::triggered, this, [this] {
        m_mainToolBar->show();
        m_agiYear->setFocus(Qt::ShortcutFocusReason);
        m_agiYear->selectAll();
    });
    connect(m_ui->filterAction, &QAction::triggered, this, [this] {
        showPage(Page::Explorer);
        m_tree->filterField()->setFocus(Qt::ShortcutFocusReason);
        m_tree->filterField()->selectAll();
    });
    connect(m_ui->findAction, &QAction::triggered, this, &MainWindow::showFindBar);
    connect(m_ui->findNextAction, &QAction::triggered, this, [this] { find(m_findField->text(), false); });
    connect(m_ui->findPreviousAction, &QAction::triggered, this, [this] { find(m_findField->text(), true); });
    connect(m_findField, &QLineEdit::returnPressed, this, [this] { find(m_findField->text(), false); });
    connect(m_ui->resetLayoutAction, &QAction::triggered, this, [this] {
        restoreState(m_defaultState);
        m_explorerPage->resetLayout();
        m_findBar->hide();
    });
    connect(m_versionCombo, &QComboBox::activated, this,
            [this](int row) { setVersion(m_versionCombo->itemData(row).toString()); });
    // The AGI year lives in the scenario document: the toolbar and the timeline edit it there, and the
    // agreement model, the toolbar, the slider and the chart show what it holds.
    connect(m_agiYear, &QSpinBox::valueChanged, m_scenario, [this](int year) {
        m_scenario->setAgiYear(year == notAssumedSpinValue() ? 0 : year, ScenarioDocument::Step::Typing);
    });
    connect(m_timeline, &TimelineView::agiYearRequested, m_scenario,
            [this](int year) { m_scenario->setAgiYear(year); });
    connect(m_scenario, &ScenarioDocument::agiYearChanged, this, &MainWindow::showAgiYear);
}

void MainWindow::datasetChanged()
{
    const DatasetPtr dataset = m_document->dataset();
    m_model->setDataset(dataset);
    m_scenario->setDataset(dataset);
    m_versionCombo->clear();
    QList<TimelineView::VersionMark> marks;
    if (dataset) {
        for (const Version &version : dataset->versions) {
            const QString label = version.label.text(m_model->language());
            m_versionCombo->addItem(QStringLiteral("%1 — %2").arg(version.date.toString(Qt::ISODate), label),
                                    version.id);
            marks.append({version.date, version.id});
        }
        setWindowTitle(tr("%1 — Dealscope").arg(dataset->title.text(m_model->language())));
    }
    m_timeline->setVersionMarks(marks);
    m_timeline->fitAll();
    updateDatasetViews();
    versionChanged();
    m_details->showItem({});
    if (dataset && !m_viewSettingsRestored) {
        m_viewSettingsRestored = true;
        restoreViewSettings();
    }
}

void MainWindow::setVersion(const QString &versionId)
{
    m_model->setVersion(versionId);
}

void MainWindow::versionChanged()
{
    const QString id = m_model->version();
    const int row = m_versionCombo->findData(id);
    if (row >= 0)
        m_versionCombo->setCurrentIndex(row);
    m_ui->previousVersionAction->setEnabled(row > 0);
    m_ui->nextVersionAction->setEnabled(row >= 0 && row < m_versionCombo->count() - 1);
    m_timeline->setCurrentVersion(id);
    m_tree->view()->expandAll();
}

void MainWindow::stepVersion(int delta)
{
    const int row = m_versionCombo->findData(m_model->version()) + delta;
    if (row >= 0 && row < m_versionCombo->count())
        setVersion(m_versionCombo->itemData(row).toString());
}

void MainWindow::setAssumedAgiYear(int year)
{
    m_scenario->setAgiYear(year);
}

/// Shows the document's AGI year (0: not assumed) in the agreement model, the toolbar and the status line.
void MainWindow::showAgiYear(int year)
{
    MilestoneDates dates = m_model->milestoneDates();
    if (year > 0)
        dates.insert(AgiMilestoneId, QDate(year, 1, 1)); // the scenario model verifies AGI at the start of its year
    else
        dates.remove(AgiMilestoneId);
    m_model->setMilestoneDates(dates);
    const QSignalBlocker block(m_agiYear); // showing the year is no edit of it
    m_agiYear->setValue(year > 0 ? year : notAssumedSpinValue());
    describeSpecialValue(m_agiYear);
}

bool MainWindow::selectItem(const QString &id)
{
    const QModelIndex source = m_model->indexForId(id);
    if (!source.isValid())
        return false;
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid()) {
        // Hidden by the filter or by the version: show everything rather than refuse.
        m_tree->filterField()->clear();
        m_filter->setShowFutureClauses(true);
        proxy = m_filter->mapFromSource(source);
    }
    if (!proxy.isValid())
        return false;
    m_selection->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_timeline->scrollTo(proxy);
    return true;
}

bool MainWindow::find(const QString &text, bool backwards)
{
    return m_finder->find(text, backwards);
}

void MainWindow::showFindBar()
{
    m_findBar->show();
    m_findField->setFocus(Qt::ShortcutFocusReason);
    m_findField->selectAll();
}

/// What the user just did, done: in the status bar for a while.
void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message, MessageTimeout);
}

/// Confirms an export where the user looks after a save dialog: the status bar, with a button that opens the
/// file's folder for as long as the message shows.
void MainWindow::showExported(const QString &path)
{
    m_lastExportPath = path;
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), ExportMessageTimeout);
    m_openExportFolder->show();
}

bool MainWindow::openFile(const QString &path)
{
    if (documentKindOf(path) == DocumentKind::Scenario) {
        showPage(Page::Scenario);
        return m_scenarioFiles->open(path);
    }
    return openDataset(path);
}

bool MainWindow::openDataset(const QString &path)
{
    const Diagnostics diagnostics = m_document->open(path);
    const QString fileName = QFileInfo(path).fileName();
    if (hasErrors(diagnostics)) {
        showLoadErrors(fileName, diagnostics);
        return false;
    }
    const qsizetype warnings = warningCount(diagnostics);
    statusBar()->showMessage(warnings == 0 ? tr("Opened %1").arg(fileName)
                                           : tr("Opened %1 (warnings: %2)").arg(fileName).arg(warnings),
                             MessageTimeout);
    return true;
}

void MainWindow::chooseDataset()
{
    QSettings settings;
    const QString lastDirectory = settings
                                      .value(QStringLiteral("lastDatasetDirectory"),
                                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Dataset"), lastDirectory,
                                                      tr("Dealscope datasets (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastDatasetDirectory"), QFileInfo(path).absolutePath());
    openDataset(path);
}

void MainWindow::showLoadErrors(const QString &fileName, const Diagnostics &diagnostics)
{
    QStringList errors;
    for (const Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.isError())
            errors.append(diagnostic.toString());
    }
    QStringList summary = errors.mid(0, MaxErrorsInSummary);
    if (errors.size() > MaxErrorsInSummary)
        summary.append(tr("Further problems: %1 (see the details).").arg(errors.size() - MaxErrorsInSummary));

    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Dataset"),
                          tr("%1 is not a valid Dealscope dataset. The current dataset stays open.").arg(fileName),
                          QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("loadErrorDialog"));
    box->setTextFormat(Qt::PlainText); // file names and messages quote untrusted text
    box->setInformativeText(summary.join(u'\n'));
    box->setDetailedText(errors.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

/// Which part of the user guide F1 opens in each pane; the pages built later set their own.
void MainWindow::assignHelpTopics()
{
    setHelpTopic(m_tree, UserGuide::Topic::Tree);
    setHelpTopic(m_timeline, UserGuide::Topic::Timeline);
    setHelpTopic(m_detailsTabs, UserGuide::Topic::Details);
    setHelpTopic(m_mainToolBar, UserGuide::Topic::Versions);
    setHelpTopic(m_findBar, UserGuide::Topic::Find);
}

/// The first window: its default size where the screen has room, else the screen's available area, centred.
void MainWindow::fitToScreen()
{
    const QRect available = screen()->availableGeometry();
    const QSize room = available.size() - FrameAllowance;
    const QSize size = room.isEmpty() ? DefaultWindowSize : DefaultWindowSize.boundedTo(room);
    resize(size);
    move(available.center() - QPoint(width() / 2, height() / 2));
}

/// The window's remembered size, view and pane sizes: restored by the shell, before the first frame.
void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        fitToScreen();
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_pages->show(WindowPages::fromSetting(settings.value(QStringLiteral("page"))));
    m_explorerPage->restoreState(settings.value(QStringLiteral("explorer")).toByteArray());
    m_findBar->hide();
}

/// What the views remember: the version, the change marks and the assumed AGI year. Applied to the first
/// dataset the views show.
void MainWindow::restoreViewSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    if (const QString version = settings.value(QStringLiteral("version")).toString(); !version.isEmpty())
        setVersion(version);
    m_ui->showChangesAction->setChecked(settings.value(QStringLiteral("showChanges"), false).toBool());
    // Restored, not chosen now: no undo step. Without a remembered year the scenario's own stays.
    const QVariant agiYear = settings.value(QStringLiteral("assumedAgiYear"));
    if (agiYear.isValid())
        m_scenario->restoreAgiYear(agiYear.toInt());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("page"), WindowPages::key(m_pages->current()));
    settings.setValue(QStringLiteral("explorer"), m_explorerPage->saveState());
    if (!m_viewSettingsRestored)
        return; // closed before the views showed a dataset: what they remember stays as it was
    settings.setValue(QStringLiteral("version"), m_model->version());
    settings.setValue(QStringLiteral("showChanges"), m_ui->showChangesAction->isChecked());
    settings.setValue(QStringLiteral("assumedAgiYear"), m_scenario->assumedAgiYear().value_or(0));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isSetupComplete() && !UnsavedScenarioPrompt::mayClose(this, m_scenario, m_scenarioFiles)) {
        event->ignore();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    if (!m_firstFramePainted) {
        m_firstFramePainted = true;
        // Queued: the frame this event belongs to is painted and flushed first.
        QMetaObject::invokeMethod(this, &MainWindow::firstFramePainted, Qt::QueuedConnection);
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::applyLanguage(const QString &language)
{
    m_model->setLanguage(language);
    if (auto *articles = builtView<ArticleView>(Page::Articles))
        articles->setLanguage(language);
    updateDatasetViews();
    retranslate();
}

/// The views that read the dataset in the interface language, without the item model, where they are built.
void MainWindow::updateDatasetViews()
{
    const DatasetPtr dataset = m_document->dataset();
    const QString language = m_model->language();
    if (auto *articles = builtView<ArticleView>(Page::Articles))
        articles->setGlossary(dataset, language);
    if (auto *questions = builtView<OpenQuestionsView>(Page::Questions)) {
        questions->setDataset(dataset);
        questions->setLanguage(language);
    }
}

/// A link to a clause from a page other than the Explorer: the clause, selected in the Explorer.
void MainWindow::showInExplorer(const QString &id)
{
    if (selectItem(id))
        showPage(Page::Explorer);
}

void MainWindow::retranslatePaneActions()
{
    m_paneCycler->nextAction()->setText(tr("Next Pane"));
    m_paneCycler->nextAction()->setToolTip(
        tr("Move the focus to the next pane: toolbar, views, tree, timeline, details"));
    m_paneCycler->previousAction()->setText(tr("Previous Pane"));
    m_paneCycler->previousAction()->setToolTip(tr("Move the focus to the previous pane"));
}

/// Toolbar tooltips name the shortcut, so keyboard users can learn it; redone after every retranslation.
void MainWindow::nameShortcutsInToolTips()
{
    for (QAction *action :
         {m_ui->previousVersionAction, m_ui->nextVersionAction, m_ui->showChangesAction, m_ui->findAction}) {
        if (!action->shortcut().isEmpty())
            action->setToolTip(
                QStringLiteral("%1 (%2)").arg(action->toolTip().isEmpty() ? action->iconText() : action->toolTip(),
                                              action->shortcut().toString(QKeySequence::NativeText)));
    }
}

/// Every text the window sets itself, at construction and again on a change of language; the docks' own
/// widgets retranslate in their changeEvent().
void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    m_pages->retranslate();
    m_openExportFolder->setText(tr("Open Folder"));
    m_openExportFolder->setToolTip(tr("Open the folder of the file just exported"));
    m_mainToolBar->setWindowTitle(tr("Main Toolbar"));
    m_findBar->setWindowTitle(tr("Find"));
    m_versionLabel->setText(tr("As of:"));
    m_versionCombo->setToolTip(tr("Show the agreement as this version left it"));
    m_agiLabel->setText(tr("Assume AGI verified in:"));
    m_agiYear->setSpecialValueText(tr("not assumed"));
    m_agiYear->setToolTip(
        tr("Terms that end at AGI verification end at the start of this year, as in the scenario model. Nobody knows "
           "when, or whether, the expert panel will verify AGI."));
    describeSpecialValue(m_agiYear);
    m_findField->setPlaceholderText(tr("Find clauses and events…"));
    m_findField->setAccessibleName(tr("Find clauses and events"));
    m_closeFindAction->setText(tr("Close Find Bar"));
    nameShortcutsInToolTips();
    if (!isSetupComplete())
        return;
    m_detailsTabs->setTabText(0, tr("Details"));
    m_detailsTabs->setTabText(1, tr("Source"));
    m_detailsTabs->setAccessibleName(tr("Details and source"));
    retranslatePaneActions();
    m_zoomActions->retranslate();
    if (const DatasetPtr dataset = m_model->dataset()) {
        for (int row = 0; row < m_versionCombo->count(); ++row) {
            if (const Version *version = dataset->version(m_versionCombo->itemData(row).toString()))
                m_versionCombo->setItemText(row,
                                            QStringLiteral("%1 — %2").arg(version->date.toString(Qt::ISODate),
                                                                          version->label.text(m_model->language())));
        }
        setWindowTitle(tr("%1 — Dealscope").arg(dataset->title.text(m_model->language())));
    }
    m_details->showItem(m_filter->mapToSource(m_selection->currentIndex()));
    m_statusLine->refresh();
}

} // namespace Dealscope
