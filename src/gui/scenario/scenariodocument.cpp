// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenariodocument.h"

#include "scenario/scenarioassumptions.h"
#include "scenario/scenariocommands.h"
#include "scenario/scenariolabels.h"
#include "session/languagemanager.h"

#include <QFileInfo>
#include <QHash>
#include <QSignalBlocker>
#include <QUndoStack>

#include <algorithm>

namespace Dealscope {

namespace {

// A long session must not grow without bound: each step keeps two scenarios (about 3 KB), so 10,000
// clicks would keep some 35 MB. The oldest steps go beyond this.
constexpr int UndoLimit = 500;

double clampedAgiYear(int year)
{
    const AssumptionInfo &info = ScenarioAssumptions::info(AssumptionId::AgiMedianYear);
    return std::clamp(double(year), info.minimum, info.maximum);
}

/// The name a scenario takes from its file: "base" for "base.dealscope-scenario.json" or "base.json".
QString nameFromFile(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    const QString suffix = QStringLiteral(".dealscope-scenario.json");
    return fileName.endsWith(suffix) ? fileName.chopped(suffix.size()) : QFileInfo(path).completeBaseName();
}

} // namespace

ScenarioDocument::ScenarioDocument(QObject *parent) : QObject(parent), m_undoStack(new QUndoStack(this))
{
    m_undoStack->setUndoLimit(UndoLimit);
    m_givenNames = givenNames();
    m_state.scenario.name = tr("Defaults");
    m_state.named = m_state.scenario;
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &ScenarioDocument::modifiedChanged);
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &ScenarioDocument::followLanguage);
}

ScenarioDocument::~ScenarioDocument()
{
    // The commands call back into the document: drop them before its members go, telling no one, since the
    // views that listen may be half destroyed themselves.
    const QSignalBlocker blockStack(m_undoStack);
    const QSignalBlocker blockDocument(this);
    m_undoStack->clear();
}

void ScenarioDocument::setDataset(const DatasetPtr &dataset)
{
    const bool wasAvailable = isAvailable();
    m_hasDataset = dataset != nullptr;
    m_regimes = dataset ? RegimeCatalog(*dataset) : RegimeCatalog();
    m_state.scenario.regime = m_regimes.resolved(m_state.scenario.regime);
    m_presetProjection.reset();
    if (m_comparison == Comparison::Preset) {
        m_comparison = Comparison::None;
        m_comparedPresetId.clear();
    }
    recompute();
    if (wasAvailable != isAvailable() || !isAvailable())
        Q_EMIT availabilityChanged();
    Q_EMIT changed();
    Q_EMIT comparisonChanged();
}

bool ScenarioDocument::isAvailable() const
{
    return m_regimes.regime(RegimeKind::Oct2025) && m_regimes.regime(RegimeKind::Apr2026);
}

const ContractRegime &ScenarioDocument::contractRegime(const RegimeId &id) const
{
    Q_ASSERT(isAvailable());
    const ContractRegime *regime = m_regimes.regime(id);
    return regime ? *regime : *m_regimes.regime(RegimeKind::Apr2026);
}

QString ScenarioDocument::displayName() const
{
    const QString name = m_state.scenario.name.isEmpty() ? tr("untitled") : m_state.scenario.name;
    Scenario named = m_state.named;
    named.name = m_state.scenario.name; // a name given on saving is no change of the figures
    return m_state.scenario == named ? name : tr("%1 (modified)").arg(name);
}

bool ScenarioDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void ScenarioDocument::push(const StepName &stepName, const State &after, quint64 mergeKey)
{
    if (after == m_state)
        return;
    m_undoStack->push(new ScenarioChangeCommand(
        stepName, m_state, after, [this](const State &state) { apply(state); }, mergeKey));
}

/// The names the document gives a scenario itself: the defaults' and each preset's, in the current language.
QStringList ScenarioDocument::givenNames()
{
    QStringList names {tr("Defaults")};
    for (const QString &id : ScenarioFile::presetIds())
        names.append(ScenarioLabels::preset(id));
    return names;
}

/// The undo steps' names follow the language, so Edit › Undo does not name an earlier step in the old one;
/// so do the names the document gave (the defaults', the presets'), in the scenario shown, in what its name
/// promises and in every undo step. A name from a file or one the user gave stays as it is.
void ScenarioDocument::followLanguage()
{
    for (int i = 0; i < m_undoStack->count(); ++i) {
        // The stack hands out its commands as const; a name is no part of the state the command restores.
        auto *step = const_cast<QUndoCommand *>(m_undoStack->command(i));
        if (step->id() == ScenarioChangeCommand::CommandId)
            static_cast<ScenarioChangeCommand *>(step)->rename();
    }
    const QStringList names = givenNames();
    QHash<QString, QString> renamed;
    for (qsizetype i = 0; i < std::min(names.size(), m_givenNames.size()); ++i) {
        if (names.at(i) != m_givenNames.at(i))
            renamed.insert(m_givenNames.at(i), names.at(i));
    }
    m_givenNames = names;
    if (renamed.isEmpty())
        return;
    const auto rename = [&renamed](State &state) {
        for (Scenario *scenario : {&state.scenario, &state.named})
            scenario->name = renamed.value(scenario->name, scenario->name);
    };
    rename(m_state);
    rename(m_dragStart);
    for (int i = 0; i < m_undoStack->count(); ++i) {
        auto *step = const_cast<QUndoCommand *>(m_undoStack->command(i));
        if (step->id() == ScenarioChangeCommand::CommandId)
            static_cast<ScenarioChangeCommand *>(step)->editStates(rename);
    }
    Q_EMIT modifiedChanged(); // the name shown
}

void ScenarioDocument::apply(const State &state)
{
    const std::optional<int> previousAgi = assumedAgiYear();
    m_state = state;
    m_state.scenario.regime = m_regimes.resolved(state.scenario.regime); // its date names it
    recompute();
    Q_EMIT changed();
    if (assumedAgiYear() != previousAgi)
        Q_EMIT agiYearChanged(assumedAgiYear().value_or(0));
}

void ScenarioDocument::recompute()
{
    if (!isAvailable()) {
        m_projection = {};
        updateComparison();
        return;
    }
    m_projection = m_state.scenario.project(contractRegime(m_state.scenario.regime));
    updateComparison();
}

void ScenarioDocument::setScenario(const Scenario &scenario, const StepName &stepName)
{
    State after = m_state;
    after.scenario = scenario;
    push(stepName, after);
}

void ScenarioDocument::setValue(AssumptionId id, double value)
{
    State after = m_state;
    if (isDragging() && value == m_dragStart.scenario.value(id))
        after = m_dragStart; // back where the drag began, override or not: the merged step becomes a no-op
    else
        after.scenario.setValue(id, value);
    if (id == AssumptionId::AgiMedianYear)
        after.agiAssumed = true; // moving the year assumes it
    push([id] { return tr("Change %1").arg(ScenarioAssumptions::displayLabel(id)); }, after, m_dragKey);
}

void ScenarioDocument::resetValue(AssumptionId id)
{
    State after = m_state;
    after.scenario.resetValue(id);
    push([id] { return tr("Reset %1").arg(ScenarioAssumptions::displayLabel(id)); }, after);
}

void ScenarioDocument::setRegime(const RegimeId &id)
{
    State after = m_state;
    after.scenario.regime = m_regimes.resolved(id);
    push([regime = after.scenario.regime] { return tr("Switch to %1").arg(regimeLabel(regime)); }, after);
}

bool ScenarioDocument::loadPreset(const QString &id)
{
    const ScenarioLoadResult result = ScenarioFile::loadPreset(id);
    if (!result.ok())
        return false;
    Scenario scenario = *result.scenario;
    // The app's own name for its preset, in the interface language (and following it): the name in the
    // bundled file is English, for whoever reads the file.
    scenario.name = ScenarioLabels::preset(id);
    State after = m_state;
    after.scenario = scenario;
    after.named = scenario;
    push([id] { return tr("Load %1").arg(ScenarioLabels::preset(id)); }, after);
    return true;
}

void ScenarioDocument::beginDrag()
{
    m_dragKey = ++m_lastMergeKey;
    m_dragStart = m_state;
}

void ScenarioDocument::endDrag()
{
    m_dragKey = 0;
}

std::optional<int> ScenarioDocument::assumedAgiYear() const
{
    if (!m_state.agiAssumed)
        return std::nullopt;
    return int(m_state.scenario.value(AssumptionId::AgiMedianYear));
}

void ScenarioDocument::setAgiYear(int year, Step step)
{
    State after = m_state;
    after.agiAssumed = year > 0;
    if (year > 0)
        after.scenario.setValue(AssumptionId::AgiMedianYear, clampedAgiYear(year));
    const int assumed = year > 0 ? int(clampedAgiYear(year)) : 0;
    push(
        [assumed] {
            return assumed > 0 ? tr("Assume AGI verified in %1").arg(assumed) : tr("Do not assume AGI verification");
        },
        after, step == Step::Typing ? TypingMergeKey : 0);
}

void ScenarioDocument::restoreAgiYear(int year)
{
    State restored = m_state;
    restored.agiAssumed = year > 0;
    if (year > 0) {
        restored.scenario.setValue(AssumptionId::AgiMedianYear, clampedAgiYear(year));
        restored.named.setValue(AssumptionId::AgiMedianYear, clampedAgiYear(year)); // where the user left it
    }
    if (restored != m_state)
        apply(restored); // no command: Undo must not take the start-up state away
}

void ScenarioDocument::compareWithOtherRegime()
{
    if (!isAvailable())
        return;
    m_comparison = Comparison::OtherRegime;
    m_comparedPresetId.clear();
    m_presetProjection.reset();
    updateComparison();
    Q_EMIT comparisonChanged();
}

void ScenarioDocument::compareWithPreset(const QString &id)
{
    if (!isAvailable())
        return;
    const ScenarioLoadResult result = ScenarioFile::loadPreset(id);
    if (!result.ok())
        return;
    m_presetProjection = result.scenario->project(contractRegime(result.scenario->regime));
    m_comparison = Comparison::Preset;
    m_comparedPresetId = id;
    m_comparedPresetRegime = m_regimes.resolved(result.scenario->regime);
    updateComparison();
    Q_EMIT comparisonChanged();
}

void ScenarioDocument::clearComparison()
{
    m_comparison = Comparison::None;
    m_comparedPresetId.clear();
    m_presetProjection.reset();
    updateComparison();
    Q_EMIT comparisonChanged();
}

QString ScenarioDocument::comparisonName() const
{
    switch (m_comparison) {
    case Comparison::None:
        break;
    case Comparison::OtherRegime:
        return ScenarioLabels::otherTerms(m_state.scenario.regime);
    case Comparison::Preset:
        return ScenarioLabels::presetUnderTerms(m_comparedPresetId, m_comparedPresetRegime);
    }
    return {};
}

void ScenarioDocument::updateComparison()
{
    m_comparisonProjection.reset();
    if (m_comparison == Comparison::OtherRegime && isAvailable())
        m_comparisonProjection = m_state.scenario.project(contractRegime(otherRegime(m_state.scenario.regime)));
    else if (m_comparison == Comparison::Preset)
        m_comparisonProjection = m_presetProjection;
}

ScenarioLoadResult ScenarioDocument::open(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    ScenarioLoadResult result = ScenarioFile::loadFile(path, fileName, &m_regimes);
    if (!result.ok())
        return result;
    State after = m_state;
    after.scenario = *result.scenario;
    if (after.scenario.name.isEmpty())
        after.scenario.name = nameFromFile(path);
    after.named = after.scenario;
    push([fileName] { return tr("Open %1").arg(fileName); }, after);
    m_filePath = path;
    m_undoStack->setClean(); // the scenario is the file's: no unsaved edits
    Q_EMIT modifiedChanged();
    return result;
}

bool ScenarioDocument::save(const QString &path, QString *error)
{
    // A scenario with no name of its own (none, or the defaults') takes the name of the file it is saved as.
    Scenario scenario = m_state.scenario;
    if (scenario.name.isEmpty() || scenario.name == tr("Defaults"))
        scenario.name = nameFromFile(path);
    if (!ScenarioFile::save(scenario, path, error))
        return false;
    m_state.scenario.name = scenario.name; // a name is no edit: not an undo step
    m_state.named = m_state.scenario; // what the file holds is what the name now promises
    m_filePath = path;
    m_undoStack->setClean(); // saved: nothing left for the autosave to keep
    Q_EMIT modifiedChanged();
    return true;
}

} // namespace Dealscope
