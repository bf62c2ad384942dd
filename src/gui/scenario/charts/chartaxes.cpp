// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/charts/chartaxes.h"

#include "scenario/scenarioengine.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QLocale>
#include <QTextBoundaryFinder>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Dealscope {

namespace {

constexpr double Headroom = 1.04; ///< the highest value stays clear of the plot's top edge

/// Sets @p axis to 0..@p max in steps of @p step, unless it is there already.
void setRangeFromZero(QValueAxis *axis, double max, double step)
{
    if (axis->max() != max || axis->tickInterval() != step) {
        axis->setTickInterval(step);
        axis->setRange(0.0, max);
    }
    // Whole numbers, unless the step is not whole: 2.5 would otherwise read as 0, 3, 5, 8.
    const QString format = std::abs(step - std::round(step)) < 1e-9 ? QStringLiteral("%.0f") : QStringLiteral("%.1f");
    if (axis->labelFormat() != format)
        axis->setLabelFormat(format);
}

QValueAxis *amountAxis(QObject *owner)
{
    auto *axis = new QValueAxis(owner);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    return axis;
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

QFont addHorizontalBarAxes(QChart *chart, QAbstractBarSeries *series, QValueAxis *values, QBarCategoryAxis *categories,
                           double nameScale)
{
    chart->addSeries(series);
    // "%+.0f" draws no numbers at all once the chart localizes them.
    values->setLabelFormat(QStringLiteral("%.0f"));
    categories->setTruncateLabels(false);
    QFont font = categories->labelsFont();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * nameScale);
    categories->setLabelsFont(font);
    chart->addAxis(values, Qt::AlignBottom);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(values);
    series->attachAxis(categories);
    return font;
}

void fitCategoryLabels(QBarCategoryAxis *axis, const QStringList &labels, const QFont &baseFont, double room,
                       double rowHeight)
{
    QFont font = baseFont;
    const qreal baseSize = baseFont.pointSizeF();
    const auto widest = [&](const QFont &candidate) {
        const QFontMetricsF metrics(candidate);
        qreal width = 0.0;
        for (const QString &label : labels)
            width = std::max(width, metrics.horizontalAdvance(label));
        return width;
    };
    for (qreal size = baseSize; baseSize > 0 && size >= baseSize * 0.8; size -= 0.5) {
        font.setPointSizeF(size);
        if (widest(font) <= room)
            break;
    }
    const QFontMetricsF metrics(font);
    // Qt Charts hides a label that reaches into its neighbour's: two lines need a row of two lines and
    // the text item's margins. Before the first layout the plot has no height: wrap as if there were room,
    // the layout comes back here.
    const bool twoLines = rowHeight <= 0.0 || rowHeight >= 2.0 * metrics.lineSpacing() + 4.0;
    // Two lines, broken where the language allows it nearest the middle (Thai, Chinese and Japanese break
    // between words without spaces); a line still too long is elided at @p mode.
    const auto fit = [&](const QString &label, Qt::TextElideMode mode) {
        if (metrics.horizontalAdvance(label) <= room)
            return label.toHtmlEscaped();
        if (!twoLines)
            return metrics.elidedText(label, mode, room).toHtmlEscaped();
        const qsizetype middle = label.size() / 2;
        qsizetype at = -1;
        QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, label);
        for (qsizetype position = breaks.toNextBoundary(); position > 0 && position < label.size();
             position = breaks.toNextBoundary()) {
            if (at < 0 || std::abs(position - middle) < std::abs(at - middle))
                at = position;
        }
        const auto fitted
            = [&](const QString &line) { return metrics.elidedText(line.trimmed(), mode, room).toHtmlEscaped(); };
        return at > 0 ? fitted(label.left(at)) + QStringLiteral("<br>") + fitted(label.mid(at)) : fitted(label);
    };
    QStringList shown;
    for (const QString &label : labels)
        shown.append(fit(label, Qt::ElideRight));
    // Names that differ only at their end ("Terms of Oct 2025", "Terms of Apr 2026") would be shortened
    // alike: those keep their start and their end instead.
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (shown.count(shown.at(i)) < 2)
            continue;
        const QString alike = shown.at(i);
        for (qsizetype j = i; j < shown.size(); ++j) {
            if (shown.at(j) == alike)
                shown[j] = fit(labels.at(j), Qt::ElideMiddle);
        }
    }
    // A category axis drops a repeated name, and its bars with it: two names shortened alike stay apart by
    // zero-width spaces, which draw nothing.
    for (qsizetype i = 1; i < shown.size(); ++i) {
        while (shown.indexOf(shown.at(i)) < i)
            shown[i] += QChar(0x200B);
    }
    if (axis->labelsFont() != font)
        axis->setLabelsFont(font);
    if (axis->categories() != shown)
        axis->setCategories(shown);
}

ProjectionAxes::ProjectionAxes(QChart *chart, QObject *owner)
    : m_chart(chart), m_years(new QValueAxis(owner)), m_stack(amountAxis(owner)), m_share(amountAxis(owner))
{
    m_years->setLabelFormat(QStringLiteral("%.0f"));
    m_years->setTickType(QValueAxis::TicksDynamic);
    m_years->setTickAnchor(ScenarioEngine::BaseYear);
    m_years->setTickInterval(1.0);
    m_years->setMinorTickCount(0);
    m_share->setGridLineVisible(false); // its ticks fall on the stack axis's grid lines
    m_chart->addAxis(m_years, Qt::AlignBottom);
    m_chart->addAxis(m_stack, Qt::AlignLeft);
    m_chart->addAxis(m_share, Qt::AlignRight);
    // Queued: the layout that moved the plot area is still running.
    QObject::connect(
        m_chart, &QChart::plotAreaChanged, owner, [this] { fitYearTicks(); }, Qt::QueuedConnection);
}

void ProjectionAxes::addStackSeries(QAbstractSeries *series)
{
    m_chart->addSeries(series);
    series->attachAxis(m_years);
    series->attachAxis(m_stack);
}

void ProjectionAxes::addShareSeries(QAbstractSeries *series)
{
    m_chart->addSeries(series);
    series->attachAxis(m_years);
    series->attachAxis(m_share);
}

void ProjectionAxes::setTitles(const QString &years, const QString &stack, const QString &share)
{
    m_years->setTitleText(years);
    m_stack->setTitleText(stack);
    m_share->setTitleText(share);
}

void ProjectionAxes::setYears(int first, int last)
{
    if (m_years->min() != first || m_years->max() != last) {
        m_years->setRange(first, last);
        fitYearTicks();
    }
}

void ProjectionAxes::fitYearTicks()
{
    const double span = m_years->max() - m_years->min();
    const double width = m_chart->plotArea().width();
    if (span <= 0.0 || width <= 0.0)
        return;
    const QFontMetricsF metrics(m_years->labelsFont());
    const double label
        = metrics.horizontalAdvance(QLocale().toString(int(m_years->max()))) + metrics.averageCharWidth() * 2;
    double interval = 10.0;
    for (const double step : {1.0, 2.0, 5.0}) {
        if (width / span * step >= label) {
            interval = step;
            break;
        }
    }
    if (m_years->tickInterval() != interval)
        m_years->setTickInterval(interval);
}

void ProjectionAxes::setValueRanges(double stackMax, double shareMax)
{
    const auto [stackTop, stackStep] = niceAxisRange(stackMax * Headroom);
    setRangeFromZero(m_stack, stackTop, stackStep);
    const double ticks = std::round(stackTop / stackStep);
    const auto [shareNice, shareNiceStep] = niceAxisRange(std::max(shareMax, 1.0) * Headroom, int(ticks) + 1);
    const double shareStep = std::max(shareNiceStep, shareNice / ticks);
    setRangeFromZero(m_share, shareStep * ticks, shareStep);
}

} // namespace Dealscope
