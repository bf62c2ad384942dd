// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinelayout.h"

#include "agreement/agreementmodel.h"

#include <QAbstractItemModel>

#include <algorithm>
#include <cmath>

namespace Dealscope {

QDate TimeScale::dateOf(double day)
{
    return QDate::fromJulianDay(qint64(std::floor(day)));
}

void TimeScale::setPixelsPerDay(double pixelsPerDay)
{
    m_pixelsPerDay = std::clamp(pixelsPerDay, MinPixelsPerDay, MaxPixelsPerDay);
}

void TimeScale::zoomBy(double factor, double anchorX)
{
    const double anchorDay = dayAtX(anchorX);
    setPixelsPerDay(m_pixelsPerDay * factor);
    m_originDay = anchorDay - anchorX / m_pixelsPerDay;
}

void TimeScale::fit(double firstDay, double lastDay, double width)
{
    setPixelsPerDay(width / std::max(1.0, lastDay - firstDay));
    // When the range is wider than the zoom limit allows, centre it.
    m_originDay = (firstDay + lastDay) / 2.0 - width / 2.0 / m_pixelsPerDay;
}

namespace {

double nominalDays(TickUnit unit)
{
    switch (unit) {
    case TickUnit::Decade:
        return 3652.5;
    case TickUnit::Year:
        return 365.25;
    case TickUnit::Quarter:
        return 91.31;
    case TickUnit::Month:
        return 30.44;
    }
    return 365.25;
}

QDate floorToUnit(const QDate &date, TickUnit unit)
{
    switch (unit) {
    case TickUnit::Decade:
        return QDate(date.year() - ((date.year() % 10) + 10) % 10, 1, 1);
    case TickUnit::Year:
        return QDate(date.year(), 1, 1);
    case TickUnit::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    case TickUnit::Month:
        return QDate(date.year(), date.month(), 1);
    }
    return date;
}

QDate nextTick(const QDate &date, TickUnit unit)
{
    switch (unit) {
    case TickUnit::Decade:
        return date.addYears(10);
    case TickUnit::Year:
        return date.addYears(1);
    case TickUnit::Quarter:
        return date.addMonths(3);
    case TickUnit::Month:
        return date.addMonths(1);
    }
    return date.addYears(1);
}

} // namespace

TickUnit tickUnitFor(double pixelsPerDay, double minSpacing)
{
    for (TickUnit unit : {TickUnit::Month, TickUnit::Quarter, TickUnit::Year}) {
        if (nominalDays(unit) * pixelsPerDay >= minSpacing)
            return unit;
    }
    return TickUnit::Decade;
}

TickUnit finerUnit(TickUnit unit)
{
    switch (unit) {
    case TickUnit::Decade:
        return TickUnit::Year;
    case TickUnit::Year:
        return TickUnit::Quarter;
    case TickUnit::Quarter:
    case TickUnit::Month:
        return TickUnit::Month;
    }
    return TickUnit::Month;
}

QList<QDate> tickDates(double firstDay, double lastDay, TickUnit unit)
{
    QList<QDate> dates;
    const QDate last = TimeScale::dateOf(lastDay);
    for (QDate date = floorToUnit(TimeScale::dateOf(firstDay), unit); date.isValid() && date <= last;
         date = nextTick(date, unit))
        dates.append(date);
    return dates;
}

QString tickLabel(const QLocale &locale, const QDate &date, TickUnit unit)
{
    switch (unit) {
    case TickUnit::Decade:
    case TickUnit::Year:
        return QString::number(date.year());
    case TickUnit::Quarter:
        return QStringLiteral("Q%1 %2").arg((date.month() - 1) / 3 + 1).arg(date.year());
    case TickUnit::Month:
        return locale.toString(date, QStringLiteral("MMM yyyy"));
    }
    return {};
}

int RowPacker::place(double start, double end)
{
    for (std::size_t row = 0; row < m_rowEnds.size(); ++row) {
        if (m_rowEnds[row] <= start) {
            m_rowEnds[row] = end;
            return int(row);
        }
    }
    m_rowEnds.push_back(end);
    return int(m_rowEnds.size() - 1);
}

QList<int> stackLabels(const QList<std::pair<double, double>> &spans, int lines, double gap)
{
    QList<QList<std::pair<double, double>>> taken(lines);
    QList<int> lineOf;
    lineOf.reserve(spans.size());
    for (const auto &[left, right] : spans) {
        int chosen = -1;
        for (int line = 0; line < lines && chosen < 0; ++line) {
            const bool free = std::none_of(taken[line].cbegin(), taken[line].cend(), [&](const auto &other) {
                return left < other.second + gap && other.first < right + gap;
            });
            if (free)
                chosen = line;
        }
        if (chosen >= 0)
            taken[chosen].append({left, right});
        lineOf.append(chosen);
    }
    return lineOf;
}

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
        lane.isEventGroup
            = index.data(AgreementModel::NodeKindRole).toInt() == int(AgreementModel::NodeKind::EventGroup);
        m_lanes.append(lane);
        addItems(model, index, int(m_lanes.size() - 1), 0, todayDay);
    }
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        m_lanes[m_items[i].lane].items.append(int(i));
        m_itemOfIndex.insert(m_items[i].index, int(i));
    }
    for (TimelineLane &lane : m_lanes)
        packLane(lane);
}

void TimelineScene::addItems(const QAbstractItemModel *model, const QModelIndex &parent, int lane, int depth,
                             double today)
{
    using EndKind = AgreementModel::EndKind;
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
                item.eventKind = index.data(AgreementModel::EventKindRole).toInt();
                const QVariant precision = index.data(AgreementModel::DatePrecisionRole);
                item.datePrecision = precision.isValid() ? precision.toInt() : item.datePrecision;
                item.endDay = end.isValid() ? std::max(endDay, item.startDay + 1.0) : item.startDay + 1.0;
                item.endKind = int(EndKind::Definite);
                item.certainUntilDay = item.endDay;
            } else {
                item.endKind = index.data(AgreementModel::EndKindRole).toInt();
                const QVariant status = index.data(AgreementModel::StatusRole);
                item.status = status.isValid() ? status.toInt() : item.status;
                const QVariant change = index.data(AgreementModel::ChangeRole);
                item.change = change.isValid() ? change.toInt() : -1;
                item.pendingMilestones = index.data(AgreementModel::PendingMilestonesRole).toStringList();
                const double uncertainFrom = std::max(item.startDay, today);
                switch (EndKind(item.endKind)) {
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

void TimelineScene::packLane(TimelineLane &lane)
{
    // Time order, and model order among items starting the same day so that a clause precedes its sub-terms.
    std::stable_sort(lane.items.begin(), lane.items.end(),
                     [this](int a, int b) { return m_items[a].startDay < m_items[b].startDay; });

    RowPacker packer;
    QList<int> events;
    for (int item : std::as_const(lane.items)) {
        if (m_items[item].shape == TimelineItem::Shape::Event)
            events.append(item);
        else
            m_items[item].row = packer.place(m_items[item].startDay, m_items[item].endDay);
    }
    // Events are points: staggering them over a few rows, in time order, leaves room for their labels.
    const int barRows = packer.rowCount();
    const int eventRows = int(std::min<qsizetype>(EventRows, events.size()));
    for (qsizetype i = 0; i < events.size(); ++i)
        m_items[events[i]].row = barRows + int(i % eventRows);

    lane.rows.resize(barRows + eventRows);
    for (int item : std::as_const(lane.items)) {
        TimelineRow &row = lane.rows[m_items[item].row];
        const double endSoFar
            = row.endsSoFar.empty() ? m_items[item].endDay : std::max(row.endsSoFar.back(), m_items[item].endDay);
        row.items.append(item);
        row.endsSoFar.push_back(endSoFar);
    }

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
