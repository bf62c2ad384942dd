// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario charts' texts at every width and in several scripts (nothing cut, nothing on top of anything
// else), their legend, the tornado's numbers, the revenue share cap, and the panel's steady axes, reserved
// comparison line and Compare with menu.
#include "dataset/datasetdocument.h"
#include "scenario/charts/chartaxes.h"
#include "scenario/charts/chartlabels.h"
#include "scenario/charts/scenariobridgechart.h"
#include "scenario/charts/scenariochart.h"
#include "scenario/charts/scenariofanchart.h"
#include "scenario/charts/scenariotornadochart.h"
#include "scenario/scenariodocument.h"
#include "scenario/scenariomontecarlo.h"
#include "scenario/scenariopanel.h"
#include "scenario/scenarioslider.h"
#include "scenario/scenariotornado.h"
#include "session/languagemanager.h"

#include <QAbstractBarSeries>
#include <QActionGroup>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QValueAxis>

#include <memory>

using namespace Dealscope;

namespace {

QString kindName(ChartLabel::Kind kind)
{
    switch (kind) {
    case ChartLabel::Kind::AxisTick:
        return QStringLiteral("tick");
    case ChartLabel::Kind::AxisTitle:
        return QStringLiteral("axis title");
    case ChartLabel::Kind::Marker:
        return QStringLiteral("marker");
    case ChartLabel::Kind::Legend:
        return QStringLiteral("legend");
    case ChartLabel::Kind::Title:
        return QStringLiteral("title");
    case ChartLabel::Kind::DataValue:
        return QStringLiteral("value");
    case ChartLabel::Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

QString describe(const ChartLabel &label)
{
    const QRectF r = label.sceneRect;
    return QStringLiteral("%1 \"%2\" at %3,%4 %5×%6")
        .arg(kindName(label.kind), label.text)
        .arg(r.x(), 0, 'f', 0)
        .arg(r.y(), 0, 'f', 0)
        .arg(r.width(), 0, 'f', 0)
        .arg(r.height(), 0, 'f', 0);
}

/// Whether two boxes share more than a hairline (antialiased edges may touch).
bool overlap(const QRectF &a, const QRectF &b)
{
    const QRectF common = a.intersected(b);
    return common.width() > 1.0 && common.height() > 1.0;
}

/// Lays @p view out off screen at @p size and lets the charts' queued adjustments run.
void layOut(QWidget *view, QSize size)
{
    view->setAttribute(Qt::WA_DontShowOnScreen);
    view->resize(size);
    view->show();
    for (int pass = 0; pass < 6; ++pass)
        QCoreApplication::sendPostedEvents();
}

/// Where the revenue share's data points are drawn, from the chart's public axes and plot area.
QList<QPointF> sharePointPositions(const ScenarioChart &view)
{
    const QRectF plot = view.chart()->plotArea();
    const QValueAxis *years = view.axisX();
    const QValueAxis *share = view.axisShare();
    QList<QPointF> positions;
    const QList<QPointF> points = view.revenueSharePoints();
    for (const QPointF &point : points) {
        positions.append({plot.left() + (point.x() - years->min()) / (years->max() - years->min()) * plot.width(),
                          plot.bottom() - (point.y() - share->min()) / (share->max() - share->min()) * plot.height()});
    }
    return positions;
}

} // namespace

class TestScenarioCharts : public QObject
{
    Q_OBJECT

    DatasetDocument m_document;

    ContractRegime terms(const RegimeId &regime) const
    {
        return *deriveContractRegime(*m_document.dataset(), regime).regime;
    }

    /// The chart @p name ("layers", "compare", "tornado", "fan") drawing the default scenario.
    std::unique_ptr<QChartView> makeChart(const QString &name) const
    {
        const Scenario scenario;
        const ContractRegime regime = terms(scenario.regime);
        if (name == QLatin1String("tornado")) {
            auto view = std::make_unique<ScenarioTornadoChart>();
            view->setResult(ScenarioTornado::run(regime, scenario.values()));
            return view;
        }
        if (name == QLatin1String("bridge")) {
            auto view = std::make_unique<ScenarioBridgeChart>();
            const AssumptionValues values = scenario.values();
            view->setResult(ScenarioBridge::compute(terms(RegimeKind::Oct2025), regime, values,
                                                    ScenarioEngine::medianAgiYear(values), scenario.horizon));
            return view;
        }
        if (name == QLatin1String("fan")) {
            auto view = std::make_unique<ScenarioFanChart>();
            view->setResult(ScenarioMonteCarlo::run(regime, scenario.values(), scenario.horizon));
            return view;
        }
        auto view = std::make_unique<ScenarioChart>();
        if (name == QLatin1String("compare")) {
            Scenario other = scenario;
            other.regime = RegimeKind::Oct2025;
            view->setComparison(other.project(terms(other.regime)));
        }
        view->setRevenueShareCap(
            regime.revenueShareCapped ? std::optional(scenario.value(AssumptionId::RevenueShareCap)) : std::nullopt);
        view->setProjection(scenario.project(regime), QStringLiteral("Apr 2026 terms"));
        return view;
    }

    std::unique_ptr<ScenarioPanel> makePanel()
    {
        auto *scenario = new ScenarioDocument;
        auto panel = std::make_unique<ScenarioPanel>(scenario);
        scenario->setParent(panel.get());
        scenario->setDataset(m_document.dataset());
        return panel;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_document.openBundled().isEmpty());
    }

    void cleanupTestCase() { LanguageManager::instance()->applyLanguage(QStringLiteral("en")); }

    void labelsNeitherOverlapNorAreCut_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("width");
        for (const char *chart : {"layers", "compare", "tornado", "fan", "bridge"}) {
            for (const char *language : {"en", "de", "th", "ja"}) {
                for (const int width : {360, 520, 800, 1200}) {
                    QTest::addRow("%s %s %d", chart, language, width)
                        << QString::fromLatin1(chart) << QString::fromLatin1(language) << width;
                }
            }
        }
    }

    void labelsNeitherOverlapNorAreCut()
    {
        QFETCH(QString, chart);
        QFETCH(QString, language);
        QFETCH(int, width);
        LanguageManager::instance()->applyLanguage(language);
        const std::unique_ptr<QChartView> view = makeChart(chart);
        layOut(view.get(), QSize(width, std::max(360, int(width * 0.55))));

        const QList<ChartLabel> labels = chartLabels(view->chart());
        QVERIFY(!labels.isEmpty());
        const QRectF bounds = view->chart()->rect();
        const QRectF plot = view->chart()->plotArea();
        // A bar chart names every bar: Qt Charts hides a name taller than its row, so in a chart too short
        // for names on two lines they are shortened on one (the tooltip and the Table give them whole).
        const QBarCategoryAxis *categories = nullptr;
        for (QAbstractAxis *axis : view->chart()->axes(Qt::Vertical))
            categories = categories ? categories : qobject_cast<const QBarCategoryAxis *>(axis);
        if (categories) {
            const auto named = std::count_if(labels.cbegin(), labels.cend(), [&plot](const ChartLabel &label) {
                return label.kind == ChartLabel::Kind::AxisTick && label.sceneRect.right() <= plot.left();
            });
            // As many names as bars: the axis would drop a name shortened like another, and its bars with it.
            qsizetype bars = 0;
            for (QAbstractSeries *series : view->chart()->series()) {
                if (const auto *barSeries = qobject_cast<const QAbstractBarSeries *>(series);
                    barSeries && !barSeries->barSets().isEmpty())
                    bars = std::max<qsizetype>(bars, barSeries->barSets().constFirst()->count());
            }
            QVERIFY(bars > 0);
            QCOMPARE(categories->count(), bars);
            QCOMPARE(named, bars);
        }
        bool hasLegend = false;
        bool hasTick = false;
        for (const ChartLabel &label : labels) {
            const bool barName
                = categories && label.kind == ChartLabel::Kind::AxisTick && label.sceneRect.right() <= plot.left();
            if (!barName || width >= 800)
                QVERIFY2(!label.elided, qPrintable(describe(label)));
            QVERIFY2(bounds.adjusted(-1, -1, 1, 1).contains(label.sceneRect), qPrintable(describe(label)));
            hasLegend = hasLegend || label.kind == ChartLabel::Kind::Legend;
            hasTick = hasTick || label.kind == ChartLabel::Kind::AxisTick;
        }
        QVERIFY(hasLegend);
        QVERIFY(hasTick);
        for (qsizetype i = 0; i < labels.size(); ++i) {
            for (qsizetype j = i + 1; j < labels.size(); ++j) {
                QVERIFY2(!overlap(labels[i].sceneRect, labels[j].sceneRect),
                         qPrintable(describe(labels[i]) + QStringLiteral(" / ") + describe(labels[j])));
            }
        }
        // The right-hand axis reads as evenly spaced numbers (a step of 2.5 once read 0, 3, 5, 8).
        if (qobject_cast<const ScenarioChart *>(view.get())) {
            QList<double> right;
            for (const ChartLabel &label : labels) {
                bool ok = false;
                const double value = QLocale().toDouble(label.text, &ok);
                if (label.kind == ChartLabel::Kind::AxisTick && label.sceneRect.left() >= plot.right() && ok)
                    right.append(value);
            }
            std::sort(right.begin(), right.end());
            QVERIFY(right.size() >= 3);
            for (qsizetype i = 2; i < right.size(); ++i)
                QVERIFY2(qFuzzyCompare(right[i] - right[i - 1], right[1] - right[0]),
                         qPrintable(QStringLiteral("%1, %2, %3").arg(right[i - 2]).arg(right[i - 1]).arg(right[i])));
        }
        // Marker labels stay off the revenue share's line: its data points and the stretches between them.
        if (const auto *layers = qobject_cast<const ScenarioChart *>(view.get())) {
            const QList<QPointF> points = sharePointPositions(*layers);
            QList<QPointF> line = points;
            for (qsizetype i = 1; i < points.size(); ++i) {
                for (int step = 1; step < 8; ++step)
                    line.append(points[i - 1] + (points[i] - points[i - 1]) * (step / 8.0));
            }
            for (const ChartLabel &label : labels) {
                if (label.kind != ChartLabel::Kind::Marker)
                    continue;
                for (const QPointF &point : std::as_const(line)) {
                    QVERIFY2(!overlap(label.sceneRect, QRectF(point - QPointF(1.5, 1.5), QSizeF(3, 3))),
                             qPrintable(describe(label)));
                }
            }
        }
    }

    void axesShowTheirStepsDecimals_data()
    {
        QTest::addColumn<double>("stackMax");
        QTest::addColumn<double>("shareMax");
        for (const double stack : {90.0, 180.0, 400.0, 560.0, 900.0}) {
            for (const double share : {3.0, 7.0, 9.5, 12.0, 38.0})
                QTest::addRow("stack %g, share %g", stack, share) << stack << share;
        }
    }

    /// An axis whose step is not a whole number shows a decimal: a step of 2.5 once read 0, 3, 5, 8.
    void axesShowTheirStepsDecimals()
    {
        QFETCH(double, stackMax);
        QFETCH(double, shareMax);
        QChart chart;
        ProjectionAxes axes(&chart, &chart);
        axes.setValueRanges(stackMax, shareMax);
        for (const QValueAxis *axis : {axes.stack(), axes.share()}) {
            const double step = axis->tickInterval();
            const bool whole = qFuzzyCompare(step, std::round(step));
            QCOMPARE(axis->labelFormat(), whole ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
            QVERIFY(axis->max() > 0.0);
        }
    }

    void namesShortenedAlikeKeepTheirEnds()
    {
        // Two names that differ only at their end would both read "Terms of the agreement of…": they keep
        // their start and their end instead, and stay apart.
        const QStringList names
            = {QStringLiteral("Terms of the agreement of October 2025"), QStringLiteral("Exclusivity"),
               QStringLiteral("Terms of the agreement of April 2026")};
        QBarCategoryAxis axis;
        const QFont font;
        const double room = QFontMetricsF(font).horizontalAdvance(QStringLiteral("Terms of the agreem"));
        fitCategoryLabels(&axis, names, font, room, 10.0); // rows too short for two lines
        const QStringList shown = axis.categories();
        QCOMPARE(shown.size(), names.size());
        QCOMPARE(shown.at(1), names.at(1));
        QVERIFY2(shown.at(0) != shown.at(2), qPrintable(shown.join(u'|')));
        QVERIFY2(shown.at(0).endsWith(QStringLiteral("2025")) && shown.at(2).endsWith(QStringLiteral("2026")),
                 qPrintable(shown.join(u'|')));
    }

    void tornadoNumbersItsAxisAndItsBars()
    {
        LanguageManager::instance()->applyLanguage(QStringLiteral("en"));
        const Scenario scenario;
        const TornadoResult result = ScenarioTornado::run(terms(scenario.regime), scenario.values());
        ScenarioTornadoChart view;
        view.setResult(result);
        layOut(&view, QSize(1000, 600));
        const QList<ChartLabel> labels = chartLabels(view.chart());
        QStringList ticks;
        QStringList values;
        QString axisTitle;
        for (const ChartLabel &label : labels) {
            if (label.kind == ChartLabel::Kind::AxisTick)
                ticks.append(label.text);
            if (label.kind == ChartLabel::Kind::DataValue)
                values.append(label.text);
            if (label.kind == ChartLabel::Kind::AxisTitle && label.text.contains(QLatin1String("Change")))
                axisTitle = label.text;
        }
        // The value axis has numbers: a zero and at least one on each side of it.
        QVERIFY2(ticks.contains(QStringLiteral("0")), qPrintable(ticks.join(u'|')));
        QVERIFY2(std::any_of(ticks.cbegin(), ticks.cend(), [](const QString &t) { return t.startsWith(u'-'); }),
                 qPrintable(ticks.join(u'|')));
        // Every bar carries its value, as the engine computed it.
        const int bars = std::min<int>(ScenarioTornadoChart::MaxBars, int(result.bars.size()));
        QCOMPARE(values.size(), 2 * bars);
        const QLocale locale;
        for (int i = 0; i < bars; ++i) {
            const TornadoBar &bar = result.bars[std::size_t(i)];
            for (const double delta : {bar.lowDelta, bar.highDelta}) {
                const bool found = std::any_of(values.cbegin(), values.cend(), [&](const QString &text) {
                    bool ok = false;
                    const double shown = locale.toDouble(QString(text).remove(u'+'), &ok);
                    return ok && std::abs(shown - delta) <= (std::abs(delta) < 10 ? 0.051 : 0.51);
                });
                QVERIFY2(found, qPrintable(QString::number(delta) + QStringLiteral(" in ") + values.join(u'|')));
            }
        }
        // The base value the changes are measured from is stated on the axis.
        QVERIFY2(axisTitle.contains(locale.toString(result.baseValue, 'f', 0)), qPrintable(axisTitle));
    }

    void theCapIsMarkedWhereTheShareStops()
    {
        LanguageManager::instance()->applyLanguage(QStringLiteral("en"));
        const Scenario scenario; // Apr 2026 terms: the share is capped
        const ContractRegime regime = terms(scenario.regime);
        QVERIFY(regime.revenueShareCapped);
        const Projection projection = scenario.project(regime);
        const double cap = scenario.value(AssumptionId::RevenueShareCap);
        // Where the cumulative share reaches the cap, independently of the chart.
        std::optional<int> expected;
        double paid = 0.0;
        for (const ProjectionYear &year : projection.years) {
            paid += year.revenueShare;
            if (!expected && paid >= cap - 1e-6)
                expected = year.year;
        }
        QVERIFY(expected);
        ScenarioChart view;
        view.setRevenueShareCap(cap);
        view.setProjection(projection, QStringLiteral("Apr 2026 terms"));
        layOut(&view, QSize(1000, 600));
        QCOMPARE(view.capReachedYear(), expected);
        if (qEnvironmentVariableIsSet("DEALSCOPE_TEST_OUTPUT_DIR")) // for a look at it
            view.grab().save(
                QDir(qEnvironmentVariable("DEALSCOPE_TEST_OUTPUT_DIR")).filePath(QStringLiteral("cap.png")));
        const QList<ChartLabel> labels = chartLabels(view.chart());
        const auto named = [&](ChartLabel::Kind kind, const QString &word) {
            return std::any_of(labels.cbegin(), labels.cend(), [&](const ChartLabel &label) {
                return label.kind == kind && label.text.contains(word, Qt::CaseInsensitive);
            });
        };
        QVERIFY(named(ChartLabel::Kind::Marker, QString::number(*expected)));
        QVERIFY(named(ChartLabel::Kind::Legend, QStringLiteral("cap")));

        view.setRevenueShareCap(std::nullopt); // terms without a cap mark nothing
        QCOMPARE(view.capReachedYear(), std::nullopt);
    }

    void axesHoldStillDuringADrag()
    {
        LanguageManager::instance()->applyLanguage(QStringLiteral("en"));
        auto panel = makePanel();
        layOut(panel.get(), QSize(1400, 600));
        QSlider *growth = panel->slider(AssumptionId::OpenaiRevenueGrowth)->slider();
        const double top = panel->chart()->axisY()->max();
        const double shareTop = panel->chart()->axisShare()->max();
        Q_EMIT growth->sliderPressed();
        growth->setValue(growth->minimum()); // far less growth: the data shrink well below the axis
        QCOMPARE(panel->chart()->axisY()->max(), top);
        QCOMPARE(panel->chart()->axisShare()->max(), shareTop);
        Q_EMIT growth->sliderReleased();
        QVERIFY2(panel->chart()->axisY()->max() < top, "the axis settles to the data on release");

        // Terms and presets settle at once.
        const double settled = panel->chart()->axisY()->max();
        QVERIFY(panel->loadPreset(QStringLiteral("bull")));
        QVERIFY(panel->chart()->axisY()->max() != settled);
    }

    void startingAComparisonMovesNothing()
    {
        LanguageManager::instance()->applyLanguage(QStringLiteral("en"));
        auto panel = makePanel();
        layOut(panel.get(), QSize(1400, 600));
        const QRect before = panel->tabs()->geometry();
        panel->document()->compareWithOtherRegime();
        for (int pass = 0; pass < 4; ++pass)
            QCoreApplication::sendPostedEvents();
        auto *label = panel->findChild<QLabel *>(QStringLiteral("compareLabel"));
        QVERIFY(label && label->isVisible());
        QVERIFY(label->text().contains(panel->document()->comparisonName()));
        QCOMPARE(panel->tabs()->geometry(), before);

        // The note names the dashed lines: it goes where nothing is dashed, and nothing moves then either.
        for (int tab = 0; tab < panel->tabs()->count(); ++tab) {
            panel->tabs()->setCurrentIndex(tab);
            const QWidget *shown = panel->tabs()->currentWidget();
            QCOMPARE(label->isVisible(), shown == panel->chart() || shown == panel->tablePage());
            QCOMPARE(panel->tabs()->geometry(), before);
        }
    }

    void compareMenuChecksTheCurrentChoice()
    {
        LanguageManager::instance()->applyLanguage(QStringLiteral("en"));
        auto panel = makePanel();
        QMenu *menu = panel->compareMenu();
        const auto checked = [menu] {
            QStringList texts;
            const QList<QAction *> actions = menu->actions();
            for (QAction *action : actions) {
                if (action->isChecked())
                    texts.append(action->text());
            }
            return texts;
        };
        QList<QAction *> choices;
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (!action->isSeparator()) {
                QVERIFY(action->isCheckable());
                QVERIFY(action->actionGroup() && action->actionGroup()->isExclusive());
                choices.append(action);
            }
        }
        QVERIFY(choices.size() >= 3);
        QCOMPARE(checked(), QStringList {choices.first()->text()}); // nothing compared at first
        panel->document()->compareWithPreset(QStringLiteral("bull"));
        QCOMPARE(checked().size(), 1);
        QVERIFY(checked().constFirst().contains(QLatin1String("Bull")));
        panel->document()->compareWithOtherRegime();
        QCOMPARE(checked(), QStringList {choices.at(1)->text()});
        choices.first()->trigger(); // choosing from the menu goes through the document
        QCOMPARE(panel->document()->comparison(), ScenarioDocument::Comparison::None);
        QCOMPARE(checked(), QStringList {choices.first()->text()});
        // In another language the entries are rebuilt and still follow the document.
        panel->document()->compareWithOtherRegime();
        LanguageManager::instance()->applyLanguage(QStringLiteral("de"));
        QCOMPARE(checked().size(), 1);
        QCOMPARE(checked().constFirst(), panel->compareMenu()->actions().at(1)->text());
    }
};

QTEST_MAIN(TestScenarioCharts)
#include "tst_scenariocharts.moc"
