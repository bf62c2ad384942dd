// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinelayout.h"

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

int LabelRowPacker::place(double start, double shapeEnd, double extentEnd)
{
    const int rows = rowCount();
    for (int row = 0; row < std::min(rows, m_maxRows); ++row) {
        if (m_extentEnds[row] <= start) {
            m_shapeEnds[row] = shapeEnd;
            m_extentEnds[row] = extentEnd;
            return row;
        }
    }
    if (rows < m_maxRows)
        return openRow(shapeEnd, extentEnd);
    // No row has room for the label: the first row free for the shape, where the label will be cut.
    for (int row = 0; row < rows; ++row) {
        if (m_shapeEnds[row] <= start) {
            m_shapeEnds[row] = shapeEnd;
            m_extentEnds[row] = std::max(m_extentEnds[row], extentEnd);
            return row;
        }
    }
    return openRow(shapeEnd, extentEnd);
}

int LabelRowPacker::openRow(double shapeEnd, double extentEnd)
{
    m_shapeEnds.push_back(shapeEnd);
    m_extentEnds.push_back(extentEnd);
    return rowCount() - 1;
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

double keepInside(double left, double right, double width)
{
    if (right - left >= width)
        return left;
    return std::clamp(left, 0.0, width - (right - left));
}

LabelSlot insideBar(const BarLabelSpace &space)
{
    const double left = std::max(space.barLeft, 0.0) + space.padding + space.leading;
    const double right = std::min(space.barRight, space.viewWidth) - space.padding - space.trailing;
    return {left, right - left};
}

LabelSlot afterBar(const BarLabelSpace &space)
{
    return {space.barRight + space.padding,
            std::min(space.nextItemX, space.viewWidth) - space.barRight - 2 * space.padding};
}

LabelSlot acrossBarEnd(const BarLabelSpace &space)
{
    const double left = std::max(space.barLeft, 0.0) + space.padding + space.leading;
    return {left, std::min(space.nextItemX, space.viewWidth) - space.padding - left};
}

LabelSlot placeBarLabel(const BarLabelSpace &space, double titleWidth, bool afterTaken)
{
    const LabelSlot inside = insideBar(space);
    if (inside.room >= titleWidth || afterTaken)
        return inside;
    const LabelSlot after = afterBar(space);
    if (after.room >= titleWidth)
        return after;
    const LabelSlot across = acrossBarEnd(space);
    const LabelSlot larger = after.room > inside.room ? after : inside;
    return across.room > larger.room ? across : larger;
}

void LaneStack::stack(const Sizes &sizes, const QList<Lane> &lanes)
{
    m_sizes = sizes;
    m_lanes = lanes;
    m_tops.clear();
    m_tops.reserve(lanes.size());
    int top = 0;
    for (qsizetype lane = 0; lane < lanes.size(); ++lane) {
        m_tops.append(top);
        top += laneHeight(int(lane));
    }
    m_contentHeight = top;
}

int LaneStack::laneHeight(int lane) const
{
    const Lane &data = m_lanes[lane];
    return m_sizes.header + (data.collapsed ? m_sizes.summary : data.rows * m_sizes.row + 2 * m_sizes.padding);
}

int LaneStack::rowTop(int lane, int row) const
{
    return m_tops[lane] + m_sizes.header + m_sizes.padding + row * m_sizes.row;
}

int LaneStack::laneAt(int y) const
{
    if (y < 0 || y >= m_contentHeight)
        return -1;
    // The last lane starting at or above y.
    return int(std::upper_bound(m_tops.cbegin(), m_tops.cend(), y) - m_tops.cbegin()) - 1;
}

int LaneStack::rowAt(int lane, int y) const
{
    if (m_lanes[lane].collapsed || y < rowTop(lane, 0))
        return -1;
    const int row = (y - rowTop(lane, 0)) / m_sizes.row;
    return row < m_lanes[lane].rows ? row : -1;
}

} // namespace Dealscope
