// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <utility>

class QAbstractBarSeries;
class QAbstractSeries;
class QBarCategoryAxis;
class QFont;
class QChart;
class QObject;
class QValueAxis;

namespace Dealscope {

/// A "nice" axis maximum at or above @p value and its tick interval (1, 2, 2.5 or 5 × 10ⁿ).
std::pair<double, double> niceAxisRange(double value, int targetTicks = 6);

/// The axes of a chart drawn over the projection years: calendar years along the bottom, the Azure stack
/// on the left and the revenue share on the right, whose ticks fall on the left axis's grid lines.
/// Sets up a horizontal bar chart's axes: @p series measured on @p values along the bottom (whole numbers)
/// and named by @p categories on the left, never cut short (the names are the point of such a chart). Returns
/// the categories' font, in which the chart fits its names (fitCategoryLabels()), @p nameScale of the default.
QFont addHorizontalBarAxes(QChart *chart, QAbstractBarSeries *series, QValueAxis *values, QBarCategoryAxis *categories,
                           double nameScale = 1.0);

/// Sets @p labels (plain text) as the categories of @p axis so that none is wider than @p room: in a font
/// down to 80 % of @p baseFont, then broken on two lines at the space nearest the middle when a category's
/// @p rowHeight has room for two, else elided on one. Qt Charts neither cuts nor wraps category labels, so
/// they would run off the chart's edge; and it hides a label taller than its row outright.
void fitCategoryLabels(QBarCategoryAxis *axis, const QStringList &labels, const QFont &baseFont, double room,
                       double rowHeight);

class ProjectionAxes
{
public:
    /// Creates the axes, owned by @p owner, and adds them to @p chart.
    ProjectionAxes(QChart *chart, QObject *owner);

    QValueAxis *years() const { return m_years; }
    QValueAxis *stack() const { return m_stack; }
    QValueAxis *share() const { return m_share; }

    /// Adds @p series to the chart, measured on the stack axis.
    void addStackSeries(QAbstractSeries *series);
    /// Adds @p series to the chart, measured on the revenue share axis.
    void addShareSeries(QAbstractSeries *series);

    void setTitles(const QString &years, const QString &stack, const QString &share);
    void setYears(int first, int last);
    /// Labels every year, or every 2nd, 5th or 10th, whichever is the densest whose labels fit side by side in
    /// the plot's width: Qt Charts would cut crowded labels to "…". Follows the plot area by itself.
    void fitYearTicks();
    /// Ranges the stack and share axes from zero to a little above @p stackMax and @p shareMax, with the
    /// same number of ticks on both. Axes already in range are left alone, so nothing is laid out again.
    void setValueRanges(double stackMax, double shareMax);

private:
    QChart *m_chart;
    QValueAxis *m_years;
    QValueAxis *m_stack;
    QValueAxis *m_share;
};

} // namespace Dealscope
