// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/agreementmodel.h"
#include "dataset/dataset.h"

#include <QColor>
#include <QRectF>
#include <QString>

class QFont;
class QPainter;

namespace Dealscope {

struct TimelineColors;

/// The timeline's symbols, each drawn by one function: TimelinePainter calls them for the real items and
/// the legend for its samples, so the two cannot drift apart.
namespace TimelineGlyphs {

/// A vertical line as a one- or two-pixel rectangle: the cheapest thing to fill, see TimelineColors.
void fillVerticalLine(QPainter &painter, double x, int top, int bottom, const QColor &color, int width = 1);

/// How a bar is filled and outlined, by its clause's status.
struct BarLook
{
    QColor fill;
    QColor border;
    bool muted = false; ///< ended or expired
    bool pending = false; ///< not yet in force
    bool dashed = false; ///< not yet in force, or not restated: the outline is dashed
};
BarLook barLook(ClauseStatus status, bool selected, const TimelineColors &colors);

/// Where a bar goes: the whole term, the part in view, and where its end turns uncertain.
struct BarShape
{
    QRectF full; ///< the whole term; may reach past the view
    QRectF bar; ///< the part drawn, clamped to the view
    double certainRight = 0.0; ///< the x after which the end is uncertain, clamped to the bar
    double fadeFrom = 0.0; ///< the same x unclamped: where the fade of a milestone-bound end starts
    double arrowTip = 0.0; ///< an open-ended bar: where its arrow points
};
/// A clause's bar: solid for a definite end, with an arrow when open-ended, fading out when it ends at a
/// milestone nobody can date, hatched where a milestone may end it before its latest date.
void paintBarBody(QPainter &painter, AgreementModel::EndKind endKind, const BarLook &look, const BarShape &shape);

/// The icon of what a version did to a clause: + new, Δ amended, × ended, ? not restated; empty for
/// unchanged, which has none.
QString changeGlyph(ChangeKind change);
/// The change icon in @p rect, its glyph in @p font.
void paintChangeIcon(QPainter &painter, ChangeKind change, const QRectF &rect, const TimelineColors &colors,
                     const QFont &font);

/// An event's marker in @p marker: its kind's shape and colour, filled when the date is known to the day,
/// hollow when only the month or year is. Leaves antialiasing on.
void paintEventMarker(QPainter &painter, Event::Kind kind, bool preciseDate, const QRectF &marker,
                      const TimelineColors &colors);
/// The thin span under the marker of an event known only to the month or year, over that period.
void paintDateSpan(QPainter &painter, double left, double right, double centreY, const QColor &eventColor);

/// A version's rule across the lanes; the version shown is drawn thicker in the highlight colour.
void paintVersionRule(QPainter &painter, double x, int top, int bottom, bool current, const TimelineColors &colors);
/// Today's rule: dashed, in a warm accent, so that it reads apart from the version rules.
void paintTodayRule(QPainter &painter, double x, int top, int bottom, const TimelineColors &colors);
/// Compare mode: the other version's term as a dashed outline.
void paintComparedTerm(QPainter &painter, const QRectF &outline, const TimelineColors &colors);

} // namespace TimelineGlyphs

} // namespace Dealscope
