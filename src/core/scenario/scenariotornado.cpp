// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenariotornado.h"

#include <algorithm>
#include <cmath>

namespace Dealscope {

namespace {

double cumulative(const ContractRegime &regime, const AssumptionValues &values)
{
    const Projection projection
        = ScenarioEngine::project(regime, values, ScenarioEngine::medianAgiYear(values), ScenarioTornado::ToYear);
    return projection.cumulativeMicrosoft(ScenarioEngine::BaseYear, ScenarioTornado::ToYear);
}

} // namespace

TornadoResult ScenarioTornado::run(const ContractRegime &regime, const AssumptionValues &values)
{
    TornadoResult result;
    result.toYear = ToYear;
    result.baseValue = cumulative(regime, values);
    for (const AssumptionInfo &info : ScenarioAssumptions::all()) {
        if (info.monteCarloOnly)
            continue;
        TornadoBar bar;
        bar.id = info.id;
        bar.lowValue = info.minimum;
        bar.highValue = info.maximum;
        AssumptionValues moved = values;
        moved.set(info.id, info.minimum);
        bar.lowDelta = cumulative(regime, moved) - result.baseValue;
        moved.set(info.id, info.maximum);
        bar.highDelta = cumulative(regime, moved) - result.baseValue;
        bar.swing = std::abs(bar.highDelta - bar.lowDelta);
        result.bars.push_back(bar);
    }
    // Largest swing first; ties keep the catalogue order, so the result is the same everywhere.
    std::stable_sort(result.bars.begin(), result.bars.end(),
                     [](const TornadoBar &a, const TornadoBar &b) { return a.swing > b.swing; });
    return result;
}

} // namespace Dealscope
