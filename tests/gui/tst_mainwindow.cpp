// SPDX-License-Identifier: GPL-3.0-or-later
// The first window: shows the dataset, opens another, keeps the old one when the new one is broken.
#include "datasetdocument.h"
#include "mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Dealscope;

class TestMainWindow : public QObject
{
    Q_OBJECT

    static QString labelText(const MainWindow &window, const char *name)
    {
        const auto *label = window.findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
    }

    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheBundledDataset()
    {
        DatasetDocument document;
        QVERIFY(document.openBundled().isEmpty());
        MainWindow window(&document);
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const DatasetPtr dataset = document.dataset();
        QCOMPARE(labelText(window, "titleLabel"), dataset->title.english());
        QCOMPARE(labelText(window, "versionsValue"), QLocale().toString(dataset->versions.size()));
        QCOMPARE(labelText(window, "clausesValue"), QLocale().toString(dataset->clauses.size()));
        QCOMPARE(labelText(window, "eventsValue"), QLocale().toString(dataset->events.size()));
        QVERIFY(labelText(window, "coverageLabel").contains(QStringLiteral("June 2026")));
        QVERIFY(window.windowTitle().contains(dataset->title.english()));
        QVERIFY(window.menuBar()->actions().size() >= 2);
        QVERIFY(window.statusBar()->isVisible());

        const QImage shot = window.grab().toImage();
        QCOMPARE(shot.size(), window.size() * shot.devicePixelRatio());
        const QString outDir = qEnvironmentVariable("DEALSCOPE_TEST_OUTPUT_DIR");
        if (!outDir.isEmpty())
            QVERIFY(shot.save(outDir + QStringLiteral("/mainwindow-first.png")));
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
        const QString titleBefore = labelText(window, "titleLabel");

        QVERIFY(!window.openDataset(broken));
        QCOMPARE(document.dataset(), before);
        QCOMPARE(labelText(window, "titleLabel"), titleBefore);

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
        QCOMPARE(labelText(window, "titleLabel"), QStringLiteral("Minimal agreement"));
        QCOMPARE(labelText(window, "clausesValue"), QStringLiteral("2"));
        QVERIFY(!document.isBundled());
    }

    void datasetTextIsShownAsPlainText()
    {
        // Titles come from files others send: markup in them must not be interpreted.
        QTemporaryDir dir;
        QFile fixture(QStringLiteral(DEALSCOPE_TEST_DATA_DIR "/minimal.json"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QByteArray data = fixture.readAll();
        data.replace("Minimal agreement", "<img src='file:///etc/passwd'><b>Bold</b>");
        const QString path = writeFile(dir, QStringLiteral("markup.json"), data);

        DatasetDocument document;
        MainWindow window(&document);
        QVERIFY(window.openDataset(path));
        const auto *title = window.findChild<QLabel *>(QStringLiteral("titleLabel"));
        QCOMPARE(title->textFormat(), Qt::PlainText);
        QCOMPARE(title->text(), QStringLiteral("<img src='file:///etc/passwd'><b>Bold</b>"));
    }

    void windowGeometryIsRemembered()
    {
        DatasetDocument document;
        document.openBundled();
        {
            MainWindow window(&document);
            window.resize(900, 640);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        MainWindow restored(&document);
        QCOMPARE(restored.size(), QSize(900, 640));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
