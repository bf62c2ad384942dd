// SPDX-License-Identifier: GPL-3.0-or-later
// The main window at the sizes people use, from 1024×700 to 1920×1080, in every language: a screenshot of
// each view in the test output directory (DEALSCOPE_TEST_OUTPUT_DIR), and no clipped text. Text wider than
// its room must be elided with a tooltip that gives it in full; anything else is reported with the widget,
// the text and the room it had. At each size the window must shrink to the screen, give the timeline room,
// and keep its views clear of the status bar.
#include "agreement/agreementmodel.h"
#include "dataset/datasetdocument.h"
#include "dataset/localizedtext.h"
#include "explorer/badgedelegate.h"
#include "explorer/clausetreepanel.h"
#include "explorer/detailspane.h"
#include "scenario/charts/chartlabels.h"
#include "scenario/charts/scenariochart.h"
#include "scenario/scenariopanel.h"
#include "session/languagemanager.h"
#include "source/sourceview.h"
#include "timeline/timelineview.h"
#include "window/mainwindow.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Dealscope;

namespace {

QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (!w->objectName().isEmpty()) {
            path.prepend(w->objectName());
            if (path.size() == 2)
                break;
        }
    }
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(widget->metaObject()->className()),
                                         path.join(QStringLiteral(" > ")));
}

/// The text a widget shows, without the & of a mnemonic.
QString shown(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

/// Whether @p widget is on screen: visible, with room, and not scrolled or clipped out of its window.
bool onScreen(const QWidget *widget)
{
    return widget->isVisible() && !widget->visibleRegion().isEmpty() && widget->width() > 0;
}

QStringList clippedText(const QMainWindow &window)
{
    QStringList problems;
    const auto report = [&](const QWidget *widget, const QString &text, int needed, int room) {
        problems.append(
            QStringLiteral("%1: \"%2\" needs %3 px, has %4").arg(describe(widget), text).arg(needed).arg(room));
    };

    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (!onScreen(label) || label->text().isEmpty() || label->pixmap().cacheKey() != 0)
            continue;
        const bool rich = label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        if (label->wordWrap() || rich) {
            // Wrapping labels grow downwards: the height they need for their width must fit.
            const int needed = label->heightForWidth(label->contentsRect().width());
            if (needed > label->contentsRect().height() + 1)
                problems.append(QStringLiteral("%1: wrapped text needs %2 px of height, has %3")
                                    .arg(describe(label))
                                    .arg(needed)
                                    .arg(label->contentsRect().height()));
            continue;
        }
        const QString text = shown(label->text());
        const int needed = label->fontMetrics().horizontalAdvance(text) - 1;
        const int room = label->contentsRect().width() - 2 * label->margin() - label->indent() * (label->indent() > 0);
        // An eliding label (ElidedLabel) keeps its whole text and gives it in its tooltip when cut.
        if (needed > room && !label->toolTip().contains(text))
            report(label, text, needed, room);
    }

    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (!onScreen(button) || button->text().isEmpty())
            continue;
        if (const auto *tool = qobject_cast<const QToolButton *>(button);
            tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly && !tool->icon().isNull())
            continue; // shows its icon, not its text
        const int needed = button->sizeHint().width();
        if (needed > button->width() + 1)
            report(button, shown(button->text()), needed, button->width());
    }

    for (const QMenuBar *bar : window.findChildren<QMenuBar *>()) {
        for (QAction *action : bar->actions()) {
            if (!action->isVisible() || action->isSeparator())
                continue;
            const QRect geometry = bar->actionGeometry(action);
            // An item that does not fit goes into the overflow menu: clipped as far as a reader is concerned.
            if (geometry.isEmpty() || !bar->rect().contains(geometry))
                report(bar, shown(action->text()), bar->fontMetrics().horizontalAdvance(shown(action->text())),
                       std::max(0, bar->width() - geometry.left()));
        }
    }

    for (const QTabBar *tabs : window.findChildren<QTabBar *>()) {
        if (!onScreen(tabs))
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            const QString text = shown(tabs->tabText(i));
            const int needed = tabs->fontMetrics().horizontalAdvance(text);
            const int room = tabs->tabRect(i).width() - tabs->iconSize().width() * !tabs->tabIcon(i).isNull() - 12;
            // The tab bar elides (elideMode()); an elided tab must still be readable in its tooltip.
            if (needed > room && (tabs->elideMode() == Qt::ElideNone || tabs->tabToolTip(i).isEmpty()))
                report(tabs, text, needed, room);
        }
    }

    for (const QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        if (!onScreen(dock) || dock->isFloating() || dock->titleBarWidget())
            continue;
        // The title bar also holds the float and close buttons.
        const int needed = dock->fontMetrics().horizontalAdvance(dock->windowTitle());
        const int room = dock->width() - 2 * dock->style()->pixelMetric(QStyle::PM_TitleBarButtonSize) - 16;
        if (needed > room)
            report(dock, dock->windowTitle(), needed, room);
    }

    for (const QComboBox *combo : window.findChildren<QComboBox *>()) {
        if (!onScreen(combo) || combo->currentText().isEmpty())
            continue;
        const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
        const int room = combo->width() - combo->style()->pixelMetric(QStyle::PM_ScrollBarExtent) - 16;
        // A combo box that cannot grow clips its text; its tooltip must then give the text in full.
        if (needed > room && !combo->toolTip().contains(combo->currentText()))
            report(combo, combo->currentText(), needed, room);
    }
    return problems;
}

/// Why @p window is larger than @p size: what each of its parts needs.
QString whyLarger(const QMainWindow &window, QSize size)
{
    QStringList wide;
    for (const QWidget *child : window.findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child->isVisible())
            wide.append(QStringLiteral("%1 needs %2×%3")
                            .arg(describe(child))
                            .arg(child->minimumSizeHint().width())
                            .arg(child->minimumSizeHint().height()));
    }
    for (const QWidget *child : window.findChildren<QWidget *>()) {
        const QLayout *layout = child->layout();
        if (layout
            && (layout->minimumSize().width() > size.width() / 2 || layout->minimumSize().height() > size.height() / 2))
            wide.append(QStringLiteral("  in it, %1's layout needs %2×%3")
                            .arg(describe(child))
                            .arg(layout->minimumSize().width())
                            .arg(layout->minimumSize().height()));
    }
    return QStringLiteral("the window cannot shrink to %1×%2 (it is %3×%4):\n  %5")
        .arg(size.width())
        .arg(size.height())
        .arg(window.width())
        .arg(window.height())
        .arg(wide.join(QStringLiteral("\n  ")));
}

/// The clause and event rows whose title column cannot show the id and ReadableTitleChars characters of
/// the title (fewer for a shorter title): the text's room, less the item's margins, against those characters
/// and an ellipsis.
QStringList unreadableTitles(const QTreeView *view)
{
    QStringList problems;
    const QAbstractItemModel *model = view->model();
    const QFontMetrics metrics(view->font());
    const int margins = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    const std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            const auto kind = AgreementModel::NodeKind(index.data(AgreementModel::NodeKindRole).toInt());
            if (kind != AgreementModel::NodeKind::Category) {
                const QString text = index.data().toString();
                const QString title = index.data(Qt::ToolTipRole).toString().section(u'\n', 0, 0);
                const qsizetype readable = text.size() - title.size() + ClauseTreePanel::readableTitleLength(title);
                const int needed = readable >= text.size()
                    ? metrics.horizontalAdvance(text)
                    : metrics.horizontalAdvance(text.left(readable) + QChar(0x2026));
                const int room = view->visualRect(index).width() - margins;
                if (needed > room)
                    problems.append(QStringLiteral("\"%1\" needs %2 px, has %3").arg(text).arg(needed).arg(room));
            }
            visit(index);
        }
    };
    visit({});
    return problems;
}

/// Ends of clauses that a reader cannot read whole, in their long or their short form, and a hidden column.
QStringList unreadableEnds(const QTreeView *view)
{
    if (view->header()->isSectionHidden(AgreementModel::EndColumn))
        return {QStringLiteral("the end column is hidden")};
    QStringList problems;
    const QAbstractItemModel *model = view->model();
    const QFontMetrics metrics(view->font());
    const std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, AgreementModel::EndColumn, parent);
            const QString text = index.data().toString();
            const QString compact = index.data(AgreementModel::CompactTextRole).toString();
            const int room = view->visualRect(index).width() - BadgeDelegate::textMargins(view);
            const int needed = metrics.horizontalAdvance(compact.isEmpty() ? text : compact);
            if (!text.isEmpty() && std::min(needed, metrics.horizontalAdvance(text)) > room)
                problems.append(QStringLiteral("\"%1\" needs %2 px, has %3").arg(text).arg(needed).arg(room));
            visit(model->index(row, 0, parent));
        }
    };
    visit({});
    return problems;
}

/// Pairs of chart texts that overlap, and texts cut with an ellipsis.
QStringList chartLabelProblems(const QChart *chart)
{
    QStringList problems;
    const QList<ChartLabel> labels = chartLabels(chart);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (labels.at(i).elided)
            problems.append(QStringLiteral("\"%1\" is cut").arg(labels.at(i).text));
        for (qsizetype j = i + 1; j < labels.size(); ++j) {
            if (labels.at(i).sceneRect.intersects(labels.at(j).sceneRect))
                problems.append(QStringLiteral("\"%1\" overlaps \"%2\"").arg(labels.at(i).text, labels.at(j).text));
        }
    }
    return problems;
}

/// The sizes of the screens the layout must work on.
const QList<QSize> &screenSizes()
{
    static const QList<QSize> sizes {{1024, 700}, {1366, 768}, {1600, 900}, {1920, 1080}};
    return sizes;
}

QString sizeName(QSize size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

    /// Shows each view of @p window in turn and checks its text; the screenshots are named after @p name.
    void checkEveryView(MainWindow &window, const QString &name)
    {
        for (int page = 0; page <= int(MainWindow::Page::Questions); ++page) {
            window.showPage(MainWindow::Page(page));
            QCoreApplication::processEvents();
            const QString file
                = QDir(m_outputDir)
                      .filePath(QStringLiteral("%1-%2.png").arg(name, WindowPages::key(MainWindow::Page(page))));
            QVERIFY2(window.grab().save(file), qPrintable(file));
            const QStringList problems = clippedText(window);
            if (!problems.isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 clipped text(s) in %2 (screenshot %3):\n  %4")
                                     .arg(problems.size())
                                     .arg(name, file, problems.join(QStringLiteral("\n  ")))));
        }
        window.showPage(MainWindow::Page::Explorer);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_outputDir = qEnvironmentVariable("DEALSCOPE_TEST_OUTPUT_DIR", QDir::tempPath());
        QVERIFY(QDir().mkpath(m_outputDir));
    }
    void init() { QSettings().clear(); }
    void cleanupTestCase() { LanguageManager::instance()->applyLanguage(QStringLiteral("en")); }

    /// Every language on the smallest screen: nothing clipped in any view.
    /// In English, each menu's entries have keys of their own: Alt and a letter reach one entry, not two.
    void eachMenuEntryHasAKeyOfItsOwn()
    {
        QVERIFY(LanguageManager::instance()->applyLanguage(QStringLiteral("en")));
        DatasetDocument document;
        QVERIFY(document.openBundled().isEmpty());
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (QAction *menuAction : window.menuBar()->actions()) {
            const QMenu *menu = menuAction->menu();
            QVERIFY(menu);
            QHash<QChar, QString> taken;
            for (const QAction *action : menu->actions()) {
                const QString text = action->text();
                const qsizetype at = text.indexOf(u'&');
                if (action->isSeparator() || at < 0 || at + 1 >= text.size())
                    continue;
                const QChar key = text.at(at + 1).toLower();
                QVERIFY2(!taken.contains(key),
                         qPrintable(QStringLiteral("%1: \"%2\" and \"%3\" share Alt+%4")
                                        .arg(menu->title(), taken.value(key), text, key)));
                taken.insert(key, text);
            }
        }
    }

    void noClippedText_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : supportedLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void noClippedText()
    {
        QFETCH(QString, language);
        QVERIFY(LanguageManager::instance()->applyLanguage(language));
        DatasetDocument document;
        QVERIFY(document.openBundled().isEmpty());
        MainWindow window(&document);
        const QSize size = screenSizes().constFirst();
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        QVERIFY2(window.size() == size, qPrintable(language + QStringLiteral(": ") + whyLarger(window, size)));
        checkEveryView(window, QStringLiteral("mainwindow-%1-%2").arg(language, sizeName(size)));
    }

    /// Every size, in English and in the languages with the longest (German), the tallest (Thai) and the
    /// widest characters (Japanese).
    void fitsEveryScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const QString &language :
             {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("th"), QStringLiteral("ja")}) {
            for (const QSize size : screenSizes())
                QTest::newRow(qPrintable(language + u'@' + sizeName(size))) << language << size;
        }
    }

    void fitsEveryScreen()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QVERIFY(LanguageManager::instance()->applyLanguage(language));
        DatasetDocument document;
        QVERIFY(document.openBundled().isEmpty());
        MainWindow window(&document);
        window.showPage(MainWindow::Page::Explorer);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        QVERIFY2(window.size() == size, qPrintable(whyLarger(window, size)));

        // The views stay above the status bar: a window squeezed below its minimum would draw them over it.
        const QRect views = window.centralWidget()->geometry();
        const QRect status = window.statusBar()->geometry();
        QVERIFY2(views.bottom() < status.top(),
                 qPrintable(QStringLiteral("the views end at y=%1, the status bar starts at y=%2")
                                .arg(views.bottom())
                                .arg(status.top())));

        // The timeline is the Explorer's main view: at least 40% of the window's width.
        const int timelineWidth = window.timeline()->width();
        QVERIFY2(timelineWidth >= size.width() * 2 / 5,
                 qPrintable(QStringLiteral("the timeline is %1 px wide").arg(timelineWidth)));

        // Clause titles readable without hovering, in the default layout.
        const QStringList titles = unreadableTitles(window.clauseTree()->view());
        QVERIFY2(titles.isEmpty(), qPrintable(titles.join(QStringLiteral("\n  "))));
        // And their ends, at least in their short form ("4/27/26" for "Ended 4/27/26").
        const QStringList ends = unreadableEnds(window.clauseTree()->view());
        QVERIFY2(ends.isEmpty(), qPrintable(ends.join(QStringLiteral("\n  "))));

        // The chart's labels neither overlap nor are cut, however narrow the Scenario view leaves it.
        // The chart fits its titles to the plot once laid out (queued): what a reader sees is the settled state.
        window.showPage(MainWindow::Page::Scenario);
        const QChart *chart = window.scenarioPanel()->chart()->chart();
        QTRY_VERIFY2(chartLabelProblems(chart).isEmpty(),
                     qPrintable(chartLabelProblems(chart).join(QStringLiteral("\n  "))));
        window.showPage(MainWindow::Page::Explorer);

        // The scenario's JSON in the source view, tabbed with the details, fits as well.
        window.detailsTabs()->setCurrentWidget(window.sourceView());
        window.sourceView()->setMode(SourceView::Mode::Scenario);
        QCoreApplication::processEvents();
        QVERIFY2(window.size() == size, qPrintable(whyLarger(window, size)));
        window.detailsTabs()->setCurrentWidget(window.details());

        checkEveryView(window, QStringLiteral("mainwindow-%1-%2").arg(language, sizeName(size)));
    }

private:
    QString m_outputDir;
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
