// SPDX-License-Identifier: GPL-3.0-or-later
// The agreement tree every view reads: structure, statuses as of a version, ends, filtering.
#include "agreement/agreementfiltermodel.h"
#include "agreement/agreementmodel.h"
#include "dataset/datasetloader.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Dealscope;

Q_DECLARE_METATYPE(Dealscope::ClauseStatus)
Q_DECLARE_METATYPE(Dealscope::AgreementModel::EndKind)
Q_DECLARE_METATYPE(Dealscope::EventTiming)

class TestAgreementModel : public QObject
{
    Q_OBJECT

    DatasetPtr m_dataset;

    static QStringList visibleIds(const QAbstractItemModel &model, const QModelIndex &parent = {})
    {
        QStringList ids;
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex index = model.index(r, 0, parent);
            const auto kind = AgreementModel::NodeKind(index.data(AgreementModel::NodeKindRole).toInt());
            if (kind == AgreementModel::NodeKind::Clause || kind == AgreementModel::NodeKind::Event)
                ids.append(index.data(AgreementModel::IdRole).toString());
            ids += visibleIds(model, index);
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const DatasetLoadResult result = DatasetLoader::loadBundled();
        QVERIFY(result.ok());
        m_dataset = result.dataset;
    }

    void passesTheModelTester()
    {
        AgreementModel model;
        AgreementFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDataset(m_dataset);
        for (const Version &version : m_dataset->versions)
            model.setVersion(version.id);
        model.setMilestoneDates({{QStringLiteral("agi-verified"), QDate(2029, 1, 1)}});
        filter.setSearchText(QStringLiteral("revenue"));
        filter.setSearchText(QString());
        filter.setShowFutureClauses(true);
        model.setDataset(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void treeHoldsCategoriesClausesSubTermsAndEvents()
    {
        AgreementModel model;
        model.setDataset(m_dataset);
        QCOMPARE(model.rowCount(), m_dataset->categories.size() + 1);
        const QModelIndex events = model.index(model.rowCount() - 1, 0);
        QCOMPARE(model.nodeKind(events), AgreementModel::NodeKind::EventGroup);
        QCOMPARE(model.rowCount(events), m_dataset->events.size());
        // Events are in date order.
        QDate previous;
        for (int r = 0; r < model.rowCount(events); ++r) {
            const QDate date = model.index(r, 0, events).data(AgreementModel::StartDateRole).toDate();
            QVERIFY(!previous.isValid() || previous <= date);
            previous = date;
        }
        // Every clause appears exactly once, sub-terms under their parent.
        QStringList ids = visibleIds(model);
        for (const Clause &clause : m_dataset->clauses) {
            QCOMPARE(ids.count(clause.id), 1);
            if (!clause.parent.isEmpty()) {
                const QModelIndex index = model.indexForId(clause.id);
                QCOMPARE(index.parent().data(AgreementModel::IdRole).toString(), clause.parent);
            }
        }
        QCOMPARE(model.version(), m_dataset->versions.constLast().id);
    }

    void statusAsOfVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("clause");
        QTest::addColumn<ClauseStatus>("status");
        QTest::addColumn<int>("change");
        QTest::addColumn<AgreementModel::EndKind>("endKind");
        QTest::addColumn<QDate>("endDate");

        using EK = AgreementModel::EndKind;
        const int none = -1;
        QTest::newRow("Oct 2025: API exclusivity new, until AGI")
            << "v2025-10-28"
            << "C1" << ClauseStatus::InForce << int(ChangeKind::Introduced) << EK::Milestone << QDate();
        QTest::newRow("Feb 2026: API exclusivity amended to stateless APIs")
            << "v2026-02-27"
            << "C1" << ClauseStatus::InForce << int(ChangeKind::Amended) << EK::Milestone << QDate();
        QTest::newRow("Apr 2026: API exclusivity ended")
            << "v2026-04-27"
            << "C1" << ClauseStatus::Ended << int(ChangeKind::Ended) << EK::Definite << QDate(2026, 4, 27);
        QTest::newRow("Oct 2025: research IP to AGI or 2030")
            << "v2025-10-28"
            << "C4" << ClauseStatus::InForce << int(ChangeKind::Introduced) << EK::MilestoneOrDate
            << QDate(2030, 12, 31);
        QTest::newRow("Apr 2026: research IP not restated")
            << "v2026-04-27"
            << "C4" << ClauseStatus::Unknown << int(ChangeKind::NotRestated) << EK::MilestoneOrDate
            << QDate(2030, 12, 31);
        QTest::newRow("Apr 2026: IP licence amended, to 2032")
            << "v2026-04-27"
            << "C3" << ClauseStatus::InForce << int(ChangeKind::Amended) << EK::Definite << QDate(2032, 12, 31);
        QTest::newRow("Apr 2026: revenue share until AGI ended")
            << "v2026-04-27"
            << "C9" << ClauseStatus::Ended << int(ChangeKind::Ended) << EK::Definite << QDate(2026, 4, 27);
        QTest::newRow("Apr 2026: revenue share fixed to 2030")
            << "v2026-04-27"
            << "N5" << ClauseStatus::InForce << int(ChangeKind::Introduced) << EK::Definite << QDate(2030, 12, 31);
        QTest::newRow("Feb 2026: nothing from April yet")
            << "v2026-02-27"
            << "N5" << ClauseStatus::NotYetInForce << none << EK::Definite << QDate(2030, 12, 31);
    }

    void statusAsOfVersion()
    {
        QFETCH(QString, version);
        QFETCH(QString, clause);
        QFETCH(ClauseStatus, status);
        QFETCH(int, change);
        QFETCH(AgreementModel::EndKind, endKind);
        QFETCH(QDate, endDate);

        AgreementModel model;
        model.setDataset(m_dataset);
        QSignalSpy versionSpy(&model, &AgreementModel::versionChanged);
        model.setVersion(version);
        const QModelIndex index = model.indexForId(clause);
        QVERIFY(index.isValid());
        QCOMPARE(ClauseStatus(index.data(AgreementModel::StatusRole).toInt()), status);
        QCOMPARE(index.data(AgreementModel::ChangeRole).toInt(), change);
        if (status != ClauseStatus::NotYetInForce) {
            QCOMPARE(AgreementModel::EndKind(index.data(AgreementModel::EndKindRole).toInt()), endKind);
            QCOMPARE(index.data(AgreementModel::EndDateRole).toDate(), endDate);
        }
        QCOMPARE(model.index(index.row(), AgreementModel::StatusColumn, index.parent()).data().toString(),
                 statusName(status));
    }

    void endsHaveAShortForm_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("clause");
        QTest::addColumn<QString>("shortForm");
        QTest::addColumn<QString>("wholeContains"); ///< what the whole text says beyond the short form

        const QString apr27 = QLocale().toString(QDate(2026, 4, 27), QLocale::ShortFormat);
        const QString dec2030 = QLocale().toString(QDate(2030, 12, 31), QLocale::ShortFormat);
        QTest::newRow("ended: the date, the status says ended") << "v2026-04-27"
                                                                << "C1" << apr27 << QStringLiteral("Ended");
        QTest::newRow("a definite end of a year: the year") << "v2026-04-27"
                                                            << "C3"
                                                            << "2032"
                                                            << "end of";
        QTest::newRow("AGI or a date: at the latest by the date")
            << "v2025-10-28"
            << "C4" << QStringLiteral("by %1").arg(dec2030) << "if earlier";
        QTest::newRow("until AGI, no date assumed: the milestone")
            << "v2025-10-28"
            << "C1" << m_dataset->milestone(QStringLiteral("agi-verified"))->title.english() << "no date";
    }

    void endsHaveAShortForm()
    {
        QFETCH(QString, version);
        QFETCH(QString, clause);
        QFETCH(QString, shortForm);
        QFETCH(QString, wholeContains);

        AgreementModel model;
        model.setDataset(m_dataset);
        model.setVersion(version);
        const QModelIndex end = model.indexForId(clause).siblingAtColumn(AgreementModel::EndColumn);
        const QString whole = end.data().toString();
        QCOMPARE(end.data(AgreementModel::CompactTextRole).toString(), shortForm);
        QVERIFY2(whole.contains(wholeContains), qPrintable(whole));
        QVERIFY2(whole.size() > shortForm.size(), qPrintable(whole));
        // Only the end column has short forms.
        QVERIFY(end.siblingAtColumn(AgreementModel::TitleColumn)
                    .data(AgreementModel::CompactTextRole)
                    .toString()
                    .isEmpty());
    }

    void aClauseWithoutAnEndSaysSoBriefly()
    {
        AgreementModel model;
        model.setDataset(m_dataset);
        model.setVersion(m_dataset->versions.constLast().id);
        int withoutEnd = 0;
        for (const Clause &clause : m_dataset->clauses) {
            const QModelIndex index = model.indexForId(clause.id);
            if (AgreementModel::EndKind(index.data(AgreementModel::EndKindRole).toInt())
                    != AgreementModel::EndKind::None
                || ClauseStatus(index.data(AgreementModel::StatusRole).toInt()) == ClauseStatus::Ended)
                continue;
            const QModelIndex end = index.siblingAtColumn(AgreementModel::EndColumn);
            if (end.data().toString().isEmpty())
                continue; // not yet in force: nothing to say
            QCOMPARE(end.data().toString(), QStringLiteral("No end stated"));
            QCOMPARE(end.data(AgreementModel::CompactTextRole).toString(), QStringLiteral("No end"));
            ++withoutEnd;
        }
        QVERIFY(withoutEnd > 0); // the April 2026 terms leave several clauses without an end
    }

    void assumedMilestoneMovesTheEnds()
    {
        AgreementModel model;
        model.setDataset(m_dataset);
        model.setVersion(QStringLiteral("v2025-10-28"));
        const QModelIndex c1 = model.indexForId(QStringLiteral("C1"));
        QVERIFY(c1.data(AgreementModel::PendingMilestonesRole).toStringList().size() == 1);
        QVERIFY(c1.data(Qt::ToolTipRole)
                    .toString()
                    .contains(m_dataset->milestone(QStringLiteral("agi-verified"))->title.english()));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setMilestoneDates({{QStringLiteral("agi-verified"), QDate(2029, 6, 30)}});
        QVERIFY(changed.count() > 0);
        QCOMPARE(AgreementModel::EndKind(c1.data(AgreementModel::EndKindRole).toInt()),
                 AgreementModel::EndKind::Definite);
        QCOMPARE(c1.data(AgreementModel::EndDateRole).toDate(), QDate(2029, 6, 30));
        // Research IP: AGI in 2029 comes before the end of 2030.
        QCOMPARE(model.indexForId(QStringLiteral("C4")).data(AgreementModel::EndDateRole).toDate(), QDate(2029, 6, 30));
    }

    void eventsAsOfVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("event");
        QTest::addColumn<EventTiming>("timing");

        QTest::newRow("2019: the first investment is new") << "v2019-07-22"
                                                           << "2019-07-22-first-investment" << EventTiming::New;
        QTest::newRow("2019: the 2020 licence is later") << "v2019-07-22"
                                                         << "2020-09-22-gpt3-exclusive-licence" << EventTiming::Later;
        QTest::newRow("2019: the 2025 agreement is later") << "v2019-07-22"
                                                           << "2025-10-28-definitive-agreement" << EventTiming::Later;
        QTest::newRow("2023: a year-only 2021 event is new") << "v2023-01-23"
                                                             << "2021-follow-on-investment" << EventTiming::New;
        QTest::newRow("2023: the first investment is earlier") << "v2023-01-23"
                                                               << "2019-07-22-first-investment" << EventTiming::Earlier;
        QTest::newRow("Oct 2025: on the previous version's day is earlier")
            << "v2025-10-28"
            << "2025-09-11-memorandum" << EventTiming::Earlier;
        QTest::newRow("Oct 2025: between the versions is new") << "v2025-10-28"
                                                               << "2025-09-25-coreweave-expansion" << EventTiming::New;
        QTest::newRow("Oct 2025: on the version's day is new") << "v2025-10-28"
                                                               << "2025-10-28-definitive-agreement" << EventTiming::New;
        QTest::newRow("Oct 2025: the next day is later") << "v2025-10-28"
                                                         << "2025-10-29-q1-fy26-results" << EventTiming::Later;
        QTest::newRow("Apr 2026: June 2026 is later") << "v2026-04-27"
                                                      << "2026-06-01-bedrock-ga" << EventTiming::Later;
        QTest::newRow("Apr 2026: a month-only May 2026 event is later")
            << "v2026-04-27"
            << "2026-05-musk-trial-testimony" << EventTiming::Later;
    }

    void eventsAsOfVersion()
    {
        QFETCH(QString, version);
        QFETCH(QString, event);
        QFETCH(EventTiming, timing);

        const Event *dated = m_dataset->event(event);
        QVERIFY2(dated, qPrintable(event));
        QCOMPARE(eventTiming(*m_dataset, *dated, version), timing);

        AgreementModel model;
        model.setDataset(m_dataset);
        model.setVersion(version);
        const QModelIndex index = model.indexForId(event);
        QVERIFY(index.isValid());
        auto column = [&](AgreementModel::Column c) { return index.siblingAtColumn(c).data().toString(); };
        // "New" only for what is new in that version; later events say so and are not new.
        QCOMPARE(index.data(AgreementModel::ChangeRole).toInt(),
                 timing == EventTiming::New ? int(ChangeKind::Introduced) : -1);
        QCOMPARE(column(AgreementModel::ChangeColumn),
                 timing == EventTiming::New ? changeName(ChangeKind::Introduced) : QString());
        QCOMPARE(index.data(AgreementModel::AfterVersionRole).toBool(), timing == EventTiming::Later);
        QCOMPARE(column(AgreementModel::StatusColumn), timingName(timing));
        QCOMPARE(timingName(timing).isEmpty(), timing != EventTiming::Later);
        // The date is in the date column, never in the status column.
        const QString year = QString::number(dated->date.yearValue());
        QVERIFY(column(AgreementModel::EndColumn).contains(year));
        QVERIFY(!column(AgreementModel::StatusColumn).contains(year));
        QCOMPARE(model.headerData(AgreementModel::EndColumn, Qt::Horizontal).toString().isEmpty(), false);
    }

    void onlyTheSelectedVersionsEventsAreNew()
    {
        AgreementModel model;
        model.setDataset(m_dataset);
        for (const Version &version : m_dataset->versions) {
            model.setVersion(version.id);
            const QString previous = model.previousVersion();
            const QDate after = previous.isEmpty() ? QDate() : m_dataset->version(previous)->date;
            for (const Event &event : m_dataset->events) {
                const QModelIndex index = model.indexForId(event.id);
                const QDate day = event.date.firstDay();
                const bool isNew = day <= version.date && (!after.isValid() || day > after);
                QCOMPARE(index.data(AgreementModel::ChangeRole).toInt() == int(ChangeKind::Introduced), isNew);
                QCOMPARE(index.data(AgreementModel::AfterVersionRole).toBool(), day > version.date);
            }
        }
    }

    void filterHidesFutureClausesAndMatchesText_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("mustShow");
        QTest::addColumn<QStringList>("mustHide");

        QTest::newRow("Oct 2025 shows no April terms")
            << "v2025-10-28"
            << "" << QStringList {"C1", "C4", "C9"} << QStringList {"N1", "N5"};
        QTest::newRow("Apr 2026 shows April terms and ended ones")
            << "v2026-04-27"
            << "" << QStringList {"N1", "N5", "C1"} << QStringList {};
        QTest::newRow("search by word in the title") << "v2026-04-27"
                                                     << "research" << QStringList {"C4"} << QStringList {"C1", "N5"};
        QTest::newRow("search by source publisher") << "v2026-04-27"
                                                    << "CNBC" << QStringList {"N4"} << QStringList {"C4"};
        QTest::newRow("all words must match; parents stay as context")
            << "v2026-04-27"
            << "research 2030" << QStringList {"C4", "C3"} << QStringList {"C1", "N5"};
        QTest::newRow("no match hides everything") << "v2026-04-27"
                                                   << "zzzz-nothing" << QStringList {} << QStringList {"C1", "C4"};
    }

    void filterHidesFutureClausesAndMatchesText()
    {
        QFETCH(QString, version);
        QFETCH(QString, search);
        QFETCH(QStringList, mustShow);
        QFETCH(QStringList, mustHide);

        AgreementModel model;
        model.setDataset(m_dataset);
        model.setVersion(version);
        AgreementFilterModel filter;
        filter.setSourceModel(&model);
        filter.setSearchText(search);
        const QStringList shown = visibleIds(filter);
        for (const QString &id : mustShow)
            QVERIFY2(shown.contains(id), qPrintable(id));
        for (const QString &id : mustHide)
            QVERIFY2(!shown.contains(id), qPrintable(id));
        if (mustShow.isEmpty())
            QCOMPARE(filter.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAgreementModel)
#include "tst_agreementmodel.moc"
