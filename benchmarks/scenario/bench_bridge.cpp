// SPDX-License-Identifier: GPL-3.0-or-later
// Amendment bridge benchmark: one bridge recompute per slider step, as the Bridge tab does during a drag.
// Drags each of a few assumptions across its range in 100 steps and times every recompute (2^k projections
// for k differing terms, Oct 2025 -> Apr 2026, default horizon). Prints the median, p90 and worst step and
// the load average; exits 2 if the p90 misses the 4 ms bar.
#include "common/quietmachine.h"
#include "dataset/datasetloader.h"
#include "scenario/scenariobridge.h"

#include <QtGlobal>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace Dealscope;

namespace {

constexpr double BarMicros = 4000.0;
constexpr int StepsPerDrag = 100;

} // namespace

int main()
{
    const Benchmark::QuietMachine machine;
    const DatasetLoadResult loaded = DatasetLoader::loadBundled();
    if (!loaded.ok()) {
        std::fprintf(stderr, "bench_bridge: the bundled dataset did not load\n");
        return 1;
    }
    const std::optional<ContractRegime> oct = deriveContractRegime(*loaded.dataset, RegimeKind::Oct2025).regime;
    const std::optional<ContractRegime> apr = deriveContractRegime(*loaded.dataset, RegimeKind::Apr2026).regime;
    if (!oct || !apr) {
        std::fprintf(stderr, "bench_bridge: the contract regimes could not be derived\n");
        return 1;
    }
    int differing = 0;
    for (const ContractTerm term : ScenarioBridge::allTerms())
        differing += ScenarioBridge::differs(term, *oct, *apr) ? 1 : 0;

    const AssumptionId dragged[] = {AssumptionId::OpenaiRevenueGrowth, AssumptionId::AgiMedianYear,
                                    AssumptionId::RevenueShareCap, AssumptionId::PaasRetention};
    using Clock = std::chrono::steady_clock;
    std::vector<double> micros;
    double sink = 0.0; // keeps the optimiser from dropping the work
    for (int round = 0; round < 5; ++round) {
        for (const AssumptionId id : dragged) {
            const AssumptionInfo &info = ScenarioAssumptions::info(id);
            AssumptionValues values;
            for (int step = 0; step <= StepsPerDrag; ++step) {
                values.set(id, info.minimum + (info.maximum - info.minimum) * step / StepsPerDrag);
                if (info.integer)
                    values.set(id, std::round(values[id]));
                const auto start = Clock::now();
                const BridgeResult result
                    = ScenarioBridge::compute(*oct, *apr, values, ScenarioEngine::medianAgiYear(values));
                micros.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
                sink += result.end.microsoft;
            }
        }
    }
    std::sort(micros.begin(), micros.end());
    const auto at
        = [&](double p) { return micros[std::min(micros.size() - 1, std::size_t(p * double(micros.size())))]; };
    std::printf("bench_bridge (Qt %s, %d differing terms, %d projections per step, horizon %d)\n", qVersion(),
                differing, 1 << differing, ScenarioEngine::DefaultHorizon);
    std::printf("bridge recompute per slider step   median %7.3f ms   p90 %7.3f ms   max %7.3f ms   (%zu steps)  "
                "bar 4 ms: %s\n",
                at(0.5) / 1000.0, at(0.9) / 1000.0, micros.back() / 1000.0, micros.size(),
                machine.verdict(at(0.9) < BarMicros));
    std::printf("(checksum %.1f)\n", sink);
    machine.printAfter();
    return at(0.9) < BarMicros ? 0 : 2;
}
