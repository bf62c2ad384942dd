// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/comparecontroller.h"

#include "agreement/agreementfiltermodel.h"
#include "agreement/agreementmodel.h"
#include "compare/compareview.h"
#include "compare/versioncomparison.h"
#include "export/exportrenderer.h"
#include "export/redlinepdf.h"
#include "session/languagemanager.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelineview.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QToolBar>

namespace Dealscope {

CompareController::CompareController(MainWindow *window, QMenu *viewMenu, QToolBar *toolBar, QAction *besideAction)
    : QObject(window), m_window(window), m_showAction(new QAction(this)), m_toggle(new QAction(this))
{
    m_showAction->setObjectName(QStringLiteral("compareVersionsAction"));
    m_showAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_toggle->setObjectName(QStringLiteral("compareToggleAction"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
    viewMenu->insertAction(viewMenu->actions().value(viewMenu->actions().indexOf(besideAction) + 1), m_showAction);
    viewMenu->insertAction(m_showAction, m_toggle);
    const QList<QAction *> toolActions = toolBar->actions();
    toolBar->insertAction(toolActions.value(toolActions.indexOf(besideAction) + 1), m_toggle);
    retranslate();
    window->installEventFilter(this); // language changes

    connect(m_showAction, &QAction::triggered, this, [this] {
        m_window->showPage(MainWindow::Page::Compare);
        m_view->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_toggle, &QAction::toggled, this, &CompareController::updateTimeline);
    // The toggle's tooltip names the two versions it compares.
    AgreementModel *model = window->agreementModel();
    connect(model, &QAbstractItemModel::modelReset, this, &CompareController::updateToggleToolTip);
    connect(model, &AgreementModel::versionChanged, this, &CompareController::updateToggleToolTip);
}

void CompareController::setView(CompareView *view)
{
    m_view = view;
    AgreementModel *model = m_window->agreementModel();
    connect(model, &QAbstractItemModel::modelReset, this, &CompareController::followDataset);
    connect(model, &AgreementModel::versionChanged, this, &CompareController::followModelVersion);
    connect(model, &AgreementModel::milestoneDatesChanged, this, [this] {
        m_view->setMilestoneDates(m_window->agreementModel()->milestoneDates());
        updateTimeline();
    });
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, m_view, &CompareView::setLanguage);
    connect(m_view, &CompareView::versionsChanged, this, &CompareController::versionsChosen);
    connect(m_view, &CompareView::itemSelected, m_window, &MainWindow::selectItem);
    connect(m_view, &CompareView::exportRequested, this, &CompareController::exportComparison);
    connect(m_window->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CompareController::followSelection);
    m_view->setLanguage(LanguageManager::instance()->language());
    m_view->setMilestoneDates(model->milestoneDates());
    followDataset();
    followSelection();
}

/// A new dataset (or a rebuilt model): the view shows it, compared as the window shows its version.
void CompareController::followDataset()
{
    AgreementModel *model = m_window->agreementModel();
    if (model->dataset() != m_view->dataset())
        m_view->setDataset(model->dataset());
    followModelVersion();
}

/// B is the version the window shows; A the one before it, unless the user picked an earlier A.
void CompareController::followModelVersion()
{
    AgreementModel *model = m_window->agreementModel();
    const QString shown = model->version();
    if (!model->dataset() || shown.isEmpty() || shown == m_view->versionB())
        return;
    m_view->setVersions(VersionComparison::previousVersion(*model->dataset(), shown), shown);
}

void CompareController::versionsChosen(const QString &, const QString &versionB)
{
    if (!versionB.isEmpty() && versionB != m_window->agreementModel()->version())
        m_window->setVersion(versionB);
    updateTimeline();
    updateToggleToolTip();
}

/// The version the toggle outlines: the Compare view's version A once it exists, else the one before the
/// version shown, which is what the view starts with.
QString CompareController::earlierVersion() const
{
    if (m_view)
        return m_view->versionA();
    const AgreementModel *model = m_window->agreementModel();
    if (!model->dataset() || model->version().isEmpty())
        return {};
    return VersionComparison::previousVersion(*model->dataset(), model->version());
}

/// In compare mode, each clause version A had is outlined with A's term under its bar.
void CompareController::updateTimeline()
{
    if (m_toggle->isChecked() && !m_view)
        m_window->compareView(); // builds the view, which knows version A; setView() comes back here
    TimelineView *timeline = m_window->timeline();
    const DatasetPtr dataset = m_view ? m_view->dataset() : DatasetPtr();
    QHash<QString, TimelineComparedTerm> terms;
    if (m_toggle->isChecked() && dataset) {
        if (const Version *version = dataset->version(m_view->versionA())) {
            const AgreementState state = asOf(*dataset, version->date, m_window->agreementModel()->milestoneDates());
            for (const ClauseState &clause : state.clauses) {
                if (!clause.isApplicable() || !clause.start.isValid())
                    continue;
                const double end
                    = clause.end.date.isValid() ? TimeScale::dayOf(clause.end.date) + 1.0 : TimelineItem::OpenEnd;
                terms.insert(clause.clause->id, {TimeScale::dayOf(clause.start), end});
            }
        }
    }
    timeline->setComparedTerms(terms);
}

void CompareController::followSelection()
{
    const QModelIndex current = m_window->selectionModel()->currentIndex();
    m_view->setCurrentItem(current.data(AgreementModel::IdRole).toString());
}

void CompareController::exportComparison()
{
    const DatasetPtr dataset = m_view->dataset();
    if (!dataset)
        return;
    const QString suggested = QStringLiteral("changes-%1-%2.pdf").arg(m_view->versionA(), m_view->versionB());
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString filter;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Changes"), folder + u'/' + suggested,
                                                tr("Redline PDF (*.pdf);;CSV table (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.contains(QLatin1String("csv")) ? QStringLiteral(".csv") : QStringLiteral(".pdf");
    QString error;
    const VersionComparison &comparison = m_view->comparison();
    const bool ok = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
        ? ExportRenderer::writeFile(path, toCsv(comparison.table()), &error)
        : RedlinePdf::write(*dataset, comparison, path, &error);
    if (!ok)
        QMessageBox::warning(m_window, tr("Export Changes"), error);
    else
        Q_EMIT exported(path);
}

bool CompareController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void CompareController::retranslate()
{
    m_showAction->setText(tr("Compare &Versions…"));
    m_showAction->setToolTip(tr("Compare two versions of the agreement, wording beside wording"));
    // The menu says what the toggle does; the toolbar has room for a word.
    m_toggle->setText(tr("Outline an Earlier Version on the &Timeline"));
    m_toggle->setIconText(tr("Compare"));
    updateToggleToolTip();
}

void CompareController::updateToggleToolTip()
{
    const QString shortcut = m_toggle->shortcut().toString(QKeySequence::NativeText);
    const AgreementModel *model = m_window->agreementModel();
    const Version *earlier = model->dataset() ? model->dataset()->version(earlierVersion()) : nullptr;
    const Version *shown = model->dataset() ? model->dataset()->version(model->version()) : nullptr;
    const auto name = [&model](const Version *version) {
        return QStringLiteral("%1 (%2)").arg(version->label.text(model->language()),
                                             QLocale().toString(version->date, QLocale::ShortFormat));
    };
    const QString tip = earlier && shown
        // Two lines: on one it ran past the edge of a 1024-pixel screen. Plain text, which screen readers
        // read as the button's description.
        ? tr("Outline on the timeline each term as %1 had it,\nto compare with %2 (%3)")
              .arg(name(earlier), name(shown), shortcut)
        : tr("Outline on the timeline each term as the version before had it (%1)").arg(shortcut);
    m_toggle->setToolTip(tip);
}

} // namespace Dealscope
