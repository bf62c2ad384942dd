// SPDX-License-Identifier: GPL-3.0-or-later
// Where Dealscope's cold start goes, piece by piece, in one process: the application object, the bundled
// dataset, a bare main window's first paint (platform, style and font set-up that every Qt program pays),
// then each of the window's views built and painted on its own, the whole MainWindow, and the window
// built as the application builds it (shell, first frame, views). Each piece after the bare window pays
// only its own cost. scripts/benchmark-startup runs it last; docs/performance.md ("Cold start") records
// its figures.
#include "agreement/agreementfiltermodel.h"
#include "agreement/agreementmodel.h"
#include "articles/articleview.h"
#include "dataset/datasetdocument.h"
#include "explorer/clausetreepanel.h"
#include "explorer/detailspane.h"
#include "scenario/scenariodocument.h"
#include "scenario/scenariopanel.h"
#include "source/sourceview.h"
#include "timeline/timelineview.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QTextStream>

#include <functional>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void printTimes(const char *name, double built, double painted)
{
    out() << QStringLiteral("%1 %2 ms build, %3 ms first paint\n")
                 .arg(QLatin1String(name), -26)
                 .arg(built, 7, 'f', 1)
                 .arg(painted, 7, 'f', 1);
    out().flush();
}

/// Runs @p build, puts the widget it returns in @p host (already shown, so no new window is created) and
/// paints the host once; prints both times.
void measure(QMainWindow &host, const char *name, const std::function<QWidget *()> &build)
{
    QElapsedTimer clock;
    clock.start();
    QWidget *widget = build();
    const double built = clock.nsecsElapsed() / 1e6;
    host.setCentralWidget(widget); // deletes the previous piece
    host.grab(); // one full paint, as the first frame
    printTimes(name, built, clock.nsecsElapsed() / 1e6 - built);
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Dealscope"));
    QCoreApplication::setApplicationName(QStringLiteral("dealscope-startup-phases"));
    out() << QStringLiteral("%1 %2 ms\n")
                 .arg(QLatin1String("QApplication"), -26)
                 .arg(clock.nsecsElapsed() / 1e6, 7, 'f', 1);

    clock.restart();
    Dealscope::DatasetDocument document;
    document.openBundled();
    out() << QStringLiteral("%1 %2 ms\n")
                 .arg(QLatin1String("bundled dataset"), -26)
                 .arg(clock.nsecsElapsed() / 1e6, 7, 'f', 1);

    QElapsedTimer firstPaint;
    firstPaint.start();
    QMainWindow host;
    host.resize(1600, 900);
    host.show();
    host.grab();
    out() << QStringLiteral("%1 %2 ms\n")
                 .arg(QLatin1String("bare QMainWindow, shown"), -26)
                 .arg(firstPaint.nsecsElapsed() / 1e6, 7, 'f', 1);

    auto *model = new Dealscope::AgreementModel(&app);
    auto *filter = new Dealscope::AgreementFilterModel(&app);
    measure(host, "agreement model + filter", [&] {
        model->setDataset(document.dataset());
        filter->setSourceModel(model);
        return new QWidget;
    });
    measure(host, "timeline", [&] {
        auto *timeline = new Dealscope::TimelineView;
        timeline->setModel(filter);
        return timeline;
    });
    measure(host, "clause tree", [&] {
        auto *tree = new Dealscope::ClauseTreePanel;
        tree->setModel(filter);
        return tree;
    });
    measure(host, "details", [&] {
        auto *details = new Dealscope::DetailsPane;
        details->setModel(model);
        return details;
    });
    measure(host, "source view", [&] {
        auto *source = new Dealscope::SourceView;
        source->setModel(model);
        return source;
    });
    measure(host, "articles", [&] { return new Dealscope::ArticleView; });
    measure(host, "scenario panel", [&] {
        auto *scenario = new Dealscope::ScenarioDocument;
        auto *panel = new Dealscope::ScenarioPanel(scenario);
        scenario->setParent(panel);
        scenario->setDataset(document.dataset());
        return panel;
    });
    host.hide();

    // The whole window, its own top-level like the app's; warm, since every piece above ran before.
    clock.restart();
    Dealscope::MainWindow window(&document);
    const double built = clock.nsecsElapsed() / 1e6;
    window.show();
    window.grab();
    printTimes("whole MainWindow (warm)", built, clock.nsecsElapsed() / 1e6 - built);
    window.hide();

    // The window as the application builds it: the shell and its first frame, then the views with the
    // dataset (which the application parses on a worker thread meanwhile, so it is handed over ready here).
    Dealscope::DatasetDocument later;
    clock.restart();
    Dealscope::MainWindow staged(&later, Dealscope::MainWindow::Construction::ShellOnly);
    const double shellBuilt = clock.nsecsElapsed() / 1e6;
    staged.show();
    staged.grab();
    printTimes("window shell (warm)", shellBuilt, clock.nsecsElapsed() / 1e6 - shellBuilt);
    clock.restart();
    staged.completeSetup();
    later.openBundled(Dealscope::DatasetLoadResult {document.dataset(), {}});
    const double viewsBuilt = clock.nsecsElapsed() / 1e6;
    staged.grab();
    printTimes("then views + dataset", viewsBuilt, clock.nsecsElapsed() / 1e6 - viewsBuilt);
    return 0;
}
