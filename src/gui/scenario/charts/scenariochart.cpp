// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/charts/scenariochart.h"

#include "scenario/charts/chartstyle.h"

#include <QAreaSeries>
#include <QChart>
#include <QEvent>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Dealscope {

namespace {

// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies, on light and dark.
const QColor IaasColor(0x00, 0x72, 0xB2);
const QColor PaasColor(0xE6, 0x9F, 0x00);
const QColor SaasColor(0x00, 0x9E, 0x73);
const QColor ShareColor(0xD5, 0x5E, 0x00);

QColor lighter(const QColor &color)
{
    return QColor::fromRgbF(0.45f * color.redF() + 0.55f, 0.45f * color.greenF() + 0.55f,
                            0.45f * color.blueF() + 0.55f);
}

double layerPart(const ProjectionYear &year, int band)
{
    switch (band) {
    case ScenarioChart::IaasBaseline:
        return year.iaas.baseline;
    case ScenarioChart::IaasOpenai:
        return year.iaas.openai;
    case ScenarioChart::PaasBaseline:
        return year.paas.baseline;
    case ScenarioChart::PaasOpenai:
        return year.paas.openai;
    case ScenarioChart::SaasBaseline:
        return year.saas.baseline;
    case ScenarioChart::SaasOpenai:
        return year.saas.openai;
    default:
        return 0.0;
    }
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

std::pair<double, double> niceAxisRange(double value, int targetTicks)
{
    if (!(value > 0.0))
        return {1.0, 0.25};
    const double rough = value / std::max(1, targetTicks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double interval = magnitude * 10.0;
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (magnitude * factor >= rough) {
            interval = magnitude * factor;
            break;
        }
    }
    return {std::ceil(value / interval - 1e-9) * interval, interval};
}

ScenarioChart::ScenarioChart(QWidget *parent)
    // The chart goes to the constructor: QChartView(parent) would make a default chart of its own, and
    // setChart() releases that one without deleting it.
    : QChartView(new QChart, parent)
    , m_chart(chart())
    , m_axisX(new QValueAxis(this))
    , m_axisY(new QValueAxis(this))
    , m_axisShare(new QValueAxis(this))
    , m_revenueShare(new QLineSeries(this))
    , m_exclusivityTop(new QLineSeries(this))
    , m_exclusivityBottom(new QLineSeries(this))
    , m_compareStack(new QLineSeries(this))
    , m_compareShare(new QLineSeries(this))
{
    setObjectName(QStringLiteral("scenarioChart"));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->legend()->setShowToolTips(true);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand); // QTBUG-118669: clicks on empty space crash with rubber bands
    setMinimumSize(480, 280);

    m_axisX->setTitleText(tr("Calendar year"));
    m_axisX->setLabelFormat(QStringLiteral("%.0f"));
    m_axisX->setTickType(QValueAxis::TicksDynamic);
    m_axisX->setTickAnchor(ScenarioEngine::BaseYear);
    m_axisX->setTickInterval(1.0);
    m_axisX->setMinorTickCount(0);
    m_axisY->setTitleText(tr("Azure stack, USD billions"));
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY->setTickType(QValueAxis::TicksDynamic);
    m_axisY->setTickAnchor(0.0);
    m_axisShare->setTitleText(tr("Revenue share, USD billions"));
    m_axisShare->setLabelFormat(QStringLiteral("%.0f"));
    m_axisShare->setTickType(QValueAxis::TicksDynamic);
    m_axisShare->setTickAnchor(0.0);
    m_axisShare->setGridLineVisible(false);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_chart->addAxis(m_axisShare, Qt::AlignRight);

    const auto attach = [this](QAbstractSeries *series, QValueAxis *y) {
        m_chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(y);
    };

    // The stack: areas between boundary lines. The boundaries are data holders only, not chart series.
    const std::array<QString, BandCount> names
        = {tr("IaaS baseline"),      tr("IaaS OpenAI-driven"), tr("PaaS baseline"),
           tr("PaaS OpenAI-driven"), tr("SaaS baseline"),      tr("SaaS OpenAI-driven")};
    const std::array<QColor, 3> layerColors = {IaasColor, PaasColor, SaasColor};
    for (auto &bound : m_bounds)
        bound = new QLineSeries(this);
    for (int band = 0; band < BandCount; ++band) {
        auto *area = new QAreaSeries(m_bounds[std::size_t(band) + 1], m_bounds[std::size_t(band)]);
        area->setName(names[std::size_t(band)]);
        const QColor base = layerColors[std::size_t(band / 2)];
        area->setColor(band % 2 == 0 ? lighter(base) : base);
        area->setBorderColor(base.darker(130));
        QPen border(base.darker(130));
        border.setWidthF(0.8);
        area->setPen(border);
        attach(area, m_axisY);
        m_bands[std::size_t(band)] = area;
    }

    // API exclusivity: a hatched band over the stack, from 2025 to the day it ends.
    m_exclusivity = new QAreaSeries(m_exclusivityTop, m_exclusivityBottom);
    m_exclusivity->setName(tr("API exclusive to Azure"));
    m_exclusivity->setPen(Qt::NoPen);
    attach(m_exclusivity, m_axisY);

    m_revenueShare->setName(tr("Revenue share (right axis)"));
    QPen sharePen(ShareColor);
    sharePen.setWidthF(2.5);
    m_revenueShare->setPen(sharePen);
    m_revenueShare->setPointsVisible(true);
    m_revenueShare->setMarkerSize(6);
    attach(m_revenueShare, m_axisShare);

    for (std::size_t i = 0; i < m_markers.size(); ++i) {
        m_markers[i] = new QLineSeries(this);
        attach(m_markers[i], m_axisY);
        m_chart->legend()->markers(m_markers[i]).constFirst()->setVisible(false);
        m_markerBack[i] = new QGraphicsRectItem(m_chart);
        m_markerBack[i]->setPen(Qt::NoPen);
        m_markerBack[i]->setZValue(19);
        m_markerText[i] = new QGraphicsSimpleTextItem(m_chart);
        m_markerText[i]->setZValue(20);
    }

    // The comparison: fixed legend names (QTBUG-107890: renamed legend labels do not refresh), shown
    // only while a comparison is set; what is compared is named above the chart.
    m_compareStack->setName(tr("Compared (dashed)"));
    m_compareShare->setName(tr("Compared: revenue share"));
    attach(m_compareStack, m_axisY);
    attach(m_compareShare, m_axisShare);
    for (QLineSeries *series : {m_compareStack, m_compareShare}) {
        series->setVisible(false);
        m_chart->legend()->markers(series).constFirst()->setVisible(false);
    }

    connect(m_chart, &QChart::plotAreaChanged, this, &ScenarioChart::placeMarkerLabels);
    applyPalette();
    localizeChart(m_chart);
    keepAxisTitlesFitting(m_chart);
}

ScenarioChart::~ScenarioChart() = default;

void ScenarioChart::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const bool dark = pal.color(QPalette::Base).lightnessF() < 0.5;
    applyChartPalette(m_chart, {m_axisX, m_axisY, m_axisShare}, pal);
    m_axisShare->setLabelsColor(dark ? ShareColor.lighter(140) : ShareColor.darker(115));
    m_axisShare->setTitleBrush(dark ? ShareColor.lighter(140) : ShareColor.darker(115));

    QColor hatch = text;
    hatch.setAlphaF(0.35f);
    m_exclusivity->setBrush(QBrush(hatch, Qt::BDiagPattern));

    QPen markerPen(text);
    markerPen.setStyle(Qt::DashDotLine);
    markerPen.setWidthF(1.2);
    for (QLineSeries *marker : m_markers)
        marker->setPen(markerPen);
    for (QGraphicsSimpleTextItem *label : m_markerText)
        label->setBrush(text);
    QColor labelBack = pal.color(QPalette::Base);
    labelBack.setAlphaF(0.8f);
    for (QGraphicsRectItem *back : m_markerBack)
        back->setBrush(labelBack);

    QPen comparePen(text);
    comparePen.setStyle(Qt::DashLine);
    comparePen.setWidthF(2.0);
    m_compareStack->setPen(comparePen);
    QPen compareSharePen(ShareColor);
    compareSharePen.setStyle(Qt::DashLine);
    compareSharePen.setWidthF(2.0);
    m_compareShare->setPen(compareSharePen);
}

void ScenarioChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

/// Titles, legend and marker labels in the new language; axis numbers in its locale.
void ScenarioChart::retranslate()
{
    m_axisX->setTitleText(tr("Calendar year"));
    m_axisY->setTitleText(tr("Azure stack, USD billions"));
    m_axisShare->setTitleText(tr("Revenue share, USD billions"));
    const std::array<QString, BandCount> names
        = {tr("IaaS baseline"),      tr("IaaS OpenAI-driven"), tr("PaaS baseline"),
           tr("PaaS OpenAI-driven"), tr("SaaS baseline"),      tr("SaaS OpenAI-driven")};
    for (int band = 0; band < BandCount; ++band)
        m_bands[std::size_t(band)]->setName(names[std::size_t(band)]);
    m_exclusivity->setName(tr("API exclusive to Azure"));
    m_revenueShare->setName(tr("Revenue share (right axis)"));
    m_compareStack->setName(tr("Compared (dashed)"));
    m_compareShare->setName(tr("Compared: revenue share"));
    refreshLegendLabels(m_chart);
    if (!m_regimeLabel.isEmpty())
        m_chart->setTitle(tr("Azure stack by layer and revenue share, %1 (illustrative)").arg(m_regimeLabel));
    localizeChart(m_chart);
    fitAxisTitles(m_chart);
    updateMarkers();
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

    const auto [yMax, yStep] = niceAxisRange(stackMax * 1.04);
    if (m_axisY->max() != yMax || m_axisY->tickInterval() != yStep) {
        m_axisY->setTickInterval(yStep);
        m_axisY->setRange(0.0, yMax);
    }
    // The right axis uses as many ticks as the left one, so both share the grid lines.
    const double ticks = std::round(yMax / yStep);
    const auto [shareNice, shareStepNice] = niceAxisRange(std::max(shareMax, 1.0) * 1.04, int(ticks) + 1);
    const double shareStep = std::max(shareStepNice, shareNice / ticks);
    const double shareTop = shareStep * ticks;
    if (m_axisShare->max() != shareTop || m_axisShare->tickInterval() != shareStep) {
        m_axisShare->setTickInterval(shareStep);
        m_axisShare->setRange(0.0, shareTop);
    }
    if (m_axisX->min() != first || m_axisX->max() != last)
        m_axisX->setRange(first, last);

    const double exclusiveTo = std::min(exclusivityEnd(projection), double(last));
    m_exclusivityTop->replace(QList<QPointF> {{double(first), yMax}, {exclusiveTo, yMax}});
    m_exclusivityBottom->replace(QList<QPointF> {{double(first), 0.0}, {exclusiveTo, 0.0}});

    m_markerYears[2] = projection.agiYear ? double(*projection.agiYear) : 0.0;
    updateMarkers();

    if (!regimeLabel.isEmpty() && regimeLabel != m_regimeLabel) {
        m_regimeLabel = regimeLabel;
        m_chart->setTitle(tr("Azure stack by layer and revenue share, %1 (illustrative)").arg(regimeLabel));
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
    m_chart->legend()->markers(m_compareStack).constFirst()->setVisible(m_hasComparison);
    m_chart->legend()->markers(m_compareShare).constFirst()->setVisible(false);
    if (!m_projection.years.empty())
        setProjection(m_projection, QString()); // ranges may change
}

void ScenarioChart::updateMarkers()
{
    const double top = m_axisY->max();
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
    const auto agiMark = [this] { return tr("AGI %1 (assumed)").arg(int(m_markerYears[2])); };
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
    const QRectF plot = m_chart->plotArea();
    if (plot.isEmpty())
        return;
    // Stagger the labels in rows from the top of the plot so that neighbours never overlap.
    const double rowHeight = QFontMetricsF(m_markerText[0]->font()).height() + 2.0;
    QList<QRectF> placed;
    for (std::size_t i = 0; i < m_markers.size(); ++i) {
        QGraphicsSimpleTextItem *label = m_markerText[i];
        if (!label->isVisible())
            continue;
        const QPointF at = m_chart->mapToPosition(QPointF(m_markerYears[i], 0.0), m_bands[0]);
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
