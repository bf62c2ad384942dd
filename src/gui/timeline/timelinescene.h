// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/agreementmodel.h"
#include "agreement/agreementstate.h"
#include "dataset/dataset.h"
#include "dataset/partialdate.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QModelIndex>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

class QAbstractItemModel;

namespace Dealscope {

/// A version of the agreement, drawn as a vertical rule with its month on the axis. The axis words the
/// month in the view's locale, so that it reads like the ticks in every language; @p label is the
/// caller's own wording and is not drawn.
struct TimelineVersionMark
{
    QDate date; ///< the axis writes its month in the view's locale
    QString id;
};

/// A clause's term in another version, drawn in compare mode as an outline under the bar: [start, end) in
/// days, end TimelineItem::OpenEnd for a term without a known end.
struct TimelineComparedTerm
{
    double startDay = 0.0;
    double endDay = 0.0;
};

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
    AgreementModel::EndKind endKind = AgreementModel::EndKind::None;
    ClauseStatus status = ClauseStatus::InForce; ///< when the model says nothing
    std::optional<ChangeKind> change; ///< what the shown version did to the clause, if it names it
    Event::Kind eventKind = Event::Kind::Investment; ///< events only
    PartialDate::Precision datePrecision = PartialDate::Precision::Day;
    QString title;
    QStringList pendingMilestones; ///< what an uncertain end waits for

    bool isEvent() const { return shape == Shape::Event; }
    /// The end waits for a milestone nobody can date: the bar fades out or is hatched.
    bool hasUncertainEnd() const
    {
        return endKind == AgreementModel::EndKind::Milestone || endKind == AgreementModel::EndKind::MilestoneOrDate;
    }
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
    /// A lane's bars are spread over up to this many rows to give their titles room (more only when bars
    /// would overlap), and its events over up to MaxEventRows: events crowd more, and their rows are short.
    static constexpr int MaxLabelRows = 12;
    static constexpr int MaxEventRows = 48;

    /// What an item takes of its row, in days: its shape from start to shapeEnd, its label up to extentEnd.
    struct ItemSpan
    {
        double start = 0.0;
        double shapeEnd = 0.0;
        double extentEnd = 0.0;
    };
    using ItemExtent = std::function<ItemSpan(int item)>;

    /// Reads @p model, packing rows by the items' days alone until repack() is given their labels.
    void rebuild(const QAbstractItemModel *model, const QDate &today);
    /// Packs every lane's rows again so that each item's @p extent is free where rows allow (see
    /// LabelRowPacker); an empty @p extent packs by the items' days alone.
    void repack(const ItemExtent &extent);
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
    void packLane(TimelineLane &lane, const ItemExtent &extent);

    QList<TimelineItem> m_items;
    QList<TimelineLane> m_lanes;
    QHash<QModelIndex, int> m_itemOfIndex;
    double m_firstDay = 0.0;
    double m_lastDay = 0.0;
};

} // namespace Dealscope
