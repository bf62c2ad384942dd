// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportoptions.h"

#include <QPalette>
#include <QSize>
#include <QString>

class QPainter;
class QRectF;
class QWidget;

namespace Dealscope {

/// How an export is drawn.
struct RenderSettings
{
    QSize size {1600, 900}; ///< PNG: pixels; SVG: the view box at `dpi`; PDF: the drawing at `dpi`
    int dpi = ExportRequest::DefaultDpi; ///< 96 draws 1:1; 192 draws the same picture with twice the detail
    bool darkPalette = false; ///< false: the light "paper" palette
    QString title; ///< the SVG's <title> and the PDF's document title
    QString description;
    QString pageSize; ///< PDF: "A4", "Letter", …; empty: a page the size of the drawing

    /// The size the widget is laid out at, in device-independent pixels: `size` at 96 dpi.
    QSize logicalSize() const;
};

/// The one render path of charts and the timeline: a widget is laid out at the export's logical size
/// with the export palette, then painted into a PNG image, an SVG generator, a PDF writer or a printer.
/// Vector devices get vector paths and real text because the widget paints itself into them.
namespace ExportRenderer {

/// Light colours for paper, whatever the application's theme.
QPalette paperPalette();
QPalette darkPalette();

/// Lays out @p widget (not shown on screen) at @p logicalSize with the palette, ready to paint.
void prepare(QWidget *widget, const QSize &logicalSize, bool darkPalette);
/// Paints a prepared @p widget into @p target (in @p painter's coordinates), scaled to fit, centred.
void paint(QWidget *widget, QPainter &painter, const QRectF &target);

/// Renders @p widget into @p path in @p format (Png, Svg or Pdf). The file is written whole or not at all.
/// Returns false with a one-line message in @p error.
bool renderToFile(QWidget *widget, ExportFormat format, const QString &path, const RenderSettings &settings,
                  QString *error);

/// Writes @p data to @p path through a temporary file that replaces it only when complete.
bool writeFile(const QString &path, const QByteArray &data, QString *error);

} // namespace ExportRenderer

} // namespace Dealscope
