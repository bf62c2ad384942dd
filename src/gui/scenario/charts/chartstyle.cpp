// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/charts/chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>

namespace Dealscope {

namespace {

// Okabe–Ito hues.
constexpr QRgb Blue = qRgb(0x00, 0x72, 0xB2);
constexpr QRgb Orange = qRgb(0xE6, 0x9F, 0x00);
constexpr QRgb BluishGreen = qRgb(0x00, 0x9E, 0x73);
constexpr QRgb Vermillion = qRgb(0xD5, 0x5E, 0x00);
constexpr QRgb SkyBlue = qRgb(0x56, 0xB4, 0xE9);

QColor withAlpha(QColor color, float alpha)
{
    color.setAlphaF(alpha);
    return color;
}

/// A pale tint of @p color, for a band drawn under a band in the full colour.
QColor tint(const QColor &color)
{
    return QColor::fromRgbF(0.45f * color.redF() + 0.55f, 0.45f * color.greenF() + 0.55f,
                            0.45f * color.blueF() + 0.55f);
}

} // namespace

ChartPalette chartPalette(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    const std::array<QColor, 3> layers = {QColor(Blue), QColor(Orange), QColor(BluishGreen)};
    const QColor share(Vermillion);
    return {
        .background = palette.brush(QPalette::Base),
        .text = text,
        .axisLine = palette.color(QPalette::Mid),
        .grid = withAlpha(text, 0.18f),
        .layers = layers,
        .layerBaselines = {tint(layers[0]), tint(layers[1]), tint(layers[2])},
        .layerBorders = {layers[0].darker(130), layers[1].darker(130), layers[2].darker(130)},
        .revenueShare = share,
        .revenueShareAxis = dark ? share.lighter(140) : share.darker(115),
        .exclusivityHatch = withAlpha(text, 0.35f),
        .marker = text,
        .markerLabelBackground = withAlpha(base, 0.8f),
        .comparison = text,
        .comparisonShare = share,
        .fanStack = QColor(Blue),
        .fanStackFill = withAlpha(QColor(Blue), dark ? 0.5f : 0.3f),
        .fanShare = dark ? share.lighter(125) : share,
        .fanShareFill = dark ? share.lighter(125) : share.darker(110),
        .tornadoLow = QColor(SkyBlue),
        .tornadoHigh = QColor(Vermillion),
        .bridgeTotal = QColor(Blue),
        .bridgeUp = QColor(BluishGreen),
        .bridgeDown = QColor(Vermillion),
    };
}

void applyChartPalette(QChart *chart, const ChartPalette &colors)
{
    chart->setBackgroundBrush(colors.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(colors.text);
    chart->legend()->setLabelColor(colors.text);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(colors.text);
        axis->setTitleBrush(colors.text);
        axis->setLinePenColor(colors.axisLine);
        axis->setGridLineColor(colors.grid);
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
constexpr char BaseTitleTextProperty[] = "dealscopeBaseTitleText"; ///< the title as its chart set it
constexpr char WrappedTitleProperty[] = "dealscopeWrappedTitle"; ///< the title as last shown
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
        // Always start from the font and text the axis had, so that a larger chart grows the title back.
        QVariant stored = axis->property(BaseTitleFontProperty);
        if (!stored.isValid()) {
            stored = QVariant::fromValue(axis->titleFont());
            axis->setProperty(BaseTitleFontProperty, stored);
        }
        QString text = axis->property(BaseTitleTextProperty).toString();
        if (axis->titleText() != axis->property(WrappedTitleProperty).toString()) {
            text = axis->titleText(); // set anew by its chart since it was last fitted
            axis->setProperty(BaseTitleTextProperty, text);
        }
        const QFont base = stored.value<QFont>();
        const qreal length = (axis->orientation() == Qt::Vertical ? plot.height() : plot.width()) - TitlePadding;
        QFont font = base;
        const qreal baseSize = base.pointSizeF();
        bool fits = false;
        if (baseSize > 0) {
            for (qreal size = baseSize; size >= baseSize * SmallestTitleScale; size -= 0.5) {
                font.setPointSizeF(size);
                fits = QFontMetricsF(font).horizontalAdvance(text) <= length;
                if (fits)
                    break;
            }
        }
        // Still too long in the smallest font: two lines, broken at the space nearest the middle.
        QString shown = text.toHtmlEscaped();
        const qsizetype middle = text.size() / 2;
        const qsizetype before = text.lastIndexOf(u' ', middle);
        const qsizetype after = text.indexOf(u' ', middle);
        const qsizetype at = before < 0 ? after : (after < 0 || middle - before <= after - middle ? before : after);
        if (!fits && at > 0)
            shown = text.left(at).toHtmlEscaped() + QStringLiteral("<br>") + text.mid(at + 1).toHtmlEscaped();
        if (font != axis->titleFont())
            axis->setTitleFont(font);
        axis->setProperty(WrappedTitleProperty, shown);
        if (axis->titleText() != shown)
            axis->setTitleText(shown);
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
