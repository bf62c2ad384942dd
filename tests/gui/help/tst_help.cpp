// SPDX-License-Identifier: GPL-3.0-or-later
// Help in the window: F1 opens the user guide at the part about the pane that has focus, in the
// interface language; the pages the window remembers are read back, old settings included.
#include "dataset/datasetdocument.h"
#include "guide/userguide.h"
#include "help/helptopic.h"
#include "help/userguidewindow.h"
#include "scenario/scenariopanel.h"
#include "session/languagemanager.h"
#include "timeline/timelineview.h"
#include "window/mainwindow.h"
#include "window/windowpages.h"

#include <QAction>
#include <QApplication>
#include <QPointer>
#include <QSlider>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using namespace Dealscope;

class TestHelp : public QObject
{
    Q_OBJECT

    static UserGuideWindow *pressF1(MainWindow &window, QWidget *focus)
    {
        focus->setFocus(Qt::OtherFocusReason);
        if (!QTest::qWaitFor([focus] { return focus->hasFocus(); }))
            return nullptr;
        window.findChild<QAction *>(QStringLiteral("userGuideAction"))->trigger();
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *guide = qobject_cast<UserGuideWindow *>(top); guide && guide->isVisible())
                return guide;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(LanguageManager::instance()->applyLanguage(QStringLiteral("en")));
    }

    void f1OpensThePartAboutTheFocusedPane_data()
    {
        QTest::addColumn<MainWindow::Page>("page");
        QTest::addColumn<QString>("focusClass");
        QTest::addColumn<QString>("anchor");
        QTest::newRow("timeline") << MainWindow::Page::Explorer << QStringLiteral("Dealscope::TimelineView")
                                  << UserGuide::anchor(UserGuide::Topic::Timeline);
        QTest::newRow("scenario slider") << MainWindow::Page::Scenario << QStringLiteral("QSlider")
                                         << UserGuide::anchor(UserGuide::Topic::Scenario);
    }

    void f1OpensThePartAboutTheFocusedPane()
    {
        QFETCH(MainWindow::Page, page);
        QFETCH(QString, focusClass);
        QFETCH(QString, anchor);
        DatasetDocument document;
        QVERIFY(document.openBundled().isEmpty());
        MainWindow window(&document);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(page);
        QWidget *focus = nullptr;
        for (QWidget *widget : window.findChildren<QWidget *>()) {
            if (widget->inherits(qPrintable(focusClass)) && widget->isVisible()) {
                focus = widget;
                break;
            }
        }
        QVERIFY(focus);
        UserGuideWindow *guide = pressF1(window, focus);
        QVERIFY(guide);
        QCOMPARE(guide->source().fragment(), anchor);
        QVERIFY(guide->text().contains(QStringLiteral("Dealscope User Guide")));
        delete guide;
    }

    void helpWindowsCloseFromTheKeyboard_data()
    {
        QTest::addColumn<QString>("actionName");
        QTest::addColumn<QKeySequence>("keys");
        QTest::newRow("guide, Escape") << QStringLiteral("userGuideAction") << QKeySequence(Qt::Key_Escape);
        QTest::newRow("glossary, Escape") << QStringLiteral("glossaryAction") << QKeySequence(Qt::Key_Escape);
        QTest::newRow("glossary, Close") << QStringLiteral("glossaryAction") << QKeySequence(QKeySequence::Close);
    }

    void helpWindowsCloseFromTheKeyboard()
    {
        QFETCH(QString, actionName);
        QFETCH(QKeySequence, keys);
        DatasetDocument document;
        QVERIFY(document.openBundled().isEmpty());
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction *>(actionName)->trigger();
        QWidget *help = QApplication::activeWindow();
        QTRY_VERIFY((help = QApplication::activeWindow()) && help != &window);
        QPointer<QWidget> guard(help);
        QTest::keySequence(help, keys);
        QTRY_VERIFY(!guard || !guard->isVisible());
    }

    void topicIsInheritedFromThePane()
    {
        QWidget pane;
        QWidget inner(&pane);
        QWidget innermost(&inner);
        QCOMPARE(helpTopicFor(&innermost), UserGuide::Topic::Contents);
        setHelpTopic(&pane, UserGuide::Topic::Compare);
        QCOMPARE(helpTopicFor(&innermost), UserGuide::Topic::Compare);
        setHelpTopic(&inner, UserGuide::Topic::Find);
        QCOMPARE(helpTopicFor(&innermost), UserGuide::Topic::Find);
        QCOMPARE(helpTopicFor(nullptr), UserGuide::Topic::Contents);
    }

    void guideFollowsTheInterfaceLanguage()
    {
        UserGuideWindow guide;
        guide.showTopic(UserGuide::Topic::Bridge);
        QCOMPARE(guide.source().path(), UserGuide::topicUrl(QStringLiteral("en"), UserGuide::Topic::Bridge).path());
        for (const QString &language : {QStringLiteral("de"), QStringLiteral("th")}) {
            QVERIFY(LanguageManager::instance()->applyLanguage(language));
            QTRY_COMPARE(guide.source().path(), UserGuide::topicUrl(language, UserGuide::Topic::Bridge).path());
            QCOMPARE(guide.source().fragment(), UserGuide::anchor(UserGuide::Topic::Bridge));
        }
        QVERIFY(LanguageManager::instance()->applyLanguage(QStringLiteral("en")));
    }

    void rememberedPage_data()
    {
        QTest::addColumn<QVariant>("setting");
        QTest::addColumn<MainWindow::Page>("expected");
        for (const auto page : {WindowPages::Page::Glance, WindowPages::Page::Explorer, WindowPages::Page::Scenario,
                                WindowPages::Page::Articles, WindowPages::Page::Compare, WindowPages::Page::Questions})
            QTest::newRow(qPrintable(WindowPages::key(page))) << QVariant(WindowPages::key(page)) << page;
        // Earlier versions kept the index of a tab bar that began with the Explorer.
        QTest::newRow("old index 0") << QVariant(0) << WindowPages::Page::Explorer;
        QTest::newRow("old index 3") << QVariant(3) << WindowPages::Page::Compare;
        QTest::newRow("old index out of range") << QVariant(7) << WindowPages::Page::Glance;
        QTest::newRow("nothing remembered") << QVariant() << WindowPages::Page::Glance;
        QTest::newRow("unknown name") << QVariant(QStringLiteral("settings")) << WindowPages::Page::Glance;
    }

    void rememberedPage()
    {
        QFETCH(QVariant, setting);
        QFETCH(MainWindow::Page, expected);
        QCOMPARE(WindowPages::fromSetting(setting), expected);
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
