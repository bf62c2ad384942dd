// SPDX-License-Identifier: GPL-3.0-or-later
// Monte Carlo over the AGI year: deterministic for a seed, percentiles in order, the sampler's own maths.
#include "dataset/datasetloader.h"
#include "scenario/scenariomontecarlo.h"

#include <QTest>

#include <cmath>

using namespace Dealscope;
using Id = AssumptionId;

class TestScenarioMonteCarlo : public QObject
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

    void splitMix64KnownSequence()
    {
        // The first outputs for seed 0 published with the algorithm: the mixing steps are implemented as specified.
        SplitMix64 random(0);
        QCOMPARE(random.next(), 0xE220A8397B1DCDAFULL);
        QCOMPARE(random.next(), 0x6E789E6AA1B965F4ULL);
        QCOMPARE(random.next(), 0x06C45D188009454FULL);
        SplitMix64 unit(42);
        for (int i = 0; i < 1000; ++i) {
            const double u = unit.nextDouble();
            QVERIFY(u >= 0.0 && u < 1.0);
        }
    }

    void normalQuantile_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("z");
        // Standard normal table values.
        QTest::newRow("median") << 0.5 << 0.0;
        QTest::newRow("p90") << 0.9 << 1.2815515655446004;
        QTest::newRow("p10") << 0.1 << -1.2815515655446004;
        QTest::newRow("p97.5") << 0.975 << 1.959963984540054;
        QTest::newRow("lower tail") << 0.001 << -3.090232306167813;
        QTest::newRow("upper tail") << 0.999 << 3.090232306167813;
    }

    void normalQuantile()
    {
        QFETCH(double, p);
        QFETCH(double, z);
        QVERIFY(std::abs(Dealscope::normalQuantile(p) - z) < 1e-8);
        QVERIFY(std::abs(normalCdf(z) - p) < 1e-12);
    }

    void agiDistribution()
    {
        AgiYearDistribution d;
        d.median = 2032;
        d.spread = 3;
        d.notWithinHorizon = 0.25;
        d.horizon = 2035;
        QVERIFY(!d.sample(0.0)); // the first quarter of u: not within the horizon
        QVERIFY(!d.sample(0.2499));
        QCOMPARE(d.sample(0.25), std::optional<int>(2027)); // truncated at the earliest year
        QCOMPARE(d.sample(0.999999), std::optional<int>(2035)); // and at the horizon
        // The middle of the truncated range, between the two ends' normal probabilities, is the median
        // only if the truncation is symmetric; here it is not, so just check monotonicity.
        int previous = 0;
        for (double u = 0.25; u < 1.0; u += 0.01) {
            const int year = *d.sample(u);
            QVERIFY(year >= previous);
            previous = year;
        }
        // A window far in the tail falls back to its nearest end.
        d.median = 2040;
        d.spread = 0.5;
        d.horizon = 2030;
        QCOMPARE(d.sample(0.5), std::optional<int>(2030));
    }

    void deterministic_data()
    {
        QTest::addColumn<int>("regime");
        QTest::addRow("oct2025") << int(RegimeKind::Oct2025);
        QTest::addRow("apr2026") << int(RegimeKind::Apr2026);
    }

    void deterministic()
    {
        QFETCH(int, regime);
        const ContractRegime &contract = RegimeKind(regime) == RegimeKind::Oct2025 ? m_oct : m_apr;
        const MonteCarloSettings settings {20000, 7};
        const MonteCarloResult a = ScenarioMonteCarlo::run(contract, AssumptionValues(), 2035, settings);
        const MonteCarloResult b = ScenarioMonteCarlo::run(contract, AssumptionValues(), 2035, settings);
        QCOMPARE(a.years, b.years);
        QCOMPARE(a.agiYearCounts, b.agiYearCounts);
        QCOMPARE(a.notWithinHorizon, b.notWithinHorizon);
        for (std::size_t i = 0; i < a.years.size(); ++i) {
            QCOMPARE(a.azureTotal[i].p10, b.azureTotal[i].p10);
            QCOMPARE(a.azureTotal[i].p50, b.azureTotal[i].p50);
            QCOMPARE(a.azureTotal[i].p90, b.azureTotal[i].p90);
        }
        // A different seed draws different years.
        const MonteCarloResult c = ScenarioMonteCarlo::run(contract, AssumptionValues(), 2035, {20000, 8});
        QVERIFY(c.agiYearCounts != a.agiYearCounts);
    }

    void percentilesAreOrdered_data()
    {
        QTest::addColumn<int>("regime");
        QTest::addColumn<double>("notWithin");
        QTest::addColumn<double>("spread");
        for (const RegimeKind kind : {RegimeKind::Oct2025, RegimeKind::Apr2026}) {
            for (const double notWithin : {0.0, 0.25, 0.9}) {
                for (const double spread : {0.5, 3.0, 10.0})
                    QTest::addRow("%s %g %g", qPrintable(regimeKey(kind)), notWithin, spread)
                        << int(kind) << notWithin << spread;
            }
        }
    }

    void percentilesAreOrdered()
    {
        QFETCH(int, regime);
        QFETCH(double, notWithin);
        QFETCH(double, spread);
        AssumptionValues v;
        v.set(Id::AgiNotWithinHorizonProbability, notWithin);
        v.set(Id::AgiSpreadYears, spread);
        const ContractRegime &contract = RegimeKind(regime) == RegimeKind::Oct2025 ? m_oct : m_apr;
        const MonteCarloResult r = ScenarioMonteCarlo::run(contract, v, 2040, {10000, 1});
        QCOMPARE(r.years.size(), std::size_t(16));
        int counted = r.notWithinHorizon;
        for (const int count : r.agiYearCounts)
            counted += count;
        QCOMPARE(counted, 10000);
        for (const auto *band : {&r.azureTotal, &r.iaas, &r.paas, &r.saas, &r.revenueShare}) {
            QCOMPARE(band->size(), r.years.size());
            for (const Percentiles &p : *band) {
                QVERIFY(p.p10 <= p.p50);
                QVERIFY(p.p50 <= p.p90);
                QVERIFY(std::isfinite(p.p10) && std::isfinite(p.p90));
            }
        }
        // The probability of "not within the horizon" is honoured within sampling error.
        QVERIFY(std::abs(r.notWithinHorizon / 10000.0 - notWithin) < 0.02);
    }

    void agiMattersUnderOct2025()
    {
        // Under the Oct 2025 terms AGI ends the revenue share and exclusivity: the band must open up.
        const MonteCarloResult r = ScenarioMonteCarlo::run(m_oct, AssumptionValues(), 2035, {20000, 3});
        const std::size_t y2033 = 2033 - 2025;
        QVERIFY(r.azureTotal[y2033].p10 < r.azureTotal[y2033].p90);
        QCOMPARE(r.azureTotal[0].p10, r.azureTotal[0].p90); // 2025 is before any possible AGI year
    }

    void percentilesMatchSortedSamples()
    {
        // Nearest-rank on the counted outcomes equals nearest-rank on the sorted sample list.
        const MonteCarloSettings settings {999, 11};
        const MonteCarloResult r = ScenarioMonteCarlo::run(m_oct, AssumptionValues(), 2035, settings);
        const AgiYearDistribution d = AgiYearDistribution::fromAssumptions(AssumptionValues(), 2035);
        SplitMix64 random(settings.seed);
        std::vector<double> totals2033;
        for (int i = 0; i < settings.samples; ++i) {
            const std::optional<int> agi = d.sample(random.nextDouble());
            totals2033.push_back(ScenarioEngine::project(m_oct, AssumptionValues(), agi, 2035).at(2033)->azureTotal());
        }
        std::sort(totals2033.begin(), totals2033.end());
        auto nearestRank = [&](double p) { return totals2033[std::size_t(std::ceil(p * 999)) - 1]; };
        QCOMPARE(r.azureTotal[8].p10, nearestRank(0.1));
        QCOMPARE(r.azureTotal[8].p50, nearestRank(0.5));
        QCOMPARE(r.azureTotal[8].p90, nearestRank(0.9));
    }
};

QTEST_GUILESS_MAIN(TestScenarioMonteCarlo)
#include "tst_scenariomontecarlo.moc"
