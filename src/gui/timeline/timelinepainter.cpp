// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinepainter.h"

#include "timeline/timelineendtext.h"
#include "timeline/timelinegeometry.h"
#include "timeline/timelineglyphs.h"
#include "timeline/timelinestyle.h"

#include <QHash>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Dealscope {

using EndKind = AgreementModel::EndKind;
using TimelineGlyphs::fillVerticalLine;

int TimelineLabelCache::titleWidth(int itemNumber, const TimelineItem &item, const QFontMetrics &metrics)
{
    reserveItems(itemNumber + 1);
    int &width = m_entries[itemNumber].titleWidth;
    if (width < 0)
        width = metrics.horizontalAdvance(item.title);
    return width;
}

void TimelineLabelCache::reserveItems(qsizetype count)
{
    if (m_entries.size() < count)
        m_entries.resize(count);
}

TimelinePainter::TimelinePainter(QPainter &painter, const TimelineScene &scene, const TimelineGeometry &geometry,
                                 const TimelineColors &colors, TimelineLabelCache &labels,
                                 const TimelineDecorations &decorations)
    : m_painter(painter)
    , m_scene(scene)
    , m_geometry(geometry)
    , m_metrics(geometry.metrics())
    , m_colors(colors)
    , m_labels(labels)
    , m_decorations(decorations)
{
    m_labels.reserveItems(scene.items().size());
}

void TimelinePainter::paint()
{
    m_painter.fillRect(QRect(QPoint(0, 0), m_geometry.viewportSize()), m_colors.base);
    m_painter.setFont(m_metrics.font);

    const double firstDay = m_geometry.firstVisibleDay();
    const double lastDay = m_geometry.lastVisibleDay();
    const TickUnit unit = m_geometry.tickUnit();
    const QList<QDate> majorTicks = tickDates(firstDay, lastDay, unit);
    QList<QDate> minorTicks;
    if (const TickUnit minor = finerUnit(unit); minor != unit)
        minorTicks = tickDates(firstDay, lastDay, minor);

    const QRect content = m_geometry.lanesRect();
    m_painter.setClipRect(content);
    paintGrid(majorTicks, minorTicks);
    // Rules under the bars and labels, so that they never run through a title.
    paintRules();
    paintLanes(content);
    paintFocus();
    m_painter.setClipping(false);
    paintAxis(majorTicks, minorTicks);
}

bool TimelinePainter::isSelected(int item) const
{
    return m_decorations.selected.value(item);
}

bool TimelinePainter::isHovered(int item) const
{
    return item == m_decorations.hoveredItem;
}

int TimelinePainter::titleWidth(const TimelineItem &item, int itemNumber)
{
    return m_labels.titleWidth(itemNumber, item, m_metrics.fm);
}

void TimelinePainter::paintGrid(const QList<QDate> &majorTicks, const QList<QDate> &minorTicks)
{
    const int top = m_metrics.axisHeight;
    const int bottom = m_geometry.height();
    if (minorTicks.size() > 1 && m_geometry.xForDate(minorTicks[1]) - m_geometry.xForDate(minorTicks[0]) >= 6.0) {
        for (const QDate &date : minorTicks)
            fillVerticalLine(m_painter, m_geometry.xForDate(date), top, bottom, m_colors.minorGrid);
    }
    for (const QDate &date : majorTicks)
        fillVerticalLine(m_painter, m_geometry.xForDate(date), top, bottom, m_colors.majorGrid);
}

void TimelinePainter::paintLanes(const QRect &clip)
{
    const QList<TimelineLane> &lanes = m_scene.lanes();
    for (qsizetype laneNumber = 0; laneNumber < lanes.size(); ++laneNumber) {
        const TimelineLane &lane = lanes[laneNumber];
        const int top = m_geometry.laneTop(int(laneNumber));
        if (top >= clip.bottom())
            break;
        if (top + m_geometry.lanes().laneHeight(int(laneNumber)) < clip.top())
            continue;
        const QRect header = m_geometry.laneHeaderRect(int(laneNumber));
        if (m_geometry.isLaneCollapsed(int(laneNumber)))
            paintLaneSummary(lane, QRect(0, header.bottom() + 1, m_geometry.width(), m_metrics.summaryHeight));
        else
            paintRows(lane, int(laneNumber), clip);
        paintLaneHeader(int(laneNumber), header);
    }
}

void TimelinePainter::paintRows(const TimelineLane &lane, int laneNumber, const QRect &clip)
{
    const double firstDay = m_geometry.firstVisibleDay();
    const double lastDay = m_geometry.lastVisibleDay();
    for (qsizetype rowNumber = 0; rowNumber < lane.rows.size(); ++rowNumber) {
        const int y = m_geometry.rowTop(laneNumber, int(rowNumber));
        if (y >= clip.bottom())
            break;
        if (y + m_metrics.rowHeight < clip.top())
            continue;
        const TimelineRow &row = lane.rows[rowNumber];
        for (qsizetype i = row.firstReaching(firstDay); i < row.items.size(); ++i) {
            const int itemNumber = row.items[i];
            const TimelineItem &item = m_scene.items()[itemNumber];
            if (item.startDay > lastDay)
                break;
            const double nextX = i + 1 < row.items.size()
                ? m_geometry.xForDay(m_scene.items()[row.items[i + 1]].startDay)
                : m_geometry.width();
            if (item.isEvent())
                paintMarker(item, itemNumber, nextX - m_geometry.xForDay(item.startDay));
            else
                paintBar(item, itemNumber, nextX);
        }
    }
}

void TimelinePainter::paintLaneHeader(int laneNumber, const QRect &rect)
{
    const TimelineLane &lane = m_scene.lanes()[laneNumber];
    m_painter.fillRect(rect, m_colors.header);
    m_painter.setPen(m_colors.separator);
    m_painter.drawLine(rect.bottomLeft(), rect.bottomRight());
    m_painter.drawLine(rect.topLeft(), rect.topRight());

    // A disclosure triangle: pointing right when collapsed, down when expanded.
    const double size = m_metrics.fm.height() * 0.45;
    const QPointF centre(10.0 + size / 2.0, rect.center().y() + 0.5);
    QPolygonF triangle;
    if (m_geometry.isLaneCollapsed(laneNumber))
        triangle << centre + QPointF(-size / 3, -size / 2) << centre + QPointF(size / 2, 0)
                 << centre + QPointF(-size / 3, size / 2);
    else
        triangle << centre + QPointF(-size / 2, -size / 3) << centre + QPointF(size / 2, -size / 3)
                 << centre + QPointF(0, size / 2);
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(m_colors.headerText);
    m_painter.drawPolygon(triangle);
    m_painter.setRenderHint(QPainter::Antialiasing, false);

    const int textLeft = int(centre.x() + size + 6);
    m_painter.setPen(m_colors.headerText);
    m_painter.setFont(m_metrics.boldFont);
    const QRect textRect(textLeft, rect.top(), rect.width() - textLeft, rect.height());
    QRect titleBounds;
    m_painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, lane.title, &titleBounds);
    m_painter.setFont(m_metrics.font);
    m_painter.setPen(m_colors.mutedText);
    const int n = int(lane.items.size());
    const QString count = lane.isEventGroup ? tr("%n event(s)", nullptr, n) : tr("%n clause(s)", nullptr, n);
    m_painter.drawText(textRect.adjusted(titleBounds.width() + 10, 0, 0, 0),
                       Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, count);
}

void TimelinePainter::paintLaneSummary(const TimelineLane &lane, const QRect &rect)
{
    // One thin strip where the lane has anything at all, so a collapsed lane still shows its extent.
    const QRectF strip(0, rect.top() + rect.height() / 4.0, 0, rect.height() / 2.0);
    const double width = m_geometry.width();
    for (const auto &[start, end] : lane.coverage) {
        const double left = std::max(-1.0, m_geometry.xForDay(start));
        const double right = std::isinf(end) ? width : std::min(width + 1.0, m_geometry.xForDay(end));
        if (right < 0 || left > width)
            continue;
        const QRectF bar(left, strip.top(), std::max(2.0, right - left), strip.height());
        m_painter.fillRect(bar, lane.isEventGroup ? m_colors.otherEventColor() : m_colors.barFill);
    }
}

void TimelinePainter::paintBar(const TimelineItem &item, int itemNumber, double nextX)
{
    const QRectF full = m_geometry.barRect(item);
    // Clamp to the view so that extreme zooms never hand the rasteriser huge coordinates.
    const double left = std::max(full.left(), -4.0);
    const double right = std::min(full.right(), m_geometry.width() + 4.0);
    if (right <= left)
        return;
    const QRectF bar(left, full.top(), right - left, full.height());
    const bool selected = isSelected(itemNumber);
    const BarLook look = TimelineGlyphs::barLook(item.status, selected, m_colors);
    const double fadeFrom = m_geometry.xForDay(item.certainUntilDay);
    const double certainRight = std::clamp(fadeFrom, left, right);
    paintComparedTerm(item, full);
    // Open-ended: the arrow at the view's edge says it runs on.
    const double arrowTip = std::isinf(item.endDay) ? m_geometry.width() - 2.0 : right;
    TimelineGlyphs::paintBarBody(m_painter, item.endKind, look, {full, bar, certainRight, fadeFrom, arrowTip});

    if (selected || isHovered(itemNumber)) {
        m_painter.setPen(QPen(selected ? m_colors.text : look.border, selected ? 2 : 1));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(
            QRectF(left, bar.top(), std::max(certainRight, std::min(right, left + 8)) - left, bar.height())
                .adjusted(0.5, 0.5, -0.5, -0.5));
    }
    paintBarLabels(item, itemNumber, look, full, bar, nextX);
}

/// Compare mode: the other version's term as a thin outline a little taller than the bar and drawn before
/// it, so that where the terms differ in length the outline shows past the bar's end, or the bar past the
/// outline's.
void TimelinePainter::paintComparedTerm(const TimelineItem &item, const QRectF &full)
{
    if (m_decorations.comparedTerms.isEmpty())
        return;
    const auto term = m_decorations.comparedTerms.constFind(item.index.data(AgreementModel::IdRole).toString());
    if (term == m_decorations.comparedTerms.constEnd())
        return;
    const double left = std::max(m_geometry.xForDay(term->startDay), -4.0);
    const double right = term->endDay == TimelineItem::OpenEnd
        ? m_geometry.width() + 4.0
        : std::min(m_geometry.xForDay(term->endDay), m_geometry.width() + 4.0);
    if (right <= left)
        return;
    const double inset = std::max(2.0, full.height() / 5.0);
    TimelineGlyphs::paintComparedTerm(
        m_painter, QRectF(left, full.top() - inset, right - left, full.height() + 2 * inset), m_colors);
}

void TimelinePainter::paintBarLabels(const TimelineItem &item, int itemNumber, const BarLook &look, const QRectF &full,
                                     const QRectF &bar, double nextX)
{
    const double width = m_geometry.width();
    BarLabelSpace space;
    space.barLeft = bar.left();
    space.barRight = bar.right();
    space.nextItemX = nextX;
    space.viewWidth = width;
    space.padding = m_metrics.labelPadding;
    if (m_decorations.showChanges && item.change && *item.change != ChangeKind::Unchanged) {
        const double badgeLeft = std::max(bar.left(), 0.0) + m_metrics.labelPadding;
        TimelineGlyphs::paintChangeIcon(m_painter, *item.change,
                                        QRectF(badgeLeft - 2, bar.top(), bar.height(), bar.height()), m_colors,
                                        m_metrics.boldFont);
        m_painter.setFont(m_metrics.font);
        space.leading = bar.height();
    }
    // Open-ended: the label stops before the arrow.
    if (item.endKind == EndKind::None)
        space.trailing = bar.height() / 2.0;

    // After the bar: what an uncertain end waits for, or else the title of a bar too short to hold it.
    const LabelSlot after = afterBar(space);
    const bool noteShown = item.hasUncertainEnd() && full.right() < width
        && paintEndNote(item, itemNumber, QPointF(after.left, bar.top()), after.room, bar.height());

    const LabelSlot slot = placeBarLabel(space, titleWidth(item, itemNumber), noteShown);
    const double textTop = bar.top() + (bar.height() - m_metrics.fm.height()) / 2.0;
    paintLabel(item, itemNumber, QPointF(slot.left, textTop), slot.room,
               look.muted ? m_colors.mutedText : m_colors.text, bar.right());
}

bool TimelinePainter::paintEndNote(const TimelineItem &item, int itemNumber, const QPointF &topLeft, double room,
                                   double height)
{
    // Says in words what the fade or hatching means: the term waits for a milestone nobody can date.
    QStaticText &note = m_labels[itemNumber].endNote;
    if (note.text().isEmpty()) {
        note.setText(TimelineEndText::endNote(item.endKind, item.pendingMilestones));
        note.setTextFormat(Qt::PlainText);
        note.prepare(QTransform(), m_metrics.smallFont);
    }
    if (note.size().width() > room)
        return false;
    const QPointF noteTopLeft = topLeft + QPointF(0, (height - note.size().height()) / 2.0);
    const QRectF rect(noteTopLeft, note.size());
    m_painter.fillRect(rect.adjusted(-2, 0, 2, 0), m_colors.base);
    m_painter.setFont(m_metrics.smallFont);
    m_painter.setPen(m_colors.mutedText);
    m_painter.drawStaticText(noteTopLeft, note);
    m_painter.setFont(m_metrics.font);
    m_placed.append({PlacedLabel::Kind::EndNote, rect, note.text(), itemNumber});
    return true;
}

void TimelinePainter::paintLabel(const TimelineItem &item, int itemNumber, const QPointF &topLeft, double room,
                                 const QColor &color, double baseFromX)
{
    if (room < m_metrics.minLabelRoom)
        return;
    const int width = titleWidth(item, itemNumber);
    TimelineLabelCache::Entry &cached = m_labels[itemNumber];
    // Widths are bucketed so that zooming re-elides a label only every few pixels.
    constexpr int Bucket = 8;
    constexpr int Whole = std::numeric_limits<int>::max();
    const int key = width <= room ? Whole : int(room) / Bucket * Bucket;
    if (key != cached.widthKey) {
        cached.widthKey = key;
        cached.label.setText(key == Whole ? item.title : m_metrics.fm.elidedText(item.title, Qt::ElideRight, key));
        cached.labelWidth = key == Whole ? width : m_metrics.fm.horizontalAdvance(cached.label.text());
        cached.label.setTextFormat(Qt::PlainText);
        cached.label.setPerformanceHint(QStaticText::AggressiveCaching);
    }
    const QRectF rect(topLeft, QSizeF(cached.labelWidth, m_metrics.fm.height()));
    if (const double clearLeft = std::max(rect.left() - 2, baseFromX); clearLeft < rect.right() + 2)
        m_painter.fillRect(QRectF(clearLeft, rect.top(), rect.right() + 2 - clearLeft, rect.height()), m_colors.base);
    m_painter.setPen(color);
    m_painter.drawStaticText(topLeft, cached.label);
    m_placed.append({PlacedLabel::Kind::Title, rect, cached.label.text(), itemNumber});
}

void TimelinePainter::paintMarker(const TimelineItem &item, int itemNumber, double labelRoom)
{
    const QRectF marker = m_geometry.markerRect(item);
    const QColor color = m_colors.eventColor(item.eventKind);
    const bool precise = item.datePrecision == PartialDate::Precision::Day;

    if (!precise) {
        // Known only to the month or year: a thin span over the period under a hollow marker.
        const double left = std::max(-4.0, m_geometry.xForDay(item.startDay));
        const double right = std::min(m_geometry.width() + 4.0, m_geometry.xForDay(item.endDay));
        TimelineGlyphs::paintDateSpan(m_painter, left, right, marker.center().y(), color);
    }
    TimelineGlyphs::paintEventMarker(m_painter, item.eventKind, precise, marker, m_colors);
    const bool selected = isSelected(itemNumber);
    if (selected || isHovered(itemNumber)) {
        m_painter.setPen(QPen(selected ? m_colors.text : color, selected ? 2.0 : 1.0));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawEllipse(marker.adjusted(-3, -3, 3, 3));
    }
    m_painter.setRenderHint(QPainter::Antialiasing, false);

    const double textLeft = marker.right() + 4;
    const double room
        = std::min(labelRoom, m_geometry.width() - m_geometry.xForDay(item.startDay)) - marker.width() - 8;
    paintLabel(item, itemNumber, QPointF(textLeft, marker.center().y() - m_metrics.fm.height() / 2.0), room,
               m_colors.text, -std::numeric_limits<double>::infinity());
}

void TimelinePainter::paintRules()
{
    const int top = m_metrics.axisHeight;
    const int bottom = m_geometry.height();
    const int width = m_geometry.width();
    for (const TimelineVersionMark &mark : m_decorations.versionMarks) {
        const double x = m_geometry.xForDate(mark.date);
        if (x < -2 || x > width + 2)
            continue;
        TimelineGlyphs::paintVersionRule(m_painter, x, top, bottom, mark.id == m_decorations.currentVersion, m_colors);
    }
    const double x = m_geometry.xForDate(m_decorations.today);
    if (x < -2 || x > width + 2)
        return;
    TimelineGlyphs::paintTodayRule(m_painter, x, top, bottom, m_colors);
}

void TimelinePainter::paintAxis(const QList<QDate> &majorTicks, const QList<QDate> &minorTicks)
{
    const int width = m_geometry.width();
    const QRect axis(0, 0, width, m_metrics.axisHeight);
    m_painter.fillRect(axis, m_colors.header);
    m_painter.setPen(m_colors.separator);
    m_painter.drawLine(axis.bottomLeft(), axis.bottomRight());

    // Ticks and their labels on the first line.
    const TickUnit unit = m_geometry.tickUnit();
    const int tickBottom = m_metrics.tickLineHeight;
    m_painter.setPen(m_colors.mutedText);
    for (const QDate &date : minorTicks) {
        const double x = std::round(m_geometry.xForDate(date)) + 0.5;
        m_painter.drawLine(QLineF(x, tickBottom - 4, x, tickBottom));
    }
    for (qsizetype i = 0; i < majorTicks.size(); ++i) {
        const double x = std::round(m_geometry.xForDate(majorTicks[i])) + 0.5;
        m_painter.setPen(m_colors.mutedText);
        m_painter.drawLine(QLineF(x, 2, x, tickBottom));
        const QString label = tickLabel(m_decorations.locale, majorTicks[i], unit);
        const double labelWidth = m_metrics.fm.horizontalAdvance(label);
        const double nextX = i + 1 < majorTicks.size() ? m_geometry.xForDate(majorTicks[i + 1]) : width;
        double labelX = x + 4;
        if (labelX < 2.0) {
            // The tick is left of the view: its label stays at the left edge only while the next tick is
            // as far off as ticks are apart, so it never sits crammed against the next label.
            if (nextX < m_metrics.minTickSpacing)
                continue;
            labelX = 2.0;
        }
        if (labelX + labelWidth + 4 > std::min<double>(nextX, width))
            continue;
        m_painter.setPen(m_colors.headerText);
        m_painter.drawText(QPointF(labelX, 2 + m_metrics.fm.ascent()), label);
        m_placed.append({PlacedLabel::Kind::Tick, QRectF(labelX, 2, labelWidth, m_metrics.fm.height()), label});
    }
    paintAxisLabels(tickBottom);
}

void TimelinePainter::paintAxisLabels(int tickBottom)
{
    // Versions and today on the lines below the ticks, stacked so that their labels never overlap. The
    // current version and today are placed first, then the versions that brought the most terms (the main
    // agreements), newer first among equals: when labels crowd, the minor versions are the ones hidden.
    struct AxisLabel
    {
        double x;
        int termsStarted;
        QDate date;
        QString text;
        QColor color;
        bool bold;
    };
    QHash<qint64, int> startsOnDay;
    for (const TimelineItem &item : m_scene.items()) {
        if (!item.isEvent())
            ++startsOnDay[qint64(item.startDay)];
    }
    QList<AxisLabel> labels;
    for (const TimelineVersionMark &mark : m_decorations.versionMarks) {
        const bool current = mark.id == m_decorations.currentVersion;
        // Worded like the axis, in the view's locale, whatever language the caller formatted the mark in.
        labels.append({m_geometry.xForDate(mark.date), startsOnDay.value(mark.date.toJulianDay()), mark.date,
                       tickLabel(m_decorations.locale, mark.date, TickUnit::Month),
                       current ? m_colors.currentVersion : m_colors.headerText, current});
    }
    std::stable_sort(labels.begin(), labels.end(), [](const AxisLabel &a, const AxisLabel &b) {
        if (a.bold != b.bold)
            return a.bold;
        return a.termsStarted != b.termsStarted ? a.termsStarted > b.termsStarted : a.date > b.date;
    });
    const bool hasCurrent = !labels.isEmpty() && labels.constFirst().bold;
    labels.insert(hasCurrent ? 1 : 0,
                  AxisLabel {m_geometry.xForDate(m_decorations.today), 0, m_decorations.today, tr("Today"),
                             m_colors.today, true});
    const int width = m_geometry.width();
    // Only what is in view: a label moved inside from far off would name the wrong place.
    labels.removeIf([width](const AxisLabel &label) { return label.x < -2 || label.x > width + 2; });

    QFont bold = m_metrics.smallFont;
    bold.setBold(true);
    const QFontMetrics smallMetrics(m_metrics.smallFont);
    const QFontMetrics boldMetrics(bold);
    QList<std::pair<double, double>> spans;
    for (const AxisLabel &label : std::as_const(labels)) {
        const int textWidth = (label.bold ? boldMetrics : smallMetrics).horizontalAdvance(label.text);
        // A few pixels clear of the edges, where glyphs that reach past their advance would be cut.
        constexpr double Margin = 3.0;
        const double left
            = keepInside(label.x - textWidth / 2.0 - Margin, label.x + textWidth / 2.0 + Margin, width) + Margin;
        spans.append({left, left + textWidth});
    }
    const QList<int> lines = stackLabels(spans, TimelineMetrics::VersionLines, 6.0);
    const int axisBottom = m_metrics.axisHeight - 1;
    const auto lineTop = [&](int line) { return tickBottom + 2 + line * m_metrics.versionLineHeight; };

    // Rules first, each from below its label (or from the ticks when the label is hidden) down to the lanes,
    // then the labels over them on cleared backgrounds: no rule runs through another version's label.
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const double x = std::round(labels[i].x) + 0.5;
        m_painter.setPen(withAlpha(labels[i].color, 0.7));
        m_painter.drawLine(QLineF(x, lines[i] < 0 ? tickBottom + 2 : lineTop(lines[i] + 1) - 1, x, axisBottom));
    }
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (lines[i] < 0)
            continue;
        m_painter.setFont(labels[i].bold ? bold : m_metrics.smallFont);
        m_painter.setPen(labels[i].color);
        const QRectF textRect(spans[i].first, lineTop(lines[i]), spans[i].second - spans[i].first + 1,
                              m_metrics.versionLineHeight);
        m_painter.fillRect(textRect.adjusted(-2, 0, 2, 0), m_colors.header);
        m_painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, labels[i].text);
        m_placed.append({PlacedLabel::Kind::AxisMark, textRect, labels[i].text});
    }
    m_painter.setFont(m_metrics.font);
}

void TimelinePainter::paintFocus()
{
    QRect rect;
    if (m_decorations.focusedLane >= 0) {
        rect = m_geometry.laneHeaderRect(m_decorations.focusedLane).adjusted(1, 1, -2, -2);
    } else if (const int item = m_decorations.focusedItem; item >= 0) {
        const TimelineItem &focused = m_scene.items()[item];
        if (!m_geometry.isLaneCollapsed(focused.lane)) {
            const QRect viewport(QPoint(0, 0), m_geometry.viewportSize());
            rect = m_geometry.shapeRect(focused)
                       .toAlignedRect()
                       .adjusted(-3, -3, 3, 3)
                       .intersected(viewport.adjusted(1, 0, -2, 0));
        }
    }
    if (rect.isEmpty())
        return;
    m_painter.setPen(QPen(m_colors.highlight, 2.0, Qt::SolidLine));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(rect);
}

} // namespace Dealscope
