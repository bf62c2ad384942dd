// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/scenariomontecarlo.h"

#include <QChartView>

class QAreaSeries;
class QChart;
class QLineSeries;
class QValueAxis;

namespace Dealscope {

/// The AGI-year uncertainty as a fan: the p10–p90 band and the p50 line of the Azure stack (left axis)
/// and of the revenue share (right axis), per year, from ScenarioMonteCarlo. Only the AGI year is sampled.
class ScenarioFanChart : public QChartView
{
    Q_OBJECT

public:
    explicit ScenarioFanChart(QWidget *parent = nullptr);

    void setResult(const MonteCarloResult &result);
    QList<QPointF> stackMedian() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void retranslate();
    void updateTitle();

    QChart *m_chart;
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
    QValueAxis *m_axisShare;
    QLineSeries *m_stackLow;
    QLineSeries *m_stackHigh;
    QLineSeries *m_stackMid;
    QAreaSeries *m_stackBand;
    QLineSeries *m_shareLow;
    QLineSeries *m_shareHigh;
    QLineSeries *m_shareMid;
    QAreaSeries *m_shareBand;
    qsizetype m_samples = -1; ///< of the last result; -1 before the first
    bool m_narrowBand = false; ///< the last result's band is too narrow to matter
};

} // namespace Dealscope
