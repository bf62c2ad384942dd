// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario engine against hand-computed figures under both regimes, and its invariants.
#include "dataset/datasetloader.h"
#include "scenario/scenarioengine.h"

#include <QTest>

#include <cmath>

using namespace Dealscope;
using Id = AssumptionId;

namespace {

bool near(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

#define COMPARE_NEAR(actual, expected)                                                                                 \
    QVERIFY2(near((actual), (expected)),                                                                               \
             qPrintable(QStringLiteral("%1 = %2, expected %3")                                                         \
                            .arg(QString::fromUtf8(#actual))                                                           \
                            .arg(double(actual), 0, 'g', 17)                                                           \
                            .arg(double(expected), 0, 'g', 17)))

/// A small case whose arithmetic fits in the comments below.
AssumptionValues smallCase()
{
    AssumptionValues v;
    v.set(Id::AzureFy25Revenue, 64); // × (1 + 0.5625)^0.5 = × 1.25 → calendar 2025 Azure = 80
    v.set(Id::AzureRecentGrowth, 0.5625);
    v.set(Id::IaasShare2025, 0.5); // layers 2025: IaaS 40, PaaS 20, SaaS 20
    v.set(Id::PaasShare2025, 0.25);
    v.set(Id::BaselineGrowth, 0.1); // baselines grow 10 % a year
    v.set(Id::BaselineLongRunGrowth, 0.1);
    v.set(Id::GrowthFade, 0.5);
    v.set(Id::OpenaiRevenue2025, 10); // growth 1, ½, ¼, ⅛, 1/16, 1/32 (long run 0, fade ½)
    v.set(Id::OpenaiRevenueGrowth, 1.0); // R = 10, 20, 30, 37.5, 42.1875, 44.82421875, 46.2249755859375
    v.set(Id::OpenaiLongRunGrowth, 0.0);
    v.set(Id::OpenaiGrowthFade, 0.5);
    v.set(Id::ComputeCostRatio, 1.0); // compute on Azure = R × 1 × 0.5
    v.set(Id::AzureComputeShare2025, 0.5);
    v.set(Id::AzureComputeShare2030, 0.5);
    v.set(Id::CommitmentTotal, 90); // 2027–2029, ramp ½: 90 × (1 + ½((2j+1)/3 − 1)) / 3 = 20, 30, 40
    v.set(Id::CommitmentStartYear, 2027);
    v.set(Id::CommitmentYears, 3);
    v.set(Id::CommitmentRamp, 0.5);
    v.set(Id::OpenaiPaas2025, 4); // PaaS OpenAI = 4 × R/10 × exclusivity factor
    v.set(Id::PaasRetention, 0.5);
    v.set(Id::PaasRetentionAzureFirst, 0.75);
    v.set(Id::OpenaiSaas2025, 2); // SaaS OpenAI = 2 × 1.25^k × differentiation
    v.set(Id::SaasAdoptionGrowth, 0.25);
    v.set(Id::SaasLongRunGrowth, 0.25);
    v.set(Id::NonExclusiveErosion, 0.2);
    v.set(Id::IpEndErosion, 0.5);
    v.set(Id::ResearchIpErosion, 0.1);
    v.set(Id::RevenueShareRate2025, 0.2); // 0.20, 0.18, 0.16, 0.14, 0.12, 0.10, 0.10
    v.set(Id::RevenueShareRate2030, 0.1);
    v.set(Id::RevenueShareCap, 20);
    v.set(Id::ShareToOpenaiRate, 0.2);
    return v;
}

} // namespace

class TestScenarioEngine : public QObject
{
    Q_OBJECT

private:
    ContractRegime m_oct;
    ContractRegime m_apr;

    const ContractRegime &regime(RegimeKind kind) const { return kind == RegimeKind::Oct2025 ? m_oct : m_apr; }

private Q_SLOTS:
    void initTestCase()
    {
        const DatasetLoadResult loaded = DatasetLoader::loadBundled();
        QVERIFY(loaded.ok());
        const ContractRegimeResult oct = deriveContractRegime(*loaded.dataset, RegimeKind::Oct2025);
        const ContractRegimeResult apr = deriveContractRegime(*loaded.dataset, RegimeKind::Apr2026);
        QVERIFY2(oct.ok(), qPrintable(oct.problems.join(u'\n')));
        QVERIFY2(apr.ok(), qPrintable(apr.problems.join(u'\n')));
        m_oct = *oct.regime;
        m_apr = *apr.regime;
    }

    void smallCaseIsInRange()
    {
        QString why;
        QVERIFY2(smallCase().isValid(&why), qPrintable(why));
    }

    void calendarConversion()
    {
        AssumptionValues v;
        // FY25 Azure 75 shifted half a year at 39 % growth: 75 × √1.39.
        COMPARE_NEAR(ScenarioEngine::calendarAzure2025(v), 75 * std::sqrt(1.39));
        COMPARE_NEAR(ScenarioEngine::endAsDecimalYear(QDate(2030, 12, 31)), 2031.0);
        COMPARE_NEAR(ScenarioEngine::endAsDecimalYear(QDate(2026, 4, 26)), 2026 + 116.0 / 365.0);
    }

    void handComputedOct2025()
    {
        // AGI verified at the start of 2029: API exclusivity, research IP, the revenue share and the share to
        // OpenAI all end then.
        const Projection p = ScenarioEngine::project(m_oct, smallCase(), 2029, 2031);
        QCOMPARE(p.firstYear(), 2025);
        QCOMPARE(p.lastYear(), 2031);
        QCOMPARE(p.years.size(), std::size_t(7));

        const ProjectionYear &y25 = *p.at(2025);
        // 2025: IaaS OpenAI = 10 × 0.5 = 5, baseline 40 − 5 = 35; PaaS OpenAI 4, baseline 16;
        // SaaS OpenAI 2, baseline 18; total 80.
        COMPARE_NEAR(y25.iaas.openai, 5);
        COMPARE_NEAR(y25.iaas.baseline, 35);
        COMPARE_NEAR(y25.paas.openai, 4);
        COMPARE_NEAR(y25.paas.baseline, 16);
        COMPARE_NEAR(y25.saas.openai, 2);
        COMPARE_NEAR(y25.saas.baseline, 18);
        COMPARE_NEAR(y25.azureTotal(), 80);
        COMPARE_NEAR(y25.revenueShare, 2); // 0.2 × 10
        COMPARE_NEAR(y25.shareToOpenai, 0.8); // 0.2 × PaaS OpenAI 4

        const ProjectionYear &y26 = *p.at(2026);
        COMPARE_NEAR(y26.openaiRevenue, 20); // 10 × (1 + 1)
        COMPARE_NEAR(y26.iaas.openai, 10); // 20 × 0.5, no commitment slice before 2027
        COMPARE_NEAR(y26.iaas.baseline, 38.5); // 35 × 1.1
        COMPARE_NEAR(y26.paas.openai, 8); // 4 × 20/10
        COMPARE_NEAR(y26.paas.baseline, 17.6); // 16 × 1.1
        COMPARE_NEAR(y26.saas.openai, 2.5); // 2 × 1.25
        COMPARE_NEAR(y26.saas.baseline, 19.8); // 18 × 1.1
        COMPARE_NEAR(y26.revenueShare, 3.6); // 0.18 × 20
        COMPARE_NEAR(y26.shareToOpenai, 1.6); // 0.2 × 8

        const ProjectionYear &y27 = *p.at(2027);
        COMPARE_NEAR(y27.openaiRevenue, 30); // 20 × 1.5
        COMPARE_NEAR(y27.commitmentFloor, 20); // 90 × (2/3) / 3
        COMPARE_NEAR(y27.iaas.openai, 20); // max(30 × 0.5 = 15, 20)
        COMPARE_NEAR(y27.paas.openai, 12); // 4 × 3
        COMPARE_NEAR(y27.saas.openai, 3.125); // 2 × 1.5625
        COMPARE_NEAR(y27.iaas.baseline, 42.35); // 35 × 1.21
        COMPARE_NEAR(y27.revenueShare, 4.8); // 0.16 × 30

        const ProjectionYear &y28 = *p.at(2028);
        COMPARE_NEAR(y28.openaiRevenue, 37.5); // 30 × 1.25
        COMPARE_NEAR(y28.iaas.openai, 30); // max(18.75, 90 × 1 / 3 = 30)
        COMPARE_NEAR(y28.paas.openai, 15); // 4 × 3.75
        COMPARE_NEAR(y28.saas.openai, 3.90625); // 2 × 1.953125
        COMPARE_NEAR(y28.revenueShare, 5.25); // 0.14 × 37.5
        COMPARE_NEAR(y28.shareToOpenai, 3); // 0.2 × 15

        const ProjectionYear &y29 = *p.at(2029);
        COMPARE_NEAR(y29.openaiRevenue, 42.1875); // 37.5 × 1.125
        COMPARE_NEAR(y29.iaas.openai, 40); // max(21.09375, 90 × (4/3) / 3 = 40)
        COMPARE_NEAR(y29.paas.openai, 8.4375); // 4 × 4.21875 × retention 0.5 (exclusivity ended by AGI)
        COMPARE_NEAR(y29.saas.openai, 4.39453125); // 2 × 1.25^4 = 4.8828125, × 0.9 (research IP ended by AGI)
        COMPARE_NEAR(y29.revenueShare, 0); // ends at AGI verification
        COMPARE_NEAR(y29.shareToOpenai, 0);
        COMPARE_NEAR(y29.iaas.baseline, 35 * 1.1 * 1.1 * 1.1 * 1.1);

        const ProjectionYear &y30 = *p.at(2030);
        COMPARE_NEAR(y30.openaiRevenue, 44.82421875); // 42.1875 × 1.0625
        COMPARE_NEAR(y30.iaas.openai, 22.412109375); // 44.82421875 × 0.5, the commitment ran 2027–2029
        COMPARE_NEAR(y30.paas.openai, 8.96484375); // 4 × 4.482421875 × 0.5
        COMPARE_NEAR(p.at(2031)->revenueShare, 0);
    }

    void handComputedApr2026()
    {
        // Exclusivity, the exclusive IP licence and the share to OpenAI end with 26 Apr 2026: 116 of 365 days
        // of 2026 fall before. Azure first holds after (retention 0.75). Revenue share capped at 20, to 2030.
        const double f = 116.0 / 365.0;
        const Projection p = ScenarioEngine::project(m_apr, smallCase(), 2029, 2031);

        const ProjectionYear &y25 = *p.at(2025);
        COMPARE_NEAR(y25.azureTotal(), 80);
        COMPARE_NEAR(y25.paas.openai, 4);
        COMPARE_NEAR(y25.revenueShare, 2);
        COMPARE_NEAR(y25.shareToOpenai, 0.8);

        const ProjectionYear &y26 = *p.at(2026);
        COMPARE_NEAR(y26.apiExclusivity, f);
        COMPARE_NEAR(y26.paas.openai, 8 * (f + (1 - f) * 0.75)); // = 8 × 302.75/365 ≈ 6.6356
        COMPARE_NEAR(y26.saas.openai, 2.5 * (1 - 0.2 * (1 - f))); // = 2.5 × 315.2/365 ≈ 2.1589
        COMPARE_NEAR(y26.shareToOpenai, 0.2 * 8 * (f + (1 - f) * 0.75) * f); // only before 27 Apr
        COMPARE_NEAR(y26.revenueShare, 3.6); // cumulative 5.6
        COMPARE_NEAR(y26.iaas.baseline, 38.5); // the baselines do not depend on the regime

        const ProjectionYear &y27 = *p.at(2027);
        COMPARE_NEAR(y27.paas.openai, 9); // 12 × 0.75
        COMPARE_NEAR(y27.saas.openai, 2.5); // 3.125 × 0.8 (non-exclusive licence)
        COMPARE_NEAR(y27.shareToOpenai, 0);
        COMPARE_NEAR(y27.revenueShare, 4.8); // cumulative 10.4

        const ProjectionYear &y28 = *p.at(2028);
        COMPARE_NEAR(y28.paas.openai, 11.25); // 15 × 0.75
        COMPARE_NEAR(y28.revenueShare, 5.25); // cumulative 15.65

        const ProjectionYear &y29 = *p.at(2029);
        COMPARE_NEAR(y29.paas.openai, 12.65625); // 4 × 4.21875 × 0.75
        COMPARE_NEAR(y29.saas.openai, 3.515625); // 4.8828125 × 0.8 × 0.9 (research IP ends at AGI)
        COMPARE_NEAR(y29.revenueShare, 4.35); // 0.12 × 42.1875 = 5.0625, capped: 20 − 15.65
        COMPARE_NEAR(p.at(2030)->revenueShare, 0); // cap reached
        COMPARE_NEAR(p.at(2031)->revenueShare, 0); // and after 2030 in any case
        COMPARE_NEAR(p.cumulativeRevenueShare(2025, 2031), 20);
    }

    void layersSumToTotal_data()
    {
        QTest::addColumn<int>("regime");
        QTest::addColumn<int>("agiYear"); // 0: not within the horizon
        for (const RegimeKind kind : {RegimeKind::Oct2025, RegimeKind::Apr2026}) {
            for (const int agi : {0, 2027, 2031, 2036}) {
                QTest::addRow("%s agi %d", qPrintable(regimeKey(kind)), agi) << int(kind) << agi;
            }
        }
    }

    void layersSumToTotal()
    {
        QFETCH(int, regime);
        QFETCH(int, agiYear);
        const std::optional<int> agi = agiYear ? std::optional<int>(agiYear) : std::nullopt;
        const Projection p = ScenarioEngine::project(this->regime(RegimeKind(regime)), AssumptionValues(), agi, 2040);
        QCOMPARE(p.years.size(), std::size_t(16));
        for (const ProjectionYear &y : p.years) {
            const double layers = y.iaas.total() + y.paas.total() + y.saas.total();
            COMPARE_NEAR(y.azureTotal(), layers);
            COMPARE_NEAR(y.baselineTotal() + y.openaiTotal(), y.azureTotal());
            for (const double part :
                 {y.iaas.baseline, y.iaas.openai, y.paas.baseline, y.paas.openai, y.saas.baseline, y.saas.openai})
                QVERIFY(part >= 0);
        }
    }

    void moreOpenaiGrowthNeverLowersOpenaiRevenue_data()
    {
        QTest::addColumn<int>("regime");
        QTest::addRow("oct2025") << int(RegimeKind::Oct2025);
        QTest::addRow("apr2026") << int(RegimeKind::Apr2026);
    }

    void moreOpenaiGrowthNeverLowersOpenaiRevenue()
    {
        QFETCH(int, regime);
        for (const Id id : {Id::OpenaiRevenueGrowth, Id::OpenaiLongRunGrowth}) {
            const AssumptionInfo &info = ScenarioAssumptions::info(id);
            Projection previous;
            for (double value = info.minimum; value <= info.maximum + 1e-12; value += info.step) {
                AssumptionValues v;
                v.set(id, value);
                const Projection p = ScenarioEngine::project(this->regime(RegimeKind(regime)), v, 2031, 2040);
                if (!previous.years.empty()) {
                    for (std::size_t i = 0; i < p.years.size(); ++i) {
                        QVERIFY(p.years[i].iaas.openai >= previous.years[i].iaas.openai);
                        QVERIFY(p.years[i].paas.openai >= previous.years[i].paas.openai);
                        QVERIFY(p.years[i].saas.openai >= previous.years[i].saas.openai);
                    }
                }
                previous = p;
            }
        }
    }

    void apr2026RevenueShareEndsIn2030AndRespectsCap_data()
    {
        QTest::addColumn<double>("cap");
        QTest::addColumn<double>("growth");
        for (const double cap : {0.0, 10.0, 38.0, 200.0}) {
            for (const double growth : {0.0, 1.2, 2.0})
                QTest::addRow("cap %g growth %g", cap, growth) << cap << growth;
        }
    }

    void apr2026RevenueShareEndsIn2030AndRespectsCap()
    {
        QFETCH(double, cap);
        QFETCH(double, growth);
        AssumptionValues v;
        v.set(Id::RevenueShareCap, cap);
        v.set(Id::OpenaiRevenueGrowth, growth);
        v.set(Id::RevenueShareRate2030, 0.3);
        for (const std::optional<int> agi :
             {std::optional<int>(2027), std::optional<int>(), std::optional<int>(2033)}) {
            const Projection p = ScenarioEngine::project(m_apr, v, agi, 2040);
            double cumulative = 0;
            for (const ProjectionYear &y : p.years) {
                cumulative += y.revenueShare;
                QVERIFY(cumulative <= cap + 1e-9);
                if (y.year > 2030)
                    QCOMPARE(y.revenueShare, 0.0);
                if (y.year > 2026)
                    QCOMPARE(y.shareToOpenai, 0.0); // N4: Microsoft's share to OpenAI ended
            }
        }
    }

    void oct2025RevenueShareStopsAtAgi_data()
    {
        QTest::addColumn<int>("agiYear");
        for (int year = 2027; year <= 2040; ++year)
            QTest::addRow("%d", year) << year;
    }

    void oct2025RevenueShareStopsAtAgi()
    {
        QFETCH(int, agiYear);
        const Projection p = ScenarioEngine::project(m_oct, AssumptionValues(), agiYear, 2040);
        for (const ProjectionYear &y : p.years) {
            if (y.year < agiYear) {
                QVERIFY(y.revenueShare > 0); // uncapped, and never ended by a date
                QCOMPARE(y.apiExclusivity, 1.0);
            } else {
                QCOMPARE(y.revenueShare, 0.0);
                QCOMPARE(y.shareToOpenai, 0.0);
                QCOMPARE(y.apiExclusivity, 0.0);
            }
        }
    }

    void withoutAgiTheOct2025ShareRunsToTheHorizon()
    {
        const Projection p = ScenarioEngine::project(m_oct, AssumptionValues(), std::nullopt, 2040);
        QVERIFY(!p.agiYear);
        QVERIFY(p.at(2040)->revenueShare > 0);
    }

    void horizonIsClamped()
    {
        QCOMPARE(ScenarioEngine::project(m_apr, AssumptionValues(), 2032, 2100).lastYear(), 2040);
        QCOMPARE(ScenarioEngine::project(m_apr, AssumptionValues(), 2032, 1990).lastYear(), 2025);
        QCOMPARE(ScenarioEngine::project(m_apr, AssumptionValues(), 2032).lastYear(), 2035);
    }

    void deterministic()
    {
        const Projection a = ScenarioEngine::project(m_oct, AssumptionValues(), 2031, 2040);
        const Projection b = ScenarioEngine::project(m_oct, AssumptionValues(), 2031, 2040);
        for (std::size_t i = 0; i < a.years.size(); ++i) {
            QCOMPARE(a.years[i].azureTotal(), b.years[i].azureTotal());
            QCOMPARE(a.years[i].revenueShare, b.years[i].revenueShare);
        }
    }
};

QTEST_GUILESS_MAIN(TestScenarioEngine)
#include "tst_scenarioengine.moc"
