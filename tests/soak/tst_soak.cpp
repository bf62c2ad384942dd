// SPDX-License-Identifier: GPL-3.0-or-later
// A long session in under a minute: 10,000 random slider moves on the scenario panel with regime switches,
// undo and redo, comparisons and the analysis tabs, switches of the interface language through all nine
// languages and chart exports (PNG and SVG), in the full window on the offscreen platform. Memory must stay
// flat (resident set growth under 10 MB after a warm-up) and nothing may warn.
#include "dataset/datasetdocument.h"
#include "dataset/localizedtext.h"
#include "export/exportrenderer.h"
#include "export/exportviews.h"
#include "scenario/scenarioassumptions.h"
#include "scenario/scenariopanel.h"
#include "scenario/scenarioslider.h"
#include "session/languagemanager.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <unistd.h>

using namespace Dealscope;

namespace {

QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

/// Messages from Qt's platform layer about the test machine, not about Dealscope: the offscreen platform
/// plugin cannot pass size hints to a window system (it has none), and a machine without a login session
/// has no XDG_RUNTIME_DIR.
bool isPlatformNoise(const QString &message)
{
    return message == QLatin1String("This plugin does not support propagateSizeHints()")
        || message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"));
}

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && !isPlatformNoise(message))
        g_messages.append(message);
    g_previousHandler(type, context, message);
}

/// The resident set in bytes, from /proc/self/statm (its second field, in pages).
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        g_previousHandler = qInstallMessageHandler(recordMessage);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void tenThousandMovesKeepMemoryFlat()
    {
        const int moves = qEnvironmentVariableIsSet("DEALSCOPE_SOAK_MOVES")
            ? qEnvironmentVariableIntValue("DEALSCOPE_SOAK_MOVES")
            : 10000;
        const int warmUp = moves / 5;
        constexpr qint64 AllowedGrowth = 10 * 1024 * 1024;

        DatasetDocument document;
        QVERIFY(document.openBundled().isEmpty());
        MainWindow window(&document);
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ScenarioPanel *panel = window.scenarioPanel();
        QVERIFY(panel->document()->isAvailable());

        QTemporaryDir exports;
        QVERIFY(exports.isValid());
        const QStringList languages = supportedLanguages();
        int languageSwitches = 0;
        int exported = 0;

        const auto switchLanguage = [&] {
            // The whole window retranslates: menus, docks, panel, models, dataset texts.
            ++languageSwitches;
            QVERIFY(LanguageManager::instance()->applyLanguage(languages.at(languageSwitches % languages.size())));
            QCoreApplication::processEvents();
        };
        const auto exportChart = [&] {
            const auto frame = ExportViews::layersChart(panel->document()->projection(), std::nullopt, QString(),
                                                        QStringLiteral("Soak test"));
            const bool png = exported % 2 == 0;
            RenderSettings settings;
            settings.size = QSize(800, 450);
            QString error;
            QVERIFY2(ExportRenderer::renderToFile(
                         frame.get(), png ? ExportFormat::Png : ExportFormat::Svg,
                         exports.filePath(png ? QStringLiteral("chart.png") : QStringLiteral("chart.svg")), settings,
                         &error),
                     qPrintable(error));
            ++exported;
        };
        // The warm-up starts with every language once (each loads its fonts) and each export format once.
        for (qsizetype i = 0; i < languages.size(); ++i)
            switchLanguage();
        exportChart();
        exportChart();

        QList<ScenarioSlider *> sliders;
        for (const AssumptionInfo &info : ScenarioAssumptions::all())
            sliders.append(panel->slider(info.id));
        QRandomGenerator random(20261128);
        QElapsedTimer clock;
        clock.start();
        qint64 afterWarmUp = 0;
        qint64 peakAfterWarmUp = 0;
        int regimeSwitches = 0;

        for (int move = 1; move <= moves; ++move) {
            // A move: a slider to a random position, as a click on its groove or a key press would.
            QSlider *slider = sliders.at(random.bounded(int(sliders.size())))->slider();
            slider->setValue(slider->minimum() + random.bounded(slider->maximum() - slider->minimum() + 1));

            switch (random.bounded(40)) {
            case 0:
                panel->document()->setRegime(panel->document()->scenario().regime == RegimeKind::Oct2025
                                                 ? RegimeKind::Apr2026
                                                 : RegimeKind::Oct2025);
                ++regimeSwitches;
                break;
            case 1:
                panel->document()->undoStack()->undo();
                break;
            case 2:
                panel->document()->undoStack()->redo();
                break;
            case 3:
                panel->document()->compareWithOtherRegime();
                break;
            case 4:
                panel->document()->clearComparison();
                break;
            case 5:
                panel->tabs()->setCurrentIndex(random.bounded(panel->tabs()->count()));
                break;
            default:
                break;
            }
            if (move % 100 == 0)
                QCoreApplication::processEvents(); // paint, settle the analysis tabs, run timers
            if (move % 400 == 0)
                switchLanguage();
            if (move % 400 == 200)
                exportChart();
            if (move == warmUp) {
                QCoreApplication::processEvents();
                afterWarmUp = residentBytes();
            } else if (move > warmUp && move % 500 == 0) {
                peakAfterWarmUp = std::max(peakAfterWarmUp, residentBytes());
            }
        }
        QCoreApplication::processEvents();
        const qint64 atEnd = residentBytes();
        peakAfterWarmUp = std::max(peakAfterWarmUp, atEnd);
        QVERIFY(afterWarmUp > 0);
        LanguageManager::instance()->applyLanguage(QStringLiteral("en"));
        qInfo("%d moves, %d regime switches, %d language switches, %d exports in %.1f s; RSS after warm-up %.1f MiB, "
              "peak %.1f MiB, at the end %.1f MiB; undo steps kept: %d",
              moves, regimeSwitches, languageSwitches, exported, clock.elapsed() / 1000.0, afterWarmUp / 1048576.0,
              peakAfterWarmUp / 1048576.0, atEnd / 1048576.0, int(panel->document()->undoStack()->count()));

#ifdef DEALSCOPE_SANITIZER_BUILD
        // AddressSanitizer keeps freed memory in quarantine on purpose, so resident memory grows by design
        // there; LeakSanitizer checks for leaks instead, and the plain build checks the bound.
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(u'\n')));
        return;
#endif
        QVERIFY2(peakAfterWarmUp - afterWarmUp < AllowedGrowth,
                 qPrintable(QStringLiteral("resident memory grew by %1 MiB after the warm-up")
                                .arg((peakAfterWarmUp - afterWarmUp) / 1048576.0, 0, 'f', 1)));
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(u'\n')));
    }
};

QTEST_MAIN(TestSoak)
#include "tst_soak.moc"
