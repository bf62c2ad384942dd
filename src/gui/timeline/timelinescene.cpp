// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinescene.h"

#include "timeline/timelinelayout.h"

#include <QAbstractItemModel>

#include <algorithm>
#include <cmath>

namespace Dealscope {

namespace {

using EndKind = AgreementModel::EndKind;

/// The enum a role holds as an int, or @p fallback when the model does not say.
template<typename Enum> Enum enumData(const QModelIndex &index, int role, Enum fallback)
{
    const QVariant value = index.data(role);
    return value.isValid() ? Enum(value.toInt()) : fallback;
}

} // namespace

qsizetype TimelineRow::firstReaching(double firstDay) const
{
    return std::upper_bound(endsSoFar.cbegin(), endsSoFar.cend(), firstDay) - endsSoFar.cbegin();
}

void TimelineScene::clear()
{
    m_items.clear();
    m_lanes.clear();
    m_itemOfIndex.clear();
    m_firstDay = m_lastDay = 0.0;
}

void TimelineScene::rebuild(const QAbstractItemModel *model, const QDate &today)
{
    clear();
    if (!model)
        return;
    const double todayDay = TimeScale::dayOf(today);
    m_firstDay = m_lastDay = todayDay;
    for (int row = 0, rows = model->rowCount(); row < rows; ++row) {
        const QModelIndex index = model->index(row, 0);
        TimelineLane lane;
        lane.index = index;
        lane.id = index.data(AgreementModel::IdRole).toString();
        lane.title = index.data(Qt::DisplayRole).toString();
        lane.isEventGroup = enumData(index, AgreementModel::NodeKindRole, AgreementModel::NodeKind::Category)
            == AgreementModel::NodeKind::EventGroup;
        m_lanes.append(lane);
        addItems(model, index, int(m_lanes.size() - 1), 0, todayDay);
    }
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        m_lanes[m_items[i].lane].items.append(int(i));
        m_itemOfIndex.insert(m_items[i].index, int(i));
    }
    repack({});
}

void TimelineScene::addItems(const QAbstractItemModel *model, const QModelIndex &parent, int lane, int depth,
                             double today)
{
    for (int row = 0, rows = model->rowCount(parent); row < rows; ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        const QDate start = index.data(AgreementModel::StartDateRole).toDate();
        const auto kind = AgreementModel::NodeKind(index.data(AgreementModel::NodeKindRole).toInt());
        if (start.isValid() && (kind == AgreementModel::NodeKind::Clause || kind == AgreementModel::NodeKind::Event)) {
            TimelineItem item;
            item.index = index;
            item.lane = lane;
            item.depth = depth;
            item.title = index.data(Qt::DisplayRole).toString();
            item.startDay = TimeScale::dayOf(start);
            const QDate end = index.data(AgreementModel::EndDateRole).toDate();
            const double endDay = end.isValid() ? TimeScale::dayOf(end) + 1.0 : TimelineItem::OpenEnd;
            if (kind == AgreementModel::NodeKind::Event) {
                item.shape = TimelineItem::Shape::Event;
                item.eventKind = Event::Kind(index.data(AgreementModel::EventKindRole).toInt());
                item.datePrecision = enumData(index, AgreementModel::DatePrecisionRole, item.datePrecision);
                item.endDay = end.isValid() ? std::max(endDay, item.startDay + 1.0) : item.startDay + 1.0;
                item.endKind = EndKind::Definite;
                item.certainUntilDay = item.endDay;
            } else {
                item.endKind = EndKind(index.data(AgreementModel::EndKindRole).toInt());
                item.status = enumData(index, AgreementModel::StatusRole, item.status);
                // The model says -1 when the shown version did not touch the clause.
                if (const QVariant change = index.data(AgreementModel::ChangeRole);
                    change.isValid() && change.toInt() >= 0)
                    item.change = ChangeKind(change.toInt());
                item.pendingMilestones = index.data(AgreementModel::PendingMilestonesRole).toStringList();
                const double uncertainFrom = std::max(item.startDay, today);
                switch (item.endKind) {
                case EndKind::Milestone:
                    // No date at all: certain until today, then fading out.
                    item.certainUntilDay = uncertainFrom;
                    item.endDay = uncertainFrom + FadeDays;
                    break;
                case EndKind::MilestoneOrDate:
                    item.endDay = std::max(endDay, item.startDay + 1.0);
                    item.certainUntilDay = std::min(uncertainFrom, item.endDay);
                    break;
                case EndKind::Definite:
                case EndKind::None:
                    item.endDay = std::max(endDay, item.startDay + 1.0);
                    item.certainUntilDay = item.endDay;
                    break;
                }
            }
            m_firstDay = std::min(m_firstDay, item.startDay);
            m_lastDay = std::max(m_lastDay, std::isinf(item.endDay) ? item.startDay + 1.0 : item.endDay);
            m_items.append(item);
        }
        if (model->hasChildren(index))
            addItems(model, index, lane, kind == AgreementModel::NodeKind::Clause ? depth + 1 : depth, today);
    }
}

void TimelineScene::repack(const ItemExtent &extent)
{
    for (TimelineLane &lane : m_lanes)
        packLane(lane, extent);
}

void TimelineScene::packLane(TimelineLane &lane, const ItemExtent &extent)
{
    // Time order, and model order among items starting the same day so that a clause precedes its sub-terms.
    std::stable_sort(lane.items.begin(), lane.items.end(),
                     [this](int a, int b) { return m_items[a].startDay < m_items[b].startDay; });

    // Bars first, then the events below them, each packed so that labels get room where rows allow.
    LabelRowPacker bars(MaxLabelRows);
    LabelRowPacker events(MaxEventRows);
    for (int item : std::as_const(lane.items)) {
        const ItemSpan span
            = extent ? extent(item) : ItemSpan {m_items[item].startDay, m_items[item].endDay, m_items[item].endDay};
        LabelRowPacker &packer = m_items[item].isEvent() ? events : bars;
        m_items[item].row = packer.place(span.start, span.shapeEnd, std::max(span.shapeEnd, span.extentEnd));
    }
    const int barRows = bars.rowCount();
    for (int item : std::as_const(lane.items)) {
        if (m_items[item].isEvent())
            m_items[item].row += barRows;
    }

    lane.rows.clear();
    lane.rows.resize(barRows + events.rowCount());
    for (int item : std::as_const(lane.items)) {
        TimelineRow &row = lane.rows[m_items[item].row];
        const double endSoFar
            = row.endsSoFar.empty() ? m_items[item].endDay : std::max(row.endsSoFar.back(), m_items[item].endDay);
        row.items.append(item);
        row.endsSoFar.push_back(endSoFar);
    }

    lane.coverage.clear();
    for (int item : std::as_const(lane.items)) {
        const TimelineItem &it = m_items[item];
        if (!lane.coverage.isEmpty() && it.startDay <= lane.coverage.last().second)
            lane.coverage.last().second = std::max(lane.coverage.last().second, it.endDay);
        else
            lane.coverage.append({it.startDay, it.endDay});
    }
}

int TimelineScene::itemOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    return m_itemOfIndex.value(index.siblingAtColumn(0), -1);
}

} // namespace Dealscope
