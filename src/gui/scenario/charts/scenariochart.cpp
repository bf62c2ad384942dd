// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/charts/scenariochart.h"

#include "scenario/charts/chartlabels.h"
#include "scenario/charts/chartlegend.h"
#include "scenario/charts/chartstyle.h"
#include "scenario/charts/chartvaluetext.h"

#include <QAreaSeries>
#include <QChart>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineF>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Dealscope {

namespace {

constexpr double HitRadius = 8.0; ///< how near the pointer must be to a line's point, in pixels

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
    , m_capPoint(new QScatterSeries(this))
    , m_capText(new QGraphicsSimpleTextItem(chart()))
    , m_capBack(new QGraphicsRectItem(chart()))
{
    setObjectName(QStringLiteral("scenarioChart"));
    setMinimumSize(360, 280);

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
        chartLegend()->setShown(m_markers[i], false);
        m_markerBack[i] = new QGraphicsRectItem(chart());
        m_markerBack[i]->setPen(Qt::NoPen);
        m_markerBack[i]->setZValue(19);
        m_markerText[i] = new QGraphicsSimpleTextItem(chart());
        m_markerText[i]->setZValue(20);
        tagChartLabel(m_markerText[i], ChartLabel::Kind::Marker);
    }

    // Where the revenue share reaches its cap: a point on the share line, in the legend and labelled.
    m_capPoint->setMarkerSize(11.0);
    m_capPoint->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_axes.addShareSeries(m_capPoint);
    m_capBack->setPen(Qt::NoPen);
    m_capBack->setZValue(19);
    m_capText->setZValue(20);
    tagChartLabel(m_capText, ChartLabel::Kind::Marker);
    chartLegend()->setShown(m_capPoint, false);
    m_capText->setVisible(false);
    m_capBack->setVisible(false);

    // The comparison: fixed legend names (QTBUG-107890: renamed legend labels do not refresh), shown
    // only while a comparison is set; what is compared is named above the chart.
    m_axes.addStackSeries(m_compareStack);
    m_axes.addShareSeries(m_compareShare);
    for (QLineSeries *series : {m_compareStack, m_compareShare}) {
        series->setVisible(false);
        chartLegend()->setShown(series, false);
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
    m_capPoint->setColor(colors.background.color());
    m_capPoint->setBorderColor(colors.revenueShare);
    m_capPoint->setPen(QPen(colors.revenueShare, 2.0));
    m_capText->setBrush(colors.revenueShareAxis);
    m_capBack->setBrush(colors.markerLabelBackground);

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
    m_capPoint->setName(tr("Revenue share cap reached"));
    refreshLegendLabels(chart());
    updateTitle();
    if (!m_projection.years.empty()) {
        updateMarkers(); // the markers are labelled once there is a projection to mark
        updateCap();
    }
    updateSummary();
}

void ScenarioChart::updateTitle()
{
    if (!m_regimeLabel.isEmpty())
        setChartTitle(tr("Azure stack by layer and revenue share, %1 (illustrative)").arg(m_regimeLabel));
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
    m_stackMax = stackMax;
    m_shareMax = shareMax;
    updateValueRanges();
    m_axes.setYears(first, last);

    const double yMax = m_axes.stack()->max();
    const double exclusiveTo = std::min(exclusivityEnd(projection), double(last));
    m_exclusivityTop->replace(QList<QPointF> {{double(first), yMax}, {exclusiveTo, yMax}});
    m_exclusivityBottom->replace(QList<QPointF> {{double(first), 0.0}, {exclusiveTo, 0.0}});

    m_markerYears[2] = projection.agiYear ? double(*projection.agiYear) : 0.0;
    updateCap();
    updateMarkers();

    if (!regimeLabel.isEmpty() && regimeLabel != m_regimeLabel) {
        m_regimeLabel = regimeLabel;
        updateTitle();
    }
    if (!m_dragging) // the end of a drag sets the projection again
        updateSummary();
}

/// The first and last year's layers and revenue share, for screen readers.
void ScenarioChart::updateSummary()
{
    if (m_projection.years.empty())
        return;
    const auto yearText = [](const ProjectionYear &year) {
        return tr("%1: IaaS %2, PaaS %3, SaaS %4, revenue share %5")
            .arg(year.year)
            .arg(ChartValueText::amount(year.iaas.total()), ChartValueText::amount(year.paas.total()),
                 ChartValueText::amount(year.saas.total()), ChartValueText::amount(year.revenueShare));
    };
    setDataSummary(tr("%1. %2. The Table tab gives every year.")
                       .arg(yearText(m_projection.years.front()), yearText(m_projection.years.back())));
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
    chartLegend()->setShown(m_compareStack, m_hasComparison);
    chartLegend()->setShown(m_compareShare, false);
    if (!m_projection.years.empty())
        setProjection(m_projection, QString()); // ranges may change
    chartLegend()->refresh();
}

void ScenarioChart::setRevenueShareCap(std::optional<double> cap)
{
    if (cap == m_cap)
        return;
    m_cap = cap;
    if (!m_projection.years.empty()) {
        updateCap();
        placeMarkerLabels();
    }
}

void ScenarioChart::setDragging(bool dragging)
{
    if (dragging == m_dragging)
        return;
    m_dragging = dragging;
    setRenderHint(QPainter::Antialiasing, !dragging);
    if (!dragging && !m_projection.years.empty())
        setProjection(m_projection, QString());
}

/// Ranges the value axes to the data; while held, only when the data outgrow them.
void ScenarioChart::updateValueRanges()
{
    if (m_dragging && m_stackMax <= m_axes.stack()->max() && m_shareMax <= m_axes.share()->max())
        return;
    m_axes.setValueRanges(m_stackMax, m_shareMax);
}

/// Finds the year the paid revenue share adds up to the cap and marks it on the share line.
void ScenarioChart::updateCap()
{
    std::optional<int> reached;
    double reachedShare = 0.0;
    if (m_cap && *m_cap > 0.0) {
        double paid = 0.0;
        for (const ProjectionYear &year : m_projection.years) {
            paid += year.revenueShare;
            if (paid >= *m_cap * (1.0 - 1e-9)) {
                reached = year.year;
                reachedShare = year.revenueShare;
                break;
            }
        }
    }
    m_capYear = reached;
    m_capPoint->replace(reached ? QList<QPointF> {{double(*reached), reachedShare}} : QList<QPointF> {});
    chartLegend()->setShown(m_capPoint, reached.has_value());
    m_capText->setVisible(reached.has_value());
    m_capBack->setVisible(reached.has_value());
    if (reached)
        m_capLabel = (tr("Cap of $%1 B reached: no revenue share after %2")
                          .arg(QLocale().toString(*m_cap, 'f', 0))
                          .arg(*reached));
    m_capText->setText(m_capLabel);
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
    const int agiYear = int(m_markerYears[2]);
    const QString agiMark
        = m_agiAssumedByAgreement ? tr("AGI %1 (assumed)").arg(agiYear) : tr("AGI %1 (model only)").arg(agiYear);
    m_markerFull = {m_projection.regime == RegimeKind::Apr2026 ? tr("2030: research IP, revenue share end")
                                                               : tr("2030: research IP ends"),
                    tr("2032: IP licence ends"), agiMark};
    // Short forms for a narrow chart: the year says which line it is.
    m_markerBrief = {QStringLiteral("2030"), QStringLiteral("2032"), tr("AGI %1").arg(agiYear)};
    // A shared line carries both texts, one under the other, so the label stays narrow.
    for (std::size_t i = 0; i < 2; ++i) {
        if (m_markerYears[2] == m_markerYears[i]) {
            m_markerFull[i] += u'\n' + agiMark;
            m_markerBrief[i] = m_markerBrief[2];
        }
    }
    for (std::size_t i = 0; i < m_markerText.size(); ++i)
        m_markerText[i]->setText(m_markerFull[i]); // until placed, which may shorten them
    placeMarkerLabels();
}

/// Places the marker labels (and the cap's) inside the plot so that none covers another, a data point, or
/// another marker's line: right of its line if there is room, else left, else a row lower; a short form when
/// the full text finds no place.
void ScenarioChart::placeMarkerLabels()
{
    const QRectF plot = chart()->plotArea();
    if (plot.isEmpty() || m_projection.years.empty())
        return;
    const QFontMetricsF metrics(m_markerText[0]->font());
    const double rowHeight = metrics.height() + 2.0;

    // What a label must not cover: the revenue share lines, their data points and the stretches between
    // them (as small squares every few pixels), and the marker lines.
    QList<QRectF> points;
    for (QLineSeries *series : {m_revenueShare, m_compareShare}) {
        if (!series->isVisible())
            continue;
        const QList<QPointF> values = series->points();
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QPointF at = chart()->mapToPosition(values[i], series);
            points.append(QRectF(at - QPointF(5.0, 5.0), QSizeF(10.0, 10.0)));
            if (i == 0)
                continue;
            const QPointF from = chart()->mapToPosition(values[i - 1], series);
            const int steps = int(std::ceil(QLineF(from, at).length() / 4.0));
            for (int step = 1; step < steps; ++step) {
                const QPointF on = from + (at - from) * (double(step) / steps);
                points.append(QRectF(on - QPointF(2.0, 2.0), QSizeF(4.0, 4.0)));
            }
        }
    }
    QList<double> lines;
    for (std::size_t i = 0; i < m_markers.size(); ++i) {
        if (m_markerText[i]->isVisible())
            lines.append(chart()->mapToPosition(QPointF(m_markerYears[i], 0.0), m_bands[0]).x());
    }
    QList<QRectF> placed;
    const auto fits = [&](const QRectF &rect, double ownLine, bool strict) {
        if (rect.left() < plot.left() + 1.0 || rect.right() > plot.right() - 1.0 || rect.bottom() > plot.bottom())
            return false;
        const auto hits = [&](const QRectF &other) { return other.intersects(rect); };
        if (std::any_of(placed.cbegin(), placed.cend(), hits))
            return false;
        if (!strict)
            return true;
        if (std::any_of(points.cbegin(), points.cend(), hits))
            return false;
        return std::none_of(lines.cbegin(), lines.cend(),
                            [&](double x) { return x != ownLine && x > rect.left() - 2.0 && x < rect.right() + 2.0; });
    };
    // The first place that fits, each row right of the anchor then left of it: rows from the top for a
    // marker's label, which names a whole year; the rows nearest the anchor first for a point's.
    enum class Rows { FromTop, NearestFirst };
    const auto findPlace
        = [&](QSizeF size, QPointF anchor, double ownLine, bool strict, Rows order) -> std::optional<QRectF> {
        QList<double> rows;
        for (double y = plot.top() + 2.0; y + size.height() <= plot.bottom(); y += rowHeight)
            rows.append(y);
        if (order == Rows::NearestFirst) {
            std::stable_sort(rows.begin(), rows.end(), [&](double a, double b) {
                return std::abs(a + size.height() / 2.0 - anchor.y()) < std::abs(b + size.height() / 2.0 - anchor.y());
            });
        }
        for (const double y : std::as_const(rows)) {
            for (const double x : {anchor.x() + 4.0, anchor.x() - 4.0 - size.width()}) {
                const QRectF rect(QPointF(x, y), size);
                if (fits(rect, ownLine, strict))
                    return rect;
            }
        }
        return std::nullopt;
    };
    // A marker's label stays, at worst at the top in its short form; the cap's, which the legend and its
    // point already explain, is left out where it would cover another label.
    enum class NoRoom { Force, Hide };
    const auto place = [&](QGraphicsSimpleTextItem *label, QGraphicsRectItem *back, const QStringList &texts,
                           QPointF anchor, double ownLine, NoRoom noRoom, Rows order) {
        std::optional<QRectF> rect;
        for (bool strict : {true, false}) {
            for (const QString &text : texts) {
                label->setText(text);
                rect = findPlace(label->boundingRect().size(), anchor, ownLine, strict, order);
                if (rect)
                    break;
            }
            if (rect)
                break;
        }
        label->setVisible(rect || noRoom == NoRoom::Force);
        back->setVisible(label->isVisible());
        if (!label->isVisible())
            return;
        if (!rect) // no room at all: the short text at the top, right of its anchor
            rect = QRectF(QPointF(anchor.x() + 4.0, plot.top() + 2.0), label->boundingRect().size());
        placed.append(*rect);
        label->setPos(rect->topLeft());
        back->setRect(rect->adjusted(-2.0, 0.0, 2.0, 0.0));
    };

    // Left to right, so that the labels of close lines stack in order.
    std::array<std::size_t, 3> order {0, 1, 2};
    std::sort(order.begin(), order.end(),
              [this](std::size_t a, std::size_t b) { return m_markerYears[a] < m_markerYears[b]; });
    for (const std::size_t i : order) {
        if (!m_markerText[i]->isVisible())
            continue;
        const QPointF at = chart()->mapToPosition(QPointF(m_markerYears[i], 0.0), m_bands[0]);
        place(m_markerText[i], m_markerBack[i], {m_markerFull[i], m_markerBrief[i]}, at, at.x(), NoRoom::Force,
              Rows::FromTop);
    }
    if (m_capPoint->isVisible() && !m_capPoint->points().isEmpty() && m_capYear) {
        const QPointF at = chart()->mapToPosition(m_capPoint->points().constFirst(), m_capPoint);
        place(m_capText, m_capBack, {m_capLabel, tr("Cap reached %1").arg(*m_capYear)}, at, -1.0, NoRoom::Hide,
              Rows::NearestFirst);
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

QString ScenarioChart::valueTextAt(const QPoint &pos) const
{
    const QPointF at = chartPosition(pos);
    if (!inPlot(at) || m_projection.years.empty())
        return {};
    const QPointF stackValue = chart()->mapToValue(at, m_bands[0]);
    const int year = int(std::lround(stackValue.x()));
    const ProjectionYear *entry = m_projection.at(year);
    if (!entry)
        return {};
    const ProjectionYear *compared = m_comparison ? m_comparison->at(year) : nullptr;
    const auto near = [&](double value, QAbstractSeries *series) {
        return QLineF(chart()->mapToPosition(QPointF(year, value), series), at).length() <= HitRadius;
    };
    const QString comparedName
        = m_comparisonName.isEmpty() ? m_compareStack->name() : tr("Compared (%1)").arg(m_comparisonName);
    QStringList lines {QString::number(year)};
    // Both scenarios' values of one quantity and their difference.
    const auto withComparison = [&](double own, double other) {
        lines.append(ChartValueText::line(comparedName, ChartValueText::amount(other)));
        lines.append(ChartValueText::line(tr("Difference"), ChartValueText::change(own - other)));
    };

    const bool onShare = near(entry->revenueShare, m_revenueShare);
    if (onShare || (compared && near(compared->revenueShare, m_compareShare))) {
        lines.append(ChartValueText::line(tr("Revenue share"), ChartValueText::amount(entry->revenueShare)));
        if (compared)
            withComparison(entry->revenueShare, compared->revenueShare);
        return lines.join(u'\n');
    }
    // The band under the pointer, unless it points at the compared stack's line.
    const bool onComparedLine = compared && near(compared->azureTotal(), m_compareStack);
    double below = 0.0;
    for (int band = 0; band < BandCount && !onComparedLine; ++band) {
        const double part = layerPart(*entry, band);
        if (stackValue.y() >= below && stackValue.y() < below + part) {
            lines.append(ChartValueText::line(m_bands[std::size_t(band)]->name(), ChartValueText::amount(part)));
            break;
        }
        below += part;
    }
    if (lines.size() == 1 && !onComparedLine)
        return {}; // above the stack, on nothing
    lines.append(ChartValueText::line(tr("Azure stack"), ChartValueText::amount(entry->azureTotal())));
    if (compared)
        withComparison(entry->azureTotal(), compared->azureTotal());
    return lines.join(u'\n');
}

} // namespace Dealscope
