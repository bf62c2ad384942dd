// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/scenarioassumptions.h"
#include "scenario/scenarioengine.h"
#include "scenario/scenarioregime.h"

#include <QMap>
#include <QString>

namespace Dealscope {

/// A named scenario as the user edits and saves it: a regime, a horizon and the assumptions it sets.
///
/// Only overridden assumptions are stored, so a scenario saved today keeps loading (with the new
/// defaults) when later versions add assumptions.
class Scenario
{
public:
    QString name;
    QString description;
    RegimeId regime = RegimeKind::Apr2026;
    int horizon = ScenarioEngine::DefaultHorizon;

    /// Every assumption: the overrides over the catalogue's defaults.
    AssumptionValues values() const;
    double value(AssumptionId id) const;
    bool isOverridden(AssumptionId id) const { return m_overrides.contains(id); }
    const QMap<AssumptionId, double> &overrides() const { return m_overrides; }

    /// Sets an override (kept even when equal to the default: the user chose it).
    void setValue(AssumptionId id, double value) { m_overrides.insert(id, value); }
    /// Back to the default.
    void resetValue(AssumptionId id) { m_overrides.remove(id); }
    void resetAll() { m_overrides.clear(); }

    /// The projection of this scenario under @p contract (which must be derived for `regime`), with the
    /// median AGI year.
    Projection project(const ContractRegime &contract) const;

    friend bool operator==(const Scenario &, const Scenario &) = default;

private:
    QMap<AssumptionId, double> m_overrides;
};

} // namespace Dealscope
