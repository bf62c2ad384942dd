// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario panel: sliders drive the engine, the chart and the table show exactly the engine's numbers,
// undo/redo (a drag is one step), regimes, presets, files, comparison, and the links to the timeline.
#include "agreement/agreementmodel.h"
#include "dataset/datasetdocument.h"
#include "scenario/charts/scenariochart.h"
#include "scenario/charts/scenariofanchart.h"
#include "scenario/charts/scenariotornadochart.h"
#include "scenario/scenariofile.h"
#include "scenario/scenariofiles.h"
#include "scenario/scenariopanel.h"
#include "scenario/scenarioslider.h"
#include "scenario/scenariotablemodel.h"
#include "session/languagemanager.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QValueAxis>

using namespace Dealscope;

class TestScenarioPanel : public QObject
{
    Q_OBJECT

    DatasetDocument m_document;

    std::unique_ptr<ScenarioPanel> makePanel()
    {
        auto *scenario = new ScenarioDocument;
        auto panel = std::make_unique<ScenarioPanel>(scenario);
        scenario->setParent(panel.get()); // the panel's test fixture owns its document
        scenario->setDataset(m_document.dataset());
        panel->resize(1400, 500);
        return panel;
    }

    static Projection engineProjection(const ScenarioPanel &panel)
    {
        const Scenario &scenario = panel.document()->scenario();
        return scenario.project(panel.document()->contractRegime(scenario.regime));
    }

    /// The chart and the table show exactly what the engine computes for the panel's scenario.
    static void verifyChartMatchesEngine(const ScenarioPanel &panel)
    {
        const Projection expected = engineProjection(panel);
        const ScenarioChart *chart = panel.chart();
        const auto &years = expected.years;
        for (int band = 0; band < ScenarioChart::BandCount; ++band)
            QCOMPARE(chart->bandTop(ScenarioChart::Band(band)).size(), qsizetype(years.size()));
        const QList<QPointF> share = chart->revenueSharePoints();
        QCOMPARE(share.size(), qsizetype(years.size()));
        for (std::size_t i = 0; i < years.size(); ++i) {
            const ProjectionYear &y = years[i];
            const qsizetype k = qsizetype(i);
            const double tops[] = {y.iaas.baseline,
                                   y.iaas.total(),
                                   y.iaas.total() + y.paas.baseline,
                                   y.iaas.total() + y.paas.total(),
                                   y.iaas.total() + y.paas.total() + y.saas.baseline,
                                   y.azureTotal()};
            for (int band = 0; band < ScenarioChart::BandCount; ++band) {
                const QPointF point = chart->bandTop(ScenarioChart::Band(band)).at(k);
                QCOMPARE(point.x(), double(y.year));
                QVERIFY2(
                    qAbs(point.y() - tops[band]) <= 1e-9 * std::max(1.0, tops[band]),
                    qPrintable(
                        QStringLiteral("band %1, %2: %3 vs %4").arg(band).arg(y.year).arg(point.y()).arg(tops[band])));
            }
            QCOMPARE(share.at(k).y(), y.revenueShare);
            const ScenarioTableModel *table = panel.tableModel();
            QCOMPARE(table->index(int(i), ScenarioTableModel::AzureStackColumn)
                         .data(ScenarioTableModel::ValueRole)
                         .toDouble(),
                     y.azureTotal());
            QCOMPARE(table->index(int(i), ScenarioTableModel::RevenueShareColumn)
                         .data(ScenarioTableModel::ValueRole)
                         .toDouble(),
                     y.revenueShare);
        }
        // The axes cover the data.
        double top = 0.0;
        for (const ProjectionYear &y : years)
            top = std::max(top, y.azureTotal());
        QVERIFY(chart->axisY()->max() >= top);
        QCOMPARE(chart->axisX()->min(), double(expected.firstYear()));
        QCOMPARE(chart->axisX()->max(), double(expected.lastYear()));
    }

    static void moveSlider(ScenarioPanel &panel, AssumptionId id, int steps)
    {
        QSlider *slider = panel.slider(id)->slider();
        slider->setValue(slider->value() + steps);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(LanguageManager::instance()->applyLanguage(QStringLiteral("en"))); // as at start: plural forms
        QVERIFY(m_document.openBundled().isEmpty());
    }

    void init() { QSettings().clear(); }

    void showsTheDefaultsLikeTheEngine()
    {
        auto panel = makePanel();
        QVERIFY(panel->document()->isAvailable());
        QAbstractItemModelTester tester(panel->tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(panel->tableModel()->rowCount(), int(engineProjection(*panel).years.size()) + 2);
        verifyChartMatchesEngine(*panel);
        // Every assumption has a slider; assumptions carry a visible badge, sourced values their code.
        for (const AssumptionInfo &info : ScenarioAssumptions::all()) {
            ScenarioSlider *slider = panel->slider(info.id);
            QVERIFY2(slider, qPrintable(info.key));
            const QLabel *badge = slider->findChild<QLabel *>(QStringLiteral("badge"));
            QVERIFY(badge);
            QCOMPARE(badge->text().contains(QStringLiteral("assumption")), info.isAssumption());
            QVERIFY(slider->slider()->toolTip().contains(info.rationale.toHtmlEscaped()));
            QVERIFY(!slider->resetButton()->isEnabled());
        }
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("splitNotPublished")));
        // Fractions are entered in percent.
        QCOMPARE(panel->slider(AssumptionId::OpenaiRevenueGrowth)->spinBox()->value(), 120.0);
        QVERIFY(panel->kpiText().contains(QStringLiteral("2025–2032")));
    }

    void sliderMoveUpdatesChartAndTable()
    {
        auto panel = makePanel();
        ScenarioSlider *growth = panel->slider(AssumptionId::OpenaiRevenueGrowth);
        moveSlider(*panel, AssumptionId::OpenaiRevenueGrowth, -6); // 120 % → 90 %
        QCOMPARE(panel->document()->scenario().value(AssumptionId::OpenaiRevenueGrowth), 0.9);
        QCOMPARE(growth->spinBox()->value(), 90.0);
        QVERIFY(growth->resetButton()->isEnabled());
        verifyChartMatchesEngine(*panel);

        // The spin box drives the slider, without a second change.
        const int before = panel->document()->undoStack()->count();
        growth->spinBox()->setValue(150.0);
        QCOMPARE(panel->document()->scenario().value(AssumptionId::OpenaiRevenueGrowth), 1.5);
        QCOMPARE(growth->slider()->value(), growth->positionFor(1.5));
        QCOMPARE(panel->document()->undoStack()->count(), before + 1);
        verifyChartMatchesEngine(*panel);

        // Reset goes back to the default.
        growth->resetButton()->click();
        QVERIFY(!panel->document()->scenario().isOverridden(AssumptionId::OpenaiRevenueGrowth));
        QCOMPARE(growth->spinBox()->value(), 120.0);
        verifyChartMatchesEngine(*panel);
    }

    void undoRedoRestoresValuesAndChart()
    {
        auto panel = makePanel();
        const QList<QPointF> original = panel->chart()->bandTop(ScenarioChart::SaasOpenai);
        moveSlider(*panel, AssumptionId::CommitmentTotal, -10);
        moveSlider(*panel, AssumptionId::SaasAdoptionGrowth, 4);
        const Scenario changed = panel->document()->scenario();
        QCOMPARE(panel->document()->undoStack()->count(), 2);
        QVERIFY(panel->chart()->bandTop(ScenarioChart::SaasOpenai) != original);

        panel->document()->undoStack()->undo();
        QCOMPARE(panel->document()->scenario().value(AssumptionId::SaasAdoptionGrowth), 0.5);
        QCOMPARE(panel->slider(AssumptionId::SaasAdoptionGrowth)->spinBox()->value(), 50.0);
        verifyChartMatchesEngine(*panel);
        panel->document()->undoStack()->undo();
        QCOMPARE(panel->document()->scenario(), Scenario(panel->document()->scenario()));
        QVERIFY(!panel->document()->scenario().isOverridden(AssumptionId::CommitmentTotal));
        QCOMPARE(panel->chart()->bandTop(ScenarioChart::SaasOpenai), original);
        verifyChartMatchesEngine(*panel);

        panel->document()->undoStack()->redo();
        panel->document()->undoStack()->redo();
        QCOMPARE(panel->document()->scenario(), changed);
        verifyChartMatchesEngine(*panel);
    }

    void dragIsOneUndoStepAndKeyStepsAreSteps()
    {
        auto panel = makePanel();
        QSlider *slider = panel->slider(AssumptionId::OpenaiPaas2025)->slider();
        const int start = slider->value();
        slider->setSliderDown(true);
        for (int i = 1; i <= 5; ++i)
            slider->setValue(start + i);
        QCOMPARE(panel->document()->scenario().value(AssumptionId::OpenaiPaas2025), 8.5);
        slider->setSliderDown(false);
        QCOMPARE(panel->document()->undoStack()->count(), 1);
        verifyChartMatchesEngine(*panel);
        panel->document()->undoStack()->undo();
        QCOMPARE(panel->document()->scenario().value(AssumptionId::OpenaiPaas2025), 6.0);
        QCOMPARE(slider->value(), start);

        // A drag back to where it started leaves nothing to undo.
        panel->document()->undoStack()->clear();
        slider->setSliderDown(true);
        slider->setValue(start + 2);
        slider->setValue(start);
        slider->setSliderDown(false);
        QCOMPARE(panel->document()->undoStack()->count(), 0);

        // Keyboard steps: one undo step each.
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_Right);
        QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(panel->document()->undoStack()->count(), 2);
        QCOMPARE(panel->document()->scenario().value(AssumptionId::OpenaiPaas2025), 7.0);
    }

    void aprilTermsEndTheRevenueShareAfter2030()
    {
        auto panel = makePanel();
        panel->document()->setRegime(RegimeKind::Oct2025);
        QCOMPARE(panel->document()->scenario().regime, RegimeKind::Oct2025);
        QCOMPARE(panel->regimeCombo()->currentData().toString(), regimeVersionId(RegimeKind::Oct2025));
        verifyChartMatchesEngine(*panel);
        // Oct 2025 terms, AGI 2032: the share runs in 2031.
        const auto shareIn = [&](int year) {
            for (const QPointF &point : panel->chart()->revenueSharePoints()) {
                if (int(point.x()) == year)
                    return point.y();
            }
            return -1.0;
        };
        QVERIFY(shareIn(2031) > 0.0);
        // Exclusivity holds until AGI under the Oct 2025 terms.
        QCOMPARE(panel->chart()->exclusivitySpan(), QPointF(2025.0, 2032.0));

        panel->document()->setRegime(RegimeKind::Apr2026);
        verifyChartMatchesEngine(*panel);
        for (const QPointF &point : panel->chart()->revenueSharePoints()) {
            if (point.x() > 2030.0)
                QCOMPARE(point.y(), 0.0);
        }
        QVERIFY(panel->chart()->exclusivitySpan().y() < 2027.0);
        QVERIFY(panel->chart()->markerLabels().join(u' ').contains(QStringLiteral("2030")));
        panel->document()->undoStack()->undo();
        QCOMPARE(panel->document()->scenario().regime, RegimeKind::Oct2025);
    }

    void loadsPresets()
    {
        auto panel = makePanel();
        for (const QString &id : ScenarioFile::presetIds()) {
            QVERIFY(panel->loadPreset(id));
            const Scenario preset = *ScenarioFile::loadPreset(id).scenario;
            QCOMPARE(panel->document()->scenario().values(), preset.values());
            QCOMPARE(panel->document()->scenario().regime, preset.regime);
            for (const AssumptionInfo &info : ScenarioAssumptions::all())
                QCOMPARE(panel->slider(info.id)->value(), preset.value(info.id));
            verifyChartMatchesEngine(*panel);
        }
        QVERIFY(!panel->loadPreset(QStringLiteral("nonsense")));
    }

    void refusesAnOutOfRangeFileAndKeepsTheScenario()
    {
        auto panel = makePanel();
        panel->show();
        QVERIFY(panel->loadPreset(QStringLiteral("bull")));
        const Scenario before = panel->document()->scenario();
        const int steps = panel->document()->undoStack()->count();

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"format\": \"dealscope-scenario\",\n  \"formatVersion\": 1,\n  \"regime\": \"apr2026\",\n"
                   "  \"assumptions\": { \"openaiRevenueGrowth\": 3.5 }\n}\n");
        file.close();

        QVERIFY(!panel->files()->open(path));
        QCOMPARE(panel->document()->scenario(), before);
        QCOMPARE(panel->document()->undoStack()->count(), steps);
        QVERIFY2(panel->files()->lastError().contains(QStringLiteral("bad.json:5:")),
                 qPrintable(panel->files()->lastError()));
        QVERIFY2(panel->files()->lastError().contains(QStringLiteral("0–2")), qPrintable(panel->files()->lastError()));
        auto *dialog = panel->findChild<QMessageBox *>(QStringLiteral("scenarioLoadErrorDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->informativeText().contains(QStringLiteral("outside the range 0–2")));
        dialog->close();
        verifyChartMatchesEngine(*panel);

        // A valid file round-trips through Save As and Open.
        const QString saved = dir.filePath(QStringLiteral("mine.dealscope-scenario.json"));
        moveSlider(*panel, AssumptionId::CommitmentYears, 2);
        const Scenario mine = panel->document()->scenario();
        QVERIFY(panel->files()->save(saved));
        QVERIFY(panel->loadPreset(QStringLiteral("base")));
        QVERIFY(panel->files()->open(saved));
        QCOMPARE(panel->document()->scenario().values(), mine.values());
        QCOMPARE(panel->document()->scenario().regime, mine.regime);
    }

    void comparesWithTheOtherTermsAndPresets()
    {
        auto panel = makePanel();
        QVERIFY(!panel->chart()->hasComparison());
        panel->document()->compareWithOtherRegime();
        QVERIFY(panel->chart()->hasComparison());
        const auto expectOther = [&] {
            const Projection other
                = panel->document()->scenario().project(panel->document()->contractRegime(RegimeKind::Oct2025));
            const QList<QPointF> drawn = panel->chart()->comparisonStackPoints();
            QCOMPARE(drawn.size(), qsizetype(other.years.size()));
            for (std::size_t i = 0; i < other.years.size(); ++i)
                QCOMPARE(drawn.at(qsizetype(i)).y(), other.years[i].azureTotal());
        };
        expectOther();
        moveSlider(*panel, AssumptionId::OpenaiRevenueGrowth, 4); // follows the sliders
        expectOther();
        panel->document()->compareWithPreset(QStringLiteral("bear"));
        QVERIFY(panel->chart()->hasComparison());
        panel->document()->clearComparison();
        QVERIFY(!panel->chart()->hasComparison());
    }

    void tornadoAndFanFollowSettledChanges()
    {
        auto panel = makePanel();
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
        panel->tabs()->setCurrentWidget(panel->tornadoChart());
        const QStringList labels = panel->tornadoChart()->shownLabels();
        QCOMPARE(labels.size(), ScenarioTornadoChart::MaxBars);
        const TornadoResult expected = ScenarioTornado::run(panel->document()->contractRegime(RegimeKind::Apr2026),
                                                            panel->document()->scenario().values());
        QCOMPARE(labels.constFirst(), ScenarioAssumptions::info(expected.bars.front().id).label);

        panel->tabs()->setCurrentWidget(panel->fanChart());
        const MonteCarloResult fan
            = ScenarioMonteCarlo::run(panel->document()->contractRegime(RegimeKind::Apr2026),
                                      panel->document()->scenario().values(), panel->document()->scenario().horizon);
        const QList<QPointF> median = panel->fanChart()->stackMedian();
        QCOMPARE(median.size(), qsizetype(fan.years.size()));
        QCOMPARE(median.constLast().y(), fan.azureTotal.back().p50);

        // During a drag the fan waits; after the release it follows.
        QSlider *slider = panel->slider(AssumptionId::AgiSpreadYears)->slider();
        slider->setSliderDown(true);
        slider->setValue(slider->value() + 6);
        QTest::qWait(20);
        QCOMPARE(panel->fanChart()->stackMedian(), median);
        slider->setSliderDown(false);
        const MonteCarloResult after
            = ScenarioMonteCarlo::run(panel->document()->contractRegime(RegimeKind::Apr2026),
                                      panel->document()->scenario().values(), panel->document()->scenario().horizon);
        QTRY_COMPARE(panel->fanChart()->stackMedian().constLast().y(), after.azureTotal.back().p50);
    }

    void assumptionsFitTheirListInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "fr", "th", "ja"})
            QTest::addRow("%s", language) << QString::fromLatin1(language);
    }

    /// The list of assumptions never scrolls sideways: in the language shown, with a clause's note on a
    /// group's heading and the focus in the last field, every row is whole and starts at the list's left.
    void assumptionsFitTheirListInEveryLanguage()
    {
        QFETCH(QString, language);
        QVERIFY(LanguageManager::instance()->applyLanguage(language));
        auto panel = makePanel();
        panel->resize(1024, 620);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
        panel->highlightClause(QStringLiteral("C3")); // notes on the groups the clause drives
        QCoreApplication::processEvents();
        auto *scroll = panel->findChild<QScrollArea *>(QStringLiteral("assumptionScroll"));
        QVERIFY(scroll);
        const QList<QDoubleSpinBox *> fields = scroll->widget()->findChildren<QDoubleSpinBox *>();
        QVERIFY(!fields.isEmpty());
        fields.constLast()->setFocus();
        scroll->ensureWidgetVisible(fields.constLast());
        QCoreApplication::processEvents();
        QVERIFY2(
            scroll->widget()->width() <= scroll->viewport()->width(),
            qPrintable(QStringLiteral("%1 px in %2").arg(scroll->widget()->width()).arg(scroll->viewport()->width())));
        QCOMPARE(scroll->widget()->x(), 0);
        for (const QDoubleSpinBox *field : fields) {
            const QRect inList(field->mapTo(scroll->widget(), QPoint(0, 0)), field->size());
            QVERIFY2(inList.right() < scroll->viewport()->width(), qPrintable(field->objectName()));
        }
        QVERIFY(LanguageManager::instance()->applyLanguage(QStringLiteral("en")));
    }

    void theNameSaysWhenTheScenarioIsModified()
    {
        auto panel = makePanel();
        const auto *name = panel->findChild<QLabel *>(QStringLiteral("scenarioName"));
        QVERIFY(name);
        QCOMPARE(name->text(), QStringLiteral("Scenario: Defaults"));
        QVERIFY(!panel->document()->isModified());
        moveSlider(*panel, AssumptionId::PaasRetention, 1);
        QVERIFY(panel->document()->isModified());
        QCOMPARE(name->text(), QStringLiteral("Scenario: Defaults (modified)"));
        panel->document()->undoStack()->undo();
        QCOMPARE(name->text(), QStringLiteral("Scenario: Defaults"));

        // A preset just loaded is that preset, in no file yet: its name says so, the close prompt asks.
        QVERIFY(panel->loadPreset(QStringLiteral("bull")));
        QCOMPARE(name->text(), QStringLiteral("Scenario: Bull preset"));
        QVERIFY(panel->document()->isModified());
        moveSlider(*panel, AssumptionId::PaasRetention, 1);
        QCOMPARE(name->text(), QStringLiteral("Scenario: Bull preset (modified)"));
        const QString path = QDir(qEnvironmentVariable("DEALSCOPE_TEST_OUTPUT_DIR", QDir::tempPath()))
                                 .filePath(QStringLiteral("named.dealscope-scenario.json"));
        QVERIFY(panel->files()->save(path));
        QCOMPARE(name->text(), QStringLiteral("Scenario: Bull preset")); // a name of its own stays
        QCOMPARE(panel->document()->filePath(), path);

        // The defaults saved under a name of the user's take that name, in the file too.
        panel->document()->setScenario(
            [] {
                Scenario changed;
                changed.name = QStringLiteral("Defaults");
                changed.setValue(AssumptionId::PaasRetention,
                                 ScenarioAssumptions::info(AssumptionId::PaasRetention).minimum);
                return changed;
            }(),
            [] { return QStringLiteral("Edit"); });
        const QString mine = QFileInfo(path).dir().filePath(QStringLiteral("my growth case.dealscope-scenario.json"));
        QVERIFY(panel->files()->save(mine));
        QCOMPARE(name->text(), QStringLiteral("Scenario: my growth case"));
        QCOMPARE(ScenarioFile::loadFile(mine).scenario->name, QStringLiteral("my growth case"));
    }

    void theAgiYearChangesAsOneValueFromEverySide()
    {
        auto panel = makePanel();
        ScenarioDocument *scenario = panel->document();
        QCOMPARE(scenario->assumedAgiYear(), std::optional<int>(2032)); // the chart's default is the agreement's
        QSignalSpy spy(scenario, &ScenarioDocument::agiYearChanged);
        moveSlider(*panel, AssumptionId::AgiMedianYear, 2);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 2034);
        QCOMPARE(panel->chart()->markerLabels().join(u' ').contains(QStringLiteral("AGI 2034")), true);

        scenario->setAgiYear(2029);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(panel->slider(AssumptionId::AgiMedianYear)->slider()->value(),
                 panel->slider(AssumptionId::AgiMedianYear)->positionFor(2029));
        QCOMPARE(scenario->projection().agiYear, std::optional<int>(2029));
        verifyChartMatchesEngine(*panel);
        scenario->setAgiYear(2060); // beyond the range: clamped
        QCOMPARE(scenario->scenario().value(AssumptionId::AgiMedianYear), 2040.0);
        QCOMPARE(spy.count(), 3);

        // Not assumed: the agreement leaves AGI open, the model keeps its year.
        scenario->setAgiYear(0);
        QCOMPARE(scenario->assumedAgiYear(), std::nullopt);
        QCOMPARE(spy.count(), 4);
        QCOMPARE(spy.at(3).at(0).toInt(), 0);
        QCOMPARE(scenario->scenario().value(AssumptionId::AgiMedianYear), 2040.0);

        // Undo is a change like any other: every view hears of it.
        scenario->undoStack()->undo();
        scenario->undoStack()->undo();
        QCOMPARE(spy.count(), 6);
        QCOMPARE(spy.at(5).at(0).toInt(), 2029);
        QCOMPARE(panel->slider(AssumptionId::AgiMedianYear)->slider()->value(),
                 panel->slider(AssumptionId::AgiMedianYear)->positionFor(2029));
        QVERIFY(panel->chart()->markerLabels().contains(QStringLiteral("AGI 2029 (assumed)")));

        // The chart says when its year is the model's only.
        scenario->setAgiYear(0);
        QVERIFY(panel->chart()->markerLabels().contains(QStringLiteral("AGI 2029 (model only)")));
    }

    void mainWindowLinksTimelineAndSelection()
    {
        DatasetDocument document;
        QVERIFY(document.openBundled().isEmpty());
        MainWindow window(&document);
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ScenarioPanel *panel = window.scenarioPanel();
        QVERIFY(panel && panel->document()->isAvailable());
        auto *agiSpin = window.findChild<QSpinBox *>(QStringLiteral("agiYearSpin"));
        QVERIFY(agiSpin);

        QSignalSpy spy(panel->document(), &ScenarioDocument::agiYearChanged);
        moveSlider(*panel, AssumptionId::AgiMedianYear, 1);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(agiSpin->value(), 2033);
        QCOMPARE(window.agreementModel()->milestoneDates().value(QStringLiteral("agi-verified")), QDate(2033, 1, 1));

        agiSpin->setValue(2036);
        QCOMPARE(panel->document()->scenario().value(AssumptionId::AgiMedianYear), 2036.0);
        QCOMPARE(spy.count(), 2); // one change, no echo
        QCOMPARE(agiSpin->value(), 2036);

        // Edit menu undo reaches the panel and the timeline.
        auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY(undo);
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        undo->trigger();
        QCOMPARE(panel->document()->scenario().value(AssumptionId::AgiMedianYear), 2033.0);
        QCOMPARE(agiSpin->value(), 2033);

        // Selecting a clause highlights what it drives.
        QVERIFY(window.selectItem(QStringLiteral("C1"))); // API exclusivity until AGI: PaaS + AGI
        QVERIFY(panel->drivenGroups().contains(QStringLiteral("paas")));
        QVERIFY(panel->drivenAssumptions().contains(AssumptionId::AgiMedianYear));
        QVERIFY(panel->drivenAssumptions().contains(AssumptionId::PaasRetention));
        QVERIFY(window.selectItem(QStringLiteral("C10"))); // the commitment: IaaS
        QCOMPARE(panel->drivenGroups(), QStringList({QStringLiteral("compute"), QStringLiteral("commitment")}));
        QVERIFY(!panel->drivenAssumptions().contains(AssumptionId::AgiMedianYear));
        QVERIFY(window.selectItem(QStringLiteral("C4"))); // research IP: earliest of AGI and 2030
        QVERIFY(panel->drivenGroups().isEmpty());
        QCOMPARE(panel->drivenAssumptions(), QList<AssumptionId> {AssumptionId::AgiMedianYear});
        QVERIFY(window.selectItem(QStringLiteral("N5")));
        QCOMPARE(panel->drivenGroups(), QStringList {QStringLiteral("revenueShare")});
    }

    void screenshotAnAnalystWouldTrust()
    {
        DatasetDocument document;
        QVERIFY(document.openBundled().isEmpty());
        MainWindow window(&document);
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::Scenario);
        ScenarioPanel *panel = window.scenarioPanel();
        QVERIFY(panel->isVisible());
        panel->document()->compareWithOtherRegime();
        QVERIFY(window.selectItem(QStringLiteral("C1")));
        QTest::qWait(50);

        const QString outputDir = qEnvironmentVariable("DEALSCOPE_TEST_OUTPUT_DIR", QDir::tempPath());
        const auto check = [&](const QString &name) {
            const QImage shot = window.grab().toImage();
            QCOMPARE(shot.size(), QSize(1600, 900) * shot.devicePixelRatio());
            QVERIFY(shot.save(QDir(outputDir).filePath(name)));
            const QWidget *chart = panel->chart();
            QVERIFY(chart->isVisible());
            QVERIFY(chart->width() > 700 && chart->height() > 250);
            const QRect area(chart->mapTo(&window, QPoint(0, 0)), chart->size());
            QSet<QRgb> colours;
            for (int y = area.top(); y < area.bottom(); y += 5) {
                for (int x = area.left(); x < area.right(); x += 5)
                    colours.insert(shot.pixel(x * shot.devicePixelRatio(), y * shot.devicePixelRatio()));
            }
            QVERIFY(colours.size() > 20); // bands, lines, labels: not blank
            const auto *note = panel->findChild<QLabel *>(QStringLiteral("illustrativeNote"));
            QVERIFY(note && note->isVisible() && note->text().contains(QStringLiteral("not a forecast")));
        };
        check(QStringLiteral("scenario.png"));
        // The other tabs, for reviewers.
        const QStringList tabNames = {QString(), QStringLiteral("table"), QStringLiteral("tornado"),
                                      QStringLiteral("fan"), QStringLiteral("bridge")};
        for (int tab = 1; tab < panel->tabs()->count(); ++tab) {
            panel->tabs()->setCurrentIndex(tab);
            QTest::qWait(20);
            QVERIFY(panel->grab().save(QDir(outputDir).filePath(QStringLiteral("scenario-%1.png").arg(tabNames[tab]))));
        }
        panel->tabs()->setCurrentIndex(0);

        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd9));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
        for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
        const QPalette previous = QApplication::palette();
        QApplication::setPalette(dark);
        QTest::qWait(50);
        check(QStringLiteral("scenario-dark.png"));

        QApplication::setPalette(previous);
    }
};

QTEST_MAIN(TestScenarioPanel)
#include "tst_scenariopanel.moc"
