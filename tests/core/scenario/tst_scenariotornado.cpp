// SPDX-License-Identifier: GPL-3.0-or-later
// Tornado: every projection assumption at its bounds, sorted by swing.
#include "dataset/datasetloader.h"
#include "scenario/scenariotornado.h"

#include <QTest>

#include <cmath>

using namespace Dealscope;
using Id = AssumptionId;

class TestScenarioTornado : public QObject
{
    Q_OBJECT

private:
    ContractRegime m_oct;
    ContractRegime m_apr;

private Q_SLOTS:
    void initTestCase()
    {
        const DatasetLoadResult loaded = DatasetLoader::loadBundled();
        QVERIFY(loaded.ok());
        m_oct = *deriveContractRegime(*loaded.dataset, RegimeKind::Oct2025).regime;
        m_apr = *deriveContractRegime(*loaded.dataset, RegimeKind::Apr2026).regime;
    }

    void sortedBySwing_data()
    {
        QTest::addColumn<int>("regime");
        QTest::addRow("oct2025") << int(RegimeKind::Oct2025);
        QTest::addRow("apr2026") << int(RegimeKind::Apr2026);
    }

    void sortedBySwing()
    {
        QFETCH(int, regime);
        const ContractRegime &contract = RegimeKind(regime) == RegimeKind::Oct2025 ? m_oct : m_apr;
        const TornadoResult t = ScenarioTornado::run(contract, AssumptionValues());
        QCOMPARE(t.fromYear, 2025);
        QCOMPARE(t.toYear, 2032);
        QCOMPARE(t.bars.size(), std::size_t(AssumptionCount - 2)); // the two Monte Carlo-only ones are left out
        for (std::size_t i = 1; i < t.bars.size(); ++i)
            QVERIFY(t.bars[i - 1].swing >= t.bars[i].swing);
        for (const TornadoBar &bar : t.bars) {
            QVERIFY(!ScenarioAssumptions::info(bar.id).monteCarloOnly);
            QCOMPARE(bar.swing, std::abs(bar.highDelta - bar.lowDelta));
            QCOMPARE(bar.lowValue, ScenarioAssumptions::info(bar.id).minimum);
            QVERIFY(std::isfinite(bar.lowDelta) && std::isfinite(bar.highDelta));
        }
        QVERIFY(t.bars.front().swing > 0);
    }

    void barMatchesTwoProjections()
    {
        // The OpenAI growth bar is the difference of two explicit projections to 2032.
        const TornadoResult t = ScenarioTornado::run(m_apr, AssumptionValues());
        const auto bar = std::find_if(t.bars.begin(), t.bars.end(),
                                      [](const TornadoBar &b) { return b.id == Id::OpenaiRevenueGrowth; });
        QVERIFY(bar != t.bars.end());
        AssumptionValues low;
        low.set(Id::OpenaiRevenueGrowth, 0);
        const double base
            = ScenarioEngine::project(m_apr, AssumptionValues(), 2032, 2032).cumulativeMicrosoft(2025, 2032);
        const double lowValue = ScenarioEngine::project(m_apr, low, 2032, 2032).cumulativeMicrosoft(2025, 2032);
        QCOMPARE(t.baseValue, base);
        QCOMPARE(bar->lowDelta, lowValue - base);
        QVERIFY(bar->lowDelta < 0 && bar->highDelta > 0);
    }

    void regimeDecidesWhatMatters()
    {
        // Under the Apr 2026 terms the revenue share ends in 2030 whatever AGI does, and the cap matters;
        // under the Oct 2025 terms the cap does not apply.
        auto swing = [](const TornadoResult &t, Id id) {
            for (const TornadoBar &bar : t.bars) {
                if (bar.id == id)
                    return bar.swing;
            }
            return -1.0;
        };
        const TornadoResult oct = ScenarioTornado::run(m_oct, AssumptionValues());
        const TornadoResult apr = ScenarioTornado::run(m_apr, AssumptionValues());
        QCOMPARE(swing(oct, Id::RevenueShareCap), 0.0);
        QVERIFY(swing(apr, Id::RevenueShareCap) > 0);
        QVERIFY(swing(oct, Id::AgiMedianYear) > swing(apr, Id::AgiMedianYear));
    }
};

QTEST_GUILESS_MAIN(TestScenarioTornado)
#include "tst_scenariotornado.moc"
