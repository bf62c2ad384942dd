// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenariopanel.h"

#include "accessibility/accessibleinterfaces.h"

#include "scenario/charts/scenariochart.h"
#include "scenario/charts/scenariofanchart.h"
#include "scenario/charts/scenariotornadochart.h"
#include "scenario/fantablemodel.h"
#include "scenario/scenariobridgepage.h"
#include "scenario/scenariocommands.h"
#include "scenario/scenariofile.h"
#include "scenario/scenariofiles.h"
#include "scenario/scenariolabels.h"
#include "scenario/scenariomontecarlo.h"
#include "scenario/scenarioslider.h"
#include "scenario/scenariotablemodel.h"
#include "scenario/scenariotablepage.h"
#include "scenario/scenariotornado.h"
#include "scenario/sensitivitytablemodel.h"
#include "widgets/elidedlabel.h"
#include "widgets/undoaction.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSlider>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Dealscope {

namespace {

constexpr int KpiToYear = 2032;

enum Kpi { KpiIaas, KpiPaas, KpiSaas, KpiStack, KpiShare, KpiOpenaiShare, KpiCount };

/// The KPI figures' names, shown as their tooltips, in the order of Kpi.
QStringList kpiNames()
{
    return {ScenarioPanel::tr("IaaS"),          ScenarioPanel::tr("PaaS"),
            ScenarioPanel::tr("SaaS"),          ScenarioPanel::tr("Azure stack"),
            ScenarioPanel::tr("Revenue share"), ScenarioPanel::tr("OpenAI-driven share of the stack")};
}

QString unavailableText()
{
    return ScenarioPanel::tr("The scenario model needs the Microsoft–OpenAI agreement's versions of 28 Oct "
                             "2025 and 27 Apr 2026; the open dataset lacks them.");
}

/// The note under the chart; the same text lupdate files under ScenarioPanel.
QString illustrativeNote()
{
    return ScenarioPanel::tr("<b>Illustrative model — not a forecast</b>, nor legal or investment advice. The "
                             "IaaS/PaaS/SaaS split is not published by Microsoft: it is an assumption, as is every "
                             "value marked “assumption”.");
}

/// The groups a clause's scenario layer drives.
QList<AssumptionGroup> groupsForLayer(const QString &layer)
{
    if (layer == QLatin1String("iaas"))
        return {AssumptionGroup::Compute, AssumptionGroup::Commitment};
    if (layer == QLatin1String("paas"))
        return {AssumptionGroup::PaaS};
    if (layer == QLatin1String("saas"))
        return {AssumptionGroup::SaaS};
    if (layer == QLatin1String("revenueShare"))
        return {AssumptionGroup::RevenueShare};
    return {};
}

} // namespace

ScenarioPanel::ScenarioPanel(ScenarioDocument *document, ScenarioFiles *files, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_files(files ? files : new ScenarioFiles(document, this))
    , m_settleTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("scenarioPanel"));
    if (!files) // its own: what it opens and saves is reported as the panel's
        connect(m_files, &ScenarioFiles::statusMessage, this, &ScenarioPanel::statusMessage);

    m_settleTimer->setSingleShot(true);
    m_settleTimer->setInterval(0);
    connect(m_settleTimer, &QTimer::timeout, this, &ScenarioPanel::updateAnalysisTab);

    buildControls();
    retranslate();
    connect(m_document, &ScenarioDocument::changed, this, &ScenarioPanel::showScenario);
    connect(m_document, &ScenarioDocument::modifiedChanged, this, &ScenarioPanel::showName);
    connect(m_document, &ScenarioDocument::comparisonChanged, this, [this] {
        if (m_document->isAvailable())
            showComparison();
    });
    connect(m_document, &ScenarioDocument::availabilityChanged, this, &ScenarioPanel::availabilityChanged);
    availabilityChanged();
    showScenario();
}

ScenarioPanel::~ScenarioPanel() = default;

void ScenarioPanel::buildControls()
{
    // Top row: terms, presets, comparison, files, undo.
    m_regimeCombo = new QComboBox(this);
    m_regimeCombo->setObjectName(QStringLiteral("regimeCombo"));
    // Every version is listed, some with a long reason: the popup shows them whole, the row stays narrow.
    m_regimeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_regimeCombo->setMinimumContentsLength(20);
    connect(m_regimeCombo, &QComboBox::activated, this, [this](int row) {
        m_document->setRegime(RegimeId(m_regimeCombo->itemData(row).toString()));
        showScenario(); // the combo shows the document's terms even when nothing changed
    });
    m_termsLabel = new QLabel(this);
    m_termsLabel->setObjectName(QStringLiteral("termsLabel"));
    m_termsLabel->setBuddy(m_regimeCombo);

    m_presetButton = new QToolButton(this);
    m_presetButton->setObjectName(QStringLiteral("presetButton"));
    m_presetButton->setPopupMode(QToolButton::InstantPopup);
    m_presetButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_presetButton->setMenu(new QMenu(m_presetButton));

    m_compareButton = new QToolButton(this);
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_compareButton->setPopupMode(QToolButton::InstantPopup);
    m_compareButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_compareButton->setMenu(new QMenu(m_compareButton));

    const auto toolButton = [this](QAction *action) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };
    QAction *undo = new UndoAction(m_document->undoStack(), UndoAction::Kind::Undo, this);
    QAction *redo = new UndoAction(m_document->undoStack(), UndoAction::Kind::Redo, this);

    // Above the figures rather than in the row of buttons: a long name ("Bull preset under the
    // October 2025 terms (modified)") wraps there instead of widening the window.
    m_nameLabel = new QLabel(this);
    m_nameLabel->setObjectName(QStringLiteral("scenarioName"));
    m_nameLabel->setTextFormat(Qt::PlainText);
    m_nameLabel->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_termsLabel);
    top->addWidget(m_regimeCombo);
    top->addWidget(m_presetButton);
    top->addWidget(m_compareButton);
    top->addSpacing(8);
    top->addWidget(toolButton(m_files->openAction()));
    top->addWidget(toolButton(m_files->saveAsAction()));
    top->addWidget(toolButton(undo));
    top->addWidget(toolButton(redo));
    top->addStretch(1);

    // KPIs: cumulative 2025–2032 per layer and the OpenAI-driven share of the stack.
    m_kpiCaption = new QLabel(this);
    m_kpiCaption->setObjectName(QStringLiteral("kpiCaption"));
    // The caption, then the figures in rows of three: one row of seven is wider than the window in
    // several languages.
    auto *kpis = new QGridLayout;
    kpis->setContentsMargins(0, 0, 0, 0);
    kpis->setHorizontalSpacing(16);
    kpis->setVerticalSpacing(0);
    kpis->addWidget(m_kpiCaption, 0, 0, 1, 4);
    for (int i = 0; i < KpiCount; ++i) {
        auto *value = new QLabel(this);
        value->setObjectName(QStringLiteral("kpi%1").arg(i));
        value->setTextFormat(Qt::RichText);
        value->setWordWrap(true); // a long label in a narrow window takes two lines, not the window's width
        m_kpiValues.append(value);
        kpis->addWidget(value, 1 + i / 3, i % 3);
    }
    kpis->setColumnStretch(3, 1);

    m_compareLabel = new QLabel(this);
    m_compareLabel->setObjectName(QStringLiteral("compareLabel"));
    m_compareLabel->setTextFormat(Qt::PlainText);
    // Its line stays reserved while there is no comparison, so starting one does not push the chart down.
    QSizePolicy comparePolicy = m_compareLabel->sizePolicy();
    comparePolicy.setRetainSizeWhenHidden(true);
    m_compareLabel->setSizePolicy(comparePolicy);
    m_compareLabel->hide();

    m_chart = new ScenarioChart(this);
    m_tablePage = new ScenarioTablePage(this);
    connect(m_tablePage, &ScenarioTablePage::contentChanged, this, &ScenarioPanel::updateAnalysisTab);
    m_tornado = new ScenarioTornadoChart(this);
    m_fan = new ScenarioFanChart(this);
    m_bridge = new ScenarioBridgePage(m_document, this);
    connect(m_bridge, &ScenarioBridgePage::clausesRequested, this, &ScenarioPanel::clausesRequested);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("scenarioTabs"));
    m_tabs->setDocumentMode(true);
    for (QWidget *page : std::initializer_list<QWidget *> {m_chart, m_tablePage, m_tornado, m_fan, m_bridge})
        m_tabs->addTab(page, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, &ScenarioPanel::updateAnalysisTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ScenarioPanel::showCompareLabel);

    auto *note = m_noteLabel = new QLabel(this);
    note->setObjectName(QStringLiteral("illustrativeNote"));
    note->setWordWrap(true);

    m_unavailableLabel = new QLabel(this);
    m_unavailableLabel->setObjectName(QStringLiteral("unavailableLabel"));
    m_unavailableLabel->setWordWrap(true);
    m_unavailableLabel->hide();

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(4);
    rightLayout->addWidget(m_nameLabel);
    rightLayout->addLayout(kpis);
    rightLayout->addWidget(m_compareLabel);
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addWidget(note);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("scenarioSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildAssumptions());
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_unavailableLabel);
    layout->addWidget(splitter, 1);
}

QWidget *ScenarioPanel::buildAssumptions()
{
    auto *container = new QWidget;
    container->setObjectName(QStringLiteral("assumptionList"));
    auto *list = new QVBoxLayout(container);
    list->setContentsMargins(2, 2, 2, 2);
    list->setSpacing(4);

    const QList<AssumptionInfo> &all = ScenarioAssumptions::all();
    for (const AssumptionInfo &info : all) {
        if (m_sections.isEmpty() || m_sections.constLast().group != info.group) {
            Section section;
            section.group = info.group;
            section.frame = new QFrame(container);
            section.frame->setObjectName(QStringLiteral("section_") + ScenarioAssumptions::groupKey(info.group));
            auto *frameLayout = new QVBoxLayout(section.frame);
            frameLayout->setContentsMargins(2, 2, 2, 2);
            frameLayout->setSpacing(0);

            auto *headerRow = new QHBoxLayout;
            section.header = new QToolButton(section.frame);
            markAsFoldingHeading(section.header); // read as a heading that folds, not a check box
            section.header->setCheckable(true);
            section.header->setChecked(true);
            section.header->setArrowType(Qt::DownArrow);
            section.header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            section.header->setAutoRaise(true);
            QFont bold = section.header->font();
            bold.setBold(true);
            section.header->setFont(bold);
            headerRow->addWidget(section.header);
            // Elided in the room the heading leaves: shown or hidden as a clause is selected, it must not
            // widen the list, which would then scroll sideways out of reach.
            section.drivenNote = new ElidedLabel(section.frame);
            section.drivenNote->setObjectName(QStringLiteral("drivenNote"));
            section.drivenNote->hide();
            headerRow->addWidget(section.drivenNote, 1);
            headerRow->addStretch(0); // keeps the heading at the left while the note is hidden
            frameLayout->addLayout(headerRow);
            if (info.group == AssumptionGroup::Split) {
                // On a line of its own under the heading: beside it, the two made the list too wide in German.
                auto *unpublished = section.unpublishedNote = new QLabel(section.frame);
                unpublished->setObjectName(QStringLiteral("splitNotPublished"));
                unpublished->setStyleSheet(
                    QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 3px; padding: 0px 4px; }"));
                auto *noteRow = new QHBoxLayout;
                noteRow->setContentsMargins(8, 0, 0, 2);
                noteRow->addWidget(unpublished);
                noteRow->addStretch(1);
                frameLayout->addLayout(noteRow);
            }

            section.body = new QWidget(section.frame);
            auto *bodyLayout = new QVBoxLayout(section.body);
            bodyLayout->setContentsMargins(0, 0, 0, 0);
            bodyLayout->setSpacing(0);
            frameLayout->addWidget(section.body);
            QToolButton *header = section.header;
            QWidget *body = section.body;
            connect(header, &QToolButton::toggled, body, [header, body](bool open) {
                body->setVisible(open);
                header->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
            });
            list->addWidget(section.frame);
            m_sections.append(section);
            setSectionDriven(m_sections.last(), false);
        }
        auto *slider = new ScenarioSlider(info, m_sections.constLast().body);
        m_sections.constLast().body->layout()->addWidget(slider);
        if (m_sliders.isEmpty()) {
            // The page is for moving sliders: reached by its shortcut, the keyboard lands on the first, not on
            // the terms above them, which the arrow keys would change unseen. Alt+T reaches the terms.
            setFocusProxy(slider->slider());
        }
        m_sliders.insert(int(info.id), slider);
        connect(slider, &ScenarioSlider::valueEdited, m_document,
                [this](AssumptionId id, double value) { m_document->setValue(id, value); });
        connect(slider, &ScenarioSlider::dragStarted, this, [this] {
            m_chart->setDragging(true); // axes that hold still, a quicker paint
            m_document->beginDrag();
        });
        connect(slider, &ScenarioSlider::dragFinished, this, [this] {
            m_document->endDrag();
            m_chart->setDragging(false);
            scheduleSettled();
        });
        connect(slider, &ScenarioSlider::resetRequested, m_document, &ScenarioDocument::resetValue);
    }
    list->addStretch(1);

    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("assumptionScroll"));
    m_scroll->setWidget(container);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Tab goes from the toolbar straight to the first slider; the area scrolls to the focused row.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    fitAssumptionsWidth();
    return m_scroll;
}

ScenarioSlider *ScenarioPanel::slider(AssumptionId id) const
{
    return m_sliders.value(int(id));
}

void ScenarioPanel::availabilityChanged()
{
    const bool available = m_document->isAvailable();
    setEnabled(available);
    fillRegimeCombo();
    m_bridge->fillRegimes();
    m_unavailableLabel->setVisible(m_document->hasDataset() && !available);
}

/// Shows the document's scenario: sliders, terms, name, and everything computed from it.
void ScenarioPanel::showScenario()
{
    const Scenario &scenario = m_document->scenario();
    for (auto it = m_sliders.cbegin(); it != m_sliders.cend(); ++it) {
        const auto id = AssumptionId(it.key());
        it.value()->setValue(scenario.value(id), scenario.isOverridden(id));
    }
    {
        const QSignalBlocker block(m_regimeCombo);
        if (m_regimeCombo->count() != m_document->regimes().entries().size())
            fillRegimeCombo(); // another dataset: other versions
        m_regimeCombo->setCurrentIndex(m_regimeCombo->findData(scenario.regime.versionId()));
    }
    showName();
    if (!m_document->isAvailable())
        return;
    // Setting a comparison redraws the chart; without one before or now there is nothing to set.
    if (m_document->comparisonProjection() || m_chart->hasComparison())
        showComparison();
    m_chart->setAgiAssumedByAgreement(m_document->assumedAgiYear().has_value());
    const ContractRegime &terms = m_document->contractRegime(scenario.regime);
    m_chart->setRevenueShareCap(terms.revenueShareCapped ? std::optional(scenario.value(AssumptionId::RevenueShareCap))
                                                         : std::nullopt);
    m_chart->setProjection(m_document->projection(), regimeLabel(scenario.regime));
    m_tablePage->projectionModel()->setProjection(m_document->projection());
    updateKpis();
    m_tornadoDirty = true;
    m_fanDirty = true;
    // The bridge follows a drag live: it takes a few milliseconds at most (benchmarks/scenario).
    m_bridgeDirty = true;
    if (m_tabs->currentWidget() == m_bridge) {
        m_bridge->refresh();
        m_bridgeDirty = false;
    }
    scheduleSettled();
}

/// Every version of the dataset; those without the terms the model needs are listed, disabled, with why.
void ScenarioPanel::fillRegimeCombo()
{
    const QSignalBlocker block(m_regimeCombo);
    m_regimeCombo->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_regimeCombo->model());
    for (const RegimeCatalog::Entry &entry : m_document->regimes().entries()) {
        m_regimeCombo->addItem(regimeLabel(entry.id), entry.id.versionId());
        const int row = m_regimeCombo->count() - 1;
        if (entry.usable())
            continue;
        m_regimeCombo->setItemText(row, tr("%1 (not usable)").arg(regimeLabel(entry.id)));
        m_regimeCombo->setItemData(
            row, tr("The model cannot run under this version: %1").arg(entry.problems.join(QStringLiteral("; "))),
            Qt::ToolTipRole);
        if (model)
            model->item(row)->setEnabled(false);
    }
    m_regimeCombo->setCurrentIndex(m_regimeCombo->findData(m_document->scenario().regime.versionId()));
}

void ScenarioPanel::showName()
{
    m_nameLabel->setText(tr("Scenario: %1").arg(m_document->displayName()));
    // Escaped: a scenario file's description that starts with a tag would be rich text that loads images.
    const QString description = m_document->scenario().description;
    m_nameLabel->setToolTip(description.isEmpty() ? QString() : Qt::convertFromPlainText(description));
}

void ScenarioPanel::updateKpis()
{
    const Projection &projection = m_document->projection();
    const QLocale locale;
    const int from = projection.firstYear();
    const int to = std::min(KpiToYear, projection.lastYear());
    double parts[3] = {0.0, 0.0, 0.0};
    double openai = 0.0;
    for (const ProjectionYear &year : projection.years) {
        if (year.year < from || year.year > to)
            continue;
        parts[0] += year.iaas.total();
        parts[1] += year.paas.total();
        parts[2] += year.saas.total();
        openai += year.openaiTotal();
    }
    const double stack = parts[0] + parts[1] + parts[2];
    const double share = projection.cumulativeRevenueShare(from, to);
    m_kpiCaption->setText(tr("Cumulative %1–%2, USD billions:").arg(from).arg(to));
    const QStringList names = {tr("IaaS"), tr("PaaS"), tr("SaaS"), tr("Azure stack"), tr("Revenue share")};
    const double values[] = {parts[0], parts[1], parts[2], stack, share};
    for (int i = 0; i < KpiOpenaiShare; ++i)
        m_kpiValues[i]->setText(QStringLiteral("%1 <b>%2</b>").arg(names[i], locale.toString(values[i], 'f', 0)));
    // The figure and its sign stay on one line, whichever space the translation put between them.
    m_kpiValues[KpiOpenaiShare]->setText(tr("OpenAI-driven share of the stack <b>%1 %</b>")
                                             .arg(locale.toString(stack > 0 ? 100.0 * openai / stack : 0.0, 'f', 1))
                                             .replace(QStringLiteral(" %</b>"), QStringLiteral("\u00a0%</b>")));
}

QMenu *ScenarioPanel::compareMenu() const
{
    return m_compareButton->menu();
}

QString ScenarioPanel::kpiText() const
{
    QStringList parts {m_kpiCaption->text()};
    for (QLabel *label : m_kpiValues)
        parts.append(label->text().remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>")));
    return parts.join(u' ');
}

void ScenarioPanel::showComparison()
{
    const std::optional<Projection> &other = m_document->comparisonProjection();
    m_chart->setComparisonName(m_document->comparisonName());
    m_chart->setComparison(other);
    m_tablePage->projectionModel()->setComparison(other, m_document->comparisonName());
    m_compareLabel->setText(tr("Dashed: %1").arg(m_document->comparisonName()));
    showCompareLabel();
    showComparisonChoice();
}

/// "Dashed: …" only where the comparison is drawn: on the chart, and in the table it adds columns to.
void ScenarioPanel::showCompareLabel()
{
    const QWidget *tab = m_tabs->currentWidget();
    m_compareLabel->setVisible(m_document->comparisonProjection().has_value()
                               && (tab == m_chart || tab == m_tablePage));
}

/// Checks the Compare with entry that names the document's comparison.
void ScenarioPanel::showComparisonChoice()
{
    QString key;
    switch (m_document->comparison()) {
    case ScenarioDocument::Comparison::None:
        key = QStringLiteral("none");
        break;
    case ScenarioDocument::Comparison::OtherRegime:
        key = QStringLiteral("other");
        break;
    case ScenarioDocument::Comparison::Preset:
        key = QStringLiteral("preset:") + m_document->comparedPresetId();
        break;
    }
    const QList<QAction *> actions = m_compareButton->menu()->actions();
    for (QAction *action : actions) {
        if (action->isCheckable())
            action->setChecked(action->data().toString() == key);
    }
}

bool ScenarioPanel::loadPreset(const QString &id)
{
    if (!m_document->loadPreset(id))
        return false;
    Q_EMIT statusMessage(tr("Loaded the %1").arg(ScenarioLabels::preset(id)));
    return true;
}

void ScenarioPanel::scheduleSettled()
{
    if (!m_document->isDragging())
        m_settleTimer->start();
}

void ScenarioPanel::updateAnalysisTab()
{
    // Sensitivity and the Monte Carlo are recomputed only once a change has settled (never during a
    // drag) and only for the tab on show; both take a few milliseconds.
    if (!m_document->isAvailable() || m_document->isDragging())
        return;
    const Scenario &scenario = m_document->scenario();
    const ContractRegime &regime = m_document->contractRegime(scenario.regime);
    // The Table can show either analysis too.
    const QWidget *shown = m_tabs->currentWidget();
    const bool tableShows = shown == m_tablePage;
    if (m_tornadoDirty
        && (shown == m_tornado || (tableShows && m_tablePage->content() == ScenarioTablePage::Content::Sensitivity))) {
        const TornadoResult result = ScenarioTornado::run(regime, scenario.values());
        m_tornado->setResult(result);
        m_tablePage->sensitivityModel()->setResult(result);
        m_tornadoDirty = false;
    } else if (m_fanDirty
               && (shown == m_fan || (tableShows && m_tablePage->content() == ScenarioTablePage::Content::Fan))) {
        const MonteCarloResult result = ScenarioMonteCarlo::run(regime, scenario.values(), scenario.horizon);
        m_fan->setResult(result);
        m_tablePage->fanModel()->setResult(result);
        m_fanDirty = false;
    } else if (shown == m_bridge && m_bridgeDirty) {
        m_bridge->refresh();
        m_bridgeDirty = false;
    }
}

void ScenarioPanel::setSectionDriven(Section &section, bool driven)
{
    section.driven = driven;
    section.drivenNote->setVisible(driven);
    const QString name = section.frame->objectName();
    section.frame->setStyleSheet(
        driven ? QStringLiteral("QFrame#%1 { border: 2px solid palette(highlight); border-radius: 4px; }").arg(name)
               : QStringLiteral("QFrame#%1 { border: 2px solid transparent; }").arg(name));
}

void ScenarioPanel::showDrivenAssumptions(const QStringList &layers, bool endsAtAgi)
{
    QList<AssumptionGroup> groups;
    for (const QString &layer : layers)
        groups += groupsForLayer(layer);
    QFrame *first = nullptr;
    for (Section &section : m_sections) {
        const bool driven = groups.contains(section.group);
        setSectionDriven(section, driven);
        if (driven) {
            section.header->setChecked(true);
            if (!first)
                first = section.frame;
        }
    }
    for (ScenarioSlider *slider : std::as_const(m_sliders)) {
        const AssumptionId id = slider->id();
        const bool driven = (endsAtAgi && id == AssumptionId::AgiMedianYear)
            || (layers.contains(QLatin1String("paas")) && id == AssumptionId::PaasRetention)
            || (layers.contains(QLatin1String("paas")) && id == AssumptionId::PaasRetentionAzureFirst);
        slider->setHighlighted(driven);
        if (driven && !first)
            first = slider->parentWidget() ? qobject_cast<QFrame *>(slider->parentWidget()->parentWidget()) : nullptr;
    }
    if (first)
        m_scroll->ensureWidgetVisible(first, 0, 0);
}

void ScenarioPanel::highlightClause(const QString &clauseId)
{
    m_bridge->highlightClause(clauseId);
}

QStringList ScenarioPanel::drivenGroups() const
{
    QStringList keys;
    for (const Section &section : m_sections) {
        if (section.driven)
            keys.append(ScenarioAssumptions::groupKey(section.group));
    }
    return keys;
}

QList<AssumptionId> ScenarioPanel::drivenAssumptions() const
{
    QList<AssumptionId> ids;
    for (const AssumptionInfo &info : ScenarioAssumptions::all()) {
        if (m_sliders.value(int(info.id))->isHighlighted())
            ids.append(info.id);
    }
    return ids;
}

/// The Presets and Compare with menus, in the current language.
void ScenarioPanel::fillMenus()
{
    QMenu *presets = m_presetButton->menu();
    presets->clear();
    for (const QString &id : ScenarioFile::presetIds())
        presets->addAction(ScenarioLabels::preset(id), this, [this, id] { loadPreset(id); });
    QMenu *compare = m_compareButton->menu();
    compare->clear();
    delete m_compareGroup;
    m_compareGroup = new QActionGroup(compare);
    m_compareGroup->setExclusive(true);
    // Each entry is checkable and keyed by what it compares with; showComparisonChoice() checks the current one.
    const auto addChoice = [this, compare](const QString &text, const QString &key, auto slot) {
        QAction *action = compare->addAction(text, m_document, slot);
        action->setCheckable(true);
        action->setData(key);
        m_compareGroup->addAction(action);
    };
    addChoice(tr("Nothing"), QStringLiteral("none"), &ScenarioDocument::clearComparison);
    addChoice(tr("The other terms, same assumptions"), QStringLiteral("other"),
              &ScenarioDocument::compareWithOtherRegime);
    compare->addSeparator();
    for (const QString &id : ScenarioFile::presetIds())
        addChoice(ScenarioLabels::preset(id), QStringLiteral("preset:") + id,
                  [this, id] { m_document->compareWithPreset(id); });
    showComparisonChoice();
}

void ScenarioPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

/// Every text the panel sets itself, at construction and again on a change of language, and everything
/// computed into text (figures, chart title) in the new language and locale; sliders and charts
/// retranslate themselves.
void ScenarioPanel::retranslate()
{
    fillRegimeCombo();
    m_regimeCombo->setToolTip(tr("The contract terms the projection runs under: each version of the agreement "
                                 "whose terms the model can read, with the dates the dataset gives"));
    m_bridge->retranslate();
    m_termsLabel->setText(tr("&Terms:"));
    m_noteLabel->setText(illustrativeNote());
    m_presetButton->setText(tr("Presets"));
    m_tabs->setAccessibleName(tr("Scenario views"));
    m_compareButton->setText(tr("Compare with"));
    m_compareButton->setToolTip(tr("Draw a second scenario dashed on the chart"));
    fillMenus();
    const QStringList names = kpiNames();
    for (int i = 0; i < std::min(int(names.size()), int(m_kpiValues.size())); ++i)
        m_kpiValues.at(i)->setToolTip(names.at(i));
    m_unavailableLabel->setText(unavailableText());
    const QStringList tabs = {tr("Chart"), tr("Table"), tr("Sensitivity"), tr("AGI-year fan"), tr("Bridge")};
    for (int tab = 0; tab < std::min(int(tabs.size()), m_tabs->count()); ++tab)
        m_tabs->setTabText(tab, tabs.at(tab));
    for (const Section &section : std::as_const(m_sections)) {
        section.header->setText(ScenarioAssumptions::groupLabel(section.group));
        section.drivenNote->setText(tr("◆ driven by the selected clause"));
        if (section.unpublishedNote) {
            section.unpublishedNote->setText(tr("⚠ not published by Microsoft"));
            section.unpublishedNote->setToolTip(
                tr("Microsoft reports “Azure and other cloud services” without an IaaS / PaaS / SaaS split "
                   "(fact sheet §3a, X). The split here is an assumption."));
        }
    }
    fitAssumptionsWidth();
    showScenario();
    if (m_document->isAvailable())
        updateAnalysisTab();
}

/// The list of assumptions is as wide as its rows need, in the language shown: it does not scroll sideways,
/// so a row wider than it would be cut, or shift the whole list once a field at its edge takes the focus.
void ScenarioPanel::fitAssumptionsWidth()
{
    if (!m_scroll || !m_scroll->widget())
        return;
    const QWidget *list = m_scroll->widget();
    const int scrollBar = m_scroll->verticalScrollBar()->sizeHint().width();
    const int needed = std::max(list->sizeHint().width(), list->minimumSizeHint().width());
    m_scroll->setMinimumWidth(needed + scrollBar + 2 * m_scroll->frameWidth());
}

} // namespace Dealscope
