// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario panel's Table tab: the sensitivity and the AGI-year fan as tables, so that what those
// charts draw reaches the keyboard and screen readers, with the figures the core computes.
#include "dataset/datasetdocument.h"
#include "scenario/charts/chartvaluetext.h"
#include "scenario/fantablemodel.h"
#include "scenario/scenariodocument.h"
#include "scenario/scenariomontecarlo.h"
#include "scenario/scenariopanel.h"
#include "scenario/scenariotablemodel.h"
#include "scenario/scenariotablepage.h"
#include "scenario/scenariotornado.h"
#include "scenario/sensitivitytablemodel.h"
#include "session/languagemanager.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QHeaderView>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Dealscope;

class TestScenarioTablePage : public QObject
{
    Q_OBJECT

    DatasetDocument m_document;

    /// A panel on the bundled dataset, showing its Table tab with @p content.
    std::unique_ptr<ScenarioPanel> panelShowing(ScenarioTablePage::Content content)
    {
        auto *scenario = new ScenarioDocument;
        auto panel = std::make_unique<ScenarioPanel>(scenario);
        scenario->setParent(panel.get());
        scenario->setDataset(m_document.dataset());
        panel->resize(1024, 620);
        panel->show();
        panel->findChild<QTabWidget *>(QStringLiteral("scenarioTabs"))->setCurrentWidget(panel->tablePage());
        panel->tablePage()->setContent(content);
        return panel;
    }

    static QString cell(const QTableView *table, int row, int column)
    {
        return table->model()->index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_document.openBundled().isEmpty());
        QVERIFY(LanguageManager::instance()->applyLanguage(QStringLiteral("en")));
    }

    void cleanupTestCase() { LanguageManager::instance()->applyLanguage(QStringLiteral("en")); }

    void projectionIsTheFirstTable()
    {
        const auto panel = panelShowing(ScenarioTablePage::Content::Projection);
        QCOMPARE(panel->tableView()->model(), panel->tableModel());
        QVERIFY(panel->tableModel()->rowCount() > 0);
    }

    void sensitivityTableGivesEachAssumptionsSettingsAndChanges_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ja") << QStringLiteral("ja");
    }

    void sensitivityTableGivesEachAssumptionsSettingsAndChanges()
    {
        QFETCH(QString, language);
        QVERIFY(LanguageManager::instance()->applyLanguage(language));
        const auto panel = panelShowing(ScenarioTablePage::Content::Sensitivity);
        QAbstractItemModelTester tester(panel->tablePage()->sensitivityModel());
        const ScenarioDocument *document = panel->document();
        const Scenario &scenario = document->scenario();
        const TornadoResult result = ScenarioTornado::run(document->contractRegime(scenario.regime), scenario.values());
        const QTableView *table = panel->tableView();
        QCOMPARE(table->model(), panel->tablePage()->sensitivityModel());
        QCOMPARE(table->model()->rowCount(), int(result.bars.size()) + 1);
        for (int row = 0; row < int(result.bars.size()); ++row) {
            const TornadoBar &bar = result.bars.at(std::size_t(row));
            QCOMPARE(cell(table, row, SensitivityTableModel::AssumptionColumn),
                     ScenarioAssumptions::displayLabel(bar.id));
            QCOMPARE(cell(table, row, SensitivityTableModel::LowSettingColumn),
                     ChartValueText::setting(bar.id, bar.lowValue));
            QCOMPARE(cell(table, row, SensitivityTableModel::LowChangeColumn), ChartValueText::change(bar.lowDelta));
            QCOMPARE(cell(table, row, SensitivityTableModel::HighSettingColumn),
                     ChartValueText::setting(bar.id, bar.highValue));
            QCOMPARE(cell(table, row, SensitivityTableModel::HighChangeColumn), ChartValueText::change(bar.highDelta));
        }
        // The last row states the base the changes are measured from.
        const int base = int(result.bars.size());
        QVERIFY(cell(table, base, SensitivityTableModel::AssumptionColumn).contains(QString::number(result.toYear)));
        QCOMPARE(cell(table, base, SensitivityTableModel::LowChangeColumn), ChartValueText::amount(result.baseValue));
        QVERIFY(LanguageManager::instance()->applyLanguage(QStringLiteral("en")));
    }

    void fanTableGivesThePercentilesOfEachYear()
    {
        const auto panel = panelShowing(ScenarioTablePage::Content::Fan);
        QAbstractItemModelTester tester(panel->tablePage()->fanModel());
        const ScenarioDocument *document = panel->document();
        const Scenario &scenario = document->scenario();
        const MonteCarloResult result
            = ScenarioMonteCarlo::run(document->contractRegime(scenario.regime), scenario.values(), scenario.horizon);
        const QTableView *table = panel->tableView();
        QCOMPARE(table->model(), panel->tablePage()->fanModel());
        QCOMPARE(table->model()->rowCount(), int(result.years.size()));
        for (int row = 0; row < int(result.years.size()); ++row) {
            const std::size_t year = std::size_t(row);
            QCOMPARE(table->model()->headerData(row, Qt::Vertical).toString(), QString::number(result.years.at(year)));
            QCOMPARE(cell(table, row, FanTableModel::StackP10), ChartValueText::amount(result.azureTotal.at(year).p10));
            QCOMPARE(cell(table, row, FanTableModel::StackP50), ChartValueText::amount(result.azureTotal.at(year).p50));
            QCOMPARE(cell(table, row, FanTableModel::StackP90), ChartValueText::amount(result.azureTotal.at(year).p90));
            QCOMPARE(cell(table, row, FanTableModel::ShareP50),
                     ChartValueText::amount(result.revenueShare.at(year).p50));
        }
    }

    void tablesFollowTheSliders()
    {
        const auto panel = panelShowing(ScenarioTablePage::Content::Sensitivity);
        ScenarioDocument *document = panel->document();
        const AssumptionId id = AssumptionId::AzureFy25Revenue;
        document->setValue(id, ScenarioAssumptions::info(id).maximum);
        const Scenario &scenario = document->scenario();
        const TornadoResult result = ScenarioTornado::run(document->contractRegime(scenario.regime), scenario.values());
        // Recomputed once the change has settled, as the chart is.
        QTRY_COMPARE(cell(panel->tableView(), int(result.bars.size()), SensitivityTableModel::LowChangeColumn),
                     ChartValueText::amount(result.baseValue));
    }

    void headingsStayWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("comparison");
        for (const char *language : {"en", "de", "ja"}) {
            for (const int width : {700, 1024, 1600}) {
                for (const bool comparison : {false, true})
                    QTest::addRow("%s %d%s", language, width, comparison ? " compared" : "")
                        << QString::fromLatin1(language) << width << comparison;
            }
        }
    }

    /// Every column heading of the projection is whole: in a narrow table the columns keep the width they
    /// need and the table scrolls sideways; in a wide one they share its whole width.
    void headingsStayWhole()
    {
        QFETCH(QString, language);
        QFETCH(int, width);
        QFETCH(bool, comparison);
        QVERIFY(LanguageManager::instance()->applyLanguage(language));
        const auto panel = panelShowing(ScenarioTablePage::Content::Projection);
        if (comparison)
            panel->document()->compareWithOtherRegime();
        panel->resize(width, 620);
        QCoreApplication::processEvents();
        const QTableView *table = panel->tableView();
        const QHeaderView *columns = table->horizontalHeader();
        int total = 0;
        for (int column = 0; column < columns->count(); ++column) {
            QVERIFY2(columns->sectionSize(column) >= columns->sectionSizeHint(column),
                     qPrintable(table->model()->headerData(column, Qt::Horizontal).toString()));
            total += columns->sectionSize(column);
        }
        // No room left over: either the columns fill the table, or they need more and it scrolls.
        QVERIFY2(total >= table->viewport()->width() - columns->count(),
                 qPrintable(QStringLiteral("%1 of %2 px").arg(total).arg(table->viewport()->width())));
        QVERIFY(LanguageManager::instance()->applyLanguage(QStringLiteral("en")));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char *language : {"en", "ja"}) {
            for (const QSize size : {QSize(1024, 700), QSize(1600, 900)})
                QTest::addRow("%s %dx%d", language, size.width(), size.height())
                    << QString::fromLatin1(language) << size;
        }
    }

    /// The Table tab showing each of its tables, for a person to look at.
    void screenshots()
    {
        const QString directory = qEnvironmentVariable("DEALSCOPE_SCREENSHOT_DIR");
        if (directory.isEmpty())
            QSKIP("set DEALSCOPE_SCREENSHOT_DIR to render the screenshots");
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QVERIFY(LanguageManager::instance()->applyLanguage(language));
        for (const auto content : {ScenarioTablePage::Content::Projection, ScenarioTablePage::Content::Sensitivity,
                                   ScenarioTablePage::Content::Fan}) {
            const auto panel = panelShowing(content);
            panel->resize(size);
            QTest::qWait(400); // the analysis is recomputed once the panel has settled
            const QString name = QStringLiteral("table-%1_%2_%3x%4.png")
                                     .arg(QVariant::fromValue(content).toString(), language)
                                     .arg(size.width())
                                     .arg(size.height());
            QVERIFY(panel->grab().save(QDir(directory).filePath(name)));
        }
        QVERIFY(LanguageManager::instance()->applyLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestScenarioTablePage)
#include "tst_scenariotablepage.moc"
