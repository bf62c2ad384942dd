// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/dataset.h"
#include "scenario/scenario.h"
#include "scenario/scenarioengine.h"
#include "scenario/scenarioregime.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QScrollArea;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QUndoStack;

namespace Dealscope {

class ScenarioChart;
class ScenarioFanChart;
class ScenarioSlider;
class ScenarioTableModel;
class ScenarioTornadoChart;

/// The scenario panel: the assumptions of the scenario model as grouped sliders, the projection as a
/// stacked chart, a table and KPIs, a sensitivity (tornado) and an AGI-year fan, under the Oct 2025 or
/// the Apr 2026 terms. Every change is one undoable step (a slider drag included); scenario files and
/// presets load through ScenarioFile. The panel computes nothing itself: the core's ScenarioEngine,
/// ScenarioTornado and ScenarioMonteCarlo do. Everything it shows is illustrative, not a forecast.
class ScenarioPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Comparison { None, OtherRegime, Preset };

    explicit ScenarioPanel(QWidget *parent = nullptr);
    ~ScenarioPanel() override;

    /// Derives both contract regimes from @p dataset; without them (another agreement) the panel is disabled.
    void setDataset(const DatasetPtr &dataset);
    bool isAvailable() const { return m_available; }

    const Scenario &scenario() const { return m_scenario; }
    const Projection &projection() const { return m_projection; }
    /// The regime the panel derived for @p kind (only when isAvailable()).
    const ContractRegime &contractRegime(RegimeKind kind) const;

    /// Replaces the scenario as one undoable step named @p undoText.
    void setScenario(const Scenario &scenario, const QString &undoText);
    void setRegime(RegimeKind kind);
    /// Loads the bundled preset @p id ("bear", "base", "bull"); false if there is none.
    bool loadPreset(const QString &id);
    /// Opens a scenario file. On errors shows them (file:line:column) in a dialog, keeps the current
    /// scenario and returns false.
    bool openScenarioFile(const QString &path);
    bool saveScenarioFile(const QString &path);
    /// Asks where to save the scenario and saves it there; false if the user cancelled or the save failed.
    bool chooseFileToSave();
    /// The errors of the last failed open, one per line.
    QString lastError() const { return m_lastError; }

    /// Draws a second projection dashed: the current assumptions under the other terms, or a preset.
    void compareWithOtherRegime();
    void compareWithPreset(const QString &id);
    void clearComparison();
    Comparison comparison() const { return m_comparison; }

    QUndoStack *undoStack() const { return m_undoStack; }
    QAction *openScenarioAction() const { return m_openAction; }
    QAction *saveScenarioAsAction() const { return m_saveAsAction; }

    ScenarioSlider *slider(AssumptionId id) const;
    ScenarioChart *chart() const { return m_chart; }
    ScenarioTableModel *tableModel() const { return m_tableModel; }
    QTableView *tableView() const { return m_table; }
    ScenarioTornadoChart *tornadoChart() const { return m_tornado; }
    ScenarioFanChart *fanChart() const { return m_fan; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *regimeCombo() const { return m_regimeCombo; }
    /// The KPI line as shown ("Cumulative 2025–2032: …").
    QString kpiText() const;
    /// Keys of the groups highlighted for the selected clause ("paas", "agi", …) and highlighted sliders.
    QStringList drivenGroups() const;
    QList<AssumptionId> drivenAssumptions() const;

public Q_SLOTS:
    /// Sets the AGI-year assumption from outside (the timeline's toolbar), clamped to its range, as an
    /// undoable step. Does not emit agiYearChanged().
    void setAgiYear(int year);
    /// Sets the AGI-year assumption as restored state (the window's saved settings at start-up): like
    /// setAgiYear(), but not an undoable step, since the user did not just make it.
    void restoreAgiYear(int year);
    /// Highlights the groups and sliders a clause drives: its scenario layers ("iaas", "paas", "saas",
    /// "revenueShare") and, when its end waits for AGI verification, the AGI year. Empty: no highlight.
    void showDrivenAssumptions(const QStringList &layers, bool endsAtAgi);

Q_SIGNALS:
    /// The user changed the AGI-year assumption (slider, spin box, undo, preset or file).
    void agiYearChanged(int year);
    void scenarioChanged();
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Section
    {
        AssumptionGroup group;
        QFrame *frame = nullptr;
        QToolButton *header = nullptr;
        QWidget *body = nullptr;
        QLabel *drivenNote = nullptr;
        bool driven = false;
    };

    void buildControls();
    QWidget *buildAssumptions();
    void retranslate();
    void applyScenario(const Scenario &scenario);
    void recompute();
    void updateKpis();
    void updateComparison();
    void scheduleSettled();
    void settled();
    void updateAnalysisTab();
    void pushChange(const QString &text, const Scenario &after, quint64 mergeKey = 0);
    void valueEdited(AssumptionId id, double value, bool dragging);
    void chooseFileToOpen();
    void fillMenus();
    void setSectionDriven(Section &section, bool driven);

    bool m_available = false;
    std::optional<ContractRegime> m_oct2025;
    std::optional<ContractRegime> m_apr2026;
    Scenario m_scenario;
    Projection m_projection;
    Comparison m_comparison = Comparison::None;
    std::optional<Projection> m_presetComparison;
    QString m_comparisonName;
    QString m_lastError;
    QString m_lastDirectory;
    bool m_dragging = false;
    bool m_externalAgi = false; ///< applying setAgiYear(): do not echo agiYearChanged()
    quint64 m_dragSerial = 1; ///< merge keys: 1 for outside AGI changes, then one per drag
    quint64 m_dragKey = 0;
    Scenario m_dragStart; ///< the scenario when the current drag began
    bool m_tornadoDirty = true;
    bool m_fanDirty = true;

    QUndoStack *m_undoStack;
    QAction *m_openAction;
    QAction *m_saveAsAction;
    QComboBox *m_regimeCombo = nullptr;
    QToolButton *m_presetButton = nullptr;
    QToolButton *m_compareButton = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_compareLabel = nullptr;
    QLabel *m_termsLabel = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLabel *m_unavailableLabel = nullptr;
    QScrollArea *m_scroll = nullptr;
    QList<Section> m_sections;
    QHash<int, ScenarioSlider *> m_sliders;
    QList<QLabel *> m_kpiValues;
    QLabel *m_kpiCaption = nullptr;
    QTabWidget *m_tabs = nullptr;
    ScenarioChart *m_chart = nullptr;
    ScenarioTableModel *m_tableModel = nullptr;
    QTableView *m_table = nullptr;
    ScenarioTornadoChart *m_tornado = nullptr;
    ScenarioFanChart *m_fan = nullptr;
    QTimer *m_settleTimer = nullptr;
};

} // namespace Dealscope
