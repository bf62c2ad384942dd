// SPDX-License-Identifier: GPL-3.0-or-later
// The explorer window: its views and their arrangement, one shared selection, versions, find, file handling.
#include "agreement/agreementfiltermodel.h"
#include "agreement/agreementmodel.h"
#include "articles/articleview.h"
#include "compare/compareview.h"
#include "dataset/datasetdocument.h"
#include "explorer/clausetreepanel.h"
#include "explorer/detailspane.h"
#include "glance/startpage.h"
#include "questions/openquestionsview.h"
#include "scenario/charts/scenariochart.h"
#include "scenario/scenariodocument.h"
#include "scenario/scenariopanel.h"
#include "scenario/scenarioslider.h"
#include "session/languagemanager.h"
#include "timeline/timelineview.h"
#include "widgets/loadingplaceholder.h"
#include "window/explorerpage.h"
#include "window/mainwindow.h"
#include "window/windowpages.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

using namespace Dealscope;

Q_DECLARE_METATYPE(Dealscope::ClauseStatus)
Q_DECLARE_METATYPE(QMessageBox::StandardButton)

class TestMainWindow : public QObject
{
    Q_OBJECT

    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QModelIndex proxyIndex(const MainWindow &window, const QString &id)
    {
        return window.filterModel()->mapFromSource(window.agreementModel()->indexForId(id));
    }

    static QString currentId(const MainWindow &window)
    {
        return window.selectionModel()->currentIndex().data(AgreementModel::IdRole).toString();
    }

    /// Answers the next modal message box with @p button, as a user would; *@p asked tells whether one came.
    static void answerNextMessageBox(QMessageBox::StandardButton button, bool *asked)
    {
        *asked = false;
        QTimer::singleShot(0, [button, asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                *asked = box->objectName() == QLatin1String("unsavedScenarioDialog");
                box->button(button)->click();
            }
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(LanguageManager::instance()->applyLanguage(QStringLiteral("en"))); // as at start: plural forms
    }
    void init() { QSettings().clear(); }

    void showsTheBundledDatasetInTreeTimelineAndDetails()
    {
        DatasetDocument document;
        QVERIFY(document.openBundled().isEmpty());
        MainWindow window(&document);
        window.showPage(MainWindow::Page::Explorer);
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const DatasetPtr dataset = document.dataset();
        QVERIFY(window.windowTitle().contains(dataset->title.english()));
        QCOMPARE(window.clauseTree()->view()->model()->rowCount(), dataset->categories.size() + 1);
        QVERIFY(window.timeline()->laneCount() >= dataset->categories.size());
        QVERIFY(window.timeline()->itemCount() > 20);
        const QString overview = window.details()->toPlainText();
        QVERIFY(overview.contains(dataset->title.english()));
        QVERIFY(overview.contains(QStringLiteral("June 2026"))); // the known gap in the sources

        for (const char *name : {"explorerPage", "detailsTabs", "mainToolBar", "findToolBar"})
            QVERIFY2(window.findChild<QWidget *>(QLatin1String(name)), name);

        // The screenshot reviewers look at: checked by properties, not pixel equality.
        const QImage shot = window.grab().toImage();
        QCOMPARE(shot.size(), QSize(1600, 900) * shot.devicePixelRatio());
        const QRect timelineArea(window.timeline()->mapTo(&window, QPoint(0, 0)), window.timeline()->size());
        QVERIFY(timelineArea.width() > 400);
        QSet<QRgb> colours;
        for (int y = timelineArea.top(); y < timelineArea.bottom(); y += 7) {
            for (int x = timelineArea.left(); x < timelineArea.right(); x += 7)
                colours.insert(shot.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size()))); // lanes, bars, labels
        const QString outDir = qEnvironmentVariable("DEALSCOPE_TEST_OUTPUT_DIR");
        if (!outDir.isEmpty())
            QVERIFY(shot.save(outDir + QStringLiteral("/mainwindow.png")));
    }

    void selectionMovesBetweenTreeAndTimeline()
    {
        DatasetDocument document;
        document.openBundled();
        MainWindow window(&document);
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Tree → timeline: the same selection model, so the timeline shows the selected clause.
        const QModelIndex c4 = proxyIndex(window, QStringLiteral("C4"));
        QVERIFY(c4.isValid());
        window.clauseTree()->view()->setCurrentIndex(c4);
        QCOMPARE(currentId(window), QStringLiteral("C4"));
        const int item = window.timeline()->itemOf(c4);
        QVERIFY(item >= 0);
        QVERIFY(window.timeline()->isItemSelected(item));
        QVERIFY(window.details()->toPlainText().contains(QStringLiteral("C4")));

        // Timeline → tree: a click on another bar selects it in the tree.
        const QModelIndex n5 = proxyIndex(window, QStringLiteral("N5"));
        window.timeline()->scrollTo(n5);
        const QRect rect = window.timeline()->visualRect(n5);
        QVERIFY(!rect.isEmpty());
        QTest::mouseClick(window.timeline()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(currentId(window), QStringLiteral("N5"));
        QCOMPARE(window.clauseTree()->view()->currentIndex().data(AgreementModel::IdRole).toString(),
                 QStringLiteral("N5"));
    }

    void versionSwitchingChangesStatuses_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("clause");
        QTest::addColumn<ClauseStatus>("status");
        QTest::newRow("Oct 2025: API exclusivity in force") << "v2025-10-28"
                                                            << "C1" << ClauseStatus::InForce;
        QTest::newRow("Apr 2026: API exclusivity ended") << "v2026-04-27"
                                                         << "C1" << ClauseStatus::Ended;
        QTest::newRow("Apr 2026: research IP unknown") << "v2026-04-27"
                                                       << "C4" << ClauseStatus::Unknown;
        QTest::newRow("Feb 2026: revenue share until AGI in force") << "v2026-02-27"
                                                                    << "C9" << ClauseStatus::InForce;
        QTest::newRow("Apr 2026: capped revenue share in force") << "v2026-04-27"
                                                                 << "N5" << ClauseStatus::InForce;
    }

    void versionSwitchingChangesStatuses()
    {
        QFETCH(QString, version);
        QFETCH(QString, clause);
        QFETCH(ClauseStatus, status);
        DatasetDocument document;
        document.openBundled();
        MainWindow window(&document);
        window.setVersion(version);
        auto *combo = window.findChild<QComboBox *>(QStringLiteral("versionCombo"));
        QCOMPARE(combo->currentData().toString(), version);
        const QModelIndex index = proxyIndex(window, clause);
        QVERIFY(index.isValid());
        QCOMPARE(ClauseStatus(index.data(AgreementModel::StatusRole).toInt()), status);
    }

    void previousAndNextVersionActions()
    {
        DatasetDocument document;
        document.openBundled();
        MainWindow window(&document);
        auto action = [&window](const char *name) { return window.findChild<QAction *>(QLatin1String(name)); };
        QCOMPARE(window.agreementModel()->version(), QStringLiteral("v2026-04-27")); // the latest by default
        QVERIFY(!action("nextVersionAction")->isEnabled());
        action("previousVersionAction")->trigger();
        QCOMPARE(window.agreementModel()->version(), QStringLiteral("v2026-02-27"));
        QVERIFY(action("nextVersionAction")->isEnabled());
        action("nextVersionAction")->trigger();
        QCOMPARE(window.agreementModel()->version(), QStringLiteral("v2026-04-27"));
        QCOMPARE(action("previousVersionAction")->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Left));
    }

    void assumedAgiYearMovesTheEnds()
    {
        DatasetDocument document;
        document.openBundled();
        MainWindow window(&document);
        window.setVersion(QStringLiteral("v2025-10-28"));
        const QModelIndex c1 = proxyIndex(window, QStringLiteral("C1"));
        // From the start the agreement assumes the scenario's AGI year, as the chart does.
        QCOMPARE(c1.data(AgreementModel::EndDateRole).toDate(), QDate(2032, 1, 1));
        window.setAssumedAgiYear(0);
        QVERIFY(window.timeline()->toolTipFor(c1).contains(QStringLiteral("AGI")));
        QVERIFY(!c1.data(AgreementModel::EndDateRole).toDate().isValid());
        window.setAssumedAgiYear(2029);
        QCOMPARE(c1.data(AgreementModel::EndDateRole).toDate(), QDate(2029, 1, 1));
        window.setAssumedAgiYear(0);
        QVERIFY(!c1.data(AgreementModel::EndDateRole).toDate().isValid());
    }

    /// The AGI year is one value: changed from the toolbar, the scenario slider and the timeline in turn, the
    /// toolbar, the slider, the agreement (and so the timeline and the tree) and the chart all follow, and each
    /// change is one undo step.
    void theAgiYearIsOneValueForTheToolbarTheSliderAndTheTimeline()
    {
        DatasetDocument document;
        QVERIFY(document.openBundled().isEmpty());
        MainWindow window(&document);
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setVersion(QStringLiteral("v2025-10-28"));
        auto *spin = window.findChild<QSpinBox *>(QStringLiteral("agiYearSpin"));
        QVERIFY(spin);
        ScenarioSlider *slider = window.scenarioPanel()->slider(AssumptionId::AgiMedianYear);
        QUndoStack *undo = window.scenarioDocument()->undoStack();
        const QModelIndex c1 = proxyIndex(window, QStringLiteral("C1")); // API exclusivity, until AGI
        const auto verifyEveryViewShows = [&](int year) {
            QCOMPARE(spin->value(), year);
            QCOMPARE(slider->slider()->value(), slider->positionFor(year));
            QCOMPARE(window.agreementModel()->milestoneDates().value(AgiMilestoneId), QDate(year, 1, 1));
            QCOMPARE(c1.data(AgreementModel::EndDateRole).toDate(), QDate(year, 1, 1));
            QVERIFY(window.timeline()->toolTipFor(c1).contains(QString::number(year)));
            const QString markers = window.scenarioPanel()->chart()->markerLabels().join(u' ');
            QVERIFY2(markers.contains(QStringLiteral("AGI %1").arg(year)), qPrintable(markers));
        };
        verifyEveryViewShows(2032);
        QCOMPARE(undo->count(), 0);

        spin->setValue(2035);
        verifyEveryViewShows(2035);
        QCOMPARE(undo->count(), 1);

        slider->slider()->setValue(slider->positionFor(2030));
        verifyEveryViewShows(2030);
        QCOMPARE(undo->count(), 2);

        TimelineView *timeline = window.timeline();
        timeline->setVisibleRange(QDate(2030, 1, 1), QDate(2040, 1, 1));
        const QPoint point(int(timeline->xForDate(QDate(2034, 7, 1))), timeline->viewport()->height() / 2);
        const std::unique_ptr<QMenu> menu(timeline->createContextMenu(point));
        QVERIFY(menu);
        QAction *assume = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text().contains(QStringLiteral("2034")))
                assume = action;
        }
        QVERIFY(assume);
        const QDate firstShown = timeline->firstVisibleDate();
        const QDate lastShown = timeline->lastVisibleDate();
        assume->trigger();
        verifyEveryViewShows(2034); // within the chart's horizon, so its marker shows too
        QCOMPARE(undo->count(), 3);
        QCoreApplication::processEvents(); // the timeline rebuilds its bars: the user's zoom stays
        QCOMPARE(timeline->firstVisibleDate(), firstShown);
        QCOMPARE(timeline->lastVisibleDate(), lastShown);

        for (const int year : {2030, 2035, 2032}) {
            undo->undo();
            verifyEveryViewShows(year);
        }
    }

    void findSelectsTheNextMatch()
    {
        DatasetDocument document;
        document.openBundled();
        MainWindow window(&document);
        QVERIFY(window.find(QStringLiteral("research IP")));
        const QString first = currentId(window);
        QVERIFY(!first.isEmpty());
        QVERIFY(window.find(QStringLiteral("Amazon")));
        QVERIFY(currentId(window) != first);
        QVERIFY(!window.find(QStringLiteral("no such words anywhere")));
    }

    void detailsLinksSelectOtherClauses()
    {
        DatasetDocument document;
        document.openBundled();
        MainWindow window(&document);
        QVERIFY(window.selectItem(QStringLiteral("C1")));
        Q_EMIT window.details()->itemRequested(QStringLiteral("N2"));
        QCOMPARE(currentId(window), QStringLiteral("N2"));
        QVERIFY(!window.selectItem(QStringLiteral("no-such-id")));
    }

    void brokenFileKeepsThePreviousDataset()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString broken
            = writeFile(dir, QStringLiteral("broken.json"),
                        "{\"format\": \"dealscope-dataset\", \"formatVersion\": 1,\n"
                        " \"id\": \"x\", \"title\": {\"en\": \"X\"}, \"factsCheckedOn\": \"2026-02-30\"}");
        DatasetDocument document;
        document.openBundled();
        const DatasetPtr before = document.dataset();
        MainWindow window(&document);
        window.show();
        const QString titleBefore = window.windowTitle();

        QVERIFY(!window.openDataset(broken));
        QCOMPARE(document.dataset(), before);
        QCOMPARE(window.windowTitle(), titleBefore);

        auto *box = window.findChild<QMessageBox *>(QStringLiteral("loadErrorDialog"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("broken.json")));
        QVERIFY2(box->informativeText().contains(
                     QStringLiteral("broken.json:2:53: factsCheckedOn: invalid date \"2026-02-30\"")),
                 qPrintable(box->informativeText()));
        box->close();
    }

    void validFileReplacesTheDataset()
    {
        DatasetDocument document;
        document.openBundled();
        MainWindow window(&document);
        QVERIFY(window.openDataset(QStringLiteral(DEALSCOPE_TEST_DATA_DIR "/minimal.json")));
        QCOMPARE(document.dataset()->id, QStringLiteral("minimal"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Minimal agreement")));
        QVERIFY(!document.isBundled());
    }

    void datasetTextIsShownAsPlainText()
    {
        // Titles come from files others send: markup in them must be shown, not interpreted or loaded.
        QTemporaryDir dir;
        QFile fixture(QStringLiteral(DEALSCOPE_TEST_DATA_DIR "/minimal.json"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QByteArray data = fixture.readAll();
        data.replace("Minimal agreement", "<img src='file:///etc/passwd'><b>Bold</b>");
        const QString path = writeFile(dir, QStringLiteral("markup.json"), data);

        DatasetDocument document;
        MainWindow window(&document);
        QVERIFY(window.openDataset(path));
        QVERIFY(window.details()->toPlainText().contains(QStringLiteral("<img src='file:///etc/passwd'><b>Bold</b>")));
        QVERIFY(!window.details()
                     ->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/passwd")))
                     .isValid());
    }

    // A first start fits the screen, whatever its size: no edge of the window off-screen.
    void firstWindowFitsTheScreen()
    {
        DatasetDocument document;
        document.openBundled();
        MainWindow window(&document);
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(available.contains(window.geometry()),
                 qPrintable(QStringLiteral("window %1,%2 %3×%4 on a screen of %5×%6")
                                .arg(window.x())
                                .arg(window.y())
                                .arg(window.width())
                                .arg(window.height())
                                .arg(available.width())
                                .arg(available.height())));
    }

    // The details stand under the timeline in a narrow window and beside it in a wide one; what the user drags
    // is kept for each arrangement.
    void explorerArrangesItsPanesForTheWidth()
    {
        DatasetDocument document;
        document.openBundled();
        MainWindow window(&document);
        window.showPage(MainWindow::Page::Explorer);
        ExplorerPage *page = window.explorerPage();
        auto *inner = page->findChild<QSplitter *>(QStringLiteral("timelineDetailsSplitter"));
        QVERIFY(inner);
        QCOMPARE(inner->widget(0), window.timeline());
        QCOMPARE(inner->widget(1), window.detailsTabs());

        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(page->detailsPlacement(), Qt::Vertical);
        QVERIFY(window.timeline()->width() > page->width() / 2);
        QVERIFY(window.details()->width() > page->width() / 2);
        window.resize(ExplorerPage::WideLayoutWidth + 100, 800);
        QTRY_COMPARE(page->detailsPlacement(), Qt::Horizontal);
        QVERIFY(window.timeline()->height() > page->height() * 9 / 10);
        QVERIFY(window.timeline()->width() > page->width() * 2 / 5);
        window.resize(1200, 700);
        QTRY_COMPARE(page->detailsPlacement(), Qt::Vertical);

        // A dragged handle is what the user chose: it survives the way through the settings, for this
        // arrangement, and Reset Layout forgets it.
        const QByteArray defaults = ExplorerPage().saveState();
        QCOMPARE(page->saveState(), defaults);
        auto *outer = page->findChild<QSplitter *>(QStringLiteral("explorerSplitter"));
        QSplitterHandle *handle = outer->handle(1);
        const int treeWidth = window.clauseTree()->width();
        const QPoint grip = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, {}, grip);
        QTest::mouseMove(handle, grip + QPoint(60, 0));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, grip + QPoint(60, 0));
        QCOMPARE(window.clauseTree()->width(), treeWidth + 60);
        const QByteArray chosen = page->saveState();
        QVERIFY(chosen != defaults);

        ExplorerPage reopened;
        reopened.resize(page->size());
        reopened.restoreState(chosen);
        QCOMPARE(reopened.saveState(), chosen);
        page->resetLayout();
        QCOMPARE(page->saveState(), defaults);
        QCOMPARE(window.clauseTree()->width(), treeWidth);
        page->restoreState(QByteArray("not a state")); // unreadable: ignored
        QCOMPARE(page->saveState(), defaults);
    }

    void layoutIsRememberedAndCanBeReset()
    {
        DatasetDocument document;
        document.openBundled();
        QSize saved;
        {
            MainWindow window(&document);
            // Qt 6.8 fits a restored window into its screen's available area (the offscreen screen is 800×800
            // there), as it should: save a size within it, leaving room for the frame. The window's minimum
            // size may still make it larger; what is compared is the size it had.
            const QSize available = window.screen()->availableGeometry().size() - QSize(60, 60);
            window.resize(QSize(1500, 850).boundedTo(available));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            saved = window.size();
            window.showPage(MainWindow::Page::Articles);
            window.findChild<QToolBar *>(QStringLiteral("mainToolBar"))->hide();
            window.setVersion(QStringLiteral("v2025-10-28"));
            window.close();
        }
        MainWindow restored(&document);
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        QCOMPARE(restored.size(), saved);
        QCOMPARE(restored.currentPage(), MainWindow::Page::Articles);
        QVERIFY(restored.articleView()->isVisible());
        auto *toolBar = restored.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(!toolBar->isVisible());
        QCOMPARE(restored.agreementModel()->version(), QStringLiteral("v2025-10-28"));
        restored.findChild<QAction *>(QStringLiteral("resetLayoutAction"))->trigger();
        QVERIFY(toolBar->isVisible());
    }

    // F6 and Shift+F6 move the focus from pane to pane of the view on show, and round again.
    void f6MovesFromPaneToPane()
    {
        DatasetDocument document;
        document.openBundled();
        MainWindow window(&document);
        window.showPage(MainWindow::Page::Explorer);
        window.resize(1024, 700);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const auto focusIn = [](const QWidget *pane) {
            const QWidget *focus = QApplication::focusWidget();
            return focus && (focus == pane || pane->isAncestorOf(focus));
        };
        window.clauseTree()->view()->setFocus();
        QVERIFY(focusIn(window.clauseTree()));

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QVERIFY(focusIn(window.timeline()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QVERIFY(focusIn(window.detailsTabs()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QVERIFY(focusIn(window.findChild<QToolBar *>(QStringLiteral("mainToolBar"))));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QVERIFY(focusIn(window.detailsTabs()));

        // Panes of views not on show are skipped.
        window.showPage(MainWindow::Page::Articles);
        QTabBar *views = window.findChild<QTabWidget *>(QStringLiteral("pages"))->tabBar();
        views->setFocus();
        QTest::keyClick(views, Qt::Key_F6);
        QVERIFY(focusIn(window.articleView()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QVERIFY(focusIn(window.findChild<QToolBar *>(QStringLiteral("mainToolBar"))));
    }

    // A page built when it is first shown takes the keyboard focus as a page built before would: the first
    // field of its view, from where Tab goes on through the view.
    void aPageBuiltWhenShownTakesTheFocus()
    {
        DatasetDocument document;
        document.openBundled();
        MainWindow window(&document);
        window.resize(1600, 900);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        window.timeline()->setFocus();
        QVERIFY(window.timeline()->hasFocus());

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), window.scenarioPanel()->regimeCombo());
        int presses = 0;
        while (!qobject_cast<QSlider *>(QApplication::focusWidget()) && presses < 10) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QVERIFY(window.scenarioPanel()->isAncestorOf(QApplication::focusWidget()));
            ++presses;
        }
        QVERIFY2(qobject_cast<QSlider *>(QApplication::focusWidget()), "Tab reaches the first slider");
    }

    // A page chosen by its shortcut takes the keyboard, wherever the focus was: Tab goes on in the page.
    void aPageChosenByItsShortcutTakesTheFocus_data()
    {
        QTest::addColumn<QKeySequence>("shortcut");
        QTest::addColumn<int>("page");
        for (const MainWindow::Page page :
             {MainWindow::Page::Explorer, MainWindow::Page::Scenario, MainWindow::Page::Articles,
              MainWindow::Page::Compare, MainWindow::Page::Questions, MainWindow::Page::Glance}) {
            QTest::addRow("%s", qPrintable(WindowPages::key(page))) << WindowPages::shortcut(page) << int(page);
        }
    }

    void aPageChosenByItsShortcutTakesTheFocus()
    {
        QFETCH(QKeySequence, shortcut);
        QFETCH(int, page);
        DatasetDocument document;
        document.openBundled();
        MainWindow window(&document);
        window.showPage(page == int(MainWindow::Page::Glance) ? MainWindow::Page::Explorer : MainWindow::Page::Glance);
        window.resize(1600, 900);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *versions = window.findChild<QComboBox *>(QStringLiteral("versionCombo"));
        versions->setFocus();
        QVERIFY(versions->hasFocus());
        QTest::keySequence(versions, shortcut);
        QCOMPARE(int(window.currentPage()), page);
        const QWidget *view = window.findChild<QTabWidget *>(QStringLiteral("pages"))->currentWidget();
        QVERIFY2(view->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString()));
        if (page == int(MainWindow::Page::Explorer))
            QCOMPARE(QApplication::focusWidget(), window.clauseTree()->view());
        if (page == int(MainWindow::Page::Scenario)) // the first slider, not the terms that arrow keys change
            QCOMPARE(QApplication::focusWidget(), window.scenarioPanel()->findChild<QSlider *>());
    }

    // View › Explorer, Scenario and Articles (Ctrl+1 to Ctrl+3) and the tabs are one choice; a clause link in
    // an article shows the clause in the Explorer.
    void viewsSwitchByMenuTabAndLink()
    {
        DatasetDocument document;
        document.openBundled();
        MainWindow window(&document);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *pages = window.findChild<QTabWidget *>(QStringLiteral("pages"));
        QVERIFY(pages);
        // A first start opens on the deal at a glance; Alt+Home returns there.
        QCOMPARE(window.currentPage(), MainWindow::Page::Glance);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Explorer);
        QTest::keyClick(&window, Qt::Key_Home, Qt::AltModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Glance);
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Questions);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Explorer);

        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Scenario);
        QVERIFY(window.scenarioPanel()->isVisible());
        QVERIFY(!window.timeline()->isVisible());
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Articles);
        QVERIFY(window.articleView()->isVisible());

        pages->setCurrentIndex(int(MainWindow::Page::Scenario));
        const QList<QAction *> viewActions = window.findChildren<QAction *>();
        const auto checkedView = [&] {
            for (QAction *action : viewActions) {
                if (action->isChecked() && action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_2))
                    return true;
            }
            return false;
        };
        QVERIFY(checkedView()); // the menu follows the tab

        // View › Zoom acts on the timeline, and only while the Explorer is shown.
        auto *zoomIn = window.findChild<QAction *>(QStringLiteral("zoomInAction"));
        auto *resetZoom = window.findChild<QAction *>(QStringLiteral("resetZoomAction"));
        QVERIFY(zoomIn && resetZoom);
        QVERIFY(!zoomIn->isEnabled());
        window.showPage(MainWindow::Page::Explorer);
        QVERIFY(zoomIn->isEnabled());
        resetZoom->trigger();
        const double opening = window.timeline()->pixelsPerDay();
        zoomIn->trigger();
        QVERIFY(window.timeline()->pixelsPerDay() > opening);
        resetZoom->trigger();
        QCOMPARE(window.timeline()->pixelsPerDay(), opening);

        window.showPage(MainWindow::Page::Articles);
        Q_EMIT window.articleView()->clauseActivated(QStringLiteral("C1"));
        QCOMPARE(window.currentPage(), MainWindow::Page::Explorer);
        QCOMPARE(currentId(window), QStringLiteral("C1"));
    }

    // Cold start: the shell paints first, with placeholders where the views go; completeSetup() builds them.
    void shellPaintsBeforeTheViewsAreBuilt()
    {
        DatasetDocument document; // empty, as when the application starts
        MainWindow window(&document, MainWindow::Construction::ShellOnly);
        QVERIFY(!window.isSetupComplete());
        QVERIFY(!window.timeline());
        QVERIFY(!window.scenarioPanel());
        // One placeholder for each pane: the start page, the tree, the timeline and the details, the scenario,
        // the articles, the comparison, the open questions.
        QCOMPARE(window.findChildren<LoadingPlaceholder *>().size(), 8);
        QVERIFY(window.explorerPage());

        QSignalSpy painted(&window, &MainWindow::firstFramePainted);
        window.show();
        QVERIFY(painted.wait());
        QVERIFY(!window.isSetupComplete()); // painting alone builds nothing
        window.update();
        QTest::qWait(50);
        QCOMPARE(painted.count(), 1); // once only

        // As the application does: the views are built, then the dataset arrives.
        window.completeSetup();
        QVERIFY(window.isSetupComplete());
        QVERIFY(document.openBundled().isEmpty());
        QVERIFY(window.explorerPage()->isAncestorOf(window.clauseTree()));
        QVERIFY(window.explorerPage()->isAncestorOf(window.details()));
        // The page on show, the start page of a first start, is built with the views and shows at once; the
        // four others keep their placeholders until they are first shown or asked for.
        QCOMPARE(window.currentPage(), MainWindow::Page::Glance);
        QVERIFY(window.startPage()->isVisible());
        QCOMPARE(window.findChildren<LoadingPlaceholder *>().size(), 4);
        QCOMPARE(window.scenarioPanel()->parentWidget()->objectName(), QStringLiteral("scenarioPage"));
        QCOMPARE(window.articleView()->parentWidget()->objectName(), QStringLiteral("articlesPage"));
        QCOMPARE(window.findChildren<LoadingPlaceholder *>().size(), 2);
        window.showPage(MainWindow::Page::Compare);
        QVERIFY(window.compareView()->isVisible());
        window.showPage(MainWindow::Page::Questions);
        QVERIFY(window.questionsView()->isVisible());
        QVERIFY(window.findChildren<LoadingPlaceholder *>().isEmpty());
        window.showPage(MainWindow::Page::Glance);
        QVERIFY(window.startPage()->isVisible());
        QVERIFY(window.windowTitle().contains(document.dataset()->title.text(QStringLiteral("en"))));
        QVERIFY(window.filterModel()->rowCount() > 0);
        QVERIFY(window.scenarioPanel()->document()->undoStack()->isClean());

        // A second call changes nothing: no views, menu entries or undo actions twice.
        TimelineView *timeline = window.timeline();
        const int undoActions = window.findChildren<QAction *>(QStringLiteral("undoAction")).size();
        window.completeSetup();
        QCOMPARE(window.timeline(), timeline);
        QCOMPARE(window.findChildren<QAction *>(QStringLiteral("undoAction")).size(), undoActions);
        QCOMPARE(undoActions, 1);
    }

    // What the user left (size, view, version, AGI year) is the same whether the window is built at once
    // or shell first.
    void shellFirstRestoresWhatACompleteWindowRestores()
    {
        DatasetDocument document;
        document.openBundled();
        {
            MainWindow window(&document);
            const QSize available = window.screen()->availableGeometry().size() - QSize(60, 60);
            window.resize(QSize(1400, 800).boundedTo(available));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showPage(MainWindow::Page::Scenario);
            window.setVersion(QStringLiteral("v2026-02-27"));
            window.setAssumedAgiYear(2031); // also a scenario edit: closing asks about it
            bool asked = false;
            answerNextMessageBox(QMessageBox::Discard, &asked);
            QVERIFY(window.close());
            QVERIFY(asked);
        }
        MainWindow complete(&document);
        DatasetDocument stagedDocument; // empty until the views are built, as in the application
        MainWindow staged(&stagedDocument, MainWindow::Construction::ShellOnly);
        QSignalSpy painted(&staged, &MainWindow::firstFramePainted);
        complete.show();
        staged.show();
        QVERIFY(painted.wait());
        staged.completeSetup();
        QCOMPARE(staged.agreementModel()->rowCount(), 0);
        stagedDocument.openBundled();
        QVERIFY(QTest::qWaitForWindowExposed(&complete));
        // Both windows lay out their new contents; the staged one grows to its views' minimum once its
        // layout request is handled, which a busy machine may take a while to get to.
        QTRY_COMPARE(staged.size(), complete.size());
        QCOMPARE(staged.agreementModel()->version(), QStringLiteral("v2026-02-27"));
        QCOMPARE(staged.agreementModel()->version(), complete.agreementModel()->version());
        QCOMPARE(staged.agreementModel()->milestoneDates(), complete.agreementModel()->milestoneDates());
        QVERIFY(staged.scenarioPanel()->document()->undoStack()->isClean()); // a restored AGI year is no edit
        QCOMPARE(staged.currentPage(), MainWindow::Page::Scenario);
        QCOMPARE(staged.currentPage(), complete.currentPage());
        QTRY_COMPARE(staged.scenarioPanel()->geometry(), complete.scenarioPanel()->geometry());
        staged.showPage(MainWindow::Page::Explorer);
        complete.showPage(MainWindow::Page::Explorer);
        QCOMPARE(staged.explorerPage()->saveState(), complete.explorerPage()->saveState());
        QCOMPARE(staged.timeline()->geometry(), complete.timeline()->geometry());
        QCOMPARE(staged.clauseTree()->geometry(), complete.clauseTree()->geometry());
    }

    // Closing with scenario edits that are in no file asks first; Cancel keeps the window and the edits.
    void closingWithUnsavedScenarioEditsAsks_data()
    {
        QTest::addColumn<bool>("edited");
        QTest::addColumn<QMessageBox::StandardButton>("answer");
        QTest::addColumn<bool>("asked");
        QTest::addColumn<bool>("closed");
        QTest::newRow("no edits: closes without asking") << false << QMessageBox::Cancel << false << true;
        QTest::newRow("edits, Cancel: stays open") << true << QMessageBox::Cancel << true << false;
        QTest::newRow("edits, Discard: closes") << true << QMessageBox::Discard << true << true;
    }

    void closingWithUnsavedScenarioEditsAsks()
    {
        QFETCH(bool, edited);
        QFETCH(QMessageBox::StandardButton, answer);
        QFETCH(bool, asked);
        QFETCH(bool, closed);
        DatasetDocument document;
        document.openBundled();
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (edited)
            window.scenarioPanel()->loadPreset(QStringLiteral("bull"));
        QCOMPARE(window.scenarioPanel()->document()->undoStack()->isClean(), !edited);

        bool wasAsked = false;
        answerNextMessageBox(answer, &wasAsked);
        QCOMPARE(window.close(), closed);
        QCOMPARE(wasAsked, asked);
        QCOMPARE(window.isVisible(), !closed);
        QCOMPARE(window.scenarioPanel()->document()->undoStack()->isClean(), !edited); // Cancel loses nothing
    }

    // Closed before its views were built, the window keeps what they remembered.
    void closingTheShellKeepsTheRememberedVersion()
    {
        {
            QSettings settings;
            settings.setValue(QStringLiteral("MainWindow/version"), QStringLiteral("v2026-02-27"));
            settings.setValue(QStringLiteral("MainWindow/assumedAgiYear"), 2031);
        }
        DatasetDocument document;
        {
            MainWindow shell(&document, MainWindow::Construction::ShellOnly);
            shell.show();
            shell.close();
        }
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("MainWindow/version")).toString(), QStringLiteral("v2026-02-27"));
        QCOMPARE(settings.value(QStringLiteral("MainWindow/assumedAgiYear")).toInt(), 2031);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
