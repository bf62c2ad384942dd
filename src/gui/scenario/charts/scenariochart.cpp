// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/charts/scenariochart.h"

#include "scenario/charts/chartstyle.h"

#include <QAreaSeries>
#include <QChart>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace Dealscope {

namespace {

double layerPart(const ProjectionYear &year, int band)
{
    const std::array<const LayerRevenue *, 3> layers = {&year.iaas, &year.paas, &year.saas};
    const LayerRevenue &layer = *layers[std::size_t(band / 2)];
    return band % 2 == 0 ? layer.baseline : layer.openai;
}

/// The decimal year at which API exclusivity stops within the projection (its last year + 1 if never).
double exclusivityEnd(const Projection &projection)
{
    for (const ProjectionYear &year : projection.years) {
        if (year.apiExclusivity < 1.0)
            return year.year + std::clamp(year.apiExclusivity, 0.0, 1.0);
    }
    return projection.lastYear() + 1.0;
}

} // namespace

ScenarioChart::ScenarioChart(QWidget *parent)
    : ScenarioChartView(parent)
    , m_axes(chart(), this)
    , m_revenueShare(new QLineSeries(this))
    , m_exclusivityTop(new QLineSeries(this))
    , m_exclusivityBottom(new QLineSeries(this))
    , m_compareStack(new QLineSeries(this))
    , m_compareShare(new QLineSeries(this))
{
    setObjectName(QStringLiteral("scenarioChart"));
    chart()->legend()->setShowToolTips(true);
    setMinimumSize(480, 280);

    // The stack: areas between boundary lines. The boundaries are data holders only, not chart series.
    for (auto &bound : m_bounds)
        bound = new QLineSeries(this);
    for (int band = 0; band < BandCount; ++band) {
        auto *area = new QAreaSeries(m_bounds[std::size_t(band) + 1], m_bounds[std::size_t(band)]);
        m_axes.addStackSeries(area);
        m_bands[std::size_t(band)] = area;
    }

    // API exclusivity: a hatched band over the stack, from 2025 to the day it ends.
    m_exclusivity = new QAreaSeries(m_exclusivityTop, m_exclusivityBottom);
    m_exclusivity->setPen(Qt::NoPen);
    m_axes.addStackSeries(m_exclusivity);

    m_revenueShare->setPointsVisible(true);
    m_revenueShare->setMarkerSize(6);
    m_axes.addShareSeries(m_revenueShare);

    for (std::size_t i = 0; i < m_markers.size(); ++i) {
        m_markers[i] = new QLineSeries(this);
        m_axes.addStackSeries(m_markers[i]);
        chart()->legend()->markers(m_markers[i]).constFirst()->setVisible(false);
        m_markerBack[i] = new QGraphicsRectItem(chart());
        m_markerBack[i]->setPen(Qt::NoPen);
        m_markerBack[i]->setZValue(19);
        m_markerText[i] = new QGraphicsSimpleTextItem(chart());
        m_markerText[i]->setZValue(20);
    }

    // The comparison: fixed legend names (QTBUG-107890: renamed legend labels do not refresh), shown
    // only while a comparison is set; what is compared is named above the chart.
    m_axes.addStackSeries(m_compareStack);
    m_axes.addShareSeries(m_compareShare);
    for (QLineSeries *series : {m_compareStack, m_compareShare}) {
        series->setVisible(false);
        chart()->legend()->markers(series).constFirst()->setVisible(false);
    }

    connect(chart(), &QChart::plotAreaChanged, this, &ScenarioChart::placeMarkerLabels);
    completeSetup();
}

ScenarioChart::~ScenarioChart() = default;

void ScenarioChart::applyPalette(const ChartPalette &colors)
{
    for (int band = 0; band < BandCount; ++band) {
        const std::size_t layer = std::size_t(band / 2);
        QAreaSeries *area = m_bands[std::size_t(band)];
        area->setColor(band % 2 == 0 ? colors.layerBaselines[layer] : colors.layers[layer]);
        area->setBorderColor(colors.layerBorders[layer]);
        QPen border(colors.layerBorders[layer]);
        border.setWidthF(0.8);
        area->setPen(border);
    }
    m_axes.share()->setLabelsColor(colors.revenueShareAxis);
    m_axes.share()->setTitleBrush(colors.revenueShareAxis);

    QPen sharePen(colors.revenueShare);
    sharePen.setWidthF(2.5);
    m_revenueShare->setPen(sharePen);

    m_exclusivity->setBrush(QBrush(colors.exclusivityHatch, Qt::BDiagPattern));

    QPen markerPen(colors.marker);
    markerPen.setStyle(Qt::DashDotLine);
    markerPen.setWidthF(1.2);
    for (QLineSeries *marker : m_markers)
        marker->setPen(markerPen);
    for (QGraphicsSimpleTextItem *label : m_markerText)
        label->setBrush(colors.marker);
    for (QGraphicsRectItem *back : m_markerBack)
        back->setBrush(colors.markerLabelBackground);

    QPen comparePen(colors.comparison);
    comparePen.setStyle(Qt::DashLine);
    comparePen.setWidthF(2.0);
    m_compareStack->setPen(comparePen);
    comparePen.setColor(colors.comparisonShare);
    m_compareShare->setPen(comparePen);
}

/// Titles, legend and marker labels in the current language.
void ScenarioChart::retranslate()
{
    m_axes.setTitles(tr("Calendar year"), tr("Azure stack, USD billions"), tr("Revenue share, USD billions"));
    const std::array<QString, BandCount> names
        = {tr("IaaS baseline"),      tr("IaaS OpenAI-driven"), tr("PaaS baseline"),
           tr("PaaS OpenAI-driven"), tr("SaaS baseline"),      tr("SaaS OpenAI-driven")};
    for (int band = 0; band < BandCount; ++band)
        m_bands[std::size_t(band)]->setName(names[std::size_t(band)]);
    m_exclusivity->setName(tr("API exclusive to Azure"));
    m_revenueShare->setName(tr("Revenue share (right axis)"));
    m_compareStack->setName(tr("Compared (dashed)"));
    m_compareShare->setName(tr("Compared: revenue share"));
    refreshLegendLabels(chart());
    updateTitle();
    if (!m_projection.years.empty())
        updateMarkers(); // the markers are labelled once there is a projection to mark
}

void ScenarioChart::updateTitle()
{
    if (!m_regimeLabel.isEmpty())
        chart()->setTitle(tr("Azure stack by layer and revenue share, %1 (illustrative)").arg(m_regimeLabel));
}

void ScenarioChart::setProjection(const Projection &projection, const QString &regimeLabel)
{
    m_projection = projection;
    const auto &years = projection.years;
    const int first = projection.firstYear();
    const int last = projection.lastYear();

    // Boundaries: running sums of the six parts.
    double stackMax = 0.0;
    m_buffer.resize(qsizetype(years.size()));
    for (int b = 0; b <= BandCount; ++b) {
        for (std::size_t i = 0; i < years.size(); ++i) {
            const double below = b == 0 ? 0.0 : m_buffer[qsizetype(i)].y();
            m_buffer[qsizetype(i)] = QPointF(years[i].year, below + (b == 0 ? 0.0 : layerPart(years[i], b - 1)));
        }
        m_bounds[std::size_t(b)]->replace(m_buffer);
    }
    for (const QPointF &point : std::as_const(m_buffer))
        stackMax = std::max(stackMax, point.y());

    double shareMax = 0.0;
    for (std::size_t i = 0; i < years.size(); ++i) {
        m_buffer[qsizetype(i)] = QPointF(years[i].year, years[i].revenueShare);
        shareMax = std::max(shareMax, years[i].revenueShare);
    }
    m_revenueShare->replace(m_buffer);

    if (m_comparison) {
        for (const ProjectionYear &year : m_comparison->years) {
            stackMax = std::max(stackMax, year.azureTotal());
            shareMax = std::max(shareMax, year.revenueShare);
        }
    }

    m_axes.setValueRanges(stackMax, shareMax);
    m_axes.setYears(first, last);

    const double yMax = m_axes.stack()->max();
    const double exclusiveTo = std::min(exclusivityEnd(projection), double(last));
    m_exclusivityTop->replace(QList<QPointF> {{double(first), yMax}, {exclusiveTo, yMax}});
    m_exclusivityBottom->replace(QList<QPointF> {{double(first), 0.0}, {exclusiveTo, 0.0}});

    m_markerYears[2] = projection.agiYear ? double(*projection.agiYear) : 0.0;
    updateMarkers();

    if (!regimeLabel.isEmpty() && regimeLabel != m_regimeLabel) {
        m_regimeLabel = regimeLabel;
        updateTitle();
    }
}

void ScenarioChart::setComparison(const std::optional<Projection> &projection)
{
    m_comparison = projection;
    m_hasComparison = projection.has_value();
    QList<QPointF> stack;
    QList<QPointF> share;
    if (projection) {
        for (const ProjectionYear &year : projection->years) {
            stack.append(QPointF(year.year, year.azureTotal()));
            share.append(QPointF(year.year, year.revenueShare));
        }
    }
    m_compareStack->replace(stack);
    m_compareShare->replace(share);
    // One legend entry for both dashed lines keeps the legend within the chart's height.
    m_compareStack->setVisible(m_hasComparison);
    m_compareShare->setVisible(m_hasComparison);
    chart()->legend()->markers(m_compareStack).constFirst()->setVisible(m_hasComparison);
    chart()->legend()->markers(m_compareShare).constFirst()->setVisible(false);
    if (!m_projection.years.empty())
        setProjection(m_projection, QString()); // ranges may change
}

void ScenarioChart::setAgiAssumedByAgreement(bool assumed)
{
    if (assumed == m_agiAssumedByAgreement)
        return;
    m_agiAssumedByAgreement = assumed;
    if (!m_projection.years.empty())
        updateMarkers();
}

void ScenarioChart::updateMarkers()
{
    const double top = m_axes.stack()->max();
    const int last = m_projection.lastYear();
    for (std::size_t i = 0; i < m_markers.size(); ++i) {
        const double x = m_markerYears[i];
        const bool shown = x >= m_projection.firstYear() && x <= last && x > 0.0;
        // An AGI year that coincides with 2030 or 2032 shares that marker's line.
        const bool duplicate = i == 2 && (x == m_markerYears[0] || x == m_markerYears[1]);
        m_markers[i]->replace(shown && !duplicate ? QList<QPointF> {{x, 0.0}, {x, top}} : QList<QPointF> {});
        m_markerText[i]->setVisible(shown && !duplicate);
        m_markerBack[i]->setVisible(shown && !duplicate);
    }
    const auto agiMark = [this] {
        const int year = int(m_markerYears[2]);
        return m_agiAssumedByAgreement ? tr("AGI %1 (assumed)").arg(year) : tr("AGI %1 (model only)").arg(year);
    };
    QString label2030 = m_projection.regime == RegimeKind::Apr2026 ? tr("2030: research IP, revenue share end")
                                                                   : tr("2030: research IP ends");
    QString label2032 = tr("2032: IP licence ends");
    if (m_markerYears[2] == 2030.0)
        label2030 += QStringLiteral(" · ") + agiMark();
    if (m_markerYears[2] == 2032.0)
        label2032 += QStringLiteral(" · ") + agiMark();
    m_markerText[0]->setText(label2030);
    m_markerText[1]->setText(label2032);
    m_markerText[2]->setText(agiMark());
    placeMarkerLabels();
}

void ScenarioChart::placeMarkerLabels()
{
    const QRectF plot = chart()->plotArea();
    if (plot.isEmpty())
        return;
    // Stagger the labels in rows from the top of the plot so that neighbours never overlap.
    const double rowHeight = QFontMetricsF(m_markerText[0]->font()).height() + 2.0;
    QList<QRectF> placed;
    for (std::size_t i = 0; i < m_markers.size(); ++i) {
        QGraphicsSimpleTextItem *label = m_markerText[i];
        if (!label->isVisible())
            continue;
        const QPointF at = chart()->mapToPosition(QPointF(m_markerYears[i], 0.0), m_bands[0]);
        const QRectF box = label->boundingRect();
        double x = at.x() + 4.0;
        if (x + box.width() > plot.right())
            x = at.x() - 4.0 - box.width(); // right edge: put the text left of the line
        x = std::max(x, plot.left() + 2.0); // long labels (German, Hindi) stay inside the plot, never cut at its edge
        QRectF rect(QPointF(x, plot.top() + 2.0), box.size());
        while (std::any_of(placed.cbegin(), placed.cend(), [&](const QRectF &other) { return other.intersects(rect); }))
            rect.translate(0.0, rowHeight);
        placed.append(rect);
        label->setPos(rect.topLeft());
        m_markerBack[i]->setRect(rect.adjusted(-2.0, 0.0, 2.0, 0.0));
    }
}

QList<QPointF> ScenarioChart::bandTop(Band band) const
{
    return m_bounds[std::size_t(band) + 1]->points();
}

QList<QPointF> ScenarioChart::revenueSharePoints() const
{
    return m_revenueShare->points();
}

QList<QPointF> ScenarioChart::comparisonStackPoints() const
{
    return m_compareStack->points();
}

QPointF ScenarioChart::exclusivitySpan() const
{
    const QList<QPointF> points = m_exclusivityTop->points();
    return points.size() == 2 ? QPointF(points[0].x(), points[1].x()) : QPointF();
}

QStringList ScenarioChart::markerLabels() const
{
    QStringList labels;
    for (QGraphicsSimpleTextItem *label : m_markerText) {
        if (label->isVisible())
            labels.append(label->text());
    }
    return labels;
}

} // namespace Dealscope
