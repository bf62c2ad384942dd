// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/charts/scenariochartview.h"
#include "scenario/scenariobridge.h"

#include <QFont>
#include <QList>
#include <QStringList>

#include <optional>

class QBarCategoryAxis;
class QBarSet;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QHorizontalBarSeries;
class QValueAxis;

namespace Dealscope {

/// The amendment bridge as a waterfall, top to bottom: the first regime's cumulative figure, one floating
/// bar per term that differs (its Shapley step, from ScenarioBridge), and the second regime's figure. Every
/// bar carries its value. Clicking a term's bar emits termClicked(); highlightTerms() marks bars.
class ScenarioBridgeChart : public ScenarioChartView
{
    Q_OBJECT

public:
    enum class Measure { Microsoft, RevenueShare };

    explicit ScenarioBridgeChart(QWidget *parent = nullptr);

    void setResult(const BridgeResult &result);
    const std::optional<BridgeResult> &result() const { return m_result; }
    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }
    /// Outlines the bars of @p terms (the terms a selected clause sets); empty: none.
    void highlightTerms(const QList<ContractTerm> &terms);
    QList<ContractTerm> highlightedTerms() const { return m_highlighted; }

    /// The bar names as drawn, top to bottom, and the value written at each.
    QStringList shownLabels() const { return m_labels; }
    QStringList valueLabels() const;
    /// The term whose bar is at @p position (viewport coordinates), if any.
    std::optional<ContractTerm> termAt(const QPoint &position) const;
    /// Where the bar of @p term is drawn, in viewport coordinates; empty if it is not drawn.
    QRect barRect(ContractTerm term) const;

Q_SIGNALS:
    void termClicked(Dealscope::ContractTerm term);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    /// One row of the waterfall, top to bottom.
    struct Row
    {
        std::optional<ContractTerm> term; ///< empty: a regime's total
        double from = 0.0;
        double to = 0.0;
    };

    void retranslate() override;
    void applyPalette(const ChartPalette &colors) override;
    void colourValues(const ChartPalette &colors);
    void rebuild();
    void placeBars();
    void fitValueAxis();
    void fitCategories();
    double measureOf(const BridgeMeasures &measures) const;

    QHorizontalBarSeries *m_series; ///< empty sets: the category axis and the legend's swatches
    QBarSet *m_totalSet;
    QBarSet *m_upSet;
    QBarSet *m_downSet;
    QBarCategoryAxis *m_axisY;
    QValueAxis *m_axisX;
    QList<Row> m_rows;
    QList<QGraphicsRectItem *> m_bars; ///< one per row, top to bottom
    QList<QGraphicsRectItem *> m_bands; ///< one per row: the shading of a row whose term is selected
    QList<QGraphicsSimpleTextItem *> m_values;
    QStringList m_labels;
    QFont m_baseLabelFont;
    std::optional<BridgeResult> m_result;
    Measure m_measure = Measure::Microsoft;
    QList<ContractTerm> m_highlighted;
};

} // namespace Dealscope
