// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenariobridgepage.h"

#include "scenario/scenariodocument.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Dealscope {

ScenarioBridgePage::ScenarioBridgePage(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_fromLabel(new QLabel(this))
    , m_fromCombo(new QComboBox(this))
    , m_toLabel(new QLabel(this))
    , m_toCombo(new QComboBox(this))
    , m_measureLabel(new QLabel(this))
    , m_measureCombo(new QComboBox(this))
    , m_chart(new ScenarioBridgeChart(this))
{
    setObjectName(QStringLiteral("bridgePage"));
    m_fromCombo->setObjectName(QStringLiteral("bridgeFromCombo"));
    m_toCombo->setObjectName(QStringLiteral("bridgeToCombo"));
    m_measureCombo->setObjectName(QStringLiteral("bridgeMeasureCombo"));
    m_fromLabel->setBuddy(m_fromCombo);
    m_toLabel->setBuddy(m_toCombo);
    m_measureLabel->setBuddy(m_measureCombo);
    m_measureCombo->addItem(QString(), int(ScenarioBridgeChart::Measure::Microsoft));
    m_measureCombo->addItem(QString(), int(ScenarioBridgeChart::Measure::RevenueShare));

    // Terms and measures have long names in some languages: the combos may shrink below their texts (the
    // popups show them whole), and the measure gets a row of its own, so the page never widens the window.
    for (QComboBox *combo : {m_fromCombo, m_toCombo, m_measureCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    auto *choices = new QGridLayout;
    choices->setContentsMargins(0, 2, 0, 0);
    choices->addWidget(m_fromLabel, 0, 0);
    choices->addWidget(m_fromCombo, 0, 1);
    choices->addWidget(m_toLabel, 0, 2);
    choices->addWidget(m_toCombo, 0, 3);
    choices->addWidget(m_measureLabel, 1, 0);
    choices->addWidget(m_measureCombo, 1, 1, 1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(choices);
    layout->addWidget(m_chart, 1);

    connect(m_fromCombo, &QComboBox::activated, this, &ScenarioBridgePage::refresh);
    connect(m_toCombo, &QComboBox::activated, this, &ScenarioBridgePage::refresh);
    connect(m_measureCombo, &QComboBox::activated, this,
            [this] { m_chart->setMeasure(ScenarioBridgeChart::Measure(m_measureCombo->currentData().toInt())); });
    connect(m_chart, &ScenarioBridgeChart::termClicked, this,
            [this](ContractTerm term) { Q_EMIT clausesRequested(ScenarioBridge::clauses(term)); });
    retranslate();
}

/// Lists every usable regime; keeps the choice, else the Oct 2025 (from) or Apr 2026 (to) terms.
void ScenarioBridgePage::fillCombo(QComboBox *combo, const RegimeId &fallback)
{
    const QString chosen = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    for (const RegimeId &id : m_document->regimes().usable())
        combo->addItem(regimeLabel(id), id.versionId());
    int row = combo->findData(chosen);
    if (row < 0)
        row = combo->findData(fallback.versionId());
    combo->setCurrentIndex(std::max(row, 0));
}

void ScenarioBridgePage::fillRegimes()
{
    fillCombo(m_fromCombo, RegimeKind::Oct2025);
    fillCombo(m_toCombo, RegimeKind::Apr2026);
}

void ScenarioBridgePage::refresh()
{
    if (!m_document->isAvailable())
        return;
    if (m_fromCombo->count() != m_document->regimes().usable().size())
        fillRegimes();
    const Scenario &scenario = m_document->scenario();
    const AssumptionValues values = scenario.values();
    const ContractRegime &from = m_document->contractRegime(RegimeId(m_fromCombo->currentData().toString()));
    const ContractRegime &to = m_document->contractRegime(RegimeId(m_toCombo->currentData().toString()));
    m_chart->setResult(
        ScenarioBridge::compute(from, to, values, ScenarioEngine::medianAgiYear(values), scenario.horizon));
}

void ScenarioBridgePage::highlightClause(const QString &clauseId)
{
    m_highlightedClause = clauseId;
    QList<ContractTerm> terms;
    for (const ContractTerm term : ScenarioBridge::allTerms()) {
        if (!clauseId.isEmpty() && ScenarioBridge::clauses(term).contains(clauseId))
            terms.append(term);
    }
    m_chart->highlightTerms(terms);
}

void ScenarioBridgePage::retranslate()
{
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("T&o:"));
    m_measureLabel->setText(tr("&Measure:"));
    m_measureCombo->setItemText(0, tr("Microsoft total"));
    m_measureCombo->setItemText(1, tr("Revenue share"));
    m_measureCombo->setToolTip(tr("Microsoft total: OpenAI-driven Azure revenue plus the revenue share, net of "
                                  "the share Microsoft paid OpenAI. Revenue share: that net share alone."));
    for (QComboBox *combo : {m_fromCombo, m_toCombo}) {
        for (int row = 0; row < combo->count(); ++row)
            combo->setItemText(row,
                               regimeLabel(m_document->regimes().resolved(RegimeId(combo->itemData(row).toString()))));
    }
}

} // namespace Dealscope
