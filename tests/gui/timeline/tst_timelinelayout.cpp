// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's layout without a widget: the time scale and its ticks, row packing, label placement and
// lane stacking, and how the scene packs the model's clauses and events into rows.
#include "agreement/agreementmodel.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinescene.h"

#include <QStandardItemModel>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Dealscope;

namespace {

using Interval = std::pair<double, double>;
using Intervals = QList<Interval>;
using Rows = QList<int>;
using Terms = QList<std::pair<QDate, QDate>>;

struct Extent
{
    double start;
    double shapeEnd;
    double labelEnd;
};

/// A scale showing @p firstDay at x = 0 at @p pixelsPerDay.
TimeScale scaleAt(double firstDay, double pixelsPerDay)
{
    TimeScale scale;
    scale.setPixelsPerDay(pixelsPerDay);
    scale.setOriginDay(firstDay);
    return scale;
}

/// One lane of clauses with the given [start, end) dates, in model order, as AgreementModel gives them.
std::unique_ptr<QStandardItemModel> laneOfClauses(const Terms &terms)
{
    using Roles = AgreementModel::Role;
    auto model = std::make_unique<QStandardItemModel>();
    auto *lane = new QStandardItem(QStringLiteral("Lane"));
    lane->setData(int(AgreementModel::NodeKind::Category), Roles::NodeKindRole);
    lane->setData(QStringLiteral("lane"), Roles::IdRole);
    model->appendRow(lane);
    for (qsizetype i = 0; i < terms.size(); ++i) {
        auto *clause = new QStandardItem(QStringLiteral("Clause %1").arg(i));
        clause->setData(int(AgreementModel::NodeKind::Clause), Roles::NodeKindRole);
        clause->setData(terms[i].first, Roles::StartDateRole);
        clause->setData(terms[i].second.addDays(-1), Roles::EndDateRole); // the model's end is inclusive
        clause->setData(int(AgreementModel::EndKind::Definite), Roles::EndKindRole);
        lane->appendRow(clause);
    }
    return model;
}

} // namespace

class TestTimelineLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- Time scale ----------------------------------------------------------------------------------

    void dateAndXRoundTrip_data()
    {
        QTest::addColumn<double>("originDay");
        QTest::addColumn<double>("pixelsPerDay");
        QTest::addColumn<QDate>("date");
        const double origin2019 = TimeScale::dayOf(QDate(2019, 1, 1));
        QTest::newRow("decades") << origin2019 << 0.05 << QDate(2032, 12, 31);
        QTest::newRow("years") << origin2019 << 0.7 << QDate(2025, 10, 28);
        QTest::newRow("months") << origin2019 + 0.25 << 12.5 << QDate(2019, 3, 1);
        QTest::newRow("days") << origin2019 - 0.75 << 400.0 << QDate(2019, 1, 2);
        QTest::newRow("before the origin") << origin2019 << 3.0 << QDate(2018, 12, 31);
        QTest::newRow("first of a year") << origin2019 + 1.0 / 3.0 << 0.1 << QDate(2030, 1, 1);
    }

    void dateAndXRoundTrip()
    {
        QFETCH(double, originDay);
        QFETCH(double, pixelsPerDay);
        QFETCH(QDate, date);
        const TimeScale scale = scaleAt(originDay, pixelsPerDay);
        const double day = TimeScale::dayOf(date);
        QCOMPARE(TimeScale::dateOf(day), date);
        QVERIFY(std::abs(scale.dayAtX(scale.xForDay(day)) - day) < 1e-6);
        // Every x across a day's width shows that day.
        for (double within : {0.01, 0.5, 0.99})
            QCOMPARE(TimeScale::dateOf(scale.dayAtX(scale.xForDay(day + within))), date);
        // A day is pixelsPerDay wide.
        QVERIFY(std::abs(scale.xForDay(day + 1.0) - scale.xForDay(day) - pixelsPerDay) < 1e-9);
    }

    void zoomKeepsTheAnchor_data()
    {
        QTest::addColumn<double>("pixelsPerDay");
        QTest::addColumn<double>("factor");
        QTest::addColumn<double>("anchorX");
        QTest::addColumn<double>("expectedPixelsPerDay");
        QTest::newRow("in at the left edge") << 1.0 << 2.0 << 0.0 << 2.0;
        QTest::newRow("in mid-view") << 1.0 << 1.25 << 437.5 << 1.25;
        QTest::newRow("out at the right edge") << 1.0 << 0.5 << 1600.0 << 0.5;
        QTest::newRow("left of the view") << 0.3 << 3.0 << -250.0 << 0.9;
        QTest::newRow("clamped at the closest zoom") << 300.0 << 10.0 << 800.0 << TimeScale::MaxPixelsPerDay;
        QTest::newRow("clamped at the farthest zoom") << 0.05 << 0.1 << 123.0 << TimeScale::MinPixelsPerDay;
    }

    void zoomKeepsTheAnchor()
    {
        QFETCH(double, pixelsPerDay);
        QFETCH(double, factor);
        QFETCH(double, anchorX);
        QFETCH(double, expectedPixelsPerDay);
        TimeScale scale = scaleAt(TimeScale::dayOf(QDate(2020, 1, 1)) + 0.4, pixelsPerDay);
        const double anchorDay = scale.dayAtX(anchorX);
        scale.zoomBy(factor, anchorX);
        QCOMPARE(scale.pixelsPerDay(), expectedPixelsPerDay);
        QVERIFY2(std::abs(scale.dayAtX(anchorX) - anchorDay) < 1e-6,
                 qPrintable(QStringLiteral("day at the anchor moved by %1").arg(scale.dayAtX(anchorX) - anchorDay)));
    }

    void fitShowsTheRange_data()
    {
        QTest::addColumn<double>("firstDay");
        QTest::addColumn<double>("lastDay");
        QTest::addColumn<double>("width");
        QTest::addColumn<bool>("fits"); ///< false: wider than the farthest zoom shows, so centred instead
        QTest::newRow("a year") << 0.0 << 365.0 << 1000.0 << true;
        QTest::newRow("a week") << 100.0 << 107.0 << 1600.0 << true;
        QTest::newRow("too many decades") << 0.0 << 200000.0 << 800.0 << false;
    }

    void fitShowsTheRange()
    {
        QFETCH(double, firstDay);
        QFETCH(double, lastDay);
        QFETCH(double, width);
        QFETCH(bool, fits);
        TimeScale scale;
        scale.fit(firstDay, lastDay, width);
        if (fits) {
            QVERIFY(std::abs(scale.xForDay(firstDay)) < 1e-6);
            QVERIFY(std::abs(scale.xForDay(lastDay) - width) < 1e-6);
        } else {
            QCOMPARE(scale.pixelsPerDay(), TimeScale::MinPixelsPerDay);
            QVERIFY(std::abs(scale.dayAtX(width / 2.0) - (firstDay + lastDay) / 2.0) < 1e-6);
        }
    }

    void tickUnitFollowsTheZoom_data()
    {
        QTest::addColumn<double>("pixelsPerDay");
        QTest::addColumn<TickUnit>("unit");
        QTest::addColumn<TickUnit>("minor");
        // With 80 pixels between ticks: a month needs 2.63 pixels a day, a quarter 0.88, a year 0.22.
        QTest::newRow("days") << 20.0 << TickUnit::Month << TickUnit::Month;
        QTest::newRow("a month just fits") << 80.0 / 30.44 * 1.001 << TickUnit::Month << TickUnit::Month;
        QTest::newRow("a month just misses") << 80.0 / 30.44 * 0.99 << TickUnit::Quarter << TickUnit::Month;
        QTest::newRow("quarters") << 1.0 << TickUnit::Quarter << TickUnit::Month;
        QTest::newRow("years") << 0.5 << TickUnit::Year << TickUnit::Quarter;
        QTest::newRow("decades") << 0.1 << TickUnit::Decade << TickUnit::Year;
        QTest::newRow("farthest zoom") << TimeScale::MinPixelsPerDay << TickUnit::Decade << TickUnit::Year;
    }

    void tickUnitFollowsTheZoom()
    {
        QFETCH(double, pixelsPerDay);
        QFETCH(TickUnit, unit);
        QFETCH(TickUnit, minor);
        QCOMPARE(tickUnitFor(pixelsPerDay, 80.0), unit);
        QCOMPARE(finerUnit(unit), minor);
    }

    void tickDatesStartAtOrBeforeTheView_data()
    {
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<TickUnit>("unit");
        QTest::addColumn<QList<QDate>>("ticks");
        QTest::addColumn<QString>("firstLabel");
        QTest::newRow("decades") << QDate(1995, 6, 1) << QDate(2026, 1, 1) << TickUnit::Decade
                                 << QList<QDate> {{1990, 1, 1}, {2000, 1, 1}, {2010, 1, 1}, {2020, 1, 1}}
                                 << QStringLiteral("1990");
        QTest::newRow("years") << QDate(2019, 7, 22) << QDate(2022, 1, 1) << TickUnit::Year
                               << QList<QDate> {{2019, 1, 1}, {2020, 1, 1}, {2021, 1, 1}, {2022, 1, 1}}
                               << QStringLiteral("2019");
        QTest::newRow("quarters") << QDate(2025, 2, 15) << QDate(2025, 9, 30) << TickUnit::Quarter
                                  << QList<QDate> {{2025, 1, 1}, {2025, 4, 1}, {2025, 7, 1}}
                                  << QStringLiteral("Q1 2025");
        QTest::newRow("months") << QDate(2025, 10, 28) << QDate(2026, 1, 1) << TickUnit::Month
                                << QList<QDate> {{2025, 10, 1}, {2025, 11, 1}, {2025, 12, 1}, {2026, 1, 1}}
                                << QStringLiteral("Oct 2025");
    }

    void tickDatesStartAtOrBeforeTheView()
    {
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(TickUnit, unit);
        QFETCH(QList<QDate>, ticks);
        QFETCH(QString, firstLabel);
        const QList<QDate> dates = tickDates(TimeScale::dayOf(first) + 0.5, TimeScale::dayOf(last) + 0.5, unit);
        QCOMPARE(dates, ticks);
        QCOMPARE(tickLabel(QLocale::c(), dates.first(), unit), firstLabel);
    }

    // ---- Row packing ---------------------------------------------------------------------------------

    void labelRowPackerGivesLabelsRoom_data()
    {
        // Each item: its start, the end of its shape and the end of its label.
        QTest::addColumn<QList<Extent>>("items");
        QTest::addColumn<int>("maxRows");
        QTest::addColumn<Rows>("rows");
        QTest::newRow("labels apart share a row") << QList<Extent> {{0, 1, 10}, {12, 13, 20}} << 3 << Rows {0, 0};
        QTest::newRow("a label in the way: next row")
            << QList<Extent> {{0, 1, 10}, {5, 6, 12}, {11, 12, 20}} << 3 << Rows {0, 1, 0};
        QTest::newRow("a stair of crowded labels")
            << QList<Extent> {{0, 1, 30}, {2, 3, 30}, {4, 5, 30}, {6, 7, 30}} << 4 << Rows {0, 1, 2, 3};
        QTest::newRow("rows used up: where the shape fits")
            << QList<Extent> {{0, 1, 30}, {2, 3, 30}, {4, 5, 30}} << 2 << Rows {0, 1, 0};
        QTest::newRow("rows used up, shapes overlap: a new row")
            << QList<Extent> {{0, 10, 30}, {2, 12, 30}, {4, 14, 30}} << 2 << Rows {0, 1, 2};
        QTest::newRow("the label's end frees the row")
            << QList<Extent> {{0, 10, 10}, {10, 20, 25}, {25, 30, 30}} << 1 << Rows {0, 0, 0};
    }

    void labelRowPackerGivesLabelsRoom()
    {
        QFETCH(QList<Extent>, items);
        QFETCH(int, maxRows);
        QFETCH(Rows, rows);
        LabelRowPacker packer(maxRows);
        Rows placed;
        for (const Extent &item : items)
            placed.append(packer.place(item.start, item.shapeEnd, item.labelEnd));
        QCOMPARE(placed, rows);
        QCOMPARE(packer.rowCount(), *std::max_element(rows.cbegin(), rows.cend()) + 1);
    }

    void keepInsideMovesLabelsOffTheEdges_data()
    {
        QTest::addColumn<double>("left");
        QTest::addColumn<double>("right");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("expected");
        QTest::newRow("inside stays") << 10.0 << 50.0 << 100.0 << 10.0;
        QTest::newRow("cut on the left") << -15.0 << 25.0 << 100.0 << 0.0;
        QTest::newRow("cut on the right") << 80.0 << 120.0 << 100.0 << 60.0;
        QTest::newRow("wider than the view") << -10.0 << 130.0 << 100.0 << -10.0;
    }

    void keepInsideMovesLabelsOffTheEdges()
    {
        QFETCH(double, left);
        QFETCH(double, right);
        QFETCH(double, width);
        QFETCH(double, expected);
        QCOMPARE(keepInside(left, right, width), expected);
    }

    void sceneKeepsModelOrderAmongEqualStarts_data()
    {
        QTest::addColumn<Terms>("terms"); // [start, end) in model order
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<Rows>("timeOrder"); // the clauses (by model row) as Left and Right walk them
        const QDate y2020(2020, 1, 1), y2021(2021, 1, 1), y2022(2022, 1, 1), y2023(2023, 1, 1);
        QTest::newRow("in time order") << Terms {{y2020, y2021}, {y2021, y2022}, {y2022, y2023}} << Rows {0, 0, 0}
                                       << Rows {0, 1, 2};
        QTest::newRow("out of time order")
            << Terms {{y2022, y2023}, {y2020, y2021}, {y2021, y2022}} << Rows {0, 0, 0} << Rows {1, 2, 0};
        QTest::newRow("same start: model order, stacked")
            << Terms {{y2021, y2023}, {y2021, y2022}, {y2021, y2023}} << Rows {0, 1, 2} << Rows {0, 1, 2};
        QTest::newRow("overlap then a gap")
            << Terms {{y2020, y2022}, {y2021, y2023}, {y2022, y2023}} << Rows {0, 1, 0} << Rows {0, 1, 2};
    }

    void sceneKeepsModelOrderAmongEqualStarts()
    {
        QFETCH(Terms, terms);
        QFETCH(Rows, rows);
        QFETCH(Rows, timeOrder);
        const auto model = laneOfClauses(terms);
        TimelineScene scene;
        scene.rebuild(model.get(), QDate(2030, 1, 1));
        QCOMPARE(scene.lanes().size(), qsizetype(1));
        const TimelineLane &lane = scene.lanes().first();
        Rows placed;
        for (int row = 0; row < terms.size(); ++row)
            placed.append(scene.items()[scene.itemOf(model->index(row, 0, model->index(0, 0)))].row);
        QCOMPARE(placed, rows);
        Rows walked;
        for (int item : lane.items)
            walked.append(scene.items()[item].index.row());
        QCOMPARE(walked, timeOrder);
        // Rebuilding gives the same layout.
        scene.rebuild(model.get(), QDate(2030, 1, 1));
        for (int row = 0; row < terms.size(); ++row)
            QCOMPARE(scene.items()[scene.itemOf(model->index(row, 0, model->index(0, 0)))].row, rows[row]);
    }

    // ---- Label placement -----------------------------------------------------------------------------

    void barLabelGoesInsideOrAfter_data()
    {
        QTest::addColumn<double>("barLeft");
        QTest::addColumn<double>("barRight");
        QTest::addColumn<double>("nextItemX");
        QTest::addColumn<double>("leading");
        QTest::addColumn<double>("trailing");
        QTest::addColumn<double>("titleWidth");
        QTest::addColumn<bool>("afterTaken");
        QTest::addColumn<double>("left");
        QTest::addColumn<double>("room");
        // The view is 1000 pixels wide and keeps 5 pixels of padding.
        QTest::newRow("fits inside") << 100.0 << 400.0 << 900.0 << 0.0 << 0.0 << 120.0 << false << 105.0 << 290.0;
        QTest::newRow("fits exactly") << 100.0 << 230.0 << 900.0 << 0.0 << 0.0 << 120.0 << false << 105.0 << 120.0;
        QTest::newRow("too long: after the bar")
            << 100.0 << 150.0 << 600.0 << 0.0 << 0.0 << 200.0 << false << 155.0 << 440.0;
        QTest::newRow("too long, next item close: across the bar's end")
            << 100.0 << 150.0 << 170.0 << 0.0 << 0.0 << 200.0 << false << 105.0 << 60.0;
        QTest::newRow("too long, as much room after: across the bar's end")
            << 100.0 << 150.0 << 200.0 << 0.0 << 0.0 << 200.0 << false << 105.0 << 90.0;
        QTest::newRow("too long anywhere, next item at the bar's end: inside")
            << 100.0 << 150.0 << 150.0 << 0.0 << 0.0 << 200.0 << false << 105.0 << 40.0;
        QTest::newRow("too long, an end note took the room after")
            << 100.0 << 150.0 << 600.0 << 0.0 << 0.0 << 200.0 << true << 105.0 << 40.0;
        QTest::newRow("next item past the view: after up to the edge")
            << 700.0 << 750.0 << 5000.0 << 0.0 << 0.0 << 200.0 << false << 755.0 << 240.0;
        QTest::newRow("too long for after the bar: across it, up to the edge")
            << 700.0 << 750.0 << 5000.0 << 0.0 << 0.0 << 400.0 << false << 705.0 << 290.0;
        QTest::newRow("bar starts left of the view")
            << -300.0 << 200.0 << 900.0 << 0.0 << 0.0 << 150.0 << false << 5.0 << 190.0;
        QTest::newRow("bar runs past the view")
            << 800.0 << 1004.0 << 1004.0 << 0.0 << 0.0 << 150.0 << false << 805.0 << 190.0;
        QTest::newRow("change badge and open-end arrow")
            << 100.0 << 400.0 << 900.0 << 20.0 << 8.0 << 120.0 << false << 125.0 << 262.0;
    }

    void barLabelGoesInsideOrAfter()
    {
        QFETCH(double, barLeft);
        QFETCH(double, barRight);
        QFETCH(double, nextItemX);
        QFETCH(double, leading);
        QFETCH(double, trailing);
        QFETCH(double, titleWidth);
        QFETCH(bool, afterTaken);
        QFETCH(double, left);
        QFETCH(double, room);
        BarLabelSpace space;
        space.barLeft = barLeft;
        space.barRight = barRight;
        space.nextItemX = nextItemX;
        space.viewWidth = 1000.0;
        space.padding = 5.0;
        space.leading = leading;
        space.trailing = trailing;
        const LabelSlot slot = placeBarLabel(space, titleWidth, afterTaken);
        QCOMPARE(slot.left, left);
        QCOMPARE(slot.room, room);
        QVERIFY(slot == insideBar(space) || slot == afterBar(space) || slot == acrossBarEnd(space));
    }

    void axisLabelsNeverOverlap_data()
    {
        QTest::addColumn<Intervals>("spans"); // in order of importance
        QTest::addColumn<int>("lines");
        QTest::addColumn<Rows>("placed"); // line of each, -1 hidden
        QTest::newRow("apart") << Intervals {{0, 50}, {100, 150}, {200, 250}} << 2 << Rows {0, 0, 0};
        QTest::newRow("a collision moves down") << Intervals {{0, 50}, {40, 90}} << 2 << Rows {0, 1};
        QTest::newRow("no line left: hidden") << Intervals {{0, 50}, {40, 90}, {20, 70}} << 2 << Rows {0, 1, -1};
        QTest::newRow("one line") << Intervals {{0, 50}, {40, 90}, {100, 150}} << 1 << Rows {0, -1, 0};
        QTest::newRow("closer than the gap collides") << Intervals {{0, 50}, {55, 100}} << 2 << Rows {0, 1};
        QTest::newRow("the gap apart fits") << Intervals {{0, 50}, {56, 100}} << 2 << Rows {0, 0};
        // The first label is the most important: it keeps its place, later ones make way.
        QTest::newRow("importance first") << Intervals {{40, 90}, {0, 50}, {80, 130}} << 2 << Rows {0, 1, 1};
        QTest::newRow("back to the first line when free")
            << Intervals {{0, 50}, {30, 80}, {100, 150}, {60, 110}} << 2 << Rows {0, 1, 0, -1};
    }

    void axisLabelsNeverOverlap()
    {
        QFETCH(Intervals, spans);
        QFETCH(int, lines);
        QFETCH(Rows, placed);
        constexpr double Gap = 6.0;
        const QList<int> result = stackLabels(spans, lines, Gap);
        QCOMPARE(result, placed);
        // Whatever the cases say, two labels on one line always keep the gap.
        for (qsizetype a = 0; a < spans.size(); ++a) {
            for (qsizetype b = a + 1; b < spans.size(); ++b) {
                if (result[a] >= 0 && result[a] == result[b])
                    QVERIFY(spans[a].second + Gap <= spans[b].first || spans[b].second + Gap <= spans[a].first);
            }
        }
    }

    // ---- Lanes ---------------------------------------------------------------------------------------

    void lanesStackDown_data()
    {
        QTest::addColumn<QList<LaneStack::Lane>>("lanes");
        QTest::addColumn<Rows>("tops");
        QTest::addColumn<int>("contentHeight");
        // Headers 20, rows 30, padding 4 above and below the rows, collapsed bodies 10.
        QTest::newRow("none") << QList<LaneStack::Lane> {} << Rows {} << 0;
        QTest::newRow("expanded") << QList<LaneStack::Lane> {{2, false}, {1, false}} << Rows {0, 88} << 146;
        QTest::newRow("collapsed") << QList<LaneStack::Lane> {{2, true}, {1, false}} << Rows {0, 30} << 88;
        QTest::newRow("empty lane") << QList<LaneStack::Lane> {{0, false}, {3, true}} << Rows {0, 28} << 58;
    }

    void lanesStackDown()
    {
        QFETCH(QList<LaneStack::Lane>, lanes);
        QFETCH(Rows, tops);
        QFETCH(int, contentHeight);
        LaneStack stack;
        stack.stack({20, 30, 4, 10}, lanes);
        QCOMPARE(qsizetype(stack.laneCount()), lanes.size());
        QCOMPARE(stack.contentHeight(), contentHeight);
        for (int lane = 0; lane < lanes.size(); ++lane) {
            QCOMPARE(stack.laneTop(lane), tops[lane]);
            // Every y of a lane finds the lane; its rows, when shown, are found by their y.
            QCOMPARE(stack.laneAt(tops[lane]), lane);
            QCOMPARE(stack.laneAt(tops[lane] + stack.laneHeight(lane) - 1), lane);
            QCOMPARE(stack.rowAt(lane, tops[lane] + 19), -1); // the header
            for (int row = 0; row < lanes[lane].rows; ++row) {
                const int expected = lanes[lane].collapsed ? -1 : row;
                QCOMPARE(stack.rowAt(lane, stack.rowTop(lane, row)), expected);
                QCOMPARE(stack.rowAt(lane, stack.rowTop(lane, row) + 29), expected);
            }
            QCOMPARE(stack.rowAt(lane, stack.rowTop(lane, lanes[lane].rows)), -1); // the padding below
        }
        QCOMPARE(stack.laneAt(-1), -1);
        QCOMPARE(stack.laneAt(contentHeight), -1);
    }
};

QTEST_GUILESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
