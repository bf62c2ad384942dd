// SPDX-License-Identifier: GPL-3.0-or-later
// How long one slider step of the scenario panel takes at 1600×900: the slider's value change, the undo
// command, the projection, replacing the chart's series points and axis ranges, the table and the KPIs.
// Also times the same step followed by a synchronous repaint of the chart. Prints the median, 90th
// percentile and fastest; exits 1 when the step's median is 4 ms or more.
//
//   bench_panel [STEPS]      (default 400; scripts/benchmark runs it)
#include "common/quietmachine.h"
#include "dataset/datasetdocument.h"
#include "scenario/charts/scenariochart.h"
#include "scenario/scenariodocument.h"
#include "scenario/scenariopanel.h"
#include "scenario/scenarioslider.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSlider>
#include <QTabWidget>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Dealscope;

namespace {

struct Stats
{
    double median;
    double p90;
    double fastest;
};

Stats summarize(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at
        = [&](double p) { return samples[std::min(samples.size() - 1, std::size_t(p * double(samples.size())))]; };
    return {at(0.5), at(0.9), samples.front()};
}

/// One step of a drag back and forth over the slider's whole range.
int nextPosition(const QSlider *slider, int step)
{
    const int span = slider->maximum() - slider->minimum();
    const int phase = step % (2 * span);
    return slider->minimum() + (phase < span ? phase + 1 : 2 * span - phase - 1);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const Benchmark::QuietMachine machine;
    const int steps = std::max(200, argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 400);

    DatasetDocument document;
    if (!document.openBundled().isEmpty()) {
        std::fprintf(stderr, "bench_panel: cannot load the bundled dataset\n");
        return 2;
    }
    ScenarioDocument scenario;
    ScenarioPanel panel(&scenario);
    panel.document()->setDataset(document.dataset());
    panel.resize(1600, 900);
    panel.show();
    app.processEvents();

    std::printf("Scenario panel at 1600×900, %d slider steps per case (ms)\n", steps);
    std::printf("%-62s %8s %8s %8s\n", "case", "median", "p90", "fastest");
    bool met = true;
    const struct
    {
        AssumptionId id;
        const char *name;
    } cases[] = {{AssumptionId::OpenaiRevenueGrowth, "drag OpenAI revenue growth"},
                 {AssumptionId::AgiMedianYear, "drag AGI year (moves markers and exclusivity)"}};
    bool frameMet = true;
    for (const auto &c : cases) {
        QSlider *slider = panel.slider(c.id)->slider();
        // The drag as the panel draws it (no antialiasing while the slider is held), then the same steps
        // with the antialiased paint the chart gets when the drag ends, for comparison.
        for (const bool smooth : {false, true}) {
            std::vector<double> update;
            std::vector<double> withPaint;
            slider->setSliderDown(true);
            if (smooth)
                panel.chart()->setRenderHint(QPainter::Antialiasing, true);
            for (int i = 0; i < steps + 10; ++i) {
                QElapsedTimer timer;
                timer.start();
                slider->setValue(nextPosition(slider, i));
                const double updated = double(timer.nsecsElapsed()) / 1e6;
                panel.chart()->viewport()->repaint();
                const double painted = double(timer.nsecsElapsed()) / 1e6;
                if (i >= 10) { // warm-up
                    update.push_back(updated);
                    withPaint.push_back(painted);
                }
            }
            slider->setSliderDown(false);
            app.processEvents();
            const Stats u = summarize(update);
            const Stats p = summarize(withPaint);
            if (!smooth) {
                std::printf("%-46s update         %8.3f %8.3f %8.3f\n", c.name, u.median, u.p90, u.fastest);
                std::printf("%-46s update + repaint %7.3f %8.3f %8.3f\n", c.name, p.median, p.p90, p.fastest);
                met = met && u.median < 4.0;
                frameMet = frameMet && p.median < 8.0;
            } else {
                std::printf("%-46s antialiased     %8.3f %8.3f %8.3f\n", c.name, p.median, p.p90, p.fastest);
            }
        }
    }
    std::printf("bar: one step (update) < 4 ms median: %s\n", machine.verdict(met));
    std::printf("bar: one step and its repaint during a drag < 8 ms median: %s\n", machine.verdict(frameMet));
    machine.printAfter();
    return met ? 0 : 1;
}
