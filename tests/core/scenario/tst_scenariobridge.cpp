// SPDX-License-Identifier: GPL-3.0-or-later
// The amendment bridge: Shapley steps that add up, vanish for terms that do not differ and do not depend on
// the order of the list.
#include "dataset/datasetloader.h"
#include "scenario/regimecatalog.h"
#include "scenario/scenariobridge.h"
#include "scenario/scenariofile.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Dealscope;

namespace {

/// The steps must add up to the total within this share of the larger of the two ends (at least 1e-9 bn):
/// the sums of up to 2^9 weighted differences lose a few bits of a double, nothing more.
constexpr double RelativeTolerance = 1e-9;

bool nearlyEqual(double a, double b, double scale)
{
    return std::abs(a - b) <= RelativeTolerance * std::max(1.0, scale);
}

/// A pseudo-random value of every assumption within its range, from @p random.
AssumptionValues randomValues(QRandomGenerator &random)
{
    AssumptionValues values;
    for (const AssumptionInfo &info : ScenarioAssumptions::all()) {
        double value = info.minimum + random.generateDouble() * (info.maximum - info.minimum);
        if (info.integer)
            value = std::round(value);
        values.set(info.id, std::clamp(value, info.minimum, info.maximum));
    }
    return values;
}

} // namespace

class TestScenarioBridge : public QObject
{
    Q_OBJECT

private:
    ContractRegime m_oct;
    ContractRegime m_apr;
    QList<AssumptionValues> m_cases; ///< the presets, then the random sets

    BridgeResult bridge(const AssumptionValues &values, const QList<ContractTerm> &order = ScenarioBridge::allTerms())
    {
        return ScenarioBridge::compute(m_oct, m_apr, values, ScenarioEngine::medianAgiYear(values),
                                       ScenarioEngine::DefaultHorizon, order);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const DatasetLoadResult loaded = DatasetLoader::loadBundled();
        QVERIFY(loaded.ok());
        m_oct = *deriveContractRegime(*loaded.dataset, RegimeKind::Oct2025).regime;
        m_apr = *deriveContractRegime(*loaded.dataset, RegimeKind::Apr2026).regime;
        for (const QString &id : ScenarioFile::presetIds()) {
            const ScenarioLoadResult preset = ScenarioFile::loadPreset(id);
            QVERIFY(preset.ok());
            m_cases.append(preset.scenario->values());
        }
        QRandomGenerator random(20260427); // fixed: the same 1,000 sets on every run
        for (int i = 0; i < 1000; ++i)
            m_cases.append(randomValues(random));
    }

    void theEndsAreTheTwoRegimesProjections()
    {
        const AssumptionValues values;
        const int agi = ScenarioEngine::medianAgiYear(values);
        const BridgeResult result = bridge(values);
        QCOMPARE(result.start, ScenarioBridge::measure(ScenarioEngine::project(m_oct, values, agi)));
        QCOMPARE(result.end, ScenarioBridge::measure(ScenarioEngine::project(m_apr, values, agi)));
        QCOMPARE(result.firstYear, ScenarioEngine::BaseYear);
        QCOMPARE(result.lastYear, ScenarioEngine::DefaultHorizon);
        QCOMPARE(result.from, RegimeId(RegimeKind::Oct2025));
        QCOMPARE(result.to, RegimeId(RegimeKind::Apr2026));
    }

    void theStepsAddUpForEveryCase()
    {
        for (const AssumptionValues &values : std::as_const(m_cases)) {
            const BridgeResult result = bridge(values);
            const BridgeMeasures total = result.end - result.start;
            const BridgeMeasures sum = result.stepSum();
            const double scale = std::max(std::abs(result.start.microsoft), std::abs(result.end.microsoft));
            QVERIFY2(nearlyEqual(sum.microsoft, total.microsoft, scale),
                     qPrintable(QStringLiteral("%1 != %2").arg(sum.microsoft).arg(total.microsoft)));
            QVERIFY(nearlyEqual(sum.revenueShare, total.revenueShare, scale));
        }
    }

    void aTermThatDoesNotDifferHasNoStep()
    {
        for (const AssumptionValues &values : std::as_const(m_cases)) {
            const BridgeResult result = bridge(values);
            for (const ContractTerm term : ScenarioBridge::allTerms()) {
                if (ScenarioBridge::differs(term, m_oct, m_apr))
                    continue;
                QCOMPARE(result.step(term), BridgeMeasures());
                QVERIFY(std::none_of(result.steps.cbegin(), result.steps.cend(),
                                     [term](const BridgeStep &step) { return step.term == term; }));
            }
        }
    }

    void theSameRegimeGivesNoSteps()
    {
        const BridgeResult result = ScenarioBridge::compute(m_apr, m_apr, AssumptionValues(), 2032);
        QVERIFY(result.steps.isEmpty());
        QCOMPARE(result.start, result.end);
    }

    void reorderingTheListChangesNoStep()
    {
        QList<ContractTerm> reversed = ScenarioBridge::allTerms();
        std::reverse(reversed.begin(), reversed.end());
        QList<ContractTerm> shuffled = ScenarioBridge::allTerms();
        std::shuffle(shuffled.begin(), shuffled.end(), QRandomGenerator(7));
        for (const AssumptionValues &values : std::as_const(m_cases)) {
            const BridgeResult inOrder = bridge(values);
            for (const QList<ContractTerm> &order : {reversed, shuffled}) {
                const BridgeResult reordered = bridge(values, order);
                QCOMPARE(reordered.steps.size(), inOrder.steps.size());
                for (const BridgeStep &step : inOrder.steps)
                    QCOMPARE(reordered.step(step.term), step.change); // exactly, not merely close
            }
        }
    }

    void theStepsFollowTheOrderAskedFor()
    {
        const QList<ContractTerm> order = {ContractTerm::RevenueShareCap, ContractTerm::ApiExclusivity};
        const BridgeResult result = bridge(AssumptionValues(), order);
        QVERIFY(result.steps.size() >= 2);
        QCOMPARE(result.steps.at(0).term, ContractTerm::RevenueShareCap);
        QCOMPARE(result.steps.at(1).term, ContractTerm::ApiExclusivity);
    }

    void oneDifferingTermTakesTheWholeDifference()
    {
        // With a single differing term its Shapley value is simply the difference.
        ContractRegime capped = m_oct;
        capped.revenueShareCapped = true;
        const AssumptionValues values;
        const BridgeResult result = ScenarioBridge::compute(m_oct, capped, values, 2032);
        QCOMPARE(result.steps.size(), 1);
        QCOMPARE(result.steps.first().term, ContractTerm::RevenueShareCap);
        QCOMPARE(result.steps.first().change, result.end - result.start);
        QVERIFY(result.steps.first().change.revenueShare < 0.0); // the cap can only take away
    }

    void theOctToAprTermsThatDiffer()
    {
        // From the dataset: C1 ended, N1 and N3 added, N5 replaced C9 and N4 ended the share to OpenAI.
        QList<ContractTerm> differing;
        for (const ContractTerm term : ScenarioBridge::allTerms()) {
            if (ScenarioBridge::differs(term, m_oct, m_apr))
                differing.append(term);
        }
        QCOMPARE(differing,
                 (QList<ContractTerm> {ContractTerm::ApiExclusivity, ContractTerm::AzureFirst,
                                       ContractTerm::ModelIpExclusivity, ContractTerm::RevenueShare,
                                       ContractTerm::RevenueShareCap, ContractTerm::ShareToOpenai}));
    }

    void everyTermNamesItsClauses()
    {
        for (const ContractTerm term : ScenarioBridge::allTerms()) {
            QVERIFY(!ScenarioBridge::clauses(term).isEmpty());
            QVERIFY(!ScenarioBridge::termKey(term).isEmpty());
            QVERIFY(!ScenarioBridge::termLabel(term).isEmpty());
        }
    }

    void aThirdVersionIsARegimeWithoutCode()
    {
        const DatasetLoadResult loaded
            = DatasetLoader::loadFile(QStringLiteral(DEALSCOPE_TEST_DATA_DIR "/three-regimes.json"));
        QVERIFY2(loaded.ok(),
                 qPrintable(loaded.diagnostics.isEmpty() ? QString() : loaded.diagnostics.first().toString()));
        const RegimeCatalog catalog(*loaded.dataset);
        const RegimeId third(QStringLiteral("v2027-06-30"));
        QVERIFY(catalog.regime(third));
        const ContractRegime &later = *catalog.regime(third);
        const ContractRegime &apr = *catalog.regime(RegimeKind::Apr2026);
        QVERIFY(!later.azureCommitment); // C10 ended by the third version
        QCOMPARE(later.revenueShare.lastDay, QDate(2028, 12, 31)); // N5 amended
        // A commitment large enough to bind, so that ending it shows.
        AssumptionValues values;
        values.set(AssumptionId::CommitmentTotal, ScenarioAssumptions::info(AssumptionId::CommitmentTotal).maximum);
        values.set(AssumptionId::AzureComputeShare2030,
                   ScenarioAssumptions::info(AssumptionId::AzureComputeShare2030).minimum);
        const BridgeResult result = ScenarioBridge::compute(apr, later, values, 2032);
        QCOMPARE(result.steps.size(), 2);
        QVERIFY(result.step(ContractTerm::AzureCommitment).microsoft < 0.0);
        QVERIFY(result.step(ContractTerm::RevenueShare).revenueShare <= 0.0); // the share now ends in 2028
        QCOMPARE(result.step(ContractTerm::AzureCommitment).revenueShare, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestScenarioBridge)
#include "tst_scenariobridge.moc"
