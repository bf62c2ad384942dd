// SPDX-License-Identifier: GPL-3.0-or-later
// How long the timeline takes to repaint at 1600×900 over a synthetic agreement of 10,000 clauses and
// events, at four zoom levels. Prints the median, 90th percentile and fastest of repeated full repaints,
// of the timeline alone and of the whole view with Qt's scroll bars. Exits 1 when the timeline's median
// is 8 ms or more at any zoom level.
//
//   bench_timeline [REPAINTS]      (default 60; scripts/benchmark runs it)
//
// Set DEALSCOPE_BENCH_OUTPUT_DIR to a directory to save the last repaint of each zoom level there.
#include "agreement/agreementfiltermodel.h"
#include "agreement/agreementmodel.h"
#include "common/quietmachine.h"
#include "dataset/dataset.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <random>

using namespace Dealscope;

namespace {

constexpr int ClauseCount = 8000;
constexpr int EventCount = 2000;
constexpr int CategoryCount = 8;
constexpr int VersionCount = 20;
const QDate FirstDay(1995, 1, 1);
constexpr int SpanDays = 50 * 365;

LocalizedText english(const QString &text)
{
    LocalizedText localized;
    localized.set(QStringLiteral("en"), text);
    return localized;
}

/// A reproducible agreement: clauses with every kind of end, a fifth of them sub-terms, and events at
/// day, month and year precision, spread over fifty years.
DatasetPtr syntheticDataset()
{
    std::mt19937 random(20261128);
    const auto uniform = [&random](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };

    auto dataset = std::make_shared<Dataset>();
    dataset->id = QStringLiteral("synthetic");
    dataset->title = english(QStringLiteral("Synthetic agreement"));
    dataset->languages = {QStringLiteral("en")};
    dataset->factsCheckedOn = FirstDay.addDays(SpanDays * 3 / 5);

    Milestone agi;
    agi.id = QStringLiteral("agi-verified");
    agi.title = english(QStringLiteral("AGI verified by the expert panel"));
    agi.confidence = Confidence(Confidence::Level::A);
    dataset->milestones.append(agi);

    for (int i = 0; i < VersionCount; ++i) {
        Version version;
        version.id = QStringLiteral("v%1").arg(i);
        version.date = FirstDay.addDays(qint64(SpanDays) * i / VersionCount);
        version.label = english(QStringLiteral("Version %1").arg(i));
        version.confidence = Confidence(Confidence::Level::A);
        dataset->versions.append(version);
    }
    for (int i = 0; i < CategoryCount; ++i) {
        Category category;
        category.id = QStringLiteral("cat%1").arg(i);
        category.title = english(QStringLiteral("Category %1").arg(i));
        dataset->categories.append(category);
    }

    for (int i = 0; i < ClauseCount; ++i) {
        Clause clause;
        clause.id = QStringLiteral("K%1").arg(i);
        clause.category = QStringLiteral("cat%1").arg(i % CategoryCount);
        // Every fifth clause is a sub-term of an earlier clause of its category.
        const Clause *parent = nullptr;
        if (i % 5 == 4 && i >= CategoryCount * 5)
            parent = &dataset->clauses.at(i - CategoryCount * uniform(1, 4));
        clause.parent = parent ? parent->id : QString();
        clause.title = english(QStringLiteral("Clause %1 on capacity, licences and revenue").arg(i));
        clause.confidence = Confidence(Confidence::Level::B);

        const int versionNumber = parent ? std::min(VersionCount - 1, int(parent->history.size()) + uniform(0, 2))
                                         : uniform(0, VersionCount - 1);
        const QDate introduced = dataset->versions.at(versionNumber).date;
        const QDate start = introduced.addDays(uniform(0, 300));
        clause.term.start = PartialDate::day(start);
        const int endKind = uniform(0, 99);
        const TermEnd onDate = TermEnd::onDate(PartialDate::day(start.addDays(uniform(200, 15 * 365))));
        if (endKind < 10)
            clause.term.end = TermEnd {};
        else if (endKind < 25)
            clause.term.end = TermEnd::atMilestone(agi.id);
        else if (endKind < 35)
            clause.term.end = TermEnd::earliestOf({TermEnd::atMilestone(agi.id), onDate});
        else
            clause.term.end = onDate;

        HistoryEntry entry;
        entry.version = dataset->versions.at(versionNumber).id;
        entry.change = ChangeKind::Introduced;
        clause.history.append(entry);
        dataset->clauses.append(clause);
    }

    for (int i = 0; i < EventCount; ++i) {
        Event event;
        event.id = QStringLiteral("E%1").arg(i);
        const QDate date = FirstDay.addDays(uniform(0, SpanDays));
        const int precision = uniform(0, 9);
        event.date = precision == 0 ? PartialDate::year(date.year())
            : precision < 3         ? PartialDate::month(date.year(), date.month())
                                    : PartialDate::day(date);
        event.kind = Event::Kind(uniform(0, 11));
        event.title = english(QStringLiteral("Event %1: a filing, a statement or a deal").arg(i));
        event.confidence = Confidence(Confidence::Level::C);
        dataset->events.append(event);
    }
    std::sort(dataset->events.begin(), dataset->events.end(),
              [](const Event &a, const Event &b) { return a.date.firstDay() < b.date.firstDay(); });
    dataset->buildIndex();
    return dataset;
}

struct Figures
{
    double median = 0.0;
    double p90 = 0.0;
    double fastest = 0.0;
};

/// Repaints @p widget into @p image: the timeline's viewport alone (what zooming and panning repaint),
/// or the whole view with its scroll bars and frame.
Figures measure(QWidget &widget, QImage &image, int repaints)
{
    QList<double> milliseconds;
    for (int warmUp = 0; warmUp < 3; ++warmUp)
        widget.render(&image);
    for (int i = 0; i < repaints; ++i) {
        QElapsedTimer timer;
        timer.start();
        widget.render(&image);
        milliseconds.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(milliseconds.begin(), milliseconds.end());
    const auto at = [&](double fraction) {
        return milliseconds.at(std::min<qsizetype>(milliseconds.size() - 1, qsizetype(fraction * milliseconds.size())));
    };
    return {at(0.5), at(0.9), milliseconds.first()};
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const Benchmark::QuietMachine machine;
    const int repaints = argc > 1 ? std::max(50, QString::fromLocal8Bit(argv[1]).toInt()) : 60;

    QElapsedTimer timer;
    timer.start();
    const DatasetPtr dataset = syntheticDataset();
    AgreementModel model;
    model.setDataset(dataset);
    AgreementFilterModel filter;
    filter.setShowFutureClauses(true); // every synthetic clause on the timeline
    filter.setSourceModel(&model);
    const double modelMs = timer.nsecsElapsed() / 1e6;

    TimelineView view;
    view.setToday(dataset->factsCheckedOn);
    QList<TimelineView::VersionMark> marks;
    for (const Version &version : dataset->versions)
        marks.append({version.date, version.id});
    view.setVersionMarks(marks);
    view.setCurrentVersion(model.version());
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.show();
    // The timeline itself (the viewport) gets exactly 1600×900; the scroll bars come on top.
    view.resize(1600, 900);
    QCoreApplication::processEvents();
    view.resize(view.size() + QSize(1600, 900) - view.viewport()->size());
    QCoreApplication::processEvents();

    timer.restart();
    view.setModel(&filter);
    const int items = view.itemCount(); // builds the scene: the layout cached until the model changes
    const double sceneMs = timer.nsecsElapsed() / 1e6;

    std::printf("bench_timeline: %d items (%d clauses, %d events) in %d lanes, timeline %dx%d, %d repaints per zoom "
                "level\n",
                items, ClauseCount, EventCount, view.laneCount(), view.viewport()->width(), view.viewport()->height(),
                repaints);
    std::printf("  model load %.1f ms, timeline layout %.1f ms (once per model change)\n", modelMs, sceneMs);

    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    QImage content(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    const QDate centre = FirstDay.addDays(SpanDays / 2);
    struct Zoom
    {
        const char *name;
        int days;
    };
    const Zoom zooms[] = {{"all", 0}, {"10 years", 3652}, {"1 year", 365}, {"1 month", 30}};
    std::printf("  %-9s %-36s %s\n", "zoom", "timeline (viewport), ms", "whole view with scroll bars, ms");
    bool allUnderBar = true;
    for (const Zoom &zoom : zooms) {
        if (zoom.days == 0)
            view.fitAll();
        else
            view.setVisibleRange(centre.addDays(-zoom.days / 2), centre.addDays(zoom.days - zoom.days / 2 - 1));
        const Figures timeline = measure(*view.viewport(), content, repaints);
        const Figures whole = measure(view, image, repaints);
        // To look at what was measured: DEALSCOPE_BENCH_OUTPUT_DIR=dir bench_timeline
        if (const QString dir = qEnvironmentVariable("DEALSCOPE_BENCH_OUTPUT_DIR"); !dir.isEmpty())
            image.save(QStringLiteral("%1/bench-timeline-%2.png").arg(dir, QString::number(zoom.days)));
        allUnderBar = allUnderBar && timeline.median < 8.0;
        std::printf("  %-9s median %6.2f  p90 %6.2f  min %5.2f   median %6.2f  p90 %6.2f  min %5.2f\n", zoom.name,
                    timeline.median, timeline.p90, timeline.fastest, whole.median, whole.p90, whole.fastest);
    }
    std::printf("  bar: timeline repaint under 8 ms median at every zoom level: %s\n", machine.verdict(allUnderBar));
    machine.printAfter();
    return allUnderBar ? 0 : 1;
}
