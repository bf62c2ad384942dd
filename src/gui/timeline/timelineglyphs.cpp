// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelineglyphs.h"

#include "timeline/timelinestyle.h"

#include <QLinearGradient>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Dealscope::TimelineGlyphs {

using EndKind = AgreementModel::EndKind;

void fillVerticalLine(QPainter &painter, double x, int top, int bottom, const QColor &color, int width)
{
    painter.fillRect(QRect(int(std::floor(x)), top, width, bottom - top), color);
}

BarLook barLook(ClauseStatus status, bool selected, const TimelineColors &colors)
{
    BarLook look;
    look.muted = status == ClauseStatus::Ended || status == ClauseStatus::Expired;
    look.pending = status == ClauseStatus::NotYetInForce;
    look.dashed = status == ClauseStatus::Unknown || look.pending;
    look.fill = selected ? colors.selectedFill
        : look.muted     ? colors.endedFill
        : look.pending   ? colors.pendingFill
                         : colors.barFill;
    look.border = look.muted ? colors.endedBorder : colors.barBorder;
    return look;
}

void paintBarBody(QPainter &painter, EndKind endKind, const BarLook &look, const BarShape &shape)
{
    const QRectF &bar = shape.bar;
    const double left = bar.left();
    const double right = bar.right();
    const double certainRight = shape.certainRight;
    switch (endKind) {
    case EndKind::Milestone: {
        // No end date: solid while certain, then fading out, since no one knows when it ends.
        painter.fillRect(QRectF(left, bar.top(), certainRight - left, bar.height()), look.fill);
        QLinearGradient fade(shape.fadeFrom, 0, shape.full.right(), 0);
        fade.setColorAt(0, look.fill);
        fade.setColorAt(1, withAlpha(look.fill, 0.0));
        painter.fillRect(QRectF(certainRight, bar.top(), right - certainRight, bar.height()), fade);
        painter.setPen(look.border);
        painter.drawLine(QLineF(left, bar.top(), left, bar.bottom()));
        break;
    }
    case EndKind::MilestoneOrDate: {
        // Ends by the date at the latest, maybe sooner: the part after today is hatched.
        painter.fillRect(QRectF(left, bar.top(), certainRight - left, bar.height()), look.fill);
        const QRectF uncertain(certainRight, bar.top(), right - certainRight, bar.height());
        painter.fillRect(uncertain, withAlpha(look.fill, 0.45));
        painter.fillRect(uncertain, QBrush(withAlpha(look.border, 0.55), Qt::BDiagPattern));
        painter.setPen(look.border);
        painter.drawLine(QLineF(left, bar.top(), left, bar.bottom()));
        painter.setPen(QPen(look.border, 1, Qt::DashLine));
        painter.drawLine(QLineF(right - 0.5, bar.top(), right - 0.5, bar.bottom()));
        break;
    }
    case EndKind::Definite:
    case EndKind::None: {
        painter.fillRect(bar, look.fill);
        painter.setPen(QPen(look.border, 1, look.dashed ? Qt::DashLine : Qt::SolidLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(bar.adjusted(0.5, 0.5, -0.5, -0.5));
        if (endKind == EndKind::None) {
            // Open-ended: an arrow says it runs on.
            const double tip = shape.arrowTip;
            const double h = bar.height() / 2.0;
            const QPointF points[] = {{tip - h, bar.top() - 2}, {tip, bar.center().y()}, {tip - h, bar.bottom() + 2}};
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.setBrush(look.border);
            painter.setPen(Qt::NoPen);
            painter.drawPolygon(points, 3);
            painter.setRenderHint(QPainter::Antialiasing, false);
        }
        break;
    }
    }
}

QString changeGlyph(ChangeKind change)
{
    switch (change) {
    case ChangeKind::Introduced:
        return QStringLiteral("+");
    case ChangeKind::Amended:
        return QStringLiteral("Δ");
    case ChangeKind::Ended:
        return QStringLiteral("×");
    case ChangeKind::NotRestated:
        return QStringLiteral("?");
    case ChangeKind::Unchanged:
        break;
    }
    return {};
}

void paintChangeIcon(QPainter &painter, ChangeKind change, const QRectF &rect, const TimelineColors &colors,
                     const QFont &font)
{
    const QRectF circle = rect.adjusted(2, 2, -2, -2);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colors.highlight);
    painter.drawEllipse(circle);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(colors.highlightedText);
    painter.setFont(font);
    painter.drawText(circle, Qt::AlignCenter, changeGlyph(change));
}

namespace {

void paintMarkerShape(QPainter &painter, MarkerShape shape, const QRectF &r, const QColor &color)
{
    switch (shape) {
    case MarkerShape::Circle:
        painter.drawEllipse(r);
        break;
    case MarkerShape::Diamond: {
        const QPointF points[] = {{r.center().x(), r.top() - 1},
                                  {r.right() + 1, r.center().y()},
                                  {r.center().x(), r.bottom() + 1},
                                  {r.left() - 1, r.center().y()}};
        painter.drawPolygon(points, 4);
        break;
    }
    case MarkerShape::Square:
        painter.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
        break;
    case MarkerShape::Triangle: {
        const QPointF points[] = {{r.center().x(), r.top()}, r.bottomRight(), r.bottomLeft()};
        painter.drawPolygon(points, 3);
        break;
    }
    case MarkerShape::Cross:
        painter.setPen(QPen(color, 2.2));
        painter.drawLine(r.topLeft(), r.bottomRight());
        painter.drawLine(r.topRight(), r.bottomLeft());
        break;
    }
}

} // namespace

void paintEventMarker(QPainter &painter, Event::Kind kind, bool preciseDate, const QRectF &marker,
                      const TimelineColors &colors)
{
    const QColor color = colors.eventColor(kind);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(color, preciseDate ? 1.0 : 1.6));
    painter.setBrush(preciseDate ? QBrush(color) : QBrush(colors.base));
    paintMarkerShape(painter, markerShapeFor(kind), marker.adjusted(0.5, 0.5, -0.5, -0.5), color);
}

void paintDateSpan(QPainter &painter, double left, double right, double centreY, const QColor &eventColor)
{
    painter.fillRect(QRectF(left, centreY - 1.5, std::max(1.0, right - left), 3.0), withAlpha(eventColor, 0.35));
}

void paintVersionRule(QPainter &painter, double x, int top, int bottom, bool current, const TimelineColors &colors)
{
    fillVerticalLine(painter, x, top, bottom, current ? colors.currentVersion : colors.version, current ? 2 : 1);
}

void paintTodayRule(QPainter &painter, double x, int top, int bottom, const TimelineColors &colors)
{
    constexpr int Dash = 6;
    for (int y = top; y < bottom; y += 2 * Dash)
        fillVerticalLine(painter, x, y, std::min(bottom, y + Dash), colors.today, 2);
}

void paintComparedTerm(QPainter &painter, const QRectF &outline, const TimelineColors &colors)
{
    QColor pen = colors.text;
    pen.setAlphaF(0.75);
    painter.setPen(QPen(pen, 1.0, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(outline.adjusted(0.5, 0.5, -0.5, -0.5));
}

} // namespace Dealscope::TimelineGlyphs
