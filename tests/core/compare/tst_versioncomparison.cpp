// SPDX-License-Identifier: GPL-3.0-or-later
// VersionComparison: what differs between two versions of the bundled dataset, and its CSV rows.
#include "compare/versioncomparison.h"
#include "dataset/datasetloader.h"

#include <QTest>

using namespace Dealscope;
using Field = ItemChange::Field;

Q_DECLARE_METATYPE(Dealscope::VersionChangeKind)

namespace {
const QString October2025 = QStringLiteral("v2025-10-28");
const QString February2026 = QStringLiteral("v2026-02-27");
const QString April2026 = QStringLiteral("v2026-04-27");

/// The wording a version's history entry gave the clause, else its summary.
QString wordingIn(const Clause &clause, const QString &versionId, const QString &language)
{
    for (const HistoryEntry &entry : clause.history) {
        if (entry.version == versionId && !entry.text.isEmpty())
            return entry.text.text(language);
    }
    return clause.summary.text(language);
}

const HistoryEntry *entryIn(const Clause &clause, const QString &versionId)
{
    for (const HistoryEntry &entry : clause.history) {
        if (entry.version == versionId)
            return &entry;
    }
    return nullptr;
}
} // namespace

class TestVersionComparison : public QObject
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

    // The main comparison: October 2025 against April 2026, clause by clause, from what the dataset says.
    void october2025AgainstApril2026_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<VersionChangeKind>("kind");
        QTest::addColumn<QStringList>("shownInB"); // the clauses B's side shows

        QTest::newRow("API exclusivity ended, replaced") << QStringLiteral("C1") << VersionChangeKind::Ended
                                                         << QStringList {QStringLiteral("N1"), QStringLiteral("N2")};
        QTest::newRow("IP licence amended")
            << QStringLiteral("C3") << VersionChangeKind::Amended << QStringList {QStringLiteral("C3")};
        QTest::newRow("revenue share ended, replaced") << QStringLiteral("C9") << VersionChangeKind::Ended
                                                       << QStringList {QStringLiteral("N4"), QStringLiteral("N5")};
        QTest::newRow("AGI panel not restated")
            << QStringLiteral("C2") << VersionChangeKind::NotRestated << QStringList {QStringLiteral("C2")};
        QTest::newRow("non-exclusive licence added")
            << QStringLiteral("N3") << VersionChangeKind::Added << QStringList {QStringLiteral("N3")};
    }

    void october2025AgainstApril2026()
    {
        QFETCH(QString, id);
        QFETCH(VersionChangeKind, kind);
        QFETCH(QStringList, shownInB);

        const VersionComparison comparison = VersionComparison::compare(*m_dataset, October2025, April2026);
        QVERIFY(comparison.isValid());
        const ItemChange *change = comparison.change(id);
        QVERIFY2(change, qPrintable(id));
        QCOMPARE(change->kind, kind);
        QCOMPARE(change->item, ItemChange::Item::Clause);
        QCOMPARE(change->b.clauses, shownInB);
        const Clause &clause = *m_dataset->clause(id);
        QCOMPARE(change->title, clause.title.english());
        if (kind == VersionChangeKind::Added) {
            QVERIFY(change->a.wording.isEmpty());
            QCOMPARE(change->b.wording, clause.summary.english());
            return;
        }
        // Both wordings, each as its version left it; B's from the clauses it shows.
        QCOMPARE(change->a.wording, clause.summary.english());
        QStringList wordingsB;
        for (const QString &shown : shownInB)
            wordingsB.append(wordingIn(*m_dataset->clause(shown), April2026, QStringLiteral("en")));
        QCOMPARE(change->b.wording, wordingsB.join(u'\n'));
        QVERIFY(!change->a.sources.isEmpty());
        QVERIFY(!change->b.sources.isEmpty());
    }

    void replacedTermComparesEnds()
    {
        const VersionComparison comparison = VersionComparison::compare(*m_dataset, October2025, April2026);
        const ItemChange *revenueShare = comparison.change(QStringLiteral("C9"));
        QVERIFY(revenueShare);
        const QString agiEnd = VersionComparison::describeEnd(
            *m_dataset, m_dataset->clause(QStringLiteral("C9"))->term.end, QStringLiteral("en"));
        const QString capEnd = VersionComparison::describeEnd(
            *m_dataset, m_dataset->clause(QStringLiteral("N5"))->term.end, QStringLiteral("en"));
        QCOMPARE(agiEnd, QStringLiteral("until AGI verified by the expert panel"));
        QCOMPARE(capEnd, QStringLiteral("through 2030"));
        QCOMPARE(revenueShare->a.end, agiEnd);
        QVERIFY2(revenueShare->b.end.contains(capEnd), qPrintable(revenueShare->b.end));
        QVERIFY(revenueShare->fields.contains(Field::End));
        QVERIFY(revenueShare->fields.contains(Field::Status));
        // The new clauses that replaced it say so.
        QCOMPARE(comparison.change(QStringLiteral("N5"))->replaces, QStringList {QStringLiteral("C9")});
    }

    void notRestatedKeepsWordingAndChangesStatus()
    {
        const VersionComparison comparison = VersionComparison::compare(*m_dataset, October2025, April2026);
        const ItemChange *panel = comparison.change(QStringLiteral("C2"));
        QVERIFY(panel);
        QCOMPARE(panel->a.wording, panel->b.wording);
        QVERIFY(!panel->fields.contains(Field::Wording));
        QVERIFY(panel->fields.contains(Field::Status));
        QCOMPARE(panel->b.sources, entryIn(*m_dataset->clause(QStringLiteral("C2")), April2026)->sources);
    }

    // A reaffirmation with new sources changes no term, and what neither version has is not listed.
    void unchangedAndAbsentClausesAreLeftOut_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("reaffirmed stake") << QStringLiteral("C14");
        QTest::newRow("restated by no one, in force") << QStringLiteral("C5");
        QTest::newRow("ended before both") << QStringLiteral("P4");
    }

    void unchangedAndAbsentClausesAreLeftOut()
    {
        QFETCH(QString, id);
        const VersionComparison comparison = VersionComparison::compare(*m_dataset, October2025, April2026);
        QVERIFY(!comparison.change(id));
    }

    void eventsBetweenTheVersionsAreAdded()
    {
        const VersionComparison comparison = VersionComparison::compare(*m_dataset, October2025, April2026);
        const QDate from = m_dataset->version(October2025)->date;
        const QDate to = m_dataset->version(April2026)->date;
        int expected = 0;
        for (const Event &event : m_dataset->events) {
            const bool between = event.date.firstDay() > from && event.date.firstDay() <= to;
            expected += between ? 1 : 0;
            const ItemChange *change = comparison.change(event.id);
            QCOMPARE(change != nullptr, between);
            if (change) {
                QCOMPARE(change->item, ItemChange::Item::Event);
                QCOMPARE(change->kind, VersionChangeKind::Added);
                QCOMPARE(change->b.wording, event.summary.english());
            }
        }
        QVERIFY(expected > 0);
    }

    void comparesInTheLanguageShown()
    {
        const QString ja = QStringLiteral("ja");
        const VersionComparison comparison = VersionComparison::compare(*m_dataset, October2025, April2026, ja);
        const ItemChange *licence = comparison.change(QStringLiteral("C3"));
        QVERIFY(licence);
        const Clause &clause = *m_dataset->clause(QStringLiteral("C3"));
        QCOMPARE(licence->title, clause.title.text(ja));
        QCOMPARE(licence->a.wording, clause.summary.text(ja));
        QCOMPARE(licence->b.wording, wordingIn(clause, April2026, ja));
    }

    void sameVersionHasNoChanges()
    {
        const VersionComparison comparison = VersionComparison::compare(*m_dataset, April2026, April2026);
        QVERIFY(comparison.isValid());
        QVERIFY(comparison.changes().isEmpty());
        QVERIFY(comparison.table().rows.isEmpty());
    }

    void unknownVersionIsInvalid()
    {
        const VersionComparison comparison
            = VersionComparison::compare(*m_dataset, QStringLiteral("v1999-01-01"), April2026);
        QVERIFY(!comparison.isValid());
        QVERIFY(comparison.changes().isEmpty());
    }

    // A later A against an earlier B: what B has that A ended counts as added; no events.
    void laterAgainstEarlier()
    {
        const VersionComparison comparison = VersionComparison::compare(*m_dataset, April2026, October2025);
        QCOMPARE(comparison.change(QStringLiteral("C1"))->kind, VersionChangeKind::Added);
        QCOMPARE(comparison.change(QStringLiteral("N2"))->kind, VersionChangeKind::Ended);
        for (const ItemChange &change : comparison.changes())
            QCOMPARE(change.item, ItemChange::Item::Clause);
    }

    void amendmentBetweenNeighbours()
    {
        // The joint statement reworded API exclusivity.
        const VersionComparison comparison = VersionComparison::compare(*m_dataset, October2025, February2026);
        const ItemChange *exclusivity = comparison.change(QStringLiteral("C1"));
        QVERIFY(exclusivity);
        QCOMPARE(exclusivity->kind, VersionChangeKind::Amended);
        QCOMPARE(exclusivity->fields.first(), Field::Wording);
    }

    void tableHasOneRowPerDifferingField()
    {
        const VersionComparison comparison = VersionComparison::compare(*m_dataset, October2025, April2026);
        const CsvTable table = comparison.table();
        QCOMPARE(table.header,
                 (QStringList {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("field"),
                               QStringLiteral("A"), QStringLiteral("B")}));
        qsizetype expectedRows = 0;
        for (const ItemChange &change : comparison.changes())
            expectedRows += change.fields.size();
        QCOMPARE(table.rows.size(), expectedRows);
        const ItemChange *licence = comparison.change(QStringLiteral("C3"));
        const QStringList wordingRow = {QStringLiteral("C3"), QStringLiteral("amended"), QStringLiteral("wording"),
                                        licence->a.wording, licence->b.wording};
        QVERIFY(table.rows.contains(wordingRow));
    }

    void previousVersion()
    {
        QCOMPARE(VersionComparison::previousVersion(*m_dataset, April2026), February2026);
        QCOMPARE(VersionComparison::previousVersion(*m_dataset, m_dataset->versions.first().id), QString());
        QCOMPARE(VersionComparison::previousVersion(*m_dataset, QStringLiteral("nope")), QString());
    }
};

QTEST_GUILESS_MAIN(TestVersionComparison)
#include "tst_versioncomparison.moc"
