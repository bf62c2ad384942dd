// SPDX-License-Identifier: GPL-3.0-or-later
// The contract regimes are read from the dataset with asOf(), not written into the engine.
#include "dataset/datasetloader.h"
#include "scenario/regimecatalog.h"
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
        QCOMPARE(regimeKey(RegimeId(QStringLiteral("v2026-02-27"))), QStringLiteral("v2026-02-27"));
        QCOMPARE(regimeKey(RegimeId(QStringLiteral("v2026-04-27"))), QStringLiteral("apr2026")); // the alias
        QCOMPARE(regimeFromKey(u"apr2026"), std::optional<RegimeId>(RegimeKind::Apr2026));
        QCOMPARE(regimeFromKey(u"v2026-02-27"), std::optional(RegimeId(QStringLiteral("v2026-02-27"))));
        QVERIFY(!regimeFromKey(u"not an id"));
        QVERIFY(!regimeFromKey(u""));
        QCOMPARE(regimeLabel(RegimeKind::Apr2026), QStringLiteral("Apr 2026 terms"));
        QCOMPARE(regimeLabel(RegimeId(QStringLiteral("v2026-02-27"), QDate(2026, 2, 27))),
                 QStringLiteral("Feb 2026 terms"));
        QCOMPARE(regimeLabel(RegimeId(QStringLiteral("x1"))), QStringLiteral("Terms of version x1"));
        QCOMPARE(otherRegime(RegimeKind::Oct2025), RegimeId(RegimeKind::Apr2026));
        QCOMPARE(otherRegime(RegimeId(QStringLiteral("v2026-02-27"))), RegimeId(RegimeKind::Oct2025));
    }

    void everyVersionIsListedUsableOrWithItsReason()
    {
        const RegimeCatalog catalog(*m_dataset);
        QCOMPARE(catalog.entries().size(), m_dataset->versions.size());
        QCOMPARE(catalog.usable(),
                 (QList<RegimeId> {RegimeId(RegimeKind::Oct2025), RegimeId(QStringLiteral("v2026-02-27")),
                                   RegimeId(RegimeKind::Apr2026)}));
        for (const RegimeCatalog::Entry &entry : catalog.entries()) {
            QCOMPARE(entry.usable(), entry.problems.isEmpty());
            if (!entry.usable()) // versions before the definitive agreement lack its clauses
                QVERIFY2(entry.problems.first().contains(QStringLiteral("is not yet agreed in version")),
                         qPrintable(entry.problems.first()));
        }
        QCOMPARE(*catalog.regime(RegimeKind::Apr2026), *deriveContractRegime(*m_dataset, RegimeKind::Apr2026).regime);
        QCOMPARE(catalog.resolved(RegimeId(QStringLiteral("v2026-02-27"))).versionDate(), QDate(2026, 2, 27));
    }

    void keysAndProblemsOfTheCatalog()
    {
        const RegimeCatalog catalog(*m_dataset);
        QCOMPARE(catalog.keys(),
                 (QStringList {QStringLiteral("oct2025"), QStringLiteral("apr2026"), QStringLiteral("v2025-10-28"),
                               QStringLiteral("v2026-02-27"), QStringLiteral("v2026-04-27")}));
        QVERIFY(catalog.problemWith(u"oct2025").isEmpty());
        QVERIFY(catalog.problemWith(u"v2026-02-27").isEmpty());
        QVERIFY(catalog.problemWith(u"nov2025").startsWith(QStringLiteral("unknown regime \"nov2025\"")));
        QVERIFY(catalog.problemWith(u"v2019-07-22").startsWith(QStringLiteral("version \"v2019-07-22\" cannot be")));
    }

    void aThirdVersionNeedsNoCode()
    {
        const DatasetLoadResult loaded
            = DatasetLoader::loadFile(QStringLiteral(DEALSCOPE_TEST_DATA_DIR "/three-regimes.json"));
        QVERIFY(loaded.ok());
        const RegimeCatalog catalog(*loaded.dataset);
        QCOMPARE(catalog.usable().size(), 3);
        const ContractRegime *third = catalog.regime(RegimeId(QStringLiteral("v2027-06-30")));
        QVERIFY(third);
        QCOMPARE(third->versionDate, QDate(2027, 6, 30));
        QCOMPARE(regimeLabel(third->id), QStringLiteral("Jun 2027 terms"));
        QVERIFY(catalog.keys().contains(QStringLiteral("v2027-06-30")));
    }
};

QTEST_GUILESS_MAIN(TestScenarioRegime)
#include "tst_scenarioregime.moc"
