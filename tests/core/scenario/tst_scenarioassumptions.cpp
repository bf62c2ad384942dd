// SPDX-License-Identifier: GPL-3.0-or-later
// The assumption catalogue, and the engine's robustness over the corners of the assumption space.
#include "dataset/datasetloader.h"
#include "scenario/scenariomontecarlo.h"
#include "scenario/scenariotornado.h"

#include <QSet>
#include <QTest>

#include <cmath>

using namespace Dealscope;
using Id = AssumptionId;

namespace {

bool allFinite(const ProjectionYear &y)
{
    for (const double value : {y.iaas.baseline, y.iaas.openai, y.paas.baseline, y.paas.openai, y.saas.baseline,
                               y.saas.openai, y.revenueShare, y.shareToOpenai, y.openaiRevenue, y.openaiComputeOnAzure,
                               y.commitmentFloor, y.azureTotal()}) {
        if (!std::isfinite(value))
            return false;
    }
    return true;
}

bool nonNegative(const ProjectionYear &y)
{
    for (const double value : {y.iaas.baseline, y.iaas.openai, y.paas.baseline, y.paas.openai, y.saas.baseline,
                               y.saas.openai, y.revenueShare, y.shareToOpenai}) {
        if (value < 0)
            return false;
    }
    return true;
}

} // namespace

class TestScenarioAssumptions : public QObject
{
    Q_OBJECT

private:
    ContractRegime m_regimes[2];

private Q_SLOTS:
    void initTestCase()
    {
        const DatasetLoadResult loaded = DatasetLoader::loadBundled();
        QVERIFY(loaded.ok());
        m_regimes[0] = *deriveContractRegime(*loaded.dataset, RegimeKind::Oct2025).regime;
        m_regimes[1] = *deriveContractRegime(*loaded.dataset, RegimeKind::Apr2026).regime;
    }

    void catalogueIsConsistent()
    {
        const QList<AssumptionInfo> &all = ScenarioAssumptions::all();
        QCOMPARE(all.size(), AssumptionCount);
        QSet<QString> keys;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const AssumptionInfo &info = all.at(i);
            QCOMPARE(int(info.id), int(i));
            QVERIFY2(!keys.contains(info.key), qPrintable(info.key));
            keys.insert(info.key);
            QCOMPARE(ScenarioAssumptions::find(info.key), &info);
            QVERIFY2(info.minimum < info.maximum, qPrintable(info.key));
            QVERIFY2(info.contains(info.defaultValue), qPrintable(info.key));
            QVERIFY2(info.step > 0 && info.step <= info.maximum - info.minimum, qPrintable(info.key));
            QVERIFY(!info.label.isEmpty());
            QVERIFY(!ScenarioAssumptions::groupKey(info.group).isEmpty());
            // A default from the fact sheet cites it with its code; anything else says it is an assumption.
            if (info.isAssumption()) {
                QVERIFY2(info.rationale.startsWith(QStringLiteral("Assumption")), qPrintable(info.key));
            } else {
                QVERIFY2(info.rationale.startsWith(QStringLiteral("facts.md §3")), qPrintable(info.key));
                QVERIFY2(info.rationale.contains(QStringLiteral("(") + info.confidence->code() + QStringLiteral(")")),
                         qPrintable(info.key));
            }
        }
        QVERIFY(!ScenarioAssumptions::find(u"nope"));
        QString why;
        QVERIFY2(AssumptionValues().isValid(&why), qPrintable(why));
    }

    void theSplitIsAnAssumption()
    {
        QVERIFY(ScenarioAssumptions::info(Id::IaasShare2025).isAssumption());
        QVERIFY(ScenarioAssumptions::info(Id::PaasShare2025).isAssumption());
        QCOMPARE(ScenarioAssumptions::info(Id::AzureFy25Revenue).confidence->code(), QStringLiteral("A"));
        QCOMPARE(ScenarioAssumptions::info(Id::RevenueShareCap).confidence->code(), QStringLiteral("B"));
    }

    void validityChecks()
    {
        AssumptionValues v;
        v.set(Id::OpenaiRevenueGrowth, 1e308);
        QVERIFY(!v.isValid());
        v.set(Id::OpenaiRevenueGrowth, std::nan(""));
        QVERIFY(!v.isValid());
        v = AssumptionValues();
        v.set(Id::CommitmentYears, 7.5);
        QString why;
        QVERIFY(!v.isValid(&why));
        QVERIFY(why.startsWith(QStringLiteral("commitmentYears")));
    }

    void cornersStayFiniteAndNonNegative()
    {
        // 2^34 corners are too many: a fixed pseudo-random sample of corners, the two all-min / all-max
        // corners and every one-at-a-time extreme, under both regimes and several AGI years.
        const QList<AssumptionInfo> &all = ScenarioAssumptions::all();
        std::vector<AssumptionValues> points;
        SplitMix64 random(0xC0FFEE);
        for (int i = 0; i < 2048; ++i) {
            AssumptionValues v;
            const quint64 bits = random.next();
            for (const AssumptionInfo &info : all)
                v.set(info.id, (bits >> int(info.id)) & 1 ? info.maximum : info.minimum);
            points.push_back(v);
        }
        AssumptionValues lows, highs;
        for (const AssumptionInfo &info : all) {
            lows.set(info.id, info.minimum);
            highs.set(info.id, info.maximum);
            AssumptionValues low, high;
            low.set(info.id, info.minimum);
            high.set(info.id, info.maximum);
            points.push_back(low);
            points.push_back(high);
        }
        points.push_back(lows);
        points.push_back(highs);

        int projections = 0;
        for (const AssumptionValues &v : points) {
            QVERIFY(v.isValid());
            for (const ContractRegime &regime : m_regimes) {
                for (const std::optional<int> agi : {std::optional<int>(2027), std::optional<int>(2030),
                                                     std::optional<int>(2033), std::optional<int>()}) {
                    const Projection p = ScenarioEngine::project(regime, v, agi, ScenarioEngine::MaxHorizon);
                    ++projections;
                    for (const ProjectionYear &y : p.years) {
                        if (!allFinite(y) || !nonNegative(y))
                            QFAIL(qPrintable(
                                QStringLiteral("bad value in %1 (%2)").arg(y.year).arg(regimeKey(regime.id))));
                    }
                }
            }
        }
        QCOMPARE(projections, int(points.size()) * 8);
    }

    void monteCarloAndTornadoStayFiniteAtExtremes()
    {
        AssumptionValues lows, highs;
        for (const AssumptionInfo &info : ScenarioAssumptions::all()) {
            lows.set(info.id, info.minimum);
            highs.set(info.id, info.maximum);
        }
        for (const AssumptionValues &v : {lows, highs}) {
            for (const ContractRegime &regime : m_regimes) {
                for (const int horizon : {2030, 2040}) {
                    const MonteCarloResult r = ScenarioMonteCarlo::run(regime, v, horizon, {2000, 5});
                    for (const Percentiles &p : r.azureTotal)
                        QVERIFY(std::isfinite(p.p10) && std::isfinite(p.p50) && std::isfinite(p.p90));
                }
                for (const TornadoBar &bar : ScenarioTornado::run(regime, v).bars)
                    QVERIFY(std::isfinite(bar.swing));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestScenarioAssumptions)
#include "tst_scenarioassumptions.moc"
