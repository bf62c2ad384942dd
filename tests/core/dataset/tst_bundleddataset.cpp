// SPDX-License-Identifier: GPL-3.0-or-later
// The Microsoft–OpenAI dataset that ships with Dealscope: complete, clean and honest about its gaps.
#include "dataset/datasetloader.h"

#include <QDir>
#include <QTest>
#include <QUrl>

using namespace Dealscope;

class TestBundledDataset : public QObject
{
    Q_OBJECT

    DatasetPtr m_dataset;

private Q_SLOTS:
    void loadsWithoutErrorsOrWarnings()
    {
        const DatasetLoadResult result = DatasetLoader::loadBundled();
        QStringList messages;
        for (const Diagnostic &d : result.diagnostics)
            messages.append(d.toString());
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(messages.join(u'\n')));
        QVERIFY(result.ok());
        m_dataset = result.dataset;
    }

    void embeddedCopyMatchesTheSourceFile()
    {
        // The test reads the file in the source tree too, so that an edit there cannot go untested.
        const DatasetLoadResult fromTree = DatasetLoader::loadFile(QStringLiteral(DEALSCOPE_DATASET_FILE));
        QVERIFY(fromTree.ok());
        QCOMPARE(fromTree.dataset->clauses.size(), m_dataset->clauses.size());
        QCOMPARE(fromTree.dataset->events.size(), m_dataset->events.size());
    }

    void statesWhenItsFactsWereChecked()
    {
        QCOMPARE(m_dataset->factsCheckedOn, QDate(2026, 12, 1));
        QVERIFY(!m_dataset->coverageNote.isEmpty());
        QVERIFY(m_dataset->coverageNote.english().contains(QStringLiteral("June 2026")));
        QVERIFY(m_dataset->coverageNote.english().contains(QStringLiteral("July to November 2026")));
    }

    void hasEveryVersionFrom2019To2026()
    {
        const QList<QDate> expected = {QDate(2019, 7, 22),  QDate(2023, 1, 23), QDate(2025, 1, 21), QDate(2025, 9, 11),
                                       QDate(2025, 10, 28), QDate(2026, 2, 27), QDate(2026, 4, 27)};
        QList<QDate> dates;
        for (const Version &version : m_dataset->versions)
            dates.append(version.date);
        QCOMPARE(dates, expected);
    }

    void hasEveryClauseOfTheFactSheet()
    {
        QStringList missing;
        for (int i = 1; i <= 17; ++i) {
            if (!m_dataset->clause(QStringLiteral("C%1").arg(i)))
                missing.append(QStringLiteral("C%1").arg(i));
        }
        for (int i = 1; i <= 7; ++i) {
            if (!m_dataset->clause(QStringLiteral("N%1").arg(i)))
                missing.append(QStringLiteral("N%1").arg(i));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u' ')));
    }

    void hasTheDatedTimeline()
    {
        QVERIFY2(m_dataset->events.size() >= 40, qPrintable(QString::number(m_dataset->events.size())));
        const Event *first = nullptr;
        for (const Event &event : m_dataset->events) {
            if (!first || event.date.firstDay() < first->date.firstDay())
                first = &event;
        }
        QCOMPARE(first->date.toString(), QStringLiteral("2019-07-22"));
        QCOMPARE(first->amounts.value(0).value, 1e9); // the first $1B investment
    }

    void showsConflictsAndUnknownsAsSuch()
    {
        int conflicts = 0, unknowns = 0;
        for (const OpenQuestion &question : m_dataset->openQuestions)
            (question.kind == OpenQuestion::Kind::Conflict ? conflicts : unknowns)++;
        QVERIFY(conflicts >= 4);
        QVERIFY(unknowns >= 4);
        QVERIFY(!m_dataset->openQuestionsForClause(QStringLiteral("C11")).isEmpty()); // ROFR kept or removed
        QVERIFY(!m_dataset->openQuestionsForClause(QStringLiteral("C8")).isEmpty()); // threshold removal timing
    }

    void everySourceUrlIsAWellFormedHttpsUrl()
    {
        QVERIFY(!m_dataset->sources.isEmpty());
        for (const Source &source : m_dataset->sources) {
            const QUrl &url = source.url;
            QVERIFY2(url.isValid(), qPrintable(source.id));
            QCOMPARE(url.scheme(), QStringLiteral("https"));
            QVERIFY2(!url.host().isEmpty() && url.host().contains(u'.'), qPrintable(source.id));
            QVERIFY2(url.userInfo().isEmpty(), qPrintable(source.id));
        }
    }

    void everyClauseAndEventCitesASource()
    {
        for (const Clause &clause : m_dataset->clauses)
            QVERIFY2(!clause.sources.isEmpty(), qPrintable(clause.id));
        for (const Event &event : m_dataset->events)
            QVERIFY2(!event.sources.isEmpty(), qPrintable(event.id));
    }

    void everyStatementRatedABOrCCitesASource()
    {
        // A statement without a source can only be X (docs/dataset-format.md): this holds for clauses, events,
        // milestones, versions and the claims of open questions alike.
        QStringList unsourced;
        auto check = [&](const QString &what, const Confidence &confidence, const QStringList &sources) {
            if (!confidence.isUnverified() && sources.isEmpty())
                unsourced.append(QStringLiteral("%1 (%2)").arg(what, confidence.code()));
        };
        for (const Clause &clause : m_dataset->clauses)
            check(QStringLiteral("clause ") + clause.id, clause.confidence, clause.sources);
        for (const Event &event : m_dataset->events)
            check(QStringLiteral("event ") + event.id, event.confidence, event.sources);
        for (const Milestone &milestone : m_dataset->milestones)
            check(QStringLiteral("milestone ") + milestone.id, milestone.confidence, milestone.sources);
        for (const Version &version : m_dataset->versions)
            check(QStringLiteral("version ") + version.id, version.confidence, version.sources);
        for (const OpenQuestion &question : m_dataset->openQuestions) {
            for (qsizetype i = 0; i < question.claims.size(); ++i) {
                check(QStringLiteral("open question %1, claim %2").arg(question.id).arg(i),
                      question.claims.at(i).confidence, question.claims.at(i).sources);
            }
        }
        QVERIFY2(unsourced.isEmpty(), qPrintable(unsourced.join(QStringLiteral(", "))));
    }

    void officialFilingsBackTheirStatements_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("clauses");
        QTest::addColumn<QStringList>("events");
        // Microsoft's 10-Q for the quarter to 30 September 2025 and its copy of the joint statement of
        // 27 February 2026 (fact sheet, section 6).
        QTest::newRow("10-Q: $13B, end of the ROFR, $250B, the FY26 Q1 hit")
            << QStringLiteral("https://www.sec.gov/Archives/edgar/data/789019/000119312525256321/R26.htm")
            << QStringList {QStringLiteral("C10"), QStringLiteral("C11"), QStringLiteral("C16")}
            << QStringList {QStringLiteral("2025-10-29-q1-fy26-results")};
        QTest::newRow("Microsoft's copy of the joint statement")
            << QStringLiteral("https://blogs.microsoft.com/blog/2026/02/27/"
                              "microsoft-and-openai-joint-statement-on-continuing-partnership/")
            << QStringList {} << QStringList {QStringLiteral("2026-02-27-joint-statement")};
    }

    void officialFilingsBackTheirStatements()
    {
        QFETCH(QString, url);
        QFETCH(QStringList, clauses);
        QFETCH(QStringList, events);
        const Source *source = nullptr;
        for (const Source &candidate : m_dataset->sources) {
            if (candidate.url == QUrl(url))
                source = &candidate;
        }
        QVERIFY2(source, qPrintable(url));
        QVERIFY(source->kind == Source::Kind::Filing || source->kind == Source::Kind::Official);
        for (const QString &id : std::as_const(clauses)) {
            const Clause *clause = m_dataset->clause(id);
            QVERIFY2(clause && clause->sources.contains(source->id), qPrintable(id));
            QCOMPARE(clause->confidence.best(), Confidence::Level::A);
        }
        for (const QString &id : std::as_const(events)) {
            const Event *event = m_dataset->event(id);
            QVERIFY2(event && event->sources.contains(source->id), qPrintable(id));
            QCOMPARE(event->confidence.best(), Confidence::Level::A);
        }
    }

    void datedFindingsCarryTheirPrecisionAndCode_data()
    {
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("confidence");
        // Fact sheet, section 6: a full date where one is known, the month where only that is.
        QTest::newRow("Musk v. Altman verdict") << "2026-05-18-musk-v-altman"
                                                << "2026-05-18"
                                                << "B";
        QTest::newRow("draft S-1 reported") << "2026-05-22-draft-s1-reports"
                                            << "2026-05-22"
                                            << "B";
        QTest::newRow("draft S-1 confirmed") << "2026-06-08-draft-s1-confirmed"
                                             << "2026-06-08"
                                             << "A";
        QTest::newRow("listing in 2027 reported") << "2026-06-25-ipo-2027-reports"
                                                  << "2026-06-25"
                                                  << "B";
        QTest::newRow("OpenAI's Q1 2026 figures") << "2026-06-openai-q1-2026-figures"
                                                  << "2026-06"
                                                  << "B";
        QTest::newRow("stake of 26.79%") << "2026-05-stake-26-79-percent-report"
                                         << "2026-05"
                                         << "C";
    }

    void datedFindingsCarryTheirPrecisionAndCode()
    {
        QFETCH(QString, event);
        QFETCH(QString, date);
        QFETCH(QString, confidence);
        const Event *found = m_dataset->event(event);
        QVERIFY2(found, qPrintable(event));
        QCOMPARE(found->date.toString(), date);
        QCOMPARE(found->confidence.code(), confidence);
        QVERIFY(!found->sources.isEmpty());
    }

    void computeThresholdsEndOnAnUnknownDate()
    {
        // No source dates the end of the thresholds (C8): the amendment does not restate them and the
        // entry is unverified, instead of an end dated to the amendment.
        const Clause *c8 = m_dataset->clause(QStringLiteral("C8"));
        QVERIFY(c8);
        for (const HistoryEntry &entry : c8->history)
            QVERIFY2(entry.change != ChangeKind::Ended, qPrintable(entry.version));
        const HistoryEntry &last = c8->history.constLast();
        QCOMPARE(last.change, ChangeKind::NotRestated);
        QVERIFY(last.confidence && last.confidence->isUnverified());
    }

    void schemaSampleFilesAreRejectedByTheLoaderToo()
    {
        // The JSON Schema and the loader must agree: whatever the schema refuses, the loader refuses.
        const QDir samples(QStringLiteral(DEALSCOPE_SCHEMA_SAMPLES_DIR));
        const QStringList files = samples.entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QVERIFY2(!DatasetLoader::loadFile(samples.filePath(file)).ok(), qPrintable(file));
    }
};

QTEST_GUILESS_MAIN(TestBundledDataset)
#include "tst_bundleddataset.moc"
