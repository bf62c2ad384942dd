// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenariolabels.h"

namespace Dealscope {

QString ScenarioLabels::preset(const QString &id)
{
    if (id == QLatin1String("bear"))
        return tr("Bear preset");
    if (id == QLatin1String("base"))
        return tr("Base preset");
    if (id == QLatin1String("bull"))
        return tr("Bull preset");
    return id;
}

QString ScenarioLabels::otherTerms(const RegimeId &current)
{
    return tr("%1, same assumptions").arg(regimeLabel(otherRegime(current)));
}

QString ScenarioLabels::presetUnderTerms(const QString &id, const RegimeId &terms)
{
    return tr("%1 (%2)").arg(preset(id), regimeLabel(terms));
}

} // namespace Dealscope
