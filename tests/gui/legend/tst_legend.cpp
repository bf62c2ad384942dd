// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement/agreementmodel.h"
#include "explorer/badgedelegate.h"
#include "explorer/clausetreepanel.h"
#include "export/exportrenderer.h"
#include "legend/legendbutton.h"
#include "legend/legenddialog.h"
#include "legend/legendview.h"
#include "session/languagemanager.h"
#include "timeline/timelineglyphs.h"
#include "timeline/timelinestyle.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMetaEnum>
#include <QSet>
#include <QTest>

#include <functional>

using namespace Dealscope;
using Kind = LegendSymbol::Kind;

namespace {

/// Every value of an enum the core names: the naming functions have no name past the last value.
template<typename Enum> QList<Enum> namedValues(QString (*name)(Enum))
{
    QList<Enum> values;
    for (int value = 0; !name(Enum(value)).isEmpty(); ++value)
        values.append(Enum(value));
    return values;
}

/// Every confidence code Confidence::parse() accepts, single levels and ranges.
QList<Confidence> confidenceCodes()
{
    QList<Confidence> codes;
    for (char16_t best = u'A'; best <= u'Z'; ++best) {
        if (const auto single = Confidence::parse(QString(QChar(best))))
            codes.append(*single);
        for (char16_t worst = u'A'; worst <= u'Z'; ++worst) {
            if (const auto range = Confidence::parse(QString(QString(QChar(best)) + u'/' + QChar(worst))))
                codes.append(*range);
        }
    }
    return codes;
}

/// How many pixels of @p swatch differ from the plain base colour: zero means nothing was drawn.
int drawnPixels(const QImage &image, const QColor &base)
{
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            drawn += image.pixelColor(x, y) != base ? 1 : 0;
    }
    return drawn;
}

} // namespace

class TestLegend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySymbolHasAnEntry();
    void everyEventKindOfTheFormat();
    void everySwatchIsDrawnAndDistinct();
    void textNamesTheIcons();
    void buttonsOpenOneLegend();
    void screenshots_data();
    void screenshots();

private:
    QList<const LegendSwatch *> find(const LegendView &view, const std::function<bool(const LegendSymbol &)> &match);
};

QList<const LegendSwatch *> TestLegend::find(const LegendView &view,
                                             const std::function<bool(const LegendSymbol &)> &match)
{
    QList<const LegendSwatch *> found;
    for (const LegendSwatch *swatch : view.swatches()) {
        if (match(swatch->symbol()))
            found.append(swatch);
    }
    return found;
}

void TestLegend::everySymbolHasAnEntry()
{
    LegendView view;
    const auto has = [&](Kind kind, int value) {
        return !find(view, [&](const LegendSymbol &s) { return s.kind == kind && s.value == value; }).isEmpty();
    };

    for (const ChangeKind change : namedValues(&changeName)) {
        QVERIFY2(has(Kind::ChangeBadge, int(change)), qPrintable(changeName(change)));
        // The timeline draws an icon for every change but a reaffirmation.
        QCOMPARE(has(Kind::ChangeIcon, int(change)), !TimelineGlyphs::changeGlyph(change).isEmpty());
    }
    for (const ClauseStatus status : namedValues(&statusName)) {
        QVERIFY2(has(Kind::StatusBadge, int(status)), qPrintable(statusName(status)));
        QVERIFY2(has(Kind::BarStatus, int(status)), qPrintable(statusName(status)));
    }
    QVERIFY(has(Kind::LaterBadge, 0));

    const QMetaEnum ends = QMetaEnum::fromType<AgreementModel::EndKind>();
    for (int i = 0; i < ends.keyCount(); ++i)
        QVERIFY2(has(Kind::BarEnd, ends.value(i)), ends.key(i));

    // Confidence: every level by its code; a range is drawn in its weaker level's colour, which has an entry.
    const QPalette palette = view.palette();
    bool rangeExplained = false;
    for (const Confidence &confidence : confidenceCodes()) {
        const QList<const LegendSwatch *> badges = find(view, [&](const LegendSymbol &s) {
            return s.kind == Kind::ConfidenceBadge
                && BadgeDelegate::confidenceColor(s.text, palette)
                == BadgeDelegate::confidenceColor(confidence.code(), palette);
        });
        QVERIFY2(!badges.isEmpty(), qPrintable(confidence.code()));
        if (!confidence.isRange())
            QVERIFY(!find(view, [&](const LegendSymbol &s) { return s.text == confidence.code(); }).isEmpty());
        rangeExplained = rangeExplained || !find(view, [&](const LegendSymbol &s) {
                                                return s.kind == Kind::ConfidenceBadge && s.text.contains(u'/');
                                            }).isEmpty();
    }
    QVERIFY(rangeExplained);

    // Every event kind, by the shape and the colour the timeline gives it.
    const TimelineColors colors(palette);
    for (const Event::Kind kind : allEventKinds()) {
        const auto drawnAlike = [&](const LegendSymbol &s) {
            return s.kind == Kind::EventMarker && markerShapeFor(Event::Kind(s.value)) == markerShapeFor(kind)
                && colors.eventColor(Event::Kind(s.value)) == colors.eventColor(kind);
        };
        QVERIFY2(!find(view, drawnAlike).isEmpty(), qPrintable(QString::number(int(kind))));
    }
    QVERIFY(!find(view, [](const LegendSymbol &s) { return s.kind == Kind::ImpreciseDate; }).isEmpty());

    QVERIFY(has(Kind::TodayRule, 0));
    QVERIFY(has(Kind::VersionRule, 1));
    QVERIFY(has(Kind::VersionRule, 0));
    QVERIFY(has(Kind::ComparedTerm, 0));
}

void TestLegend::everyEventKindOfTheFormat()
{
    // The kinds the legend walks are the kinds the dataset format has.
    QFile schema(QStringLiteral(":/schema/dealscope-dataset.schema.json"));
    QVERIFY(schema.open(QIODevice::ReadOnly));
    const QJsonArray kinds = QJsonDocument::fromJson(schema.readAll())
                                 .object()[QStringLiteral("$defs")][QStringLiteral("event")]
                                          [QStringLiteral("properties")][QStringLiteral("kind")][QStringLiteral("enum")]
                                 .toArray();
    QVERIFY(!kinds.isEmpty());
    QCOMPARE(allEventKinds().size(), kinds.size());
}

void TestLegend::everySwatchIsDrawnAndDistinct()
{
    LegendView view;
    view.resize(700, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QColor base = TimelineColors(view.palette()).base;
    QHash<Kind, QSet<QByteArray>> looks;
    QHash<Kind, int> counts;
    for (const LegendSwatch *swatch : view.swatches()) {
        QImage image = const_cast<LegendSwatch *>(swatch)->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QVERIFY2(drawnPixels(image, base) > 0, qPrintable(swatch->accessibleName()));
        QVERIFY(!swatch->accessibleName().isEmpty());
        QVERIFY(!swatch->accessibleDescription().isEmpty());
        looks[swatch->symbol().kind].insert(
            QByteArray(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes()));
        ++counts[swatch->symbol().kind];
    }
    // Within a kind, every symbol looks different from the others: no two entries explain the same drawing.
    for (const Kind kind : {Kind::ChangeIcon, Kind::EventMarker, Kind::BarEnd, Kind::VersionRule})
        QCOMPARE(looks.value(kind).size(), counts.value(kind));
}

void TestLegend::textNamesTheIcons()
{
    LegendView view;
    QString text;
    for (const QLabel *label : view.widget()->findChildren<QLabel *>())
        text += label->text() + u'\n';
    for (const ChangeKind change : namedValues(&changeName)) {
        const QString glyph = TimelineGlyphs::changeGlyph(change);
        if (!glyph.isEmpty())
            QVERIFY2(text.contains(glyph), qPrintable(glyph));
    }
    QVERIFY(text.contains(statusName(ClauseStatus::Unknown))); // "Not restated"
}

void TestLegend::buttonsOpenOneLegend()
{
    QWidget window;
    auto *tree = new ClauseTreePanel(&window);
    auto *timeline = new TimelineView(&window);
    const QList<LegendButton *> buttons = window.findChildren<LegendButton *>();
    QCOMPARE(buttons.size(), 2);
    QVERIFY(tree->findChild<LegendButton *>());
    for (LegendButton *button : buttons) {
        QVERIFY(!button->toolTip().isEmpty());
        QVERIFY(!button->accessibleName().isEmpty());
        button->click();
    }
    const QList<LegendDialog *> dialogs = window.findChildren<LegendDialog *>();
    QCOMPARE(dialogs.size(), 1);
    QVERIFY(dialogs.constFirst()->isVisible());
    QCOMPARE(LegendDialog::showFor(&window), dialogs.constFirst());

    // Each button opens the legend at the sections about its own view.
    LegendView *view = dialogs.constFirst()->view();
    timeline->findChild<LegendButton *>()->click();
    QCOMPARE(view->topSection(), 1);
    tree->findChild<LegendButton *>()->click();
    QCOMPARE(view->topSection(), 0);
}

void TestLegend::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("dark");
    QTest::newRow("en 1024") << QStringLiteral("en") << QSize(1024, 700) << false;
    QTest::newRow("en 1600") << QStringLiteral("en") << QSize(1600, 900) << false;
    QTest::newRow("ja 1024") << QStringLiteral("ja") << QSize(1024, 700) << false;
    QTest::newRow("ja 1600") << QStringLiteral("ja") << QSize(1600, 900) << false;
    QTest::newRow("en dark") << QStringLiteral("en") << QSize(1024, 700) << true;
}

void TestLegend::screenshots()
{
    // The legend as it opens over a window of that size; the images are for looking at.
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(bool, dark);
    QVERIFY(LanguageManager::instance()->applyLanguage(language));
    const QPalette light = QApplication::palette();
    if (dark)
        QApplication::setPalette(ExportRenderer::darkPalette()); // the export's dark theme
    LegendDialog dialog;
    dialog.resize(std::min(dialog.width(), size.width()), std::min(dialog.height(), size.height() - 60));
    const QImage image = dialog.grab().toImage();
    // And the whole legend, every section, at the width the dialog gives it.
    QWidget *content = dialog.view()->widget();
    const int width = dialog.view()->viewport()->width();
    const int height = content->heightForWidth(width);
    content->resize(width, height > 0 ? height : content->sizeHint().height());
    const QImage whole = content->grab().toImage();
    QApplication::setPalette(light);
    QVERIFY(LanguageManager::instance()->applyLanguage(QStringLiteral("en")));
    QVERIFY(image.width() <= size.width() && image.height() <= size.height());
    const QString dir = qEnvironmentVariable("DEALSCOPE_TEST_OUTPUT_DIR", QDir::tempPath());
    const QString name = QStringLiteral("%1/legend-%2-%3%4")
                             .arg(dir, language)
                             .arg(size.width())
                             .arg(dark ? QStringLiteral("-dark") : QString());
    QVERIFY(image.save(name + QStringLiteral(".png")));
    QVERIFY(whole.save(name + QStringLiteral("-whole.png")));
}

QTEST_MAIN(TestLegend)
#include "tst_legend.moc"
