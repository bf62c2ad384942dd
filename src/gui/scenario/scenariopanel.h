// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/scenarioassumptions.h"
#include "scenario/scenariodocument.h"
#include "scenario/scenariotablepage.h"

#include <QHash>
#include <QWidget>

class QAction;
class QActionGroup;
class QComboBox;
class QFrame;
class QLabel;
class QMenu;
class QScrollArea;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace Dealscope {

class ElidedLabel;
class ScenarioBridgePage;
class ScenarioChart;
class ScenarioFanChart;
class ScenarioFiles;
class ScenarioSlider;
class ScenarioTableModel;
class ScenarioTornadoChart;

/// The scenario panel: the assumptions of the scenario model as grouped sliders, the projection as a
/// stacked chart, a table and KPIs, a sensitivity (tornado), an AGI-year fan and the amendment bridge, under
/// the terms of any version of the agreement the model can read. It shows and edits a ScenarioDocument, which holds the
/// scenario and its undo history; the core's ScenarioEngine, ScenarioTornado and ScenarioMonteCarlo compute what it
/// draws. Everything it shows is illustrative, not a forecast.
class ScenarioPanel : public QWidget
{
    Q_OBJECT

public:
    /// Shows and edits @p document; its Open Scenario… and Save Scenario As… buttons use @p files, or files
    /// of its own when null.
    explicit ScenarioPanel(ScenarioDocument *document, ScenarioFiles *files = nullptr, QWidget *parent = nullptr);
    ~ScenarioPanel() override;

    ScenarioDocument *document() const { return m_document; }

    /// Loads the bundled preset @p id and says so in the status line; false if there is none.
    bool loadPreset(const QString &id);
    /// Opening and saving scenario files.
    ScenarioFiles *files() const { return m_files; }

    ScenarioSlider *slider(AssumptionId id) const;
    ScenarioChart *chart() const { return m_chart; }
    ScenarioTableModel *tableModel() const { return m_tablePage->projectionModel(); }
    QTableView *tableView() const { return m_tablePage->tableView(); }
    ScenarioTablePage *tablePage() const { return m_tablePage; }
    ScenarioTornadoChart *tornadoChart() const { return m_tornado; }
    ScenarioFanChart *fanChart() const { return m_fan; }
    ScenarioBridgePage *bridgePage() const { return m_bridge; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *regimeCombo() const { return m_regimeCombo; }
    /// The Compare with menu: checkable entries in one exclusive group, the document's comparison checked.
    QMenu *compareMenu() const;
    /// The KPI line as shown ("Cumulative 2025–2032: …").
    QString kpiText() const;
    /// Keys of the groups highlighted for the selected clause ("paas", "agi", …) and highlighted sliders.
    QStringList drivenGroups() const;
    QList<AssumptionId> drivenAssumptions() const;

public Q_SLOTS:
    /// Highlights the groups and sliders a clause drives: its scenario layers ("iaas", "paas", "saas",
    /// "revenueShare") and, when its end waits for AGI verification, the AGI year. Empty: no highlight.
    void showDrivenAssumptions(const QStringList &layers, bool endsAtAgi);
    /// Outlines the bridge's bars of the terms clause @p clauseId sets; empty: none.
    void highlightClause(const QString &clauseId);

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// A bar of the bridge was clicked: select the first of these clauses the agreement shows.
    void clausesRequested(const QStringList &clauseIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Section
    {
        AssumptionGroup group;
        QFrame *frame = nullptr;
        QToolButton *header = nullptr;
        QWidget *body = nullptr;
        ElidedLabel *drivenNote = nullptr;
        QLabel *unpublishedNote = nullptr; ///< only on the split's group
        bool driven = false;
    };

    void buildControls();
    QWidget *buildAssumptions();
    void fitAssumptionsWidth();
    void retranslate();
    void availabilityChanged();
    void showScenario();
    void showName();
    void showComparison();
    void showCompareLabel();
    void showComparisonChoice();
    void updateKpis();
    void scheduleSettled();
    void updateAnalysisTab();
    void fillRegimeCombo();
    void fillMenus();
    void setSectionDriven(Section &section, bool driven);

    ScenarioDocument *m_document;
    ScenarioFiles *m_files;
    bool m_tornadoDirty = true;
    bool m_fanDirty = true;
    bool m_bridgeDirty = true;

    QComboBox *m_regimeCombo = nullptr;
    QToolButton *m_presetButton = nullptr;
    QToolButton *m_compareButton = nullptr;
    QActionGroup *m_compareGroup = nullptr;
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
    ScenarioTablePage *m_tablePage = nullptr;
    ScenarioTornadoChart *m_tornado = nullptr;
    ScenarioFanChart *m_fan = nullptr;
    ScenarioBridgePage *m_bridge = nullptr;
    QTimer *m_settleTimer = nullptr;
};

} // namespace Dealscope
