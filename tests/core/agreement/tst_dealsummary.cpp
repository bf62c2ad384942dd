// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement/dealsummary.h"
#include "dataset/datasetloader.h"

#include <QSet>
#include <QTest>

using namespace Dealscope;

namespace {

DatasetPtr load(const QString &name)
{
    const DatasetLoadResult result = name.isEmpty()
        ? DatasetLoader::loadBundled()
        : DatasetLoader::loadFile(QStringLiteral(DEALSCOPE_TEST_DATA_DIR "/") + name);
    return result.dataset;
}

QSet<QString> summaryTermIds(const DealSummary &summary)
{
    QSet<QString> ids;
    for (const SummaryGroup &group : summary.groups) {
        for (const SummaryTerm &term : group.terms)
            ids.insert(term.clauseId);
    }
    return ids;
}

} // namespace

class TestDealSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyVersion_data();
    void everyVersion();
    void unknownVersionIsTheLatest();
    void textsFollowTheLanguage();
    void assumedMilestoneDates();
    void noVersions();
};

void TestDealSummary::everyVersion_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("version");
    for (const QString &file : {QString(), QStringLiteral("three-regimes.json"), QStringLiteral("minimal.json")}) {
        const DatasetPtr dataset = load(file);
        QVERIFY2(dataset, qPrintable(file));
        for (const Version &version : dataset->versions) {
            const QString name = (file.isEmpty() ? QStringLiteral("bundled") : file) + u' ' + version.id;
            QTest::newRow(qPrintable(name)) << file << version.id;
        }
    }
}

void TestDealSummary::everyVersion()
{
    QFETCH(QString, file);
    QFETCH(QString, version);
    const DatasetPtr dataset = load(file);
    const DealSummary summary = DealSummary::build(*dataset, version, {}, QStringLiteral("en"));
    const AgreementState state = asOf(*dataset, version);
    QCOMPARE(summary.versionId, version);

    // Who gets what: exactly the clauses that apply, each under its own category.
    QSet<QString> applicable;
    for (const ClauseState *clause : state.applicable())
        applicable.insert(clause->clause->id);
    QCOMPARE(summaryTermIds(summary), applicable);
    for (const SummaryGroup &group : summary.groups) {
        QVERIFY(!group.terms.isEmpty());
        for (const SummaryTerm &term : group.terms) {
            QCOMPARE(dataset->clause(term.clauseId)->category, group.categoryId);
            QCOMPARE(term.resolvedEnd.date, state.clause(term.clauseId)->end.date);
            // The clause's confidence, as the tree shows it; how sure its standing is only where that differs.
            const ClauseState *clauseState = state.clause(term.clauseId);
            QCOMPARE(term.confidence.code(), clauseState->clause->confidence.code());
            const bool standingDiffers = clauseState->entry && clauseState->entry->confidence
                && clauseState->entry->confidence->code() != term.confidence.code();
            QCOMPARE(term.standingConfidence.has_value(), standingDiffers);
            if (standingDiffers)
                QCOMPARE(term.standingConfidence->code(), clauseState->entry->confidence->code());
        }
    }

    // What the version changed: every history entry of the version but the reaffirmations, new ones first.
    QSet<QString> changed;
    for (const Clause &clause : dataset->clauses) {
        for (const HistoryEntry &entry : clause.history) {
            if (entry.version == version && entry.change != ChangeKind::Unchanged)
                changed.insert(clause.id + u':' + QString::number(int(entry.change)));
        }
    }
    QSet<QString> listed;
    for (const SummaryChange &change : summary.changes)
        listed.insert(change.clauseId + u':' + QString::number(int(change.change)));
    QCOMPARE(listed, changed);
    for (qsizetype i = 1; i < summary.changes.size(); ++i) {
        const bool newFirst = summary.changes[i].change != ChangeKind::Introduced
            || summary.changes[i - 1].change == ChangeKind::Introduced;
        QVERIFY(newFirst);
    }

    // Key dates: every version up to this one, and the day each applicable dated term runs out, in order.
    QDate last;
    QSet<QString> versionsListed;
    QSet<QString> endsListed;
    for (const SummaryDate &date : summary.dates) {
        if (date.kind == SummaryDate::Kind::Milestone)
            continue;
        QVERIFY(!last.isValid() || date.date >= last);
        last = date.date;
        if (date.kind == SummaryDate::Kind::Version)
            versionsListed.insert(date.id);
        for (const QString &id : date.clauseIds) {
            QCOMPARE(state.clause(id)->end.date, date.date);
            endsListed.insert(id);
        }
    }
    for (const Version &other : dataset->versions)
        QCOMPARE(versionsListed.contains(other.id), other.date <= dataset->version(version)->date);
    for (const ClauseState *clause : state.applicable())
        QCOMPARE(endsListed.contains(clause->clause->id), clause->end.date.isValid());

    // Open questions: only those about something known as of the version, naming only clauses it knows.
    for (const SummaryQuestion &question : summary.questions) {
        for (const QString &id : question.clauseIds)
            QVERIFY(state.clause(id)->entry);
    }
}

void TestDealSummary::unknownVersionIsTheLatest()
{
    const DatasetPtr dataset = load(QStringLiteral("three-regimes.json"));
    const DealSummary summary
        = DealSummary::build(*dataset, QStringLiteral("no-such-version"), {}, QStringLiteral("en"));
    QCOMPARE(summary.versionId, dataset->versions.constLast().id);
    QCOMPARE(summary.previousVersionDate, dataset->versions.at(dataset->versions.size() - 2).date);
}

void TestDealSummary::textsFollowTheLanguage()
{
    const DatasetPtr dataset = load({});
    const QString language = QStringLiteral("ja");
    const DealSummary summary = DealSummary::build(*dataset, {}, {}, language);
    QCOMPARE(summary.title, dataset->title.text(language));
    QVERIFY(!summary.groups.isEmpty());
    const SummaryTerm &term = summary.groups.constFirst().terms.constFirst();
    QCOMPARE(term.title, dataset->clause(term.clauseId)->title.text(language));
    QCOMPARE(summary.itemTitle(term.clauseId), term.title);
    QVERIFY(!summary.questions.isEmpty());
}

void TestDealSummary::assumedMilestoneDates()
{
    // A term that ends at a milestone waits for it until a date is assumed, and then ends on that date.
    const DatasetPtr dataset = load(QStringLiteral("three-regimes.json"));
    const QString first = dataset->versions.constFirst().id;
    const DealSummary open = DealSummary::build(*dataset, first, {}, QStringLiteral("en"));
    QList<const SummaryDate *> milestones;
    for (const SummaryDate &date : open.dates) {
        if (date.kind == SummaryDate::Kind::Milestone)
            milestones.append(&date);
    }
    QVERIFY(!milestones.isEmpty());
    for (const SummaryDate *date : milestones) {
        QVERIFY(!date->date.isValid());
        for (const QString &id : date->clauseIds)
            QVERIFY(open.term(id)->resolvedEnd.pendingMilestones.contains(date->id));
    }

    const QString milestone = milestones.constFirst()->id;
    const QDate assumed(2029, 1, 1);
    const DealSummary dated = DealSummary::build(*dataset, first, {{milestone, assumed}}, QStringLiteral("en"));
    QCOMPARE(dated.assumedDate(milestone), assumed);
    for (const QString &id : milestones.constFirst()->clauseIds)
        QVERIFY(dated.term(id)->resolvedEnd.date <= assumed);
}

void TestDealSummary::noVersions()
{
    Dataset dataset;
    dataset.buildIndex();
    const DealSummary summary = DealSummary::build(dataset, {}, {}, QStringLiteral("en"));
    QVERIFY(summary.versionId.isEmpty());
    QVERIFY(summary.groups.isEmpty());
    QVERIFY(summary.dates.isEmpty());
}

QTEST_GUILESS_MAIN(TestDealSummary)
#include "tst_dealsummary.moc"
