// SPDX-License-Identifier: GPL-3.0-or-later
// The contract regimes are read from the dataset with asOf(), not written into the engine.
#include "dataset/datasetloader.h"
#include "scenario/scenarioregime.h"

#include <QTest>

using namespace Dealscope;

class TestScenarioRegime : public QObject
{
    Q_OBJECT

private:
    DatasetPtr m_dataset;

private Q_SLOTS:
    void initTestCase()
    {
        const DatasetLoadResult loaded = DatasetLoader::loadBundled();
        QVERIFY(loaded.ok());
        m_dataset = loaded.dataset;
    }

    void oct2025()
    {
        const ContractRegimeResult result = deriveContractRegime(*m_dataset, RegimeKind::Oct2025);
        QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n')));
        const ContractRegime &r = *result.regime;
        QCOMPARE(r.versionId, QStringLiteral("v2025-10-28"));
        QCOMPARE(r.versionDate, QDate(2025, 10, 28));
        // C1: API exclusivity until AGI, no date.
        QCOMPARE(r.apiExclusivity, (RightEnd {true, QDate(), true}));
        QVERIFY(!r.azureFirstSince.isValid());
        // C3: IP through 2032, exclusive throughout.
        QCOMPARE(r.modelIp, (RightEnd {true, QDate(2032, 12, 31), false}));
        QCOMPARE(r.modelIpExclusivity, r.modelIp);
        // C4: research IP to the earlier of AGI and 2030.
        QCOMPARE(r.researchIp, (RightEnd {true, QDate(2030, 12, 31), true}));
        // C9: revenue share until AGI, uncapped; the share to OpenAI runs with it.
        QCOMPARE(r.revenueShare, (RightEnd {true, QDate(), true}));
        QVERIFY(!r.revenueShareCapped);
        QCOMPARE(r.shareToOpenai, r.revenueShare);
        QVERIFY(r.azureCommitment);
    }

    void apr2026()
    {
        const ContractRegimeResult result = deriveContractRegime(*m_dataset, RegimeKind::Apr2026);
        QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n')));
        const ContractRegime &r = *result.regime;
        QCOMPARE(r.versionId, QStringLiteral("v2026-04-27"));
        QCOMPARE(r.versionDate, QDate(2026, 4, 27));
        // C1 ended by the amendment: in force through the day before (or AGI, had it come first).
        QCOMPARE(r.apiExclusivity, (RightEnd {true, QDate(2026, 4, 26), true}));
        QCOMPARE(r.azureFirstSince, QDate(2026, 4, 27)); // N1
        // N3: still through 2032, non-exclusive from 27 Apr 2026.
        QCOMPARE(r.modelIp, (RightEnd {true, QDate(2032, 12, 31), false}));
        QCOMPARE(r.modelIpExclusivity, (RightEnd {true, QDate(2026, 4, 26), false}));
        // C4 not restated: its last known term.
        QCOMPARE(r.researchIp, (RightEnd {true, QDate(2030, 12, 31), true}));
        // N5: through 2030, capped, regardless of AGI.
        QCOMPARE(r.revenueShare, (RightEnd {true, QDate(2030, 12, 31), false}));
        QVERIFY(r.revenueShareCapped);
        // N4: Microsoft's share to OpenAI ended with the amendment.
        QCOMPARE(r.shareToOpenai.lastDay, QDate(2026, 4, 26));
        QVERIFY(r.azureCommitment); // C10 not restated, believed to stand
    }

    void missingVersionIsReported()
    {
        Dataset empty;
        empty.buildIndex();
        const ContractRegimeResult result = deriveContractRegime(empty, RegimeKind::Apr2026);
        QVERIFY(!result.ok());
        QCOMPARE(result.problems, QStringList {QStringLiteral("the dataset has no version \"v2026-04-27\"")});
    }

    void missingClauseIsReported()
    {
        Dataset dataset = *m_dataset;
        dataset.clauses.removeIf([](const Clause &c) { return c.id == QLatin1String("N5"); });
        dataset.buildIndex();
        const ContractRegimeResult result = deriveContractRegime(dataset, RegimeKind::Apr2026);
        QVERIFY(!result.ok());
        QVERIFY(result.problems.contains(QStringLiteral("the dataset has no clause \"N5\"")));
    }

    void keys()
    {
        QCOMPARE(regimeKey(RegimeKind::Oct2025), QStringLiteral("oct2025"));
        QCOMPARE(regimeFromKey(u"apr2026"), std::optional<RegimeKind>(RegimeKind::Apr2026));
        QVERIFY(!regimeFromKey(u"2026"));
        QCOMPARE(regimeLabel(RegimeKind::Apr2026), QStringLiteral("Apr 2026 terms"));
    }
};

QTEST_GUILESS_MAIN(TestScenarioRegime)
#include "tst_scenarioregime.moc"
