// SPDX-License-Identifier: GPL-3.0-or-later
// The translations need fonts: Japanese, Simplified Chinese, Korean, Thai and Devanagari text must be drawn
// with real glyphs, not with the missing-glyph box ("tofu"). Needs the fonts scripts/dev installs
// (fonts-noto-core, fonts-noto-cjk).
#include <QFont>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRawFont>
#include <QTest>
#include <QTextLayout>

namespace {

/// @p text drawn black on white with @p font, cropped to nothing but its own box.
QImage render(const QString &text, const QFont &font)
{
    const QFontMetricsF metrics(font);
    QImage image(QSize(int(metrics.horizontalAdvance(text)) + 8, int(metrics.height()) + 8), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QPointF(4, 4 + metrics.ascent()), text);
    return image;
}

qsizetype inkPixels(const QImage &image)
{
    qsizetype ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ink += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    }
    return ink;
}

} // namespace

class TestFonts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsRealGlyphs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("script");
        // Words from the translations' own languages: agreement, revenue share, verification.
        QTest::newRow("Japanese") << QStringLiteral("契約と収益分配の検証") << "Han/Hiragana";
        QTest::newRow("Simplified Chinese") << QStringLiteral("协议与收入分成的验证") << "Han";
        QTest::newRow("Korean") << QStringLiteral("계약과 수익 배분 검증") << "Hangul";
        QTest::newRow("Thai") << QStringLiteral("ข้อตกลงและการแบ่งรายได้") << "Thai";
        QTest::newRow("Devanagari") << QStringLiteral("समझौता और राजस्व हिस्सेदारी") << "Devanagari";
    }

    void drawsRealGlyphs()
    {
        QFETCH(QString, text);
        const QFont font = QGuiApplication::font();

        // 1. Shaping: every glyph of every run (the main font and its fallbacks) is a real glyph, not glyph 0,
        //    which is the font's missing-glyph box.
        QTextLayout layout(text, font);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        const QList<QGlyphRun> runs = layout.glyphRuns();
        QVERIFY(!runs.isEmpty());
        QStringList families;
        for (const QGlyphRun &run : runs) {
            const QString family = run.rawFont().familyName();
            if (!families.contains(family))
                families.append(family);
            const QList<quint32> glyphs = run.glyphIndexes();
            QVERIFY(!glyphs.isEmpty());
            for (quint32 glyph : glyphs)
                QVERIFY2(glyph != 0, qPrintable(QStringLiteral("missing glyph in \"%1\" with %2").arg(text, family)));
        }
        qInfo("%s drawn with %s", QTest::currentDataTag(), qPrintable(families.join(QStringLiteral(", "))));

        // 2. Pixels: each character, drawn alone, differs from the box drawn for a code point no font has
        //    (U+0378 is unassigned), and leaves ink.
        const QImage box = render(QString(QChar(0x0378)), font);
        for (const QChar character : text) {
            if (character.isSpace() || character.isMark())
                continue; // combining vowel signs are only drawn on a base letter
            const QImage glyph = render(QString(character), font);
            QVERIFY2(inkPixels(glyph) > 0,
                     qPrintable(QStringLiteral("U+%1 left no ink").arg(uint(character.unicode()), 4, 16, QChar(u'0'))));
            QVERIFY2(glyph != box,
                     qPrintable(QStringLiteral("U+%1 is drawn as the missing-glyph box")
                                    .arg(uint(character.unicode()), 4, 16, QChar(u'0'))));
        }

        // 3. The whole string, shaped together (Thai and Devanagari marks on their letters), leaves ink too.
        QVERIFY(inkPixels(render(text, font)) > 0);
    }

    void knowsTheMissingGlyphBox()
    {
        // The check above is only meaningful if a missing code point really is drawn as glyph 0.
        QTextLayout layout(QString(QChar(0x0378)), QGuiApplication::font());
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        const QList<QGlyphRun> runs = layout.glyphRuns();
        QVERIFY(!runs.isEmpty());
        QCOMPARE(runs.constFirst().glyphIndexes().value(0), 0u);
    }
};

QTEST_MAIN(TestFonts)
#include "tst_fonts.moc"
