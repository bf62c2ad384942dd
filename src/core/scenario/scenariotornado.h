// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/scenarioengine.h"

#include <vector>

namespace Dealscope {

/// One bar of a tornado chart: an assumption moved to its bounds, everything else unchanged.
struct TornadoBar
{
    AssumptionId id;
    double lowValue = 0.0; ///< the assumption's minimum
    double highValue = 0.0; ///< its maximum
    double lowDelta = 0.0; ///< change in the metric with the minimum, USD billions (may be positive)
    double highDelta = 0.0; ///< change with the maximum
    double swing = 0.0; ///< |highDelta − lowDelta|
};

struct TornadoResult
{
    int fromYear = ScenarioEngine::BaseYear;
    int toYear = 2032;
    double baseValue = 0.0; ///< the metric with the given values
    std::vector<TornadoBar> bars; ///< largest swing first
};

/// Sensitivity: each assumption that affects a projection at its low and its high bound → change in
/// cumulative Microsoft revenue (Azure stack plus revenue share) over 2025–2032, sorted by swing.
/// The AGI year of each run is the (possibly moved) median year. Pure and deterministic.
class ScenarioTornado
{
public:
    static constexpr int ToYear = 2032;

    static TornadoResult run(const ContractRegime &regime, const AssumptionValues &values);
};

} // namespace Dealscope
