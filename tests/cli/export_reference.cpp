// SPDX-License-Identifier: GPL-3.0-or-later
// Prints the scenario engine's own numbers as JSON, computed straight from the engine (not through the CSV
// code), so that test_export.py can compare `dealscope export --table …` against them.
// Usage: export_reference PRESET REGIME [KEY=VALUE...]
#include "agreement/agreementstate.h"
#include "dataset/datasetloader.h"
#include "scenario/scenarioassumptions.h"
#include "scenario/scenariofile.h"
#include "scenario/scenariomontecarlo.h"
#include "scenario/scenariotornado.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Dealscope;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 3) {
        err << "usage: export_reference PRESET REGIME [KEY=VALUE...]\n";
        return 2;
    }
    const ScenarioLoadResult preset = ScenarioFile::loadPreset(args.at(1));
    const DatasetLoadResult dataset = DatasetLoader::loadBundled();
    const std::optional<RegimeId> regime = regimeFromKey(args.at(2));
    if (!preset.ok() || !dataset.ok() || !regime) {
        err << "export_reference: bad preset, regime or dataset\n";
        return 2;
    }
    Scenario scenario = *preset.scenario;
    scenario.regime = *regime;
    for (const QString &assignment : args.mid(3)) {
        const AssumptionInfo *info = ScenarioAssumptions::find(assignment.section(u'=', 0, 0));
        if (!info) {
            err << "export_reference: unknown assumption " << assignment << "\n";
            return 2;
        }
        scenario.setValue(info->id, assignment.section(u'=', 1).toDouble());
    }
    const ContractRegime contract = *deriveContractRegime(*dataset.dataset, *regime).regime;

    QJsonArray years;
    for (const ProjectionYear &y : scenario.project(contract).years) {
        years.append(QJsonObject {{"year", y.year},
                                  {"iaas_baseline", y.iaas.baseline},
                                  {"iaas_openai", y.iaas.openai},
                                  {"paas_baseline", y.paas.baseline},
                                  {"paas_openai", y.paas.openai},
                                  {"saas_baseline", y.saas.baseline},
                                  {"saas_openai", y.saas.openai},
                                  {"azure_total", y.azureTotal()},
                                  {"revenue_share", y.revenueShare},
                                  {"microsoft_total", y.microsoftTotal()}});
    }
    QJsonArray tornado;
    const TornadoResult sensitivity = ScenarioTornado::run(contract, scenario.values());
    for (const TornadoBar &bar : sensitivity.bars) {
        tornado.append(QJsonObject {{"assumption", ScenarioAssumptions::info(bar.id).key},
                                    {"low_delta", bar.lowDelta},
                                    {"high_delta", bar.highDelta}});
    }
    QJsonArray fan;
    const MonteCarloResult mc = ScenarioMonteCarlo::run(contract, scenario.values(), scenario.horizon);
    for (std::size_t i = 0; i < mc.years.size(); ++i) {
        fan.append(QJsonObject {{"year", mc.years[i]},
                                {"p10", mc.azureTotal[i].p10},
                                {"p50", mc.azureTotal[i].p50},
                                {"p90", mc.azureTotal[i].p90}});
    }
    QJsonArray inForce;
    QJsonObject clauseSources; // the sources each clause in force cites
    const AgreementState state = asOf(*dataset.dataset, dataset.dataset->versions.constLast().id);
    for (const ClauseState &clause : state.clauses) {
        if (clause.status != ClauseStatus::NotYetInForce) {
            inForce.append(clause.clause->id);
            clauseSources.insert(clause.clause->id, QJsonArray::fromStringList(clause.clause->sources));
        }
    }
    QJsonObject publishers; // source id → publisher
    for (const Source &source : dataset.dataset->sources)
        publishers.insert(source.id, source.publisher);
    const QJsonObject root {{"projection", years},
                            {"tornado", tornado},
                            {"tornado_base", sensitivity.baseValue},
                            {"fan", fan},
                            {"clauses", inForce},
                            {"clause_sources", clauseSources},
                            {"publishers", publishers},
                            {"events", int(dataset.dataset->events.size())},
                            {"title_en", dataset.dataset->title.text(QStringLiteral("en"))},
                            {"title_ja", dataset.dataset->title.text(QStringLiteral("ja"))}};
    QTextStream(stdout) << QJsonDocument(root).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
