// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QModelIndex>
#include <QStaticText>
#include <QString>
#include <QStringList>

#include <limits>
#include <vector>

class QAbstractItemModel;

namespace Dealscope {

/// Maps days to horizontal pixels: the (fractional) Julian day shown at x = 0 and a zoom in pixels per
/// day. Days are doubles so that zooming and panning never round the view to whole days.
class TimeScale
{
public:
    static constexpr double MinPixelsPerDay = 0.02; ///< about 80 years across 600 pixels
    static constexpr double MaxPixelsPerDay = 400.0; ///< a few days across a wide window

    static double dayOf(const QDate &date) { return double(date.toJulianDay()); }
    static QDate dateOf(double day);

    double originDay() const { return m_originDay; }
    double pixelsPerDay() const { return m_pixelsPerDay; }
    void setOriginDay(double day) { m_originDay = day; }
    void setPixelsPerDay(double pixelsPerDay);

    double xForDay(double day) const { return (day - m_originDay) * m_pixelsPerDay; }
    double dayAtX(double x) const { return m_originDay + x / m_pixelsPerDay; }

    /// Multiplies the zoom by @p factor (within the limits) so that the day under @p anchorX stays there.
    void zoomBy(double factor, double anchorX);
    /// Shows the days [firstDay, lastDay) across @p width pixels.
    void fit(double firstDay, double lastDay, double width);

private:
    double m_originDay = 0.0;
    double m_pixelsPerDay = 1.0;
};

/// The granularity of the date axis, coarsest first.
enum class TickUnit { Decade, Year, Quarter, Month };

/// The coarsest unit is used only when nothing finer leaves @p minSpacing pixels between ticks.
TickUnit tickUnitFor(double pixelsPerDay, double minSpacing);
/// The next finer unit, for unlabelled minor ticks; Month has none and returns Month.
TickUnit finerUnit(TickUnit unit);
/// The tick dates of @p unit from the first one at or before @p firstDay through @p lastDay.
QList<QDate> tickDates(double firstDay, double lastDay, TickUnit unit);
QString tickLabel(const QLocale &locale, const QDate &date, TickUnit unit);

/// Assigns intervals to rows so that no two intervals in a row overlap: each goes into the first row
/// free at its start. Feed the intervals sorted by start to get the classic greedy interval packing.
class RowPacker
{
public:
    int place(double start, double end);
    int rowCount() const { return int(m_rowEnds.size()); }

private:
    std::vector<double> m_rowEnds;
};

/// Places short labels (versions on the axis) on up to @p lines lines without overlap. Labels are
/// placed in the order given, so put the most important first. Returns each label's line, or -1 when it
/// does not fit and is hidden.
QList<int> stackLabels(const QList<std::pair<double, double>> &spans, int lines, double gap);

/// One clause bar or event marker of the timeline, as read from the model.
struct TimelineItem
{
    enum class Shape { Bar, Event };
    static constexpr double OpenEnd = std::numeric_limits<double>::infinity();

    QModelIndex index; ///< column 0; valid until the model's structure changes, when the scene is rebuilt
    Shape shape = Shape::Bar;
    int lane = 0;
    int row = 0; ///< within the lane
    int depth = 0; ///< 0 for a clause directly under its lane, 1 for a sub-term, …
    double startDay = 0.0;
    double endDay = 0.0; ///< exclusive; OpenEnd for a term without end
    double certainUntilDay = 0.0; ///< after this day the end is uncertain (fading or hatched)
    int endKind = 0; ///< AgreementModel::EndKind
    int status = 1; ///< ClauseStatus; InForce when the model says nothing
    int change = -1; ///< ChangeKind or -1
    int eventKind = -1;
    int datePrecision = 2; ///< PartialDate::Precision, Day by default
    QString title;
    QStringList pendingMilestones; ///< what an uncertain end waits for

    // Text layout cache, filled while painting: measuring and shaping 10,000 titles per paint is
    // what would make the view slow, so each item keeps the label it last drew and its width.
    mutable int titleWidth = -1;
    mutable int labelWidthKey = -1;
    mutable QStaticText label;
    mutable QStaticText endNote; ///< "until <milestone>", drawn after uncertain ends
};

/// A timeline row: items sorted by start, with the running maximum of their ends so that painting can
/// skip, by binary search, everything that ends before the visible range.
struct TimelineRow
{
    QList<int> items;
    std::vector<double> endsSoFar;

    /// The position of the first item that may reach into [firstDay, ∞).
    qsizetype firstReaching(double firstDay) const;
};

/// One lane per top-level row of the model: a header, then its rows of bars and markers.
struct TimelineLane
{
    QModelIndex index;
    QString id;
    QString title;
    bool isEventGroup = false;
    QList<int> items; ///< in time order: what Left and Right walk through
    QList<TimelineRow> rows;
    QList<std::pair<double, double>> coverage; ///< merged [start, end) of the items: the collapsed summary
};

/// The model flattened into lanes, rows and items: built once per model change, read by every paint.
class TimelineScene
{
public:
    /// Milestone-bound bars fade out over this many days after they become uncertain.
    static constexpr double FadeDays = 4 * 365.25;
    /// Events are staggered over this many rows so that their labels have room.
    static constexpr int EventRows = 4;

    void rebuild(const QAbstractItemModel *model, const QDate &today);
    void clear();

    const QList<TimelineItem> &items() const { return m_items; }
    const QList<TimelineLane> &lanes() const { return m_lanes; }
    /// The item showing @p index (any column), or -1.
    int itemOf(const QModelIndex &index) const;

    /// The days spanned by every item's finite part, today included; {0, 0} for an empty scene.
    double firstDay() const { return m_firstDay; }
    double lastDay() const { return m_lastDay; }

private:
    void addItems(const QAbstractItemModel *model, const QModelIndex &parent, int lane, int depth, double today);
    void packLane(TimelineLane &lane);

    QList<TimelineItem> m_items;
    QList<TimelineLane> m_lanes;
    QHash<QModelIndex, int> m_itemOfIndex;
    double m_firstDay = 0.0;
    double m_lastDay = 0.0;
};

} // namespace Dealscope
