// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportrenderer.h"

#include "export/exporttext.h"

#include <QCoreApplication>
#include <QImage>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace Dealscope {

namespace {

QString saveError(const QSaveFile &file)
{
    return ExportText::tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
}

std::optional<QPageSize> namedPageSize(const QString &name)
{
    static const std::pair<const char *, QPageSize::PageSizeId> sizes[] = {
        {"A3", QPageSize::A3},         {"A4", QPageSize::A4},       {"A5", QPageSize::A5},
        {"Letter", QPageSize::Letter}, {"Legal", QPageSize::Legal}, {"Tabloid", QPageSize::Tabloid},
    };
    for (const auto &[key, id] : sizes) {
        if (name.compare(QLatin1String(key), Qt::CaseInsensitive) == 0)
            return QPageSize(id);
    }
    return std::nullopt;
}

} // namespace

QSize RenderSettings::logicalSize() const
{
    const double scale = double(ExportRequest::DefaultDpi) / std::max(1, dpi);
    return QSize(std::max(1, int(std::lround(size.width() * scale))),
                 std::max(1, int(std::lround(size.height() * scale))));
}

namespace ExportRenderer {

QPalette paperPalette()
{
    QPalette palette(QColor(0xF4, 0xF4, 0xF4), QColor(0xFF, 0xFF, 0xFF));
    const QColor ink(0x1A, 0x1A, 0x1A);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(role, ink);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xF2, 0xF2, 0xF2));
    palette.setColor(QPalette::Mid, QColor(0x9A, 0x9A, 0x9A));
    palette.setColor(QPalette::PlaceholderText, QColor(0x60, 0x60, 0x60));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette(QColor(0x3A, 0x3A, 0x3A), QColor(0x20, 0x20, 0x20));
    const QColor ink(0xEE, 0xEE, 0xEE);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(role, ink);
    palette.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
    palette.setColor(QPalette::Window, QColor(0x1E, 0x1E, 0x1E));
    palette.setColor(QPalette::AlternateBase, QColor(0x2A, 0x2A, 0x2A));
    palette.setColor(QPalette::Mid, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::PlaceholderText, QColor(0xA0, 0xA0, 0xA0));
    return palette;
}

void prepare(QWidget *widget, const QSize &logicalSize, bool dark)
{
    widget->setAttribute(Qt::WA_DontShowOnScreen);
    widget->setPalette(dark ? darkPalette() : paperPalette());
    widget->setAutoFillBackground(true);
    widget->resize(logicalSize);
    // The export paints once, in paint(): with updates off, showing neither marks the widget dirty nor
    // paints it into a window-sized backing store first.
    widget->setUpdatesEnabled(false);
    // Showing with WA_DontShowOnScreen runs the layouts and resize events without putting up a window.
    widget->show();
    // Charts lay out in posted events, and some of their items (axis labels) only after a second pass; the
    // scenario charts then fit their ticks, titles and legend to the plot, each a further layout.
    for (int pass = 0; pass < 6; ++pass)
        QCoreApplication::sendPostedEvents();
    widget->setUpdatesEnabled(true); // render() paints nothing while updates are off
}

void paint(QWidget *widget, QPainter &painter, const QRectF &target)
{
    const QSizeF source = widget->size();
    if (source.isEmpty() || target.isEmpty())
        return;
    const double scale = std::min(target.width() / source.width(), target.height() / source.height());
    painter.save();
    painter.translate(target.center() - QPointF(source.width() * scale, source.height() * scale) / 2.0);
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
    painter.restore();
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = saveError(file);
        return false;
    }
    return true;
}

bool renderToFile(QWidget *widget, ExportFormat format, const QString &path, const RenderSettings &settings,
                  QString *error)
{
    const QSize logical = settings.logicalSize();
    prepare(widget, logical, settings.darkPalette);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = saveError(file);
        return false;
    }
    switch (format) {
    case ExportFormat::Png: {
        // Opaque: a PNG without an alpha channel is smaller and quicker to encode.
        QImage image(settings.size, QImage::Format_RGB32);
        const double ratio = double(settings.size.width()) / logical.width();
        image.setDevicePixelRatio(ratio);
        const int dotsPerMeter = int(std::lround(settings.dpi / 0.0254));
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        image.fill(widget->palette().color(QPalette::Window));
        {
            QPainter painter(&image);
            paint(widget, painter, QRectF(QPointF(), QSizeF(logical)));
        }
        QImageWriter writer(&file, "png");
        if (!settings.title.isEmpty())
            writer.setText(QStringLiteral("Title"), settings.title);
        writer.setText(QStringLiteral("Software"), QStringLiteral("Dealscope"));
        writer.setQuality(80); // zlib level 1: flat-coloured charts compress well even so, and much faster
        if (!writer.write(image)) {
            if (error)
                *error = ExportText::tr("cannot write %1: %2").arg(path, writer.errorString());
            file.cancelWriting();
            return false;
        }
        break;
    }
    case ExportFormat::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(settings.size);
        generator.setResolution(settings.dpi);
        generator.setViewBox(QRect(QPoint(), logical));
        generator.setTitle(settings.title);
        generator.setDescription(settings.description);
        QPainter painter(&generator);
        paint(widget, painter, QRectF(QPointF(), QSizeF(logical)));
        painter.end();
        break;
    }
    case ExportFormat::Pdf: {
        QPdfWriter writer(&file);
        writer.setTitle(settings.title);
        writer.setCreator(QStringLiteral("Dealscope"));
        writer.setResolution(settings.dpi);
        const std::optional<QPageSize> named = namedPageSize(settings.pageSize);
        if (named) {
            const bool landscape = settings.size.width() > settings.size.height();
            writer.setPageLayout(QPageLayout(*named, landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                             QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        } else {
            const QSizeF inches = QSizeF(settings.size) / double(settings.dpi);
            writer.setPageLayout(QPageLayout(QPageSize(inches, QPageSize::Inch, QString(), QPageSize::ExactMatch),
                                             QPageLayout::Portrait, QMarginsF()));
        }
        QPainter painter(&writer);
        const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
        paint(widget, painter, QRectF(QPointF(), QSizeF(page.size())));
        painter.end();
        break;
    }
    case ExportFormat::Csv:
        file.cancelWriting();
        if (error)
            *error = ExportText::tr("a drawing cannot be written as CSV");
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = saveError(file);
        return false;
    }
    return true;
}

} // namespace ExportRenderer

} // namespace Dealscope
