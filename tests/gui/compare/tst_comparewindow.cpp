// SPDX-License-Identifier: GPL-3.0-or-later
// Compare Versions in the window: the menu entry and its page, the Compare toggle on the timeline, version B
// following the window's version, one selection with the other views, and the page at two sizes and two
// languages (screenshots in DEALSCOPE_TEST_OUTPUT_DIR).
#include "agreement/agreementmodel.h"
#include "compare/compareview.h"
#include "compare/versioncomparison.h"
#include "dataset/datasetdocument.h"
#include "session/languagemanager.h"
#include "timeline/timelineview.h"
#include "widgets/colourmix.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolBar>

using namespace Dealscope;

namespace {
const QString October2025 = QStringLiteral("v2025-10-28");
const QString April2026 = QStringLiteral("v2026-04-27");
} // namespace

class TestCompareWindow : public QObject
{
    Q_OBJECT

    static QAction *action(const MainWindow &window, const char *name)
    {
        return window.findChild<QAction *>(QLatin1String(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(LanguageManager::instance()->applyLanguage(QStringLiteral("en")));
    }
    void init() { QSettings().clear(); }

    void menuEntryShowsTheComparePage()
    {
        DatasetDocument document;
        QVERIFY(document.openBundled().isEmpty());
        MainWindow window(&document);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *compare = action(window, "compareVersionsAction");
        QVERIFY(compare);
        QVERIFY(!compare->shortcut().isEmpty());
        QVERIFY(window.findChild<QMenu *>(QStringLiteral("viewMenu"))->actions().contains(compare));
        compare->trigger();
        QCOMPARE(window.currentPage(), MainWindow::Page::Compare);
        // B is the version the window shows, A the one before it.
        auto *view = window.compareView();
        QCOMPARE(view->versionB(), window.agreementModel()->version());
        QCOMPARE(view->versionA(), window.agreementModel()->previousVersion());
    }

    void versionBFollowsTheWindowAndBack()
    {
        DatasetDocument document;
        document.openBundled();
        MainWindow window(&document);
        auto *view = window.compareView();
        window.setVersion(October2025);
        QCOMPARE(view->versionB(), October2025);
        view->setVersions(October2025, April2026);
        QCOMPARE(window.agreementModel()->version(), April2026);
        QCOMPARE(view->versionA(), October2025); // chosen in the view: kept
    }

    void rowsAndTheSharedSelection()
    {
        DatasetDocument document;
        document.openBundled();
        MainWindow window(&document);
        window.resize(1600, 900);
        window.show();
        auto *view = window.compareView();
        view->setVersions(October2025, April2026);
        const int row = view->model()->rowOf(QStringLiteral("C9"));
        QVERIFY(row >= 0);
        view->table()->setCurrentIndex(view->model()->index(row, 0));
        QCOMPARE(window.selectionModel()->currentIndex().data(AgreementModel::IdRole).toString(), QStringLiteral("C9"));
        // A selection made elsewhere shows in the view.
        QVERIFY(window.selectItem(QStringLiteral("C3")));
        QCOMPARE(view->table()->currentIndex().data(ComparisonModel::IdRole).toString(), QStringLiteral("C3"));
    }

    void toggleOutlinesVersionATermsOnTheTimeline()
    {
        DatasetDocument document;
        document.openBundled();
        MainWindow window(&document);
        window.showPage(MainWindow::Page::Explorer);
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *toggle = action(window, "compareToggleAction");
        QVERIFY(toggle);
        QVERIFY(window.findChild<QToolBar *>(QStringLiteral("mainToolBar"))->actions().contains(toggle));
        // Before the Compare view exists, the toggle names what it will compare: the version before the
        // one shown, and the one shown.
        const DatasetPtr dataset = window.agreementModel()->dataset();
        const auto label = [&dataset](const QString &id) { return dataset->version(id)->label.english(); };
        window.setVersion(April2026);
        const QString before2026 = VersionComparison::previousVersion(*dataset, April2026);
        QVERIFY2(toggle->toolTip().contains(label(before2026)) && toggle->toolTip().contains(label(April2026)),
                 qPrintable(toggle->toolTip()));
        QCOMPARE(toggle->iconText(), QStringLiteral("Compare")); // the toolbar's word; the menu says more
        QVERIFY(toggle->text().size() > toggle->iconText().size());
        window.compareView()->setVersions(October2025, April2026);
        QVERIFY2(toggle->toolTip().contains(label(October2025)), qPrintable(toggle->toolTip()));
        QVERIFY(window.timeline()->comparedTerms().isEmpty());
        const QImage before = window.timeline()->grab().toImage();
        toggle->setChecked(true);
        const QHash<QString, TimelineComparedTerm> terms = window.timeline()->comparedTerms();
        // The clauses of October 2025, with the terms they had then: the revenue share among them.
        QVERIFY(terms.contains(QStringLiteral("C9")));
        QVERIFY(terms.contains(QStringLiteral("C1")));
        QVERIFY(!terms.contains(QStringLiteral("N5"))); // not yet agreed in A
        QVERIFY(window.timeline()->grab().toImage() != before);
        toggle->setChecked(false);
        QVERIFY(window.timeline()->comparedTerms().isEmpty());
    }

    void screenshots_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        QTest::newRow("1024x700 en") << QSize(1024, 700) << QStringLiteral("en");
        QTest::newRow("1024x700 ja") << QSize(1024, 700) << QStringLiteral("ja");
        QTest::newRow("1600x900 en") << QSize(1600, 900) << QStringLiteral("en");
        QTest::newRow("1600x900 ja") << QSize(1600, 900) << QStringLiteral("ja");
    }

    void screenshots()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        QVERIFY(LanguageManager::instance()->applyLanguage(language));
        DatasetDocument document;
        document.openBundled();
        MainWindow window(&document);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::Compare);
        auto *view = window.compareView();
        view->setVersions(October2025, April2026);
        QTest::qWait(50);
        QCOMPARE(window.size(), size); // the page does not widen the window
        QVERIFY(view->width() <= size.width());
        QVERIFY(view->table()->height() > size.height() / 3);

        // A selected row stays readable: its background leaves the redline's grey notes and the text
        // legible (WCAG's 4.5:1 for body text).
        QVERIFY(window.selectItem(QStringLiteral("C6")));
        QTest::qWait(20);
        QTableView *table = view->table();
        const QModelIndex selected = table->currentIndex();
        QVERIFY(selected.isValid());
        const QRect cell = table->visualRect(selected.siblingAtColumn(2));
        const QColor background = table->viewport()->grab().toImage().pixelColor(cell.right() - 2, cell.top() + 2);
        QVERIFY2(contrastRatio(background, QColor(0x66, 0x66, 0x66)) >= 4.5, qPrintable(background.name()));
        QVERIFY2(contrastRatio(background, table->palette().color(QPalette::Text)) >= 4.5,
                 qPrintable(background.name()));
        const QString outDir = qEnvironmentVariable("DEALSCOPE_TEST_OUTPUT_DIR");
        if (!outDir.isEmpty())
            QVERIFY(window.grab().save(QDir(outDir).filePath(
                QStringLiteral("compare-%1x%2-%3.png").arg(size.width()).arg(size.height()).arg(language))));
        QVERIFY(LanguageManager::instance()->applyLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"
