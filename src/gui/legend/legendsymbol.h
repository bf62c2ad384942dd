// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "legend/legendcatalog.h"
#include "timeline/timelinegeometry.h"
#include "timeline/timelinestyle.h"

#include <QFont>
#include <QPalette>
#include <QRect>
#include <QSize>

class QPainter;

namespace Dealscope {

/// Draws a legend symbol with the functions the views draw the real thing with: BadgeDelegate's badges,
/// and TimelineGlyphs' bars, icons, markers and rules at the timeline's own sizes for @p font.
class LegendSymbolPainter
{
public:
    LegendSymbolPainter(const QPalette &palette, const QFont &font);

    /// The room @p symbol needs.
    QSize size(const LegendSymbol &symbol) const;
    void paint(QPainter &painter, const LegendSymbol &symbol, const QRect &rect) const;

private:
    void paintBadge(QPainter &painter, const LegendSymbol &symbol, const QRect &rect) const;
    void paintBar(QPainter &painter, const LegendSymbol &symbol, const QRect &rect) const;
    void paintEvent(QPainter &painter, const LegendSymbol &symbol, const QRect &rect) const;
    QRectF barRect(const QRect &rect) const;

    QPalette m_palette;
    TimelineColors m_colors;
    TimelineMetrics m_metrics;
};

} // namespace Dealscope
