// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/dataset.h"

#include <QColor>
#include <QPalette>

namespace Dealscope {

/// @p color with the opacity @p alpha (0–1).
QColor withAlpha(QColor color, double alpha);

/// Events are told apart by shape first (colour-blind safe), colour second.
enum class MarkerShape { Circle, Diamond, Square, Triangle, Cross };
MarkerShape markerShapeFor(Event::Kind kind);
/// Every event kind, in the order declared: what the timeline can draw, for the legend and its test.
QList<Event::Kind> allEventKinds();

/// The timeline's colours, derived from the palette and recomputed when it changes. Tints are mixed
/// from the palette's own colours so that they stay readable in light and dark palettes alike.
struct TimelineColors
{
    explicit TimelineColors(const QPalette &palette);

    /// The colour of an event marker: one per group of shapes (the agreement, money, conflict, the rest).
    QColor eventColor(Event::Kind kind) const;
    /// The colour of events that are neither the agreement, money nor conflict; also a collapsed event lane.
    QColor otherEventColor() const { return eventColors[OtherEvents]; }

    QColor base, text, highlight, highlightedText, header, headerText, mutedText, majorGrid, minorGrid, separator;
    QColor barFill, barBorder, pendingFill, endedFill, endedBorder, selectedFill, version, currentVersion, today;

private:
    enum EventGroup { AgreementEvents, MoneyEvents, ConflictEvents, OtherEvents, EventGroupCount };
    QColor eventColors[EventGroupCount];
};

} // namespace Dealscope
