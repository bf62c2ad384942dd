// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportjob.h"

#include "cli/commandline.h"
#include "dataset/datasetloader.h"
#include "export/exportrenderer.h"
#include "export/exporttables.h"
#include "export/exporttext.h"
#include "export/exportviews.h"
#include "export/redlinepdf.h"
#include "export/reportbuilder.h"
#include "scenario/regimecatalog.h"
#include "scenario/scenariofile.h"
#include "scenario/scenariolabels.h"
#include "scenario/scenariomontecarlo.h"
#include "scenario/scenariotornado.h"
#include "session/languagemanager.h"

#include <QFileInfo>

#include <QLocale>
#include <cstdlib>
#include <tuple>

namespace Dealscope {

namespace {

QString firstError(const Diagnostics &diagnostics)
{
    for (const Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.isError())
            return diagnostic.toString();
    }
    return diagnostics.isEmpty() ? QString() : diagnostics.first().toString();
}

/// The version @p asOf names: an id, or the latest version on or before a YYYY-MM-DD date.
QString findVersion(const Dataset &dataset, const QString &asOf)
{
    if (dataset.versions.isEmpty())
        return {};
    if (asOf.isEmpty())
        return dataset.versions.constLast().id;
    for (const Version &version : dataset.versions) {
        if (version.id == asOf)
            return version.id;
    }
    const QDate date = QDate::fromString(asOf, Qt::ISODate);
    QString found;
    for (const Version &version : dataset.versions) {
        if (date.isValid() && version.date <= date)
            found = version.id;
    }
    return found;
}

/// `--changes`: the comparison of --from with --to as a redline PDF or CSV rows.
bool writeChanges(const ExportRequest &request, const ExportInputs &inputs, QString *error)
{
    const Dataset &dataset = *inputs.dataset;
    const QString to = findVersion(dataset, request.changesTo); // empty: the latest
    const QString from = request.changesFrom.isEmpty() ? VersionComparison::previousVersion(dataset, to)
                                                       : findVersion(dataset, request.changesFrom);
    if (from.isEmpty() || to.isEmpty()) {
        QStringList ids;
        for (const Version &version : dataset.versions)
            ids.append(version.id);
        *error = ExportText::tr("--from \"%1\" --to \"%2\": no such versions to compare (expected dates or two of %3)")
                     .arg(request.changesFrom, request.changesTo, ids.join(QStringLiteral(", ")));
        return false;
    }
    const VersionComparison comparison = VersionComparison::compare(dataset, from, to, inputs.language);
    if (request.format == ExportFormat::Csv)
        return ExportRenderer::writeFile(request.output, toCsv(comparison.table()), error);
    return RedlinePdf::write(dataset, comparison, request.output, error);
}

QString describeSize(const ExportRequest &request)
{
    return QStringLiteral("%1x%2 at %3 dpi").arg(request.size.width()).arg(request.size.height()).arg(request.dpi);
}

} // namespace

QString defaultExportLanguage()
{
    // The language manager holds the run's language: --lang, else the system's (English if unsupported).
    return LanguageManager::instance()->language();
}

void applyExportLanguage(const QString &language)
{
    // Translators, and the default locale for numbers and dates, for this run only.
    if (LanguageManager::instance()->language() != language)
        LanguageManager::instance()->applyLanguage(language);
}

bool resolveExportInputs(const ExportRequest &request, ExportInputs *inputs, QString *error)
{
    inputs->language = request.language.isEmpty() ? defaultExportLanguage() : request.language;

    const DatasetLoadResult loaded
        = request.datasetFile.isEmpty() ? DatasetLoader::loadBundled() : DatasetLoader::loadFile(request.datasetFile);
    if (!loaded.ok()) {
        *error = firstError(loaded.diagnostics);
        return false;
    }
    inputs->dataset = loaded.dataset;

    inputs->versionId = findVersion(*inputs->dataset, request.asOf);
    if (inputs->versionId.isEmpty()) {
        QStringList ids;
        for (const Version &version : inputs->dataset->versions)
            ids.append(version.id);
        *error = ExportText::tr("--as-of \"%1\": no such version (expected a date or one of %2)")
                     .arg(request.asOf, ids.join(QStringLiteral(", ")));
        return false;
    }

    if (!request.scenarioFile.isEmpty()) {
        const ScenarioLoadResult result = ScenarioFile::loadFile(request.scenarioFile);
        if (!result.ok()) {
            *error = firstError(result.diagnostics);
            return false;
        }
        inputs->scenario = *result.scenario;
        inputs->scenarioName
            = inputs->scenario.name.isEmpty() ? QFileInfo(request.scenarioFile).fileName() : inputs->scenario.name;
    } else if (!request.preset.isEmpty()) {
        if (!ScenarioFile::presetIds().contains(request.preset)) {
            *error = ExportText::tr("--preset \"%1\": expected one of %2")
                         .arg(request.preset, ScenarioFile::presetIds().join(QStringLiteral(", ")));
            return false;
        }
        const ScenarioLoadResult result = ScenarioFile::loadPreset(request.preset);
        if (!result.ok()) {
            *error = firstError(result.diagnostics);
            return false;
        }
        inputs->scenario = *result.scenario;
        inputs->scenarioName = ScenarioLabels::preset(request.preset);
    } else {
        inputs->scenarioName = ExportText::tr("Default assumptions");
    }
    for (const auto &[key, value] : request.settings) {
        const AssumptionInfo *info = ScenarioAssumptions::find(key);
        if (!info->contains(value) || (info->integer && value != std::floor(value))) {
            *error = ExportText::tr("--set %1=%2: out of range (%3 to %4%5)")
                         .arg(key, csvNumber(value), csvNumber(info->minimum), csvNumber(info->maximum),
                              info->integer ? ExportText::tr(", whole numbers") : QString());
            return false;
        }
        inputs->scenario.setValue(info->id, value);
    }
    if (request.regime)
        inputs->scenario.regime = *request.regime;

    ContractRegimeResult contract = deriveContractRegime(*inputs->dataset, inputs->scenario.regime);
    if (contract.ok())
        inputs->contract = contract.regime;
    ContractRegimeResult other = deriveContractRegime(*inputs->dataset, otherRegime(inputs->scenario.regime));
    if (other.ok())
        inputs->otherContract = other.regime;
    const bool needsScenario = request.kind == ExportKind::Chart
        || (request.kind == ExportKind::Table && request.table != ExportTable::Clauses
            && request.table != ExportTable::Events);
    if (needsScenario && !inputs->contract) {
        *error = ExportText::tr("the dataset lacks the terms the scenario model needs: %1")
                     .arg(contract.problems.value(0));
        return false;
    }
    const bool bridge = (request.kind == ExportKind::Chart && request.chart == ExportChart::Bridge)
        || (request.kind == ExportKind::Table && request.table == ExportTable::Bridge);
    if (bridge || request.kind == ExportKind::Report) {
        const RegimeCatalog regimes(*inputs->dataset);
        for (const auto &[asked, fallback, target] :
             {std::tuple {request.fromRegime, RegimeId(RegimeKind::Oct2025), &inputs->bridgeFrom},
              std::tuple {request.toRegime, RegimeId(RegimeKind::Apr2026), &inputs->bridgeTo}}) {
            const QString key = regimeKey(asked.value_or(fallback));
            if (const QString problem = regimes.problemWith(key); !problem.isEmpty()) {
                if (!bridge)
                    continue; // the report leaves the bridge out
                *error = ExportText::tr("the bridge cannot use these terms: %1").arg(problem);
                return false;
            }
            *target = *regimes.regime(*regimeFromKey(key));
        }
    }
    if (request.kind == ExportKind::Chart && request.chart == ExportChart::Compare && !inputs->otherContract) {
        *error = ExportText::tr("the dataset lacks the other terms to compare with: %1").arg(other.problems.value(0));
        return false;
    }
    return true;
}

QStringList ExportMessageCapture::s_messages;

ExportMessageCapture::ExportMessageCapture() : m_previous(qInstallMessageHandler(&ExportMessageCapture::handle)) { }

ExportMessageCapture::~ExportMessageCapture()
{
    qInstallMessageHandler(m_previous);
}

void ExportMessageCapture::handle(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg)
        std::abort();
    s_messages.append(message);
}

int runExport(const ExportRequest &request, QString *error, QString *report)
{
    ExportInputs inputs;
    if (!resolveExportInputs(request, &inputs, error))
        return Cli::ExitFailure;
    applyExportLanguage(inputs.language);

    RenderSettings settings;
    settings.size = request.size;
    settings.dpi = request.dpi;
    settings.darkPalette = request.darkPalette;
    settings.pageSize = request.pageSize;
    settings.description = ExportText::tr("Illustrative; made with Dealscope.");
    bool ok = false;
    switch (request.kind) {
    case ExportKind::Table: {
        QDate eventsThrough; // --as-of limits the events to those up to its version
        if (const Version *version = inputs.dataset->version(inputs.versionId); version && !request.asOf.isEmpty())
            eventsThrough = version->date;
        const CsvTable table = inputs.table(request.table, eventsThrough);
        ok = ExportRenderer::writeFile(request.output, toCsv(table), error);
        if (ok && report)
            *report = QStringLiteral("%1: %2 table, %3 rows")
                          .arg(request.output, tableKey(request.table))
                          .arg(table.rows.size());
        break;
    }
    case ExportKind::Chart:
    case ExportKind::Timeline: {
        const std::optional<ExportChart> chart
            = request.kind == ExportKind::Chart ? std::optional(request.chart) : std::nullopt;
        std::unique_ptr<ExportFrame> frame = inputs.frame(chart);
        settings.title = chart ? ExportText::tr("%1 chart, %2, %3")
                                     .arg(chartKey(*chart), inputs.scenarioName, regimeLabel(inputs.scenario.regime))
                               : frame->heading();
        ok = ExportRenderer::renderToFile(frame.get(), request.format, request.output, settings, error);
        if (ok && report)
            *report = QStringLiteral("%1: %2, %3").arg(request.output, settings.title, describeSize(request));
        break;
    }
    case ExportKind::Changes:
        ok = writeChanges(request, inputs, error);
        if (ok && report)
            *report = QStringLiteral("%1: changes, --from \"%2\" --to \"%3\"")
                          .arg(request.output, request.changesFrom, request.changesTo);
        break;
    case ExportKind::Report:
        if (request.pageSize.isEmpty())
            settings.pageSize = QStringLiteral("A4");
        ok = ReportBuilder::write(inputs, request.output, settings, error);
        if (ok && report)
            *report = QStringLiteral("%1: report in %2").arg(request.output, inputs.language);
        break;
    }
    return ok ? Cli::ExitSuccess : Cli::ExitFailure;
}

} // namespace Dealscope
