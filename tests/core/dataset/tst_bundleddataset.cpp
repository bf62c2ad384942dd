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
        QCOMPARE(m_dataset->factsCheckedOn, QDate(2026, 11, 28));
        QVERIFY(!m_dataset->coverageNote.isEmpty());
        QVERIFY(m_dataset->coverageNote.english().contains(QStringLiteral("June 2026")));
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
