// SPDX-License-Identifier: GPL-3.0-or-later
// asOf: which clauses are in force at a date, with which wording and which resolved end.
#include "agreement/agreementstate.h"
#include "dataset/datasetloader.h"

#include <QTest>

using namespace Dealscope;

Q_DECLARE_METATYPE(Dealscope::ClauseStatus)

namespace {
const QString Agi = QStringLiteral("agi-verified");
}

class TestAgreementState : public QObject
{
    Q_OBJECT

    DatasetPtr m_dataset;

private Q_SLOTS:
    void initTestCase()
    {
        const DatasetLoadResult result = DatasetLoader::loadBundled();
        QVERIFY(result.ok());
        m_dataset = result.dataset;
    }

    void resolveEnd_data()
    {
        QTest::addColumn<int>("shape"); // 0: date, 1: milestone, 2: earliest of milestone and 2030, 3: none
        QTest::addColumn<QDate>("agiDate");
        QTest::addColumn<QDate>("expectedDate");
        QTest::addColumn<bool>("pending");
        QTest::addColumn<QString>("decidedBy");

        QTest::newRow("date: through 2032") << 0 << QDate() << QDate(2032, 12, 31) << false << QString();
        QTest::newRow("milestone unresolved") << 1 << QDate() << QDate() << true << QString();
        QTest::newRow("milestone assumed") << 1 << QDate(2029, 7, 1) << QDate(2029, 7, 1) << false << Agi;
        QTest::newRow("earliest, AGI unresolved: 2030 at the latest")
            << 2 << QDate() << QDate(2030, 12, 31) << true << QString();
        QTest::newRow("earliest, AGI first") << 2 << QDate(2028, 6, 30) << QDate(2028, 6, 30) << false << Agi;
        QTest::newRow("earliest, 2030 first") << 2 << QDate(2033, 1, 1) << QDate(2030, 12, 31) << false << QString();
        QTest::newRow("no end") << 3 << QDate(2028, 1, 1) << QDate() << false << QString();
    }

    void resolveEnd()
    {
        QFETCH(int, shape);
        QFETCH(QDate, agiDate);
        QFETCH(QDate, expectedDate);
        QFETCH(bool, pending);
        QFETCH(QString, decidedBy);

        TermEnd end;
        if (shape == 0)
            end = TermEnd::onDate(PartialDate::year(2032));
        else if (shape == 1)
            end = TermEnd::atMilestone(Agi);
        else if (shape == 2)
            end = TermEnd::earliestOf({TermEnd::atMilestone(Agi), TermEnd::onDate(PartialDate::year(2030))});
        MilestoneDates milestones;
        if (agiDate.isValid())
            milestones.insert(Agi, agiDate);

        const ResolvedEnd resolved = Dealscope::resolveEnd(end, milestones);
        QCOMPARE(resolved.date, expectedDate);
        QCOMPARE(resolved.isUncertain(), pending);
        QCOMPARE(resolved.decidedBy, decidedBy);
        QCOMPARE(resolved.isOpen(), shape == 3);
    }

    void bundledAgreement_data()
    {
        QTest::addColumn<QString>("clause");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDate>("agiDate");
        QTest::addColumn<ClauseStatus>("status");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<bool>("endsAtAgi"); // still waiting for AGI verification

        const QDate none;
        QTest::newRow("API exclusivity in force until AGI, 2025-11-08")
            << "C1" << QDate(2025, 11, 8) << none << ClauseStatus::InForce << none << true;
        QTest::newRow("API exclusivity ended by 2026-05-01")
            << "C1" << QDate(2026, 5, 1) << none << ClauseStatus::Ended << none << true;
        QTest::newRow("API exclusivity not yet agreed in 2024")
            << "C1" << QDate(2024, 6, 1) << none << ClauseStatus::NotYetInForce << none << false;
        QTest::newRow("API exclusivity expires at an assumed AGI date")
            << "C1" << QDate(2025, 12, 31) << QDate(2025, 12, 1) << ClauseStatus::Expired << QDate(2025, 12, 1)
            << false;
        QTest::newRow("research IP: AGI or end of 2030, whichever first")
            << "C4" << QDate(2025, 11, 8) << none << ClauseStatus::InForce << QDate(2030, 12, 31) << true;
        QTest::newRow("research IP ends early with AGI in 2028")
            << "C4" << QDate(2025, 11, 8) << QDate(2028, 6, 30) << ClauseStatus::InForce << QDate(2028, 6, 30) << false;
        QTest::newRow("research IP ends with 2030 if AGI comes later")
            << "C4" << QDate(2025, 11, 8) << QDate(2034, 1, 1) << ClauseStatus::InForce << QDate(2030, 12, 31) << false;
        QTest::newRow("research IP not restated in April 2026")
            << "C4" << QDate(2026, 5, 1) << none << ClauseStatus::Unknown << QDate(2030, 12, 31) << true;
        QTest::newRow("research IP over after 2030 whatever AGI does")
            << "C4" << QDate(2031, 1, 1) << none << ClauseStatus::Expired << QDate(2030, 12, 31) << true;
        QTest::newRow("IP licence through 2032, 2025-11-08")
            << "C3" << QDate(2025, 11, 8) << none << ClauseStatus::InForce << QDate(2032, 12, 31) << false;
        QTest::newRow("non-exclusive IP licence from 2026-04-27")
            << "N3" << QDate(2026, 4, 27) << none << ClauseStatus::InForce << QDate(2032, 12, 31) << false;
        QTest::newRow("non-exclusive IP licence not before the amendment")
            << "N3" << QDate(2026, 4, 26) << none << ClauseStatus::NotYetInForce << none << false;
        QTest::newRow("revenue share until AGI, 2025-11-08")
            << "C9" << QDate(2025, 11, 8) << none << ClauseStatus::InForce << none << true;
        QTest::newRow("revenue share until AGI replaced, 2026-05-01")
            << "C9" << QDate(2026, 5, 1) << none << ClauseStatus::Ended << none << true;
        QTest::newRow("capped revenue share through 2030")
            << "N5" << QDate(2026, 5, 1) << none << ClauseStatus::InForce << QDate(2030, 12, 31) << false;
        QTest::newRow("capped revenue share over in 2031")
            << "N5" << QDate(2031, 1, 1) << none << ClauseStatus::Expired << QDate(2030, 12, 31) << false;
    }

    void bundledAgreement()
    {
        QFETCH(QString, clause);
        QFETCH(QDate, date);
        QFETCH(QDate, agiDate);
        QFETCH(ClauseStatus, status);
        QFETCH(QDate, end);
        QFETCH(bool, endsAtAgi);

        MilestoneDates milestones;
        if (agiDate.isValid())
            milestones.insert(Agi, agiDate);
        const AgreementState state = asOf(*m_dataset, date, milestones);
        const ClauseState *clauseState = state.clause(clause);
        QVERIFY(clauseState);
        QCOMPARE(clauseState->status, status);
        if (status == ClauseStatus::NotYetInForce)
            return;
        QCOMPARE(clauseState->end.date, end);
        QCOMPARE(clauseState->end.pendingMilestones.contains(Agi), endsAtAgi);
    }

    void ipLicenceIsNonExclusiveFromTheAmendment()
    {
        const AgreementState before = asOf(*m_dataset, QStringLiteral("v2025-10-28"));
        const AgreementState after = asOf(*m_dataset, QStringLiteral("v2026-04-27"));
        const ClauseState *c3Before = before.clause(QStringLiteral("C3"));
        const ClauseState *c3After = after.clause(QStringLiteral("C3"));
        QVERIFY(c3Before && c3After);
        QVERIFY(c3Before->isApplicable());
        QVERIFY(c3After->isApplicable());
        // The amendment rewords the licence (no longer exclusive) and points to the new term N3.
        QCOMPARE(c3Before->wording, &c3Before->clause->summary);
        QVERIFY(c3After->wording != &c3After->clause->summary);
        QVERIFY(c3After->wording->english().contains(QStringLiteral("exclusive")));
        QCOMPARE(c3After->entry->change, ChangeKind::Amended);
        QVERIFY(c3After->entry->related.contains(QStringLiteral("N3")));
        QCOMPARE(c3After->end.date, QDate(2032, 12, 31));
        QVERIFY(after.clause(QStringLiteral("N3"))->isApplicable());
    }

    void versionIdAndDateAgree()
    {
        for (const Version &version : m_dataset->versions) {
            const AgreementState byId = asOf(*m_dataset, version.id);
            const AgreementState byDate = asOf(*m_dataset, version.date);
            QCOMPARE(byId.date, version.date);
            QCOMPARE(byId.applicable().size(), byDate.applicable().size());
        }
        QVERIFY(asOf(*m_dataset, QStringLiteral("no-such-version")).clauses.isEmpty());
    }

    void amendmentChangesTheClausesInForce()
    {
        const auto ids = [](const AgreementState &state) {
            QStringList result;
            for (const ClauseState *clause : state.applicable())
                result.append(clause->clause->id);
            return result;
        };
        const QStringList october = ids(asOf(*m_dataset, QStringLiteral("v2025-10-28")));
        const QStringList april = ids(asOf(*m_dataset, QStringLiteral("v2026-04-27")));
        for (const char *id : {"C1", "C6", "C9"}) {
            QVERIFY2(october.contains(QLatin1String(id)), id);
            QVERIFY2(!april.contains(QLatin1String(id)), id);
        }
        for (int n = 1; n <= 7; ++n) {
            const QString id = QStringLiteral("N%1").arg(n);
            QVERIFY2(!october.contains(id), qPrintable(id));
            QVERIFY2(april.contains(id), qPrintable(id));
        }
    }
};

QTEST_GUILESS_MAIN(TestAgreementState)
#include "tst_agreementstate.moc"
