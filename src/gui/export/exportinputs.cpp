// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportinputs.h"

#include "export/exporttables.h"
#include "export/exportviews.h"
#include "scenario/scenariofile.h"
#include "scenario/scenariolabels.h"
#include "scenario/scenariomontecarlo.h"
#include "scenario/scenariotornado.h"

namespace Dealscope {

Projection ExportInputs::projection() const
{
    return contract ? scenario.project(*contract) : Projection {};
}

std::optional<Projection> ExportInputs::otherProjection() const
{
    if (!otherContract)
        return std::nullopt;
    Scenario other = scenario;
    other.regime = otherContract->id;
    return other.project(*otherContract);
}

std::optional<Projection> ExportInputs::comparisonProjection() const
{
    if (comparedPreset.isEmpty())
        return otherProjection();
    const ScenarioLoadResult preset = ScenarioFile::loadPreset(comparedPreset);
    if (!preset.ok())
        return std::nullopt;
    const RegimeId kind = preset.scenario->regime;
    if (contract && contract->id == kind)
        return preset.scenario->project(*contract);
    if (otherContract && otherContract->id == kind)
        return preset.scenario->project(*otherContract);
    return std::nullopt;
}

QString ExportInputs::comparisonName() const
{
    if (comparedPreset.isEmpty())
        return ScenarioLabels::otherTerms(scenario.regime);
    const ScenarioLoadResult preset = ScenarioFile::loadPreset(comparedPreset);
    return preset.ok() ? ScenarioLabels::presetUnderTerms(comparedPreset, preset.scenario->regime)
                       : ScenarioLabels::preset(comparedPreset);
}

BridgeResult ExportInputs::bridge() const
{
    const AssumptionValues values = scenario.values();
    return ScenarioBridge::compute(*bridgeFrom, *bridgeTo, values, ScenarioEngine::medianAgiYear(values),
                                   scenario.horizon);
}

QString ExportInputs::sourceLine() const
{
    return ExportViews::sourceLine(*dataset, language);
}

std::unique_ptr<ExportFrame> ExportInputs::frame(std::optional<ExportChart> chart) const
{
    if (!chart || !contract)
        return ExportViews::timeline(dataset, versionId, language, sourceLine());
    // Where the terms cap the revenue share, the layers chart marks the year the cap is reached.
    const std::optional<double> cap = contract->revenueShareCapped
        ? std::optional<double>(scenario.value(AssumptionId::RevenueShareCap))
        : std::nullopt;
    switch (*chart) {
    case ExportChart::Layers:
        return ExportViews::layersChart(projection(), std::nullopt, QString(), sourceLine(), scenarioName, cap);
    case ExportChart::Compare:
        return ExportViews::layersChart(projection(), comparisonProjection(), comparisonName(), sourceLine(),
                                        scenarioName, cap);
    case ExportChart::Tornado:
        return ExportViews::tornadoChart(ScenarioTornado::run(*contract, scenario.values()), sourceLine(),
                                         scenarioName);
    case ExportChart::Fan:
        return ExportViews::fanChart(ScenarioMonteCarlo::run(*contract, scenario.values(), scenario.horizon),
                                     sourceLine(), scenarioName);
    case ExportChart::Bridge:
        return ExportViews::bridgeChart(bridge(), sourceLine(), scenarioName);
    }
    return nullptr;
}

CsvTable ExportInputs::table(ExportTable table, const QDate &eventsThrough) const
{
    switch (table) {
    case ExportTable::Projection:
        return ExportTables::projection(projection());
    case ExportTable::Tornado:
        return ExportTables::tornado(ScenarioTornado::run(*contract, scenario.values()));
    case ExportTable::Fan:
        return ExportTables::fan(ScenarioMonteCarlo::run(*contract, scenario.values(), scenario.horizon));
    case ExportTable::Clauses:
        return ExportTables::clauses(*dataset, versionId, language);
    case ExportTable::Events:
        return ExportTables::events(*dataset, eventsThrough, language);
    case ExportTable::Bridge:
        return ExportTables::bridge(bridge());
    }
    return {};
}

} // namespace Dealscope
