// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/charts/chartlegend.h"

#include "scenario/charts/chartlabels.h"

#include <QAreaSeries>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>

#include <algorithm>

namespace Dealscope {

namespace {

constexpr qreal SwatchWidth = 18.0;
constexpr qreal SwatchGap = 5.0;
constexpr qreal EntryGap = 14.0; ///< between entries side by side
constexpr qreal Padding = 8.0; ///< between the legend and the plot's axes
constexpr qreal BaseMargin = 4.0; ///< the chart's own margin
constexpr qreal MaxColumnShare = 0.3; ///< of the chart's width; a wider column goes under the plot

} // namespace

/// One entry's swatch: a patch of an area's fill and border, a stretch of a line with its dashes and point
/// marker, or a bar's colour.
class ChartLegendSwatch : public QGraphicsItem
{
public:
    enum class Shape { Area, Line, Bar, Point };

    explicit ChartLegendSwatch(QGraphicsItem *parent) : QGraphicsItem(parent) { }

    void setLook(Shape shape, const QBrush &brush, const QPen &pen, bool points)
    {
        m_shape = shape;
        m_brush = brush;
        m_pen = pen;
        m_points = points;
        update();
    }

    QRectF boundingRect() const override { return QRectF(0.0, 0.0, SwatchWidth, m_height); }
    void setHeight(qreal height)
    {
        prepareGeometryChange();
        m_height = height;
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QRectF box = boundingRect();
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (m_shape == Shape::Line) {
            QPen pen = m_pen;
            pen.setWidthF(std::min<qreal>(pen.widthF(), 3.0));
            painter->setPen(pen);
            painter->drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
            if (m_points) {
                painter->setBrush(pen.color());
                painter->drawEllipse(box.center(), 3.0, 3.0);
            }
        } else if (m_shape == Shape::Point) {
            painter->setBrush(m_brush);
            painter->setPen(m_pen);
            painter->drawRect(QRectF(box.center() - QPointF(4.0, 4.0), QSizeF(8.0, 8.0)));
        } else {
            const QRectF patch(box.left(), box.center().y() - 5.0, box.width(), 10.0);
            painter->setBrush(m_brush);
            painter->setPen(m_pen.style() == Qt::NoPen ? QPen(m_brush.color(), 0.8) : m_pen);
            painter->drawRect(patch);
        }
        painter->restore();
    }

private:
    Shape m_shape = Shape::Area;
    QBrush m_brush;
    QPen m_pen;
    bool m_points = false;
    qreal m_height = 12.0;
};

ChartLegend::ChartLegend(QChart *chart) : QObject(chart), m_chart(chart)
{
    m_chart->legend()->setVisible(false);
    connect(m_chart, &QChart::geometryChanged, this, &ChartLegend::layout);
    connect(m_chart, &QChart::plotAreaChanged, this, &ChartLegend::layout);
}

ChartLegend::~ChartLegend() = default;

void ChartLegend::refresh()
{
    QList<QLegendMarker *> shown;
    const QList<QLegendMarker *> markers = m_chart->legend()->markers();
    for (QLegendMarker *marker : markers) {
        if (marker->series() && marker->series()->isVisible() && !m_hidden.contains(marker->series()))
            shown.append(marker);
    }
    while (m_entries.size() > shown.size()) {
        const Entry entry = m_entries.takeLast();
        delete entry.swatch;
        delete entry.label;
    }
    while (m_entries.size() < shown.size()) {
        Entry entry {new ChartLegendSwatch(m_chart), new QGraphicsSimpleTextItem(m_chart)};
        entry.swatch->setZValue(30);
        entry.label->setZValue(30);
        tagChartLabel(entry.label, ChartLabel::Kind::Legend);
        m_entries.append(entry);
    }
    const QColor text = m_chart->legend()->labelColor();
    for (qsizetype i = 0; i < shown.size(); ++i) {
        QLegendMarker *marker = shown[i];
        const Entry &entry = m_entries[i];
        entry.label->setText(marker->label());
        entry.label->setBrush(text);
        if (auto *area = qobject_cast<QAreaSeries *>(marker->series())) {
            entry.swatch->setLook(ChartLegendSwatch::Shape::Area, area->brush(), area->pen(), false);
        } else if (auto *points = qobject_cast<QScatterSeries *>(marker->series())) {
            entry.swatch->setLook(ChartLegendSwatch::Shape::Point, points->brush(), QPen(points->borderColor(), 2.0),
                                  false);
        } else if (auto *line = qobject_cast<QLineSeries *>(marker->series())) {
            entry.swatch->setLook(ChartLegendSwatch::Shape::Line, QBrush(), line->pen(), line->pointsVisible());
        } else if (auto *bar = qobject_cast<QBarLegendMarker *>(marker)) {
            entry.swatch->setLook(ChartLegendSwatch::Shape::Bar, bar->barset()->brush(), bar->barset()->pen(), false);
        } else {
            entry.swatch->setLook(ChartLegendSwatch::Shape::Area, marker->brush(), marker->pen(), false);
        }
    }
    layout();
}

void ChartLegend::setShown(const QAbstractSeries *series, bool shown)
{
    if (shown == !m_hidden.contains(series))
        return;
    if (shown)
        m_hidden.remove(series);
    else
        m_hidden.insert(series);
    refresh();
}

QRectF ChartLegend::sceneRect() const
{
    QRectF united;
    for (const Entry &entry : m_entries)
        united |= entry.swatch->sceneBoundingRect() | entry.label->sceneBoundingRect();
    return united;
}

/// A column on the right when it takes at most MaxColumnShare of the width and fits the height, else rows
/// under the plot; then the chart's margins make room for it.
void ChartLegend::layout()
{
    if (m_layingOut || m_entries.isEmpty())
        return;
    m_layingOut = true;
    const QRectF chartRect = m_chart->rect();
    // Rows under the plot may take at most this share of the chart's height before the text gets smaller.
    constexpr qreal MaxRowsShare = 0.3;
    qreal rowHeight = 0.0;
    QList<qreal> widths;
    qreal columnWidth = 0.0;
    qreal columnHeight = 0.0;
    QList<QList<qsizetype>> rows;
    for (const qreal scale : {1.0, 0.85}) {
        QFont font = m_chart->legend()->font();
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * scale);
        rowHeight = QFontMetricsF(font).height() + 3.0;
        widths.clear();
        qreal widest = 0.0;
        for (const Entry &entry : std::as_const(m_entries)) {
            entry.label->setFont(font);
            entry.swatch->setHeight(rowHeight - 3.0);
            widths.append(SwatchWidth + SwatchGap + entry.label->boundingRect().width());
            widest = std::max(widest, widths.constLast());
        }
        columnWidth = widest + Padding + BaseMargin;
        columnHeight = rowHeight * qreal(m_entries.size());
        m_below = columnWidth > chartRect.width() * MaxColumnShare || columnHeight > chartRect.height() * 0.8;

        // Rows under the plot: as many entries per row as fit.
        const qreal rowWidth = chartRect.width() - 2.0 * (BaseMargin + Padding);
        rows.clear();
        if (m_below) {
            qreal used = 0.0;
            for (qsizetype i = 0; i < m_entries.size(); ++i) {
                if (rows.isEmpty() || (used > 0.0 && used + EntryGap + widths[i] > rowWidth)) {
                    rows.append(QList<qsizetype>());
                    used = 0.0;
                } else if (used > 0.0) {
                    used += EntryGap;
                }
                rows.last().append(i);
                used += widths[i];
            }
        }
        if (!m_below || rowHeight * qreal(rows.size()) <= chartRect.height() * MaxRowsShare)
            break;
    }
    const QMargins wanted = m_below
        ? QMargins(4, 4, 4, int(std::ceil(rowHeight * qreal(rows.size()) + Padding + BaseMargin)))
        : QMargins(4, 4, int(std::ceil(columnWidth)), 4);
    if (m_chart->margins() != wanted)
        m_chart->setMargins(wanted);

    const auto place = [&](qsizetype i, QPointF at) {
        const Entry &entry = m_entries[i];
        entry.swatch->setPos(at.x(), at.y() + 1.0);
        entry.label->setPos(at.x() + SwatchWidth + SwatchGap,
                            at.y() + (rowHeight - entry.label->boundingRect().height()) / 2.0);
    };
    if (m_below) {
        qreal y = chartRect.bottom() - BaseMargin - rowHeight * qreal(rows.size());
        for (const QList<qsizetype> &row : std::as_const(rows)) {
            qreal width = EntryGap * qreal(row.size() - 1);
            for (qsizetype i : row)
                width += widths[i];
            qreal x = chartRect.left() + (chartRect.width() - width) / 2.0;
            for (qsizetype i : row) {
                place(i, QPointF(x, y));
                x += widths[i] + EntryGap;
            }
            y += rowHeight;
        }
    } else {
        const QRectF plot = m_chart->plotArea();
        const qreal x = chartRect.right() - columnWidth + Padding;
        qreal y = std::max(chartRect.top() + BaseMargin, plot.center().y() - columnHeight / 2.0);
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            place(i, QPointF(x, y));
            y += rowHeight;
        }
    }
    m_layingOut = false;
}

} // namespace Dealscope
