// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/scenarioregime.h"

#include <QCoreApplication>

namespace Dealscope {

/// The names of presets and comparisons as the window and the exports show them, in the interface language.
class ScenarioLabels
{
    Q_DECLARE_TR_FUNCTIONS(Dealscope::ScenarioLabels)

public:
    /// "Bear preset", "Base preset", "Bull preset"; an unknown id as it is.
    static QString preset(const QString &id);
    /// "Oct 2025 terms, same assumptions": the current assumptions under the other terms than @p current.
    static QString otherTerms(const RegimeId &current);
    /// "Bull preset (Apr 2026 terms)": preset @p id under the terms it names.
    static QString presetUnderTerms(const QString &id, const RegimeId &terms);
};

} // namespace Dealscope
