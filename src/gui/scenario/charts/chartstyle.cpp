// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/charts/chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>

namespace Dealscope {

void applyChartPalette(QChart *chart, std::initializer_list<QAbstractAxis *> axes, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    QColor grid = text;
    grid.setAlphaF(0.18f);
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(grid);
    }
}

void localizeChart(QChart *chart)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    chart->setLocale(locale);
    chart->setLocalizeNumbers(true);
}

void refreshLegendLabels(QChart *chart)
{
    const QList<QLegendMarker *> markers = chart->legend()->markers();
    for (QLegendMarker *marker : markers) {
        if (marker->series())
            marker->setLabel(marker->series()->name());
    }
}

namespace {

constexpr char BaseTitleFontProperty[] = "dealscopeBaseTitleFont";
constexpr qreal TitlePadding = 12; ///< the title item's document margins and a little air
constexpr qreal SmallestTitleScale = 0.7; ///< below this a title is harder to read than a cut one

} // namespace

void fitAxisTitles(QChart *chart)
{
    const QRectF plot = chart->plotArea();
    if (plot.isEmpty())
        return;
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        if (axis->titleText().isEmpty() || !axis->isTitleVisible())
            continue;
        // Always start from the font the axis had, so that a shorter title or a larger chart grows it back.
        QVariant stored = axis->property(BaseTitleFontProperty);
        if (!stored.isValid()) {
            stored = QVariant::fromValue(axis->titleFont());
            axis->setProperty(BaseTitleFontProperty, stored);
        }
        const QFont base = stored.value<QFont>();
        const qreal length = (axis->orientation() == Qt::Vertical ? plot.height() : plot.width()) - TitlePadding;
        QFont font = base;
        const qreal baseSize = base.pointSizeF();
        if (baseSize > 0) {
            for (qreal size = baseSize; size >= baseSize * SmallestTitleScale; size -= 0.5) {
                font.setPointSizeF(size);
                if (QFontMetricsF(font).horizontalAdvance(axis->titleText()) <= length)
                    break;
            }
        }
        if (font != axis->titleFont())
            axis->setTitleFont(font);
    }
}

void keepAxisTitlesFitting(QChart *chart)
{
    // Queued: the layout that moved the plot area is still running.
    QObject::connect(
        chart, &QChart::plotAreaChanged, chart, [chart] { fitAxisTitles(chart); }, Qt::QueuedConnection);
    fitAxisTitles(chart);
}

} // namespace Dealscope
