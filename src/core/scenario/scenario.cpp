// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenario.h"

namespace Dealscope {

AssumptionValues Scenario::values() const
{
    AssumptionValues result;
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it)
        result.set(it.key(), it.value());
    return result;
}

double Scenario::value(AssumptionId id) const
{
    return m_overrides.value(id, ScenarioAssumptions::info(id).defaultValue);
}

Projection Scenario::project(const ContractRegime &contract) const
{
    const AssumptionValues all = values();
    return ScenarioEngine::project(contract, all, ScenarioEngine::medianAgiYear(all), horizon);
}

} // namespace Dealscope
