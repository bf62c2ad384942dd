// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinestyle.h"
#include "widgets/colourmix.h"

#include <algorithm>

namespace Dealscope {

namespace {

QColor rotateHue(const QColor &color, int degrees)
{
    const QColor hsv = color.toHsv();
    const int hue = hsv.hsvHue() < 0 ? 210 : hsv.hsvHue();
    return QColor::fromHsv((hue + degrees) % 360, std::max(hsv.hsvSaturation(), 120), hsv.value());
}

} // namespace

QColor withAlpha(QColor color, double alpha)
{
    color.setAlphaF(float(alpha));
    return color;
}

MarkerShape markerShapeFor(Event::Kind kind)
{
    switch (kind) {
    case Event::Kind::Investment:
    case Event::Kind::Earnings:
    case Event::Kind::Funding:
        return MarkerShape::Circle;
    case Event::Kind::Agreement:
    case Event::Kind::Amendment:
        return MarkerShape::Diamond;
    case Event::Kind::CloudDeal:
    case Event::Kind::Product:
        return MarkerShape::Square;
    case Event::Kind::Dispute:
    case Event::Kind::Legal:
        return MarkerShape::Cross;
    case Event::Kind::Statement:
    case Event::Kind::Governance:
    case Event::Kind::Report:
        break;
    }
    return MarkerShape::Triangle;
}

QList<Event::Kind> allEventKinds()
{
    // The switch has no default, so the compiler names a kind added later and not listed here.
    QList<Event::Kind> kinds;
    for (int value = 0;; ++value) {
        switch (Event::Kind(value)) {
        case Event::Kind::Investment:
        case Event::Kind::Agreement:
        case Event::Kind::Amendment:
        case Event::Kind::Statement:
        case Event::Kind::CloudDeal:
        case Event::Kind::Earnings:
        case Event::Kind::Dispute:
        case Event::Kind::Governance:
        case Event::Kind::Product:
        case Event::Kind::Funding:
        case Event::Kind::Legal:
        case Event::Kind::Report:
            kinds.append(Event::Kind(value));
            continue;
        }
        return kinds;
    }
}

TimelineColors::TimelineColors(const QPalette &palette)
{
    base = palette.color(QPalette::Base);
    text = palette.color(QPalette::Text);
    highlight = palette.color(QPalette::Highlight);
    highlightedText = palette.color(QPalette::HighlightedText);
    header = palette.color(QPalette::Window);
    headerText = palette.color(QPalette::WindowText);
    mutedText = mixColours(text, base, 0.45);
    // Opaque tints rather than alpha: opaque rectangles are plain memory fills for the raster engine,
    // while translucent full-height lines are blended span by span (and handed to worker threads).
    majorGrid = mixColours(text, base, 0.86);
    minorGrid = mixColours(text, base, 0.95);
    separator = mixColours(text, base, 0.78);
    barFill = mixColours(highlight, base, 0.45);
    barBorder = highlight;
    pendingFill = mixColours(highlight, base, 0.82);
    endedFill = mixColours(text, base, 0.86);
    endedBorder = mixColours(text, base, 0.6);
    selectedFill = mixColours(highlight, base, 0.15);
    version = mixColours(text, base, 0.65);
    currentVersion = highlight;
    today = rotateHue(highlight, 150); // a warm accent opposite the bars' hue
    // The event groups take hues a third of the circle apart from the bars'; the rest is a muted grey.
    for (int group = AgreementEvents; group < OtherEvents; ++group)
        eventColors[group] = rotateHue(highlight, group * 120);
    eventColors[OtherEvents] = mixColours(text, base, 0.3);
}

QColor TimelineColors::eventColor(Event::Kind kind) const
{
    // The groups follow the marker shapes, so that a shape always comes in one colour.
    switch (markerShapeFor(kind)) {
    case MarkerShape::Diamond:
        return eventColors[AgreementEvents];
    case MarkerShape::Circle:
        return eventColors[MoneyEvents];
    case MarkerShape::Cross:
        return eventColors[ConflictEvents];
    case MarkerShape::Square:
    case MarkerShape::Triangle:
        break;
    }
    return eventColors[OtherEvents];
}

} // namespace Dealscope
