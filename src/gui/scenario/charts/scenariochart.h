// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/charts/chartaxes.h"
#include "scenario/charts/scenariochartview.h"
#include "scenario/scenarioengine.h"

#include <QList>
#include <QPointF>

#include <array>
#include <optional>

class QAreaSeries;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace Dealscope {

/// The scenario panel's main chart: the Azure stack as six stacked bands (IaaS, PaaS and SaaS, each
/// a lighter baseline band under a darker OpenAI-driven band), the revenue share OpenAI pays Microsoft on
/// a right-hand axis, the years of API exclusivity hatched, dotted markers at 2030, 2032 and the assumed
/// AGI year, and optionally a comparison drawn dashed.
///
/// Every series and axis is created once. Updates replace the points of existing series (Qt Charts has
/// no stacked-area series, so the bands are areas between seven boundary lines) and set axis ranges;
/// nothing is re-created and animations stay off, so a slider drag redraws in place.
class ScenarioChart : public ScenarioChartView
{
    Q_OBJECT

public:
    /// The stacked bands, bottom to top.
    enum Band { IaasBaseline, IaasOpenai, PaasBaseline, PaasOpenai, SaasBaseline, SaasOpenai, BandCount };

    explicit ScenarioChart(QWidget *parent = nullptr);
    ~ScenarioChart() override;

    void setProjection(const Projection &projection, const QString &regimeLabel);
    /// Draws @p projection dashed (its Azure stack and its revenue share); nullopt removes it.
    void setComparison(const std::optional<Projection> &projection);
    /// What the comparison is ("Oct 2025 terms, same assumptions"), as its values under the cursor name it.
    void setComparisonName(const QString &name) { m_comparisonName = name; }
    /// Whether the agreement assumes the model's AGI year too; when not, the AGI marker says the year is the
    /// model's only.
    void setAgiAssumedByAgreement(bool assumed);
    /// The total revenue share cap of the terms (USD billions), or nullopt when they set none. The year the
    /// projection reaches it is marked on the revenue share line, since the share stops there.
    void setRevenueShareCap(std::optional<double> cap);
    /// During a slider drag the value axes only grow, so the picture does not jump with every step, and
    /// the chart is drawn without antialiasing, a quicker paint (docs/performance.md); the end of the drag
    /// settles the axes and draws it smooth again.
    void setDragging(bool dragging);
    /// The year the revenue share reaches its cap, if it does within the projection.
    std::optional<int> capReachedYear() const { return m_capYear; }

    /// The top boundary of @p band: cumulative sums per year, as drawn.
    QList<QPointF> bandTop(Band band) const;
    QList<QPointF> revenueSharePoints() const;
    QList<QPointF> comparisonStackPoints() const;
    bool hasComparison() const { return m_hasComparison; }
    /// The x-range [from, to] of the hatched API-exclusivity band (from == to: none).
    QPointF exclusivitySpan() const;
    QValueAxis *axisX() const { return m_axes.years(); }
    QValueAxis *axisY() const { return m_axes.stack(); }
    QValueAxis *axisShare() const { return m_axes.share(); }
    QAreaSeries *bandSeries(Band band) const { return m_bands[std::size_t(band)]; }
    /// The text of the marker labels as drawn ("2030: research IP ends", "AGI 2034 (assumed)", and the cap's).
    QStringList markerLabels() const;

    /// The year under @p pos, the band, the revenue share or the compared line there and its value, with the
    /// Azure stack's total and, with a comparison, the compared value and the difference.
    QString valueTextAt(const QPoint &pos) const override;

private:
    void retranslate() override;
    void applyPalette(const ChartPalette &colors) override;
    void updateTitle();
    void updateSummary();
    void placeMarkerLabels();
    void updateMarkers();
    void updateCap();
    void updateValueRanges();

    ProjectionAxes m_axes;
    std::array<QLineSeries *, BandCount + 1> m_bounds {}; ///< [0] is the zero line
    std::array<QAreaSeries *, BandCount> m_bands {};
    QLineSeries *m_revenueShare;
    QLineSeries *m_exclusivityTop;
    QLineSeries *m_exclusivityBottom;
    QAreaSeries *m_exclusivity;
    std::array<QLineSeries *, 3> m_markers {}; ///< 2030, 2032, AGI year
    std::array<QGraphicsSimpleTextItem *, 3> m_markerText {};
    std::array<QGraphicsRectItem *, 3> m_markerBack {}; ///< keeps the labels readable over the data
    std::array<double, 3> m_markerYears {2030, 2032, 0};
    std::array<QString, 3> m_markerFull; ///< each label in full, and short for a narrow chart
    std::array<QString, 3> m_markerBrief;
    std::optional<double> m_cap;
    std::optional<int> m_capYear;
    bool m_dragging = false;
    double m_stackMax = 0.0; ///< the data's highest values, for the axis ranges
    double m_shareMax = 0.0;
    QLineSeries *m_compareStack;
    QLineSeries *m_compareShare;
    QScatterSeries *m_capPoint;
    QGraphicsSimpleTextItem *m_capText;
    QGraphicsRectItem *m_capBack;
    QString m_capLabel;
    bool m_hasComparison = false;
    bool m_agiAssumedByAgreement = true;
    Projection m_projection;
    QString m_regimeLabel;
    std::optional<Projection> m_comparison;
    QString m_comparisonName;
    QList<QPointF> m_buffer; ///< reused between updates
};

} // namespace Dealscope
