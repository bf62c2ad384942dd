// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/dataset.h"
#include "scenario/regimecatalog.h"
#include "scenario/scenario.h"
#include "scenario/scenarioengine.h"
#include "scenario/scenariofile.h"
#include "scenario/scenarioregime.h"

#include <QObject>

#include <functional>

#include <optional>

class QUndoStack;

namespace Dealscope {

/// The scenario the window works on, and the one place its state lives: the assumptions and terms, the
/// assumed AGI year, the comparison drawn dashed, the file it came from, and the undo history. It is not a
/// widget: the scenario panel, the toolbar's AGI year, the timeline, the scenario editor, autosave and
/// export read it and edit it through it, and every edit is one step of its undo stack.
///
/// The AGI year is the scenario's AgiMedianYear assumption. The explorer may also show the agreement with
/// AGI "not assumed" (terms that end at AGI then have no end); that choice is part of the undoable state
/// too, so the toolbar, the slider, the timeline and the chart never disagree about the year.
class ScenarioDocument : public QObject
{
    Q_OBJECT

public:
    enum class Comparison { None, OtherRegime, Preset };

    /// How a step joins the undo history.
    enum class Step {
        New, ///< a step of its own
        Typing, ///< merged with the previous step of the same kind (typing a year digit by digit)
    };

    /// What undo restores: the scenario and whether the agreement assumes its AGI year.
    struct State
    {
        Scenario scenario;
        /// The scenario as its name promises it: the defaults, the preset loaded, or the file opened or
        /// saved. The name says "modified" while the scenario differs from it.
        Scenario named;
        bool agiAssumed = true;
        friend bool operator==(const State &, const State &) = default;
    };

    explicit ScenarioDocument(QObject *parent = nullptr);
    ~ScenarioDocument() override;

    /// Derives a contract regime from every version of @p dataset; without the Oct 2025 and Apr 2026 terms
    /// (another agreement) the scenario model is unavailable, though the AGI year still applies to the
    /// agreement.
    void setDataset(const DatasetPtr &dataset);
    bool isAvailable() const;
    /// Whether a dataset was given at all (no dataset yet is no reason to explain unavailability).
    bool hasDataset() const { return m_hasDataset; }
    /// Every version of the dataset as a regime, usable or not.
    const RegimeCatalog &regimes() const { return m_regimes; }
    /// The regime derived for @p id (only when isAvailable()); the Apr 2026 terms for a regime the dataset
    /// lacks.
    const ContractRegime &contractRegime(const RegimeId &id) const;

    const Scenario &scenario() const { return m_state.scenario; }
    /// The projection of the scenario under its terms; empty while unavailable.
    const Projection &projection() const { return m_projection; }

    /// The scenario's name as shown: its own, or "untitled", and "modified" while its figures differ from what
    /// the name promises (the defaults, the preset loaded, the file opened or saved).
    QString displayName() const;
    /// The file the scenario was opened from or saved to; empty for none.
    QString filePath() const { return m_filePath; }
    /// True when the scenario has edits that are in no file.
    bool isModified() const;

    // Edits: each is one undoable step, and none happens when it would change nothing.
    /// Names an undo step in the current language; called again when the language changes.
    using StepName = std::function<QString()>;

    /// Replaces the scenario as one step named by @p stepName.
    void setScenario(const Scenario &scenario, const StepName &stepName);
    void setValue(AssumptionId id, double value);
    void resetValue(AssumptionId id);
    void setRegime(const RegimeId &id);
    /// Loads the bundled preset @p id ("bear", "base", "bull"); false if there is none.
    bool loadPreset(const QString &id);

    /// A slider drag: every value it sets until endDrag() merges into one step, and a drag that ends where
    /// it began leaves no step at all.
    void beginDrag();
    void endDrag();
    bool isDragging() const { return m_dragKey != 0; }

    /// The AGI year the agreement assumes; nullopt when it is not assumed.
    std::optional<int> assumedAgiYear() const;
    /// Assumes AGI verified at the start of @p year (clamped to the assumption's range), or, with 0, not at
    /// all. One undoable step.
    void setAgiYear(int year, Step step = Step::New);
    /// The same as restored state (the window's saved settings at start-up): not an undoable step, since
    /// the user did not just make it.
    void restoreAgiYear(int year);

    /// Draws a second projection dashed: the current assumptions under the other terms, or a preset.
    void compareWithOtherRegime();
    void compareWithPreset(const QString &id);
    void clearComparison();
    Comparison comparison() const { return m_comparison; }
    /// The preset compared with (Comparison::Preset only).
    QString comparedPresetId() const { return m_comparedPresetId; }
    /// What is drawn dashed, in the interface language ("Apr 2026 terms, same assumptions"); empty for none.
    QString comparisonName() const;
    /// The projection drawn dashed; nullopt without a comparison.
    const std::optional<Projection> &comparisonProjection() const { return m_comparisonProjection; }

    /// Reads a scenario file; on success it becomes the scenario as one step, with no unsaved edits. On
    /// errors the current scenario stays, and the result's diagnostics say why.
    ScenarioLoadResult open(const QString &path);
    /// Writes the scenario to @p path; on failure returns false with the reason in @p error.
    bool save(const QString &path, QString *error);

    QUndoStack *undoStack() const { return m_undoStack; }

Q_SIGNALS:
    /// The scenario (its name included), its projection or the AGI assumption changed (an edit, undo, redo
    /// or a new dataset).
    void changed();
    /// assumedAgiYear() changed; 0 when AGI is no longer assumed.
    void agiYearChanged(int year);
    void comparisonChanged();
    void availabilityChanged();
    /// isModified() changed, or the scenario was opened or saved (its file and name).
    void modifiedChanged();

private:
    void push(const StepName &stepName, const State &after, quint64 mergeKey = 0);
    void followLanguage();
    static QStringList givenNames();
    void apply(const State &state);
    void recompute();
    void updateComparison();

    State m_state;
    Projection m_projection;
    RegimeCatalog m_regimes;
    bool m_hasDataset = false;
    Comparison m_comparison = Comparison::None;
    QString m_comparedPresetId;
    RegimeId m_comparedPresetRegime = RegimeKind::Apr2026;
    std::optional<Projection> m_presetProjection;
    std::optional<Projection> m_comparisonProjection;
    QString m_filePath;
    quint64 m_lastMergeKey = TypingMergeKey; ///< merge keys: TypingMergeKey, then one per drag
    quint64 m_dragKey = 0;
    State m_dragStart; ///< the state when the current drag began
    QUndoStack *m_undoStack;
    QStringList m_givenNames; ///< givenNames() in the language they were last made in

    static constexpr quint64 TypingMergeKey = 1;
};

} // namespace Dealscope
