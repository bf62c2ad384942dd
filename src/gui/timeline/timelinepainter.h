// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelineglyphs.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinescene.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QFontMetrics>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QRect>
#include <QStaticText>
#include <QString>

class QPainter;
class QPointF;
class QRectF;

namespace Dealscope {

class TimelineGeometry;
struct TimelineColors;
struct TimelineMetrics;

/// Text laid out for painting, kept per item from one paint to the next: measuring and shaping 10,000
/// titles on every paint is what would make the view slow. Clear it when the items or the font change.
class TimelineLabelCache
{
public:
    struct Entry
    {
        int titleWidth = -1;
        int widthKey = -1; ///< the room the label was elided for, bucketed
        int labelWidth = 0; ///< the width of the label as elided
        QStaticText label;
        QStaticText endNote; ///< "until <milestone>", drawn after uncertain ends
    };

    void clear() { m_entries.clear(); }
    /// The width of @p item's title in @p metrics, measured once.
    int titleWidth(int itemNumber, const TimelineItem &item, const QFontMetrics &metrics);
    /// Makes room for @p count items; entries already laid out stay.
    void reserveItems(qsizetype count);
    Entry &operator[](int item) { return m_entries[item]; }

private:
    QList<Entry> m_entries;
};

/// What the view adds to the laid-out scene for one paint.
struct TimelineDecorations
{
    QList<bool> selected; ///< per item
    int hoveredItem = -1;
    int focusedItem = -1; ///< the item with the keyboard focus, while the view has it
    int focusedLane = -1; ///< the lane header with the keyboard focus, instead of an item
    QList<TimelineVersionMark> versionMarks;
    QString currentVersion;
    QDate today;
    bool showChanges = false;
    QLocale locale;
    /// Compare mode: the other version's term of each clause, by clause id; empty when not comparing.
    QHash<QString, TimelineComparedTerm> comparedTerms;
};

/// Draws a laid-out timeline into the viewport: grid, lanes with their bars and markers, version rules,
/// today, the focus frame, then the axis band on top. One painter draws one frame.
class TimelinePainter
{
    // The texts are the view's, and keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(Dealscope::TimelineView)

public:
    TimelinePainter(QPainter &painter, const TimelineScene &scene, const TimelineGeometry &geometry,
                    const TimelineColors &colors, TimelineLabelCache &labels, const TimelineDecorations &decorations);

    void paint();
    /// Every text the paint placed, in the order drawn.
    const QList<PlacedLabel> &placedLabels() const { return m_placed; }

private:
    void paintGrid(const QList<QDate> &majorTicks, const QList<QDate> &minorTicks);
    void paintLanes(const QRect &clip);
    void paintRows(const TimelineLane &lane, int laneNumber, const QRect &clip);
    void paintLaneHeader(int lane, const QRect &rect);
    void paintLaneSummary(const TimelineLane &lane, const QRect &rect);
    using BarLook = TimelineGlyphs::BarLook;
    void paintBar(const TimelineItem &item, int itemNumber, double nextX);
    void paintComparedTerm(const TimelineItem &item, const QRectF &full);
    void paintBarLabels(const TimelineItem &item, int itemNumber, const BarLook &look, const QRectF &full,
                        const QRectF &bar, double nextX);
    void paintMarker(const TimelineItem &item, int itemNumber, double labelRoom);
    /// Draws @p item's title at @p topLeft within @p room. Right of @p baseFromX (off its bar) the text is
    /// on the base colour, cleared first so that rules under it do not run through the text.
    void paintLabel(const TimelineItem &item, int itemNumber, const QPointF &topLeft, double room, const QColor &color,
                    double baseFromX);
    bool paintEndNote(const TimelineItem &item, int itemNumber, const QPointF &topLeft, double room, double height);
    void paintRules();
    void paintAxis(const QList<QDate> &majorTicks, const QList<QDate> &minorTicks);
    void paintAxisLabels(int tickBottom);
    void paintFocus();

    bool isSelected(int item) const;
    bool isHovered(int item) const;
    int titleWidth(const TimelineItem &item, int itemNumber);

    QPainter &m_painter;
    const TimelineScene &m_scene;
    const TimelineGeometry &m_geometry;
    const TimelineMetrics &m_metrics;
    const TimelineColors &m_colors;
    TimelineLabelCache &m_labels;
    const TimelineDecorations &m_decorations;
    QList<PlacedLabel> m_placed;
};

} // namespace Dealscope
