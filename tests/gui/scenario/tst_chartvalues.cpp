// SPDX-License-Identifier: GPL-3.0-or-later
// Values under the cursor: each scenario chart's tooltip names the year (or the assumption), the series and
// the value the core computed; the tornado's axis, bar values, base and low/high settings; and the Table's
// comparison columns and total row. With DEALSCOPE_SCREENSHOT_DIR set, it also renders the panel with a
// hover tooltip and the tornado there, at two window sizes and in English and Japanese.
#include "dataset/datasetdocument.h"
#include "scenario/charts/chartlabels.h"
#include "scenario/charts/chartvaluetext.h"
#include "scenario/charts/scenariochart.h"
#include "scenario/charts/scenariofanchart.h"
#include "scenario/charts/scenariotornadochart.h"
#include "scenario/scenariodocument.h"
#include "scenario/scenariomontecarlo.h"
#include "scenario/scenariopanel.h"
#include "scenario/scenariotablemodel.h"
#include "scenario/scenariotornado.h"
#include "session/languagemanager.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QDir>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QValueAxis>

#include <functional>
#include <memory>

using namespace Dealscope;

namespace {

void layOut(QWidget *view, QSize size)
{
    view->setAttribute(Qt::WA_DontShowOnScreen);
    view->resize(size);
    view->show();
    for (int pass = 0; pass < 6; ++pass)
        QCoreApplication::sendPostedEvents();
}

/// The value axis of @p chart at @p alignment (the fan's stack is left, its revenue share right).
QValueAxis *valueAxis(const QChart *chart, Qt::Alignment alignment)
{
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        if (axis->alignment() == alignment)
            return qobject_cast<QValueAxis *>(axis);
    }
    return nullptr;
}

/// Where @p value is drawn on the axes @p x and @p y, in @p view's viewport coordinates: from the public
/// axes and plot area, not from the chart's own mapping.
QPoint viewPosition(const QChartView &view, QPointF value, const QValueAxis *x, const QValueAxis *y)
{
    const QRectF plot = view.chart()->plotArea();
    const QPointF inChart(plot.left() + (value.x() - x->min()) / (x->max() - x->min()) * plot.width(),
                          plot.bottom() - (value.y() - y->min()) / (y->max() - y->min()) * plot.height());
    return view.mapFromScene(view.chart()->mapToScene(inChart));
}

/// The tooltip label Qt shows, if one is up.
QLabel *toolTipLabel()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        if (widget->objectName() == QLatin1String("qtooltip_label") && widget->isVisible())
            return qobject_cast<QLabel *>(widget);
    }
    return nullptr;
}

/// Asks @p view for its tooltip at @p pos as Qt does when the pointer rests there; the tooltip's plain text.
QString hover(QChartView *view, QPoint pos)
{
    QTest::mouseMove(view->viewport(), pos);
    QHelpEvent event(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view->viewport(), &event);
    const QLabel *label = toolTipLabel();
    if (!label)
        return {};
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

double layerPart(const ProjectionYear &year, ScenarioChart::Band band)
{
    const std::array<const LayerRevenue *, 3> layers = {&year.iaas, &year.paas, &year.saas};
    const LayerRevenue &layer = *layers[std::size_t(band / 2)];
    return band % 2 == 0 ? layer.baseline : layer.openai;
}

} // namespace

class TestChartValues : public QObject
{
    Q_OBJECT

    DatasetDocument m_document;

    ContractRegime terms(const RegimeId &regime) const
    {
        return *deriveContractRegime(*m_document.dataset(), regime).regime;
    }

    /// The default scenario's projection under its own terms and, to compare with, under Oct 2025's.
    std::pair<Projection, Projection> defaultsUnderBothTerms() const
    {
        const Scenario scenario;
        Scenario other = scenario;
        other.regime = RegimeKind::Oct2025;
        return {scenario.project(terms(scenario.regime)), other.project(terms(other.regime))};
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

    void layersTooltipNamesYearBandAndValue_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("band");
        for (const int year : {2026, 2030, 2034}) {
            for (int band = 0; band < ScenarioChart::BandCount; ++band)
                QTest::addRow("%d band %d", year, band) << year << band;
        }
    }

    void layersTooltipNamesYearBandAndValue()
    {
        QFETCH(int, year);
        QFETCH(int, band);
        LanguageManager::instance()->applyLanguage(QStringLiteral("en"));
        const Scenario scenario;
        const Projection projection = scenario.project(terms(scenario.regime));
        ScenarioChart view;
        view.setProjection(projection, QStringLiteral("Apr 2026 terms"));
        layOut(&view, QSize(1100, 700));

        const ProjectionYear *expected = projection.at(year);
        QVERIFY(expected);
        const auto which = ScenarioChart::Band(band);
        // The middle of the band, where the pointer rests.
        double below = 0.0;
        for (int lower = 0; lower < band; ++lower)
            below += layerPart(*expected, ScenarioChart::Band(lower));
        const double part = layerPart(*expected, which);
        if (!view.isVisible() || part * 1000 < view.axisY()->max())
            QSKIP("the band is too thin to point at");
        const QString text
            = hover(&view, viewPosition(view, QPointF(year, below + part / 2.0), view.axisX(), view.axisY()));
        QVERIFY2(text.contains(QString::number(year)), qPrintable(text));
        QVERIFY2(text.contains(view.bandSeries(which)->name() + QStringLiteral(": ") + ChartValueText::amount(part)),
                 qPrintable(text));
        QVERIFY2(text.contains(ChartValueText::amount(expected->azureTotal())), qPrintable(text));
    }

    void layersTooltipOnTheRevenueShare()
    {
        LanguageManager::instance()->applyLanguage(QStringLiteral("ja"));
        const Scenario scenario;
        const Projection projection = scenario.project(terms(scenario.regime));
        ScenarioChart view;
        view.setProjection(projection, QStringLiteral("Apr 2026"));
        layOut(&view, QSize(1100, 700));
        for (const int year : {2025, 2028}) {
            const double share = projection.at(year)->revenueShare;
            const QString text = hover(&view, viewPosition(view, QPointF(year, share), view.axisX(), view.axisShare()));
            QVERIFY2(text.startsWith(QString::number(year)), qPrintable(text));
            const QString expected
                = ChartValueText::line(ScenarioChart::tr("Revenue share"), ChartValueText::amount(share));
            QVERIFY2(text.contains(expected), qPrintable(text + QStringLiteral(" / ") + expected));
        }
    }

    void compareTooltipGivesBothScenariosAndTheDifference()
    {
        LanguageManager::instance()->applyLanguage(QStringLiteral("en"));
        const auto [projection, compared] = defaultsUnderBothTerms();
        ScenarioChart view;
        view.setComparisonName(QStringLiteral("Oct 2025 terms"));
        view.setComparison(compared);
        view.setProjection(projection, QStringLiteral("Apr 2026 terms"));
        layOut(&view, QSize(1100, 700));
        for (const int year : {2027, 2031}) {
            const ProjectionYear *own = projection.at(year);
            const ProjectionYear *theirs = compared.at(year);
            const QString text
                = hover(&view, viewPosition(view, QPointF(year, theirs->azureTotal()), view.axisX(), view.axisY()));
            QVERIFY2(text.startsWith(QString::number(year)), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Oct 2025 terms): ") + ChartValueText::amount(theirs->azureTotal())),
                     qPrintable(text));
            QVERIFY2(text.contains(ChartValueText::amount(own->azureTotal())), qPrintable(text));
            QVERIFY2(text.contains(ChartValueText::change(own->azureTotal() - theirs->azureTotal())), qPrintable(text));
        }
    }

    void fanTooltipGivesTheMedianAndItsRange()
    {
        LanguageManager::instance()->applyLanguage(QStringLiteral("en"));
        const Scenario scenario;
        const MonteCarloResult result
            = ScenarioMonteCarlo::run(terms(scenario.regime), scenario.values(), scenario.horizon);
        ScenarioFanChart view;
        view.setResult(result);
        layOut(&view, QSize(1100, 700));
        const QValueAxis *years = valueAxis(view.chart(), Qt::AlignBottom);
        const QValueAxis *stackAxis = valueAxis(view.chart(), Qt::AlignLeft);
        QVERIFY(years && stackAxis);
        int checked = 0;
        for (std::size_t i = 0; i < result.years.size(); i += 3) {
            const int year = result.years[i];
            const Percentiles &stack = result.azureTotal[i];
            const QString text = hover(&view, viewPosition(view, QPointF(year, stack.p50), years, stackAxis));
            QVERIFY2(text.startsWith(QString::number(year)), qPrintable(text));
            QVERIFY2(text.contains(ScenarioFanChart::tr("Azure stack p50") + QStringLiteral(": ")
                                   + ChartValueText::amount(stack.p50)),
                     qPrintable(text));
            QVERIFY2(text.contains(ChartValueText::amount(stack.p10)), qPrintable(text));
            QVERIFY2(text.contains(ChartValueText::amount(stack.p90)), qPrintable(text));
            ++checked;
        }
        QVERIFY(checked >= 3);
    }

    void tornadoTooltipGivesTheLowAndHighSettings()
    {
        LanguageManager::instance()->applyLanguage(QStringLiteral("en"));
        const Scenario scenario;
        const TornadoResult result = ScenarioTornado::run(terms(scenario.regime), scenario.values());
        ScenarioTornadoChart view;
        view.setResult(result);
        layOut(&view, QSize(1100, 700));
        const int count = std::min<int>(ScenarioTornadoChart::MaxBars, int(result.bars.size()));
        QVERIFY(count > 0);
        const QString base = ChartValueText::amount(result.baseValue);
        QVERIFY2(view.baseText().contains(base), qPrintable(view.baseText()));
        const QRectF plot = view.chart()->plotArea();
        for (int i = 0; i < count; ++i) {
            // The largest swing is on top.
            const TornadoBar &bar = result.bars[std::size_t(i)];
            const QPointF middle(plot.center().x(), plot.top() + (i + 0.5) * plot.height() / count);
            const QString text = hover(&view, view.mapFromScene(view.chart()->mapToScene(middle)));
            QVERIFY2(text.startsWith(ScenarioAssumptions::displayLabel(bar.id)), qPrintable(text));
            for (const auto &[setting, delta] :
                 {std::pair(bar.lowValue, bar.lowDelta), std::pair(bar.highValue, bar.highDelta)}) {
                QVERIFY2(text.contains(ChartValueText::setting(bar.id, setting)), qPrintable(text));
                QVERIFY2(text.contains(ChartValueText::change(delta)), qPrintable(text));
                QVERIFY2(text.contains(ChartValueText::amount(result.baseValue + delta)), qPrintable(text));
            }
            QVERIFY2(text.contains(base), qPrintable(text));
        }
    }

    /// In the panel at the smallest window size, the tornado still numbers its axis, writes every bar's
    /// value and states its base.
    void tornadoInThePanelNumbersAxisBarsAndBase_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ja") << QStringLiteral("ja");
    }

    void tornadoInThePanelNumbersAxisBarsAndBase()
    {
        QFETCH(QString, language);
        LanguageManager::instance()->applyLanguage(language);
        const std::unique_ptr<ScenarioPanel> panel = makePanel();
        layOut(panel.get(), QSize(1024, 620)); // the panel's share of a 1024×700 window
        panel->tabs()->setCurrentWidget(panel->tornadoChart());
        layOut(panel.get(), QSize(1024, 620));
        const Scenario &scenario = panel->document()->scenario();
        const TornadoResult result
            = ScenarioTornado::run(panel->document()->contractRegime(scenario.regime), scenario.values());
        // The labels as drawn: numbered ticks along the axis, the base in the title or the axis title.
        const QLocale locale;
        QStringList ticks;
        QString stated;
        const QList<ChartLabel> labels = chartLabels(panel->tornadoChart()->chart());
        for (const ChartLabel &label : labels) {
            if (label.kind == ChartLabel::Kind::AxisTick)
                ticks.append(label.text);
            else if (label.kind == ChartLabel::Kind::Title || label.kind == ChartLabel::Kind::AxisTitle)
                stated += label.text;
        }
        QVERIFY2(ticks.contains(locale.toString(0)), qPrintable(ticks.join(u'|')));
        QVERIFY2(stated.contains(locale.toString(result.baseValue, 'f', 0)), qPrintable(stated));
        // Each bar's value, as the engine computed it, to the digits written (one below ten, none above).
        const QStringList values = panel->tornadoChart()->valueLabels();
        QList<double> shown;
        for (const QString &text : values)
            shown.append(locale.toDouble(QString(text).remove(u'+')));
        const int bars = std::min<int>(ScenarioTornadoChart::MaxBars, int(result.bars.size()));
        QCOMPARE(shown.size(), 2 * bars);
        for (int i = 0; i < bars; ++i) {
            const TornadoBar &bar = result.bars[std::size_t(i)];
            for (const double delta : {bar.lowDelta, bar.highDelta}) {
                const double tolerance = std::abs(delta) < 10.0 ? 0.051 : 0.51;
                QVERIFY2(std::any_of(shown.cbegin(), shown.cend(),
                                     [&](double v) { return std::abs(v - delta) <= tolerance; }),
                         qPrintable(QString::number(delta) + QStringLiteral(" in ") + values.join(u'|')));
            }
        }
    }

    void tableComparesBothScenariosYearByYearAndInTotal()
    {
        LanguageManager::instance()->applyLanguage(QStringLiteral("en"));
        const auto [projection, compared] = defaultsUnderBothTerms();

        ScenarioTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProjection(projection);
        QCOMPARE(model.columnCount(), int(ScenarioTableModel::ColumnCount));
        model.setComparison(compared, QStringLiteral("Oct 2025 terms"));
        QCOMPARE(model.columnCount(), int(ScenarioTableModel::ComparisonColumnCount));
        QCOMPARE(model.rowCount(), int(projection.years.size()) + 2);

        using Figure = std::function<double(const ProjectionYear &)>;
        const std::array<std::pair<int, Figure>, 2> quantities {
            std::pair(int(ScenarioTableModel::StackColumn),
                      Figure([](const ProjectionYear &y) { return y.azureTotal(); })),
            std::pair(int(ScenarioTableModel::ShareColumn),
                      Figure([](const ProjectionYear &y) { return y.revenueShare; }))};
        const auto cell = [&](int row, int column) {
            return model.index(row, column).data(ScenarioTableModel::ValueRole).toDouble();
        };
        for (const auto &[first, of] : quantities) {
            double ownSum = 0.0;
            double otherSum = 0.0;
            for (int row = 0; row < model.totalRow(); ++row) {
                const int year = projection.years[std::size_t(row)].year;
                const double own = of(*projection.at(year));
                const double theirs = of(*compared.at(year));
                QCOMPARE(cell(row, first), own);
                QCOMPARE(cell(row, first + 1), theirs);
                QCOMPARE(cell(row, first + 2), own - theirs);
                ownSum += own;
                otherSum += theirs;
            }
            QVERIFY(qFuzzyCompare(cell(model.totalRow(), first), ownSum));
            QVERIFY(qFuzzyCompare(cell(model.totalRow(), first + 1), otherSum));
            QVERIFY(std::abs(cell(model.totalRow(), first + 2) - (ownSum - otherSum)) < 1e-9);
            const QString difference = model.index(model.totalRow(), first + 2).data().toString();
            QCOMPARE(difference.startsWith(u'+'), ownSum - otherSum > 0.05);
        }
        // Headers say which quantity, whether it is the scenario, the compared one or the difference, and the unit.
        for (int column = 0; column < model.columnCount(); ++column) {
            const QStringList lines = model.headerData(column, Qt::Horizontal).toString().split(u'\n');
            const char *side[] = {"scenario", "compared", "difference"};
            QVERIFY2(lines.size() >= 3 && lines.at(lines.size() - 2) == QLatin1String(side[column % 3])
                         && lines.constLast() == QLatin1String("$B"),
                     qPrintable(lines.join(u'|')));
        }
        QVERIFY(model.headerData(ScenarioTableModel::ComparedStackColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("Oct 2025 terms")));
        QCOMPARE(model.headerData(model.totalRow(), Qt::Vertical).toString().left(5), QStringLiteral("Total"));

        model.setComparison(std::nullopt);
        QCOMPARE(model.columnCount(), int(ScenarioTableModel::ColumnCount));
    }

    void panelTableFollowsTheComparison()
    {
        LanguageManager::instance()->applyLanguage(QStringLiteral("en"));
        const std::unique_ptr<ScenarioPanel> panel = makePanel();
        ScenarioTableModel *model = panel->tableModel();
        QVERIFY(!model->hasComparison());
        panel->document()->compareWithOtherRegime();
        QVERIFY(model->hasComparison());
        const Projection &compared = *panel->document()->comparisonProjection();
        for (int row = 0; row < model->totalRow(); ++row) {
            QCOMPARE(model->index(row, ScenarioTableModel::ComparedShareColumn)
                         .data(ScenarioTableModel::ValueRole)
                         .toDouble(),
                     compared.years[std::size_t(row)].revenueShare);
        }
        QVERIFY(model->headerData(ScenarioTableModel::ComparedStackColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(panel->document()->comparisonName()));
        panel->document()->clearComparison();
        QVERIFY(!model->hasComparison());
    }

    /// The layers chart has the split of each layer the table's cells give as their description.
    void tableDescribesEachLayersSplit()
    {
        const Scenario scenario;
        ScenarioTableModel model;
        model.setProjection(scenario.project(terms(scenario.regime)));
        const ProjectionYear &year = model.projection().years.front();
        const QString description
            = model.index(0, ScenarioTableModel::PaasColumn).data(Qt::AccessibleDescriptionRole).toString();
        const QLocale locale;
        QVERIFY2(description.contains(locale.toString(year.paas.baseline, 'f', 1)), qPrintable(description));
        QVERIFY2(description.contains(locale.toString(year.paas.openai, 'f', 1)), qPrintable(description));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char *language : {"en", "ja"}) {
            for (const QSize size : {QSize(1024, 700), QSize(1600, 900)})
                QTest::addRow("%s %dx%d", language, size.width(), size.height())
                    << QString::fromLatin1(language) << size;
        }
    }

    /// The panel with a hover tooltip on the layers chart and on the tornado, and the comparison table.
    void screenshots()
    {
        const QString directory = qEnvironmentVariable("DEALSCOPE_SCREENSHOT_DIR");
        if (directory.isEmpty())
            QSKIP("set DEALSCOPE_SCREENSHOT_DIR to render the screenshots");
        QFETCH(QString, language);
        QFETCH(QSize, size);
        LanguageManager::instance()->applyLanguage(language);
        const std::unique_ptr<ScenarioPanel> panel = makePanel();
        panel->document()->compareWithOtherRegime();
        layOut(panel.get(), size);
        const QString suffix = QStringLiteral("_%1_%2x%3.png").arg(language).arg(size.width()).arg(size.height());

        // Grabs the panel with the tooltip shown at @p pos of @p view drawn where Qt puts it.
        const auto grabWithTip = [&](QChartView *view, QPoint pos, const QString &name) {
            const QString text = hover(view, pos);
            QVERIFY2(!text.isEmpty(), qPrintable(name));
            QImage image = panel->grab().toImage();
            QLabel *tip = toolTipLabel();
            QVERIFY(tip);
            const QPixmap tipImage = tip->grab();
            QPoint at = view->viewport()->mapTo(panel.get(), pos) + QPoint(2, 16);
            at.setX(std::min(at.x(), image.width() / int(image.devicePixelRatio()) - tipImage.width()));
            QPainter painter(&image);
            painter.drawPixmap(at, tipImage);
            painter.end();
            QVERIFY(image.save(QDir(directory).filePath(QStringLiteral("charts_") + name + suffix)));
        };

        ScenarioChart *chart = panel->chart();
        const ProjectionYear *year = panel->document()->projection().at(2030);
        QVERIFY(year);
        const double paasMiddle = year->iaas.total() + year->paas.baseline + year->paas.openai / 2.0;
        grabWithTip(chart, viewPosition(*chart, QPointF(2030, paasMiddle), chart->axisX(), chart->axisY()),
                    QStringLiteral("layers"));

        panel->tabs()->setCurrentWidget(panel->tornadoChart());
        layOut(panel.get(), size);
        ScenarioTornadoChart *tornado = panel->tornadoChart();
        const QRectF plot = tornado->chart()->plotArea();
        const QPointF secondBar(plot.center().x(), plot.top() + plot.height() * 0.15);
        grabWithTip(tornado, tornado->mapFromScene(tornado->chart()->mapToScene(secondBar)), QStringLiteral("tornado"));

        panel->tabs()->setCurrentWidget(panel->tableView());
        layOut(panel.get(), size);
        QVERIFY(panel->grab().save(QDir(directory).filePath(QStringLiteral("charts_table") + suffix)));
    }
};

QTEST_MAIN(TestChartValues)
#include "tst_chartvalues.moc"
