// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/charts/scenariochartview.h"
#include "scenario/scenariotornado.h"

#include <QFont>
#include <QStringList>

#include <optional>

class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
class QHorizontalBarSeries;
class QValueAxis;

namespace Dealscope {

/// Sensitivity as horizontal bars: for the assumptions with the largest swing, the change in cumulative
/// Microsoft revenue 2025–2032 with the assumption at its minimum and at its maximum. Largest swing on top.
class ScenarioTornadoChart : public ScenarioChartView
{
    Q_OBJECT

public:
    static constexpr int MaxBars = 10;

    explicit ScenarioTornadoChart(QWidget *parent = nullptr);

    void setResult(const TornadoResult &result);
    /// The assumption labels as drawn, top to bottom.
    QStringList shownLabels() const;
    /// The value written at each bar's end, as drawn (empty when the bars are too thin to carry one).
    QStringList valueLabels() const;
    QValueAxis *axisX() const { return m_axisX; }
    /// The statement of the base the bars are measured from: "Base: $1,234.5 B, cumulative 2025–2032".
    QString baseText() const;

    /// The assumption under @p pos: its minimum and maximum settings, the change each makes and the
    /// cumulative revenue it leads to, and the base.
    QString valueTextAt(const QPoint &pos) const override;

private:
    void retranslate() override;
    void applyPalette(const ChartPalette &colors) override;
    void placeValueLabels();
    void fitValueAxis();
    void fitCategories();

    QHorizontalBarSeries *m_series;
    QBarSet *m_low;
    QBarSet *m_high;
    QBarCategoryAxis *m_axisY;
    QValueAxis *m_axisX;
    QList<QGraphicsSimpleTextItem *> m_values; ///< the bars' values: low bars first, then high, bottom up
    std::optional<TornadoResult> m_result;
    QStringList m_labels; ///< the assumption names, bottom to top, as plain text
    QFont m_baseLabelFont;
    double m_lowest = 0.0; ///< the bars' extremes
    double m_highest = 0.0; ///< the last result, shown again in a new language
};

} // namespace Dealscope
