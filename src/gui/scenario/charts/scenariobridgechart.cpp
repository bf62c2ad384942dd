// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/charts/scenariobridgechart.h"

#include "scenario/charts/chartaxes.h"
#include "scenario/charts/chartlabels.h"
#include "scenario/charts/chartlegend.h"
#include "scenario/charts/chartstyle.h"
#include "scenario/charts/chartvaluetext.h"
#include "widgets/colourmix.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Dealscope {

namespace {

/// The share of a row's height a bar takes.
constexpr double BarHeight = 0.62;

QString signedValue(double value, bool withSign)
{
    const QLocale locale;
    const int decimals = std::abs(value) < 10.0 ? 1 : 0;
    const QString text = locale.toString(value, 'f', decimals);
    return withSign && value > 0.0 ? QStringLiteral("+") + text : text;
}

} // namespace

ScenarioBridgeChart::ScenarioBridgeChart(QWidget *parent)
    : ScenarioChartView(parent)
    , m_series(new QHorizontalBarSeries)
    , m_totalSet(new QBarSet(QString()))
    , m_upSet(new QBarSet(QString()))
    , m_downSet(new QBarSet(QString()))
    , m_axisY(new QBarCategoryAxis(this))
    , m_axisX(new QValueAxis(this))
{
    setObjectName(QStringLiteral("bridgeChart"));
    setMouseTracking(true);
    for (QBarSet *set : {m_totalSet, m_upSet, m_downSet})
        m_series->append(set);
    m_baseLabelFont = addHorizontalBarAxes(chart(), m_series, m_axisX, m_axisY);
    followPlotArea([this] { placeBars(); },
                   [this] {
                       fitValueAxis();
                       fitCategories();
                   });
    completeSetup();
}

double ScenarioBridgeChart::measureOf(const BridgeMeasures &measures) const
{
    return m_measure == Measure::Microsoft ? measures.microsoft : measures.revenueShare;
}

void ScenarioBridgeChart::setResult(const BridgeResult &result)
{
    m_result = result;
    rebuild();
}

void ScenarioBridgeChart::setMeasure(Measure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    rebuild();
}

void ScenarioBridgeChart::highlightTerms(const QList<ContractTerm> &terms)
{
    m_highlighted = terms;
    applyPalette(chartPalette(palette()));
}

/// The rows, labels and value texts of the result in the measure shown.
void ScenarioBridgeChart::rebuild()
{
    m_rows.clear();
    m_labels.clear();
    if (m_result) {
        const double start = measureOf(m_result->start);
        m_rows.append({std::nullopt, 0.0, start});
        m_labels.append(regimeLabel(m_result->from));
        double running = start;
        for (const BridgeStep &step : m_result->steps) {
            const double change = measureOf(step.change);
            m_rows.append({step.term, running, running + change});
            m_labels.append(ScenarioBridge::termLabel(step.term));
            running += change;
        }
        m_rows.append({std::nullopt, 0.0, measureOf(m_result->end)});
        m_labels.append(regimeLabel(m_result->to));
        QStringList steps;
        for (qsizetype row = 1; row + 1 < m_rows.size(); ++row)
            steps.append(m_labels.at(row) + QLatin1Char(' ')
                         + ChartValueText::change(m_rows.at(row).to - m_rows.at(row).from));
        setDataSummary(tr("%1 %2; %3; %4 %5.")
                           .arg(m_labels.constFirst(), ChartValueText::amount(start), steps.join(QStringLiteral("; ")),
                                m_labels.constLast(), ChartValueText::amount(measureOf(m_result->end))));
    }

    fitCategories();
    for (QBarSet *set : {m_totalSet, m_upSet, m_downSet}) {
        if (set->count() != m_labels.size()) {
            set->remove(0, set->count());
            set->append(QList<qreal>(m_labels.size(), 0.0));
        }
    }

    while (m_bars.size() > m_rows.size()) {
        delete m_bars.takeLast();
        delete m_bands.takeLast();
        delete m_values.takeLast();
    }
    while (m_bars.size() < m_rows.size()) {
        auto *bar = new QGraphicsRectItem(chart());
        bar->setZValue(10);
        m_bars.append(bar);
        auto *band = new QGraphicsRectItem(chart());
        band->setZValue(5); // over the grid, under the bar
        band->setPen(Qt::NoPen);
        band->setVisible(false);
        m_bands.append(band);
        auto *value = new QGraphicsSimpleTextItem(chart());
        value->setZValue(20);
        tagChartLabel(value, ChartLabel::Kind::DataValue);
        m_values.append(value);
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        m_values[i]->setText(signedValue(row.to - row.from, row.term.has_value()));
    }

    if (m_result) {
        const QString measure
            = m_measure == Measure::Microsoft ? tr("Microsoft's OpenAI-driven revenue") : tr("net revenue share");
        // The two regimes name the first and the last bar, so the title leaves them out and stays short.
        QString title = tr("%1, cumulative %2–%3, term by term (illustrative)")
                            .arg(measure)
                            .arg(m_result->firstYear)
                            .arg(m_result->lastYear);
        title[0] = title[0].toUpper(); // the measure leads, and some languages write it in lower case
        setChartTitle(title);
    }
    fitValueAxis();
    applyPalette(chartPalette(palette()));
    placeBars();
}

/// The bar names, bottom to top as Qt Charts lists categories (the first regime on top), within a good
/// part of the chart's width.
void ScenarioBridgeChart::fitCategories()
{
    QStringList bottomUp(m_labels.crbegin(), m_labels.crend());
    const double rowHeight = bottomUp.isEmpty() ? 0.0 : chart()->plotArea().height() / double(bottomUp.size());
    fitCategoryLabels(m_axisY, bottomUp, m_baseLabelFont, std::max<qreal>(80.0, chart()->size().width() * 0.26),
                      rowHeight);
}

/// Zero and every bar's ends in range, with room past the bars for their values.
void ScenarioBridgeChart::fitValueAxis()
{
    double lowest = 0.0;
    double highest = 0.0;
    for (const Row &row : std::as_const(m_rows)) {
        lowest = std::min({lowest, row.from, row.to});
        highest = std::max({highest, row.from, row.to});
    }
    const double extent = std::max(1.0, highest - lowest);
    const double width = chart()->plotArea().width();
    const double labelWidth = QFontMetricsF(m_axisX->labelsFont()).horizontalAdvance(QStringLiteral("-0000")) * 1.5;
    const int ticks = width > 0.0 ? std::clamp(int(width / labelWidth), 3, 7) : 6;
    const double step = niceAxisRange(extent * 1.25, ticks).second;
    const double room = extent * 0.28; // the values past the bars' ends
    const double min = lowest < 0.0 ? std::floor((lowest - room) / step) * step : 0.0;
    const double max = std::ceil((highest + room) / step) * step;
    m_axisX->setTickType(QValueAxis::TicksDynamic);
    m_axisX->setTickAnchor(0.0);
    m_axisX->setTickInterval(step);
    m_axisX->setRange(min, std::max(max, min + step));
}

/// Each row's bar from its start to its end, and its value just past the end it moved to, inside the plot.
void ScenarioBridgeChart::placeBars()
{
    const QRectF plot = chart()->plotArea();
    const int count = int(m_rows.size());
    if (plot.isEmpty() || count == 0 || m_bars.size() != count) // mid-rebuild: placed once it is done
        return;
    const double rowHeight = plot.height() / count;
    const QFont font = m_axisY->labelsFont();
    for (int i = 0; i < count; ++i) {
        const Row &row = m_rows.at(i);
        const double category = count - 1 - i; // bottom-up index of the row
        const QPointF a = chart()->mapToPosition(QPointF(row.from, category), m_series);
        const QPointF b = chart()->mapToPosition(QPointF(row.to, category), m_series);
        const double left = std::min(a.x(), b.x());
        // A step too small to see still gets a hairline, so that its row does not look empty.
        const double width = std::max(1.5, std::abs(b.x() - a.x()));
        const double height = rowHeight * BarHeight;
        m_bars[i]->setRect(left, a.y() - height / 2.0, width, height);
        m_bands[i]->setRect(plot.left(), a.y() - rowHeight / 2.0, plot.width(), rowHeight);

        QGraphicsSimpleTextItem *value = m_values[i];
        value->setFont(font);
        const QSizeF size = value->boundingRect().size();
        const bool rising = row.to >= row.from;
        double x = rising ? left + width + 4.0 : left - 4.0 - size.width();
        if (x < plot.left() + 1.0 || x + size.width() > plot.right() - 1.0) // no room outside: inside the bar
            x = rising ? left + width - size.width() - 4.0 : left + 4.0;
        value->setPos(std::clamp(x, plot.left() + 1.0, plot.right() - size.width() - 1.0), a.y() - size.height() / 2.0);
        value->setVisible(size.height() <= rowHeight);
    }
    colourValues(chartPalette(palette()));
}

QStringList ScenarioBridgeChart::valueLabels() const
{
    QStringList texts;
    for (const QGraphicsSimpleTextItem *value : m_values) {
        if (value->isVisible())
            texts.append(value->text());
    }
    return texts;
}

std::optional<ContractTerm> ScenarioBridgeChart::termAt(const QPoint &position) const
{
    const QPointF scene = mapToScene(position);
    const QRectF plot = chart()->plotArea();
    const int count = int(m_rows.size());
    if (count == 0 || scene.y() < plot.top() || scene.y() >= plot.bottom())
        return std::nullopt;
    // The whole row answers, the bar's name on the axis included: a small step's bar is hard to hit.
    if (scene.x() > plot.right())
        return std::nullopt;
    const int row = std::clamp(int((scene.y() - plot.top()) / (plot.height() / count)), 0, count - 1);
    return m_rows.at(row).term;
}

QRect ScenarioBridgeChart::barRect(ContractTerm term) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).term == term)
            return mapFromScene(m_bars.at(i)->sceneBoundingRect()).boundingRect();
    }
    return {};
}

void ScenarioBridgeChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const std::optional<ContractTerm> term = termAt(event->position().toPoint())) {
            Q_EMIT termClicked(*term);
            event->accept();
            return;
        }
    }
    ScenarioChartView::mousePressEvent(event);
}

void ScenarioBridgeChart::mouseMoveEvent(QMouseEvent *event)
{
    const std::optional<ContractTerm> term = termAt(event->position().toPoint());
    viewport()->setCursor(term ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setToolTip(term ? tr("%1: select clause %2")
                          .arg(ScenarioBridge::termLabel(*term), ScenarioBridge::clauses(*term).join(tr(" or ")))
                    : QString());
    ScenarioChartView::mouseMoveEvent(event);
}

void ScenarioBridgeChart::applyPalette(const ChartPalette &colors)
{
    m_totalSet->setColor(colors.bridgeTotal);
    m_upSet->setColor(colors.bridgeUp);
    m_downSet->setColor(colors.bridgeDown);
    for (int i = 0; i < m_rows.size() && i < m_bars.size(); ++i) {
        const Row &row = m_rows.at(i);
        const QColor fill = !row.term ? colors.bridgeTotal : row.to >= row.from ? colors.bridgeUp : colors.bridgeDown;
        m_bars[i]->setBrush(fill);
        m_bars[i]->setPen(QPen(fill.darker(130), 1.0));
        // The selected clause's terms: their rows shaded as a selection is, so that a bar keeps its colour
        // (an outline drew a thin bar all black, like a kind of bar the legend does not name).
        m_bands[i]->setBrush(mixColours(colors.background.color(), palette().color(QPalette::Highlight), 0.25));
        m_bands[i]->setVisible(row.term && m_highlighted.contains(*row.term));
    }
    colourValues(colors);
    chartLegend()->refresh();
}

/// The values in the text colour; one that found no room past its bar is inside it, in a contrasting colour.
void ScenarioBridgeChart::colourValues(const ChartPalette &colors)
{
    for (int i = 0; i < m_values.size() && i < m_bars.size(); ++i) {
        const bool inside = m_bars[i]->rect().contains(m_values[i]->sceneBoundingRect().center());
        const QColor fill = m_bars[i]->brush().color();
        m_values[i]->setBrush(inside ? (fill.lightnessF() < 0.55 ? QColor(Qt::white) : QColor(Qt::black))
                                     : colors.text);
    }
}

void ScenarioBridgeChart::retranslate()
{
    m_totalSet->setLabel(tr("Under the terms"));
    m_upSet->setLabel(tr("Term adds"));
    m_downSet->setLabel(tr("Term takes away"));
    m_axisX->setTitleText(tr("USD billions"));
    if (m_result)
        rebuild();
}

} // namespace Dealscope
