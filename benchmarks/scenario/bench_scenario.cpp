// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario engine benchmark: one projection, a 100,000-sample Monte Carlo and a tornado, timed over repeated
// runs; prints the median and the 90th percentile of each. Run by scripts/benchmark; figures in
// docs/performance.md. Bars: Monte Carlo < 50 ms, tornado < 20 ms.
#include "common/quietmachine.h"
#include "dataset/datasetloader.h"
#include "scenario/scenariomontecarlo.h"
#include "scenario/scenariotornado.h"

#include <QtGlobal>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

using namespace Dealscope;

namespace {

volatile double g_sink = 0.0; // keeps the optimiser from dropping the work

struct Timing
{
    double minimum;
    double median;
    double p90;
};

/// Runs @p work @p runs times (after one warm-up run), each run @p batch calls; returns per-call times in µs.
Timing measure(int runs, int batch, const std::function<double()> &work)
{
    using Clock = std::chrono::steady_clock;
    g_sink = g_sink + work();
    std::vector<double> micros;
    micros.reserve(std::size_t(runs));
    for (int run = 0; run < runs; ++run) {
        const auto start = Clock::now();
        double sum = 0.0;
        for (int i = 0; i < batch; ++i)
            sum += work();
        const auto stop = Clock::now();
        g_sink = g_sink + sum;
        micros.push_back(std::chrono::duration<double, std::micro>(stop - start).count() / batch);
    }
    std::sort(micros.begin(), micros.end());
    const auto at
        = [&micros](double p) { return micros[std::min(micros.size() - 1, std::size_t(p * double(micros.size())))]; };
    return {micros.front(), at(0.5), at(0.9)};
}

void report(const char *name, const Timing &t, int runs, const char *bar)
{
    const bool ms = t.median >= 1000.0;
    const double scale = ms ? 1000.0 : 1.0;
    const char *unit = ms ? "ms" : "µs";
    std::printf("%-32s median %8.2f %s   p90 %8.2f %s   min %8.2f %s   (%d runs)%s\n", name, t.median / scale, unit,
                t.p90 / scale, unit, t.minimum / scale, unit, runs, bar);
}

} // namespace

int main()
{
    const Benchmark::QuietMachine machine;
    const DatasetLoadResult loaded = DatasetLoader::loadBundled();
    if (!loaded.ok()) {
        std::fprintf(stderr, "bench_scenario: the bundled dataset did not load\n");
        return 1;
    }
    const ContractRegimeResult derived = deriveContractRegime(*loaded.dataset, RegimeKind::Apr2026);
    const ContractRegimeResult derivedOct = deriveContractRegime(*loaded.dataset, RegimeKind::Oct2025);
    if (!derived.ok() || !derivedOct.ok()) {
        std::fprintf(stderr, "bench_scenario: the contract regimes could not be derived\n");
        return 1;
    }
    const ContractRegime &apr = *derived.regime;
    const ContractRegime &oct = *derivedOct.regime;
    const AssumptionValues values;

    std::printf("bench_scenario (Qt %s, %d-year horizon 2025–2035, defaults)\n", qVersion(),
                ScenarioEngine::DefaultHorizon - ScenarioEngine::BaseYear + 1);

    const Timing derive = measure(200, 10, [&] {
        return double(deriveContractRegime(*loaded.dataset, RegimeKind::Apr2026).regime->versionDate.year());
    });
    report("regime derivation (asOf)", derive, 200, "");

    const Timing projection = measure(500, 100, [&] {
        return ScenarioEngine::project(apr, values, 2032, ScenarioEngine::DefaultHorizon).years.back().azureTotal();
    });
    report("projection, one recompute", projection, 500, "");

    const Timing projection2040 = measure(500, 100, [&] {
        return ScenarioEngine::project(oct, values, 2032, ScenarioEngine::MaxHorizon).years.back().azureTotal();
    });
    report("projection to 2040 (Oct 2025)", projection2040, 500, "");

    const MonteCarloSettings settings; // 100,000 samples, fixed seed
    const Timing monteCarlo = measure(30, 1, [&] {
        return ScenarioMonteCarlo::run(oct, values, ScenarioEngine::DefaultHorizon, settings).azureTotal.back().p50;
    });
    const std::string monteCarloBar = std::string("  bar 50 ms: ") + machine.verdict(monteCarlo.p90 < 50000.0);
    report("Monte Carlo, 100,000 samples", monteCarlo, 30, monteCarloBar.c_str());

    const Timing tornado = measure(100, 1, [&] { return ScenarioTornado::run(apr, values).bars.front().swing; });
    const std::string tornadoBar = std::string("  bar 20 ms: ") + machine.verdict(tornado.p90 < 20000.0);
    report("tornado, 32 assumptions x 2", tornado, 100, tornadoBar.c_str());
    machine.printAfter();

    return monteCarlo.median < 50000.0 && tornado.median < 20000.0 ? 0 : 2;
}
