// SPDX-License-Identifier: GPL-3.0-or-later
#include "legend/legendsymbol.h"

#include "explorer/badgedelegate.h"
#include "timeline/timelineglyphs.h"

#include <QPainter>

namespace Dealscope {

namespace {

using Kind = LegendSymbol::Kind;

bool isBadge(Kind kind)
{
    return kind == Kind::ChangeBadge || kind == Kind::StatusBadge || kind == Kind::LaterBadge
        || kind == Kind::ConfidenceBadge;
}

} // namespace

LegendSymbolPainter::LegendSymbolPainter(const QPalette &palette, const QFont &font)
    : m_palette(palette), m_colors(palette), m_metrics(font)
{ }

QSize LegendSymbolPainter::size(const LegendSymbol &symbol) const
{
    if (isBadge(symbol.kind))
        return {BadgeDelegate::badgeWidth(m_metrics.font, symbol.text), m_metrics.fm.height() + 8};
    // A bar long enough to show its certain and uncertain parts, with room above and below for the outline
    // of a compared term.
    return {m_metrics.barHeight * 5, m_metrics.barHeight * 2};
}

void LegendSymbolPainter::paint(QPainter &painter, const LegendSymbol &symbol, const QRect &rect) const
{
    painter.save();
    painter.fillRect(rect, m_colors.base);
    painter.setFont(m_metrics.font);
    switch (symbol.kind) {
    case Kind::ChangeBadge:
    case Kind::StatusBadge:
    case Kind::LaterBadge:
    case Kind::ConfidenceBadge:
        paintBadge(painter, symbol, rect);
        break;
    case Kind::BarStatus:
    case Kind::BarEnd:
    case Kind::ComparedTerm:
    case Kind::ChangeIcon:
        paintBar(painter, symbol, rect);
        break;
    case Kind::EventMarker:
    case Kind::ImpreciseDate:
        paintEvent(painter, symbol, rect);
        break;
    case Kind::TodayRule:
        TimelineGlyphs::paintTodayRule(painter, rect.center().x(), rect.top(), rect.bottom() + 1, m_colors);
        break;
    case Kind::VersionRule:
        TimelineGlyphs::paintVersionRule(painter, rect.center().x(), rect.top(), rect.bottom() + 1, symbol.value != 0,
                                         m_colors);
        break;
    }
    painter.restore();
}

void LegendSymbolPainter::paintBadge(QPainter &painter, const LegendSymbol &symbol, const QRect &rect) const
{
    QColor color;
    switch (symbol.kind) {
    case Kind::ChangeBadge:
        color = BadgeDelegate::changeColor(symbol.value, m_palette);
        break;
    case Kind::StatusBadge:
        color = BadgeDelegate::statusColor(symbol.value, m_palette);
        break;
    case Kind::ConfidenceBadge:
        color = BadgeDelegate::confidenceColor(symbol.text, m_palette);
        break;
    default:
        color = BadgeDelegate::laterColor(m_palette);
        break;
    }
    BadgeDelegate::paintBadge(&painter, rect, symbol.text, color, m_metrics.font, m_palette);
}

QRectF LegendSymbolPainter::barRect(const QRect &rect) const
{
    const double top = rect.top() + (rect.height() - m_metrics.barHeight) / 2.0;
    // Room on the right for an open end's arrow and a hatched end's dashed edge.
    return {rect.left() + 2.0, top, rect.width() - 2.0 - m_metrics.barHeight / 2.0, double(m_metrics.barHeight)};
}

void LegendSymbolPainter::paintBar(QPainter &painter, const LegendSymbol &symbol, const QRect &rect) const
{
    const QRectF bar = barRect(rect);
    auto endKind = AgreementModel::EndKind::Definite;
    auto status = ClauseStatus::InForce;
    QRectF drawn = bar;
    // Where "today" falls on the sample: the end is certain up to there.
    double certainRight = bar.right();
    switch (symbol.kind) {
    case Kind::BarStatus:
        status = ClauseStatus(symbol.value);
        break;
    case Kind::BarEnd:
        endKind = AgreementModel::EndKind(symbol.value);
        if (endKind == AgreementModel::EndKind::Milestone || endKind == AgreementModel::EndKind::MilestoneOrDate)
            certainRight = bar.left() + bar.width() * 0.4;
        break;
    case Kind::ComparedTerm: {
        // The other version's longer term outlined, this version's bar drawn over it, as in compare mode.
        const double inset = std::max(2.0, bar.height() / 5.0);
        TimelineGlyphs::paintComparedTerm(painter, bar.adjusted(0, -inset, 0, inset), m_colors);
        drawn.setWidth(bar.width() * 0.6);
        certainRight = drawn.right();
        break;
    }
    default:
        break;
    }
    const TimelineGlyphs::BarLook look = TimelineGlyphs::barLook(status, false, m_colors);
    TimelineGlyphs::paintBarBody(painter, endKind, look, {drawn, drawn, certainRight, certainRight, drawn.right()});
    if (symbol.kind == Kind::ChangeIcon) {
        const QRectF icon(drawn.left() + m_metrics.labelPadding - 2, drawn.top(), drawn.height(), drawn.height());
        TimelineGlyphs::paintChangeIcon(painter, ChangeKind(symbol.value), icon, m_colors, m_metrics.boldFont);
    }
}

void LegendSymbolPainter::paintEvent(QPainter &painter, const LegendSymbol &symbol, const QRect &rect) const
{
    const auto kind = Event::Kind(symbol.value);
    const double size = m_metrics.markerSize;
    const QPointF centre = QRectF(rect).center();
    const QRectF marker(centre.x() - size / 2.0, centre.y() - size / 2.0, size, size);
    const bool precise = symbol.kind == Kind::EventMarker;
    if (!precise)
        TimelineGlyphs::paintDateSpan(painter, rect.left() + 4.0, rect.right() - 4.0, centre.y(),
                                      m_colors.eventColor(kind));
    TimelineGlyphs::paintEventMarker(painter, kind, precise, marker, m_colors);
}

} // namespace Dealscope
