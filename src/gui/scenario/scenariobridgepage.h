// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/charts/scenariobridgechart.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace Dealscope {

class ScenarioDocument;

/// The scenario panel's Bridge tab: which two regimes to bridge, which measure, and the waterfall. It reads the
/// document's scenario and regimes and has the core's ScenarioBridge compute the steps; it draws them only.
class ScenarioBridgePage : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioBridgePage(ScenarioDocument *document, QWidget *parent = nullptr);

    ScenarioBridgeChart *chart() const { return m_chart; }
    QComboBox *fromCombo() const { return m_fromCombo; }
    QComboBox *toCombo() const { return m_toCombo; }
    QComboBox *measureCombo() const { return m_measureCombo; }

    /// Computes the bridge for the document's current scenario and draws it.
    void refresh();
    /// Outlines the bars of the terms clause @p clauseId sets; empty: none.
    void highlightClause(const QString &clauseId);
    /// The regimes on offer changed (another dataset): lists them again.
    void fillRegimes();
    void retranslate();

Q_SIGNALS:
    /// A term's bar was clicked: select one of these clauses, the first the agreement shows.
    void clausesRequested(const QStringList &clauseIds);

private:
    void fillCombo(QComboBox *combo, const RegimeId &fallback);

    ScenarioDocument *m_document;
    QLabel *m_fromLabel;
    QComboBox *m_fromCombo;
    QLabel *m_toLabel;
    QComboBox *m_toCombo;
    QLabel *m_measureLabel;
    QComboBox *m_measureCombo;
    ScenarioBridgeChart *m_chart;
    QString m_highlightedClause;
};

} // namespace Dealscope
