// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

#include <functional>

namespace Dealscope {

class ChartLegend;
struct ChartPalette;

/// What the scenario charts share: a chart view set up for data that changes in place (no animations, no
/// rubber band), coloured from the one palette table (chartPalette()) and following palette and language
/// changes. A chart adds its own series, texts and colours through retranslate() and applyPalette().
class ScenarioChartView : public QChartView
{
    Q_OBJECT

public:
    /// The chart's title as plain text, unbroken.
    QString titleText() const { return m_title; }

    /// What the chart shows at @p pos (viewport coordinates), as its tooltip says it: the year or the
    /// assumption on the first line, then each series with its value and unit (ChartValueText); empty where
    /// nothing is drawn.
    virtual QString valueTextAt(const QPoint &pos) const;

protected:
    explicit ScenarioChartView(QWidget *parent);

    /// Sets the texts, colours and number format for the first time. A chart's constructor calls it last,
    /// once its series and axes exist: the base constructor cannot reach the chart's own hooks.
    void completeSetup();

    /// Sets the chart's titles and series names in the current language; on construction and on every
    /// language change. Axis numbers and title sizes are seen to afterwards.
    virtual void retranslate() = 0;
    /// Colours the chart's own series and items from @p colors; background, title, legend and axes are
    /// coloured already.
    virtual void applyPalette(const ChartPalette &colors) = 0;

    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    /// Shows valueTextAt() as the tooltip; where it is empty, the chart's own tooltips.
    bool viewportEvent(QEvent *event) override;

    /// @p pos (viewport coordinates) in the chart's coordinates, those of its plot area.
    QPointF chartPosition(const QPoint &pos) const;
    /// Whether @p chartPos lies in the plot area.
    bool inPlot(const QPointF &chartPos) const;

    /// Sets the chart's title, broken into lines where it is wider than the chart: Qt Charts would cut it
    /// short with "…". The plain text stays available as titleText().
    void setChartTitle(const QString &title);

    /// What a screen reader says the chart shows: a plain-text summary of its figures, in the interface
    /// language. The title is the chart's accessible name; the Table tab holds every figure.
    void setDataSummary(const QString &summary) { setAccessibleDescription(summary); }

    /// Calls @p place whenever the plot area moves, and @p fit once the layout that moved it has run (fitting
    /// axes to the new size lays the chart out again).
    void followPlotArea(const std::function<void()> &place, const std::function<void()> &fit);

    /// The legend drawn in place of Qt Charts' own; refresh it after changing series names, colours or which
    /// legend markers are shown.
    ChartLegend *chartLegend() const { return m_legend; }

private:
    void followPalette();
    void followLanguage();
    void wrapTitle();

    ChartLegend *m_legend;
    QString m_title;
};

} // namespace Dealscope
