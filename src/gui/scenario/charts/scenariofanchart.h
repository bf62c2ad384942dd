// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/charts/chartaxes.h"
#include "scenario/charts/scenariochartview.h"
#include "scenario/scenariomontecarlo.h"

class QAreaSeries;
class QLineSeries;

namespace Dealscope {

/// The AGI-year uncertainty as a fan: the p10–p90 band and the p50 line of the Azure stack (left axis)
/// and of the revenue share (right axis), per year, from ScenarioMonteCarlo. Only the AGI year is sampled.
class ScenarioFanChart : public ScenarioChartView
{
    Q_OBJECT

public:
    explicit ScenarioFanChart(QWidget *parent = nullptr);

    void setResult(const MonteCarloResult &result);
    QList<QPointF> stackMedian() const;

    /// The year under @p pos and the fan nearest the pointer there (the Azure stack's or the revenue
    /// share's): its p50 and its p10–p90 range.
    QString valueTextAt(const QPoint &pos) const override;

private:
    /// One quantity's fan: the p10–p90 band between two lines, and the p50 line.
    struct Fan
    {
        QLineSeries *low;
        QLineSeries *high;
        QLineSeries *median;
        QAreaSeries *band;
    };

    void retranslate() override;
    void applyPalette(const ChartPalette &colors) override;
    Fan makeFan();
    void updateTitle();
    void updateSummary();

    ProjectionAxes m_axes;
    Fan m_stack;
    Fan m_share;
    MonteCarloResult m_result;
    qsizetype m_samples = -1; ///< of the last result; -1 before the first
    bool m_narrowBand = false; ///< the last result's band is too narrow to matter
};

} // namespace Dealscope
