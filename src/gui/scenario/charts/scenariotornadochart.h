// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/charts/scenariochartview.h"
#include "scenario/scenariotornado.h"

#include <optional>

class QBarCategoryAxis;
class QBarSet;
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

private:
    void retranslate() override;
    void applyPalette(const ChartPalette &colors) override;

    QHorizontalBarSeries *m_series;
    QBarSet *m_low;
    QBarSet *m_high;
    QBarCategoryAxis *m_axisY;
    QValueAxis *m_axisX;
    std::optional<TornadoResult> m_result; ///< the last result, shown again in a new language
};

} // namespace Dealscope
