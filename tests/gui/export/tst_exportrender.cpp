// SPDX-License-Identifier: GPL-3.0-or-later
// The one render path: PNG size and resolution, SVG structure, PDF output, the paper palette, atomic
// writes; the report; and the window's export actions and printing.
#include "agreement/agreementstate.h"
#include "dataset/datasetdocument.h"
#include "dataset/datasetloader.h"
#include "export/exportactions.h"
#include "export/exportjob.h"
#include "export/exportrenderer.h"
#include "export/exportviews.h"
#include "export/reportbuilder.h"
#include "scenario/charts/chartlabels.h"
#include "scenario/charts/scenariofanchart.h"
#include "scenario/charts/scenariotornadochart.h"
#include "scenario/scenario.h"
#include "scenario/scenariobridgepage.h"
#include "scenario/scenariodocument.h"
#include "scenario/scenariomontecarlo.h"
#include "scenario/scenariopanel.h"
#include "scenario/scenariotornado.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

using namespace Dealscope;

namespace {

DatasetPtr bundled()
{
    static const DatasetPtr dataset = DatasetLoader::loadBundled().dataset;
    return dataset;
}

std::unique_ptr<ExportFrame> layers()
{
    const ContractRegime regime = *deriveContractRegime(*bundled(), RegimeKind::Apr2026).regime;
    return ExportViews::layersChart(Scenario().project(regime), std::nullopt, QString(), QStringLiteral("source"));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The chart drawn by @p frame.
QChartView *chartViewOf(const ExportFrame &frame)
{
    return qobject_cast<QChartView *>(frame.content());
}

/// The colour each legend entry's series is drawn in, by the entry's label; a translucent fill as it shows
/// on white paper.
QHash<QString, QColor> seriesColours(QChart *chart)
{
    const auto onPaper = [](QColor colour) {
        const double a = colour.alphaF();
        return QColor::fromRgbF(float(colour.redF() * a + (1 - a)), float(colour.greenF() * a + (1 - a)),
                                float(colour.blueF() * a + (1 - a)));
    };
    QHash<QString, QColor> colours;
    const QList<QLegendMarker *> markers = chart->legend()->markers();
    for (QLegendMarker *marker : markers) {
        QColor colour;
        if (auto *area = qobject_cast<QAreaSeries *>(marker->series()))
            colour = area->brush().color();
        else if (auto *line = qobject_cast<QXYSeries *>(marker->series()))
            colour = line->pen().color();
        else if (auto *bars = qobject_cast<QAbstractBarSeries *>(marker->series())) {
            for (QBarSet *set : bars->barSets()) {
                if (set->label() == marker->label())
                    colour = set->color();
            }
        }
        if (colour.isValid())
            colours.insert(marker->label(), onPaper(colour));
    }
    return colours;
}

bool near(QRgb pixel, const QColor &colour)
{
    return std::abs(qRed(pixel) - colour.red()) + std::abs(qGreen(pixel) - colour.green())
        + std::abs(qBlue(pixel) - colour.blue())
        < 60;
}

} // namespace

class TestExportRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void pngHasTheRequestedPixelsAndResolution_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("dpi");
        QTest::newRow("1600x900 at 96") << QSize(1600, 900) << 96;
        QTest::newRow("3200x1800 at 192") << QSize(3200, 1800) << 192;
        QTest::newRow("640x480 at 72") << QSize(640, 480) << 72;
        QTest::newRow("odd 1001x333 at 150") << QSize(1001, 333) << 150;
    }

    void pngHasTheRequestedPixelsAndResolution()
    {
        QFETCH(QSize, size);
        QFETCH(int, dpi);
        auto frame = layers();
        RenderSettings settings;
        settings.size = size;
        settings.dpi = dpi;
        const QString path = m_dir.filePath(QStringLiteral("chart.png"));
        QString error;
        QVERIFY2(ExportRenderer::renderToFile(frame.get(), ExportFormat::Png, path, settings, &error),
                 qPrintable(error));
        const QImage image(path);
        QCOMPARE(image.size(), size);
        QVERIFY(qAbs(image.dotsPerMeterX() * 0.0254 - dpi) < 1.0);
        // The layout is the same at every resolution: the logical size is the pixels at 96 dpi.
        QCOMPARE(settings.logicalSize(), QSize(qRound(size.width() * 96.0 / dpi), qRound(size.height() * 96.0 / dpi)));
    }

    void paperPaletteUnlessAskedOtherwise()
    {
        auto frame = layers();
        frame->setPalette(ExportRenderer::darkPalette()); // as if the application were dark
        RenderSettings settings;
        settings.size = QSize(800, 450);
        const QString paper = m_dir.filePath(QStringLiteral("paper.png"));
        const QString dark = m_dir.filePath(QStringLiteral("dark.png"));
        QString error;
        QVERIFY(ExportRenderer::renderToFile(frame.get(), ExportFormat::Png, paper, settings, &error));
        settings.darkPalette = true;
        QVERIFY(ExportRenderer::renderToFile(frame.get(), ExportFormat::Png, dark, settings, &error));
        QVERIFY(QColor(QImage(paper).pixel(2, 2)).lightnessF() > 0.9);
        QVERIFY(QColor(QImage(dark).pixel(2, 2)).lightnessF() < 0.3);
    }

    void svgHasTitleViewBoxPathsAndText()
    {
        auto frame = layers();
        RenderSettings settings;
        settings.size = QSize(1600, 900);
        settings.title = QStringLiteral("Layers export");
        const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
        QString error;
        QVERIFY2(ExportRenderer::renderToFile(frame.get(), ExportFormat::Svg, path, settings, &error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString viewBox;
        QString title;
        int paths = 0;
        QStringList texts;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("svg"))
                viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
            else if (xml.name() == QLatin1String("title"))
                title = xml.readElementText();
            else if (xml.name() == QLatin1String("path") || xml.name() == QLatin1String("polyline"))
                ++paths;
            else if (xml.name() == QLatin1String("text"))
                texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(viewBox, QStringLiteral("0 0 1600 900"));
        QCOMPARE(title, settings.title);
        QVERIFY(paths > 10);
        const QString allText = texts.join(u' ');
        QVERIFY2(allText.contains(QStringLiteral("Calendar year")), qPrintable(allText.left(400)));
        QVERIFY(allText.contains(QStringLiteral("illustrative"), Qt::CaseInsensitive));
    }

    void pdfIsWrittenWithThePageChosen()
    {
        auto frame = layers();
        RenderSettings settings;
        settings.title = QStringLiteral("Layers");
        const QString fitted = m_dir.filePath(QStringLiteral("fitted.pdf"));
        const QString a4 = m_dir.filePath(QStringLiteral("a4.pdf"));
        QString error;
        QVERIFY2(ExportRenderer::renderToFile(frame.get(), ExportFormat::Pdf, fitted, settings, &error),
                 qPrintable(error));
        settings.pageSize = QStringLiteral("A4");
        QVERIFY2(ExportRenderer::renderToFile(frame.get(), ExportFormat::Pdf, a4, settings, &error), qPrintable(error));
        for (const QString &path : {fitted, a4}) {
            const QByteArray pdf = readAll(path);
            QVERIFY(pdf.startsWith("%PDF-"));
            QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        }
        // 1600x900 at 96 dpi is 1200x675 pt; A4 landscape is 842x595 pt.
        const auto mediaBox = [](const QByteArray &pdf) {
            const QRegularExpressionMatch match
                = QRegularExpression(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"))
                      .match(QString::fromLatin1(pdf));
            return match.hasMatch() ? QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble()) : QSizeF();
        };
        const QSizeF fittedBox = mediaBox(readAll(fitted));
        QVERIFY2(qAbs(fittedBox.width() - 1200) < 0.5 && qAbs(fittedBox.height() - 675) < 0.5,
                 qPrintable(QStringLiteral("%1x%2").arg(fittedBox.width()).arg(fittedBox.height())));
        const QSizeF a4Box = mediaBox(readAll(a4));
        QVERIFY(qAbs(a4Box.width() - 841.9) < 1.0 && qAbs(a4Box.height() - 595.3) < 1.0);
    }

    void failedWritesLeaveNoFileBehind()
    {
        auto frame = layers();
        const QString existing = m_dir.filePath(QStringLiteral("keep.png"));
        {
            QFile file(existing);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("old");
        }
        QString error;
        QVERIFY(!ExportRenderer::renderToFile(frame.get(), ExportFormat::Csv, existing, {}, &error));
        QCOMPARE(readAll(existing), QByteArray("old"));
        const QString missingDir = m_dir.filePath(QStringLiteral("no/such/dir/chart.png"));
        QVERIFY(!ExportRenderer::renderToFile(frame.get(), ExportFormat::Png, missingDir, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("chart.png")), qPrintable(error));
        QVERIFY(!QFile::exists(missingDir));
        // No temporary file is left next to the target either.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("keep.png*")}, QDir::Files | QDir::Hidden),
                 QStringList {QStringLiteral("keep.png")});
    }

    void timelineFrameNamesDatasetAndVersion()
    {
        const QString version = bundled()->versions.constLast().id;
        auto frame = ExportViews::timeline(bundled(), version, QStringLiteral("ja"), QStringLiteral("source"));
        QVERIFY(frame->heading().contains(bundled()->title.text(QStringLiteral("ja"))));
        const QString path = m_dir.filePath(QStringLiteral("timeline.png"));
        QString error;
        RenderSettings settings;
        settings.size = QSize(1200, 700);
        QVERIFY2(ExportRenderer::renderToFile(frame.get(), ExportFormat::Png, path, settings, &error),
                 qPrintable(error));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1200, 700));
        // Something was drawn: more than a handful of distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY(colours.size() > 8);
    }

    void reportListsClausesInForceAndIsAPdf()
    {
        ExportRequest request;
        request.kind = ExportKind::Report;
        request.preset = QStringLiteral("base");
        request.language = QStringLiteral("en");
        ExportInputs inputs;
        QString error;
        QVERIFY2(resolveExportInputs(request, &inputs, &error), qPrintable(error));
        const QString clauses = ReportBuilder::clausesHtml(inputs);
        const AgreementState state = asOf(*inputs.dataset, inputs.versionId);
        int applicable = 0;
        for (const ClauseState &clause : state.clauses) {
            const bool listed = clauses.contains(clause.clause->title.text(QStringLiteral("en")).toHtmlEscaped());
            if (clause.isApplicable()) {
                ++applicable;
                QVERIFY2(listed, qPrintable(clause.clause->id));
            }
        }
        QVERIFY(applicable > 5);
        QVERIFY(ReportBuilder::coverHtml(inputs).contains(
            inputs.dataset->title.text(QStringLiteral("en")).toHtmlEscaped()));
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        RenderSettings settings;
        QVERIFY2(ReportBuilder::write(inputs, path, settings, &error), qPrintable(error));
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page ") >= 6
                || pdf.count("/Type /Page") >= 7);
        QVERIFY(pdf.contains("/FontFile2") || pdf.contains("/FontFile3") || pdf.contains("/FontFile")); // embedded
    }

    void reportChartLegendsHaveASwatchPerSeries_data()
    {
        QTest::addColumn<QString>("chart");
        for (const char *chart : {"layers", "compare", "tornado", "fan"})
            QTest::newRow(chart) << QString::fromLatin1(chart);
    }

    /// The report draws its charts into a 300 dpi PDF, where Qt Charts' own legend came out as one label
    /// without swatches. Each legend entry must be drawn with a swatch in its series' colour.
    void reportChartLegendsHaveASwatchPerSeries()
    {
        QFETCH(QString, chart);
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdftoppm.isEmpty())
            QSKIP("pdftoppm (poppler-utils) is not installed");
        const ContractRegime apr = *deriveContractRegime(*bundled(), RegimeKind::Apr2026).regime;
        const ContractRegime oct = *deriveContractRegime(*bundled(), RegimeKind::Oct2025).regime;
        const Scenario scenario;
        std::unique_ptr<ExportFrame> frame;
        if (chart == QLatin1String("tornado"))
            frame = ExportViews::tornadoChart(ScenarioTornado::run(apr, scenario.values()), QStringLiteral("source"));
        else if (chart == QLatin1String("fan"))
            frame = ExportViews::fanChart(ScenarioMonteCarlo::run(apr, scenario.values(), scenario.horizon),
                                          QStringLiteral("source"));
        else if (chart == QLatin1String("compare"))
            frame = ExportViews::layersChart(scenario.project(apr), scenario.project(oct), QStringLiteral("Oct 2025"),
                                             QStringLiteral("source"));
        else
            frame = ExportViews::layersChart(scenario.project(apr), std::nullopt, QString(), QStringLiteral("source"));
        // As the report does: laid out at its drawing size, then painted into a 300 dpi PDF.
        const QSize drawing(1000, 640);
        ExportRenderer::prepare(frame.get(), drawing, false);
        const QString pdf = m_dir.filePath(QStringLiteral("legend-%1.pdf").arg(chart));
        {
            QPdfWriter writer(pdf);
            writer.setResolution(300);
            writer.setPageLayout(
                QPageLayout(QPageSize(QSizeF(drawing) / 96.0, QPageSize::Inch, QString(), QPageSize::ExactMatch),
                            QPageLayout::Portrait, QMarginsF()));
            QPainter painter(&writer);
            ExportRenderer::paint(frame.get(), painter,
                                  QRectF(QPointF(), writer.pageLayout().paintRectPixels(300).size()));
        }
        // Back to pixels at 96 dpi, where one pixel is one unit of the laid-out frame.
        const QString stem = m_dir.filePath(QStringLiteral("legend-%1").arg(chart));
        QCOMPARE(QProcess::execute(pdftoppm,
                                   {QStringLiteral("-r"), QStringLiteral("96"), QStringLiteral("-png"),
                                    QStringLiteral("-singlefile"), pdf, stem}),
                 0);
        const QImage page(stem + QStringLiteral(".png"));
        QVERIFY(!page.isNull());

        QChartView *view = chartViewOf(*frame);
        QVERIFY(view);
        const QHash<QString, QColor> colours = seriesColours(view->chart());
        const QList<ChartLabel> labels = chartLabels(view->chart());
        QStringList entries;
        for (const ChartLabel &label : labels) {
            if (label.kind != ChartLabel::Kind::Legend)
                continue;
            entries.append(label.text);
            QVERIFY2(colours.contains(label.text), qPrintable(label.text)); // one entry per series, by its name
            // The swatch: just left of the label, on its line.
            const QPoint left = view->mapTo(frame.get(), view->mapFromScene(label.sceneRect.topLeft()));
            const QPoint right = view->mapTo(frame.get(), view->mapFromScene(label.sceneRect.bottomLeft()));
            const QRect swatch(QPoint(left.x() - 28, left.y()), QPoint(left.x() - 2, right.y()));
            bool found = false;
            for (int y = swatch.top(); y <= swatch.bottom() && !found; ++y) {
                for (int x = swatch.left(); x <= swatch.right() && !found; ++x)
                    found = page.valid(x, y) && near(page.pixel(x, y), colours.value(label.text));
            }
            QVERIFY2(
                found,
                qPrintable(
                    QStringLiteral("no swatch in %1 for \"%2\"").arg(colours.value(label.text).name(), label.text)));
        }
        QVERIFY2(entries.size() >= 2, qPrintable(entries.join(u'|')));
        QCOMPARE(QSet<QString>(entries.cbegin(), entries.cend()).size(), entries.size()); // each once
    }

    void reportNamesEveryLegendEntry()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        ExportRequest request;
        request.kind = ExportKind::Report;
        request.language = QStringLiteral("en");
        ExportInputs inputs;
        QString error;
        QVERIFY2(resolveExportInputs(request, &inputs, &error), qPrintable(error));
        const QString path = m_dir.filePath(QStringLiteral("legends.pdf"));
        QVERIFY2(ReportBuilder::write(inputs, path, RenderSettings(), &error), qPrintable(error));
        QProcess process;
        process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(60000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
        // Every legend entry of the report's charts is written in it (the broken legend showed one per chart).
        const Projection projection = inputs.projection();
        const std::unique_ptr<ExportFrame> frames[] = {
            ExportViews::layersChart(projection, inputs.otherProjection(), QStringLiteral("other"), QString()),
            ExportViews::tornadoChart(ScenarioTornado::run(*inputs.contract, inputs.scenario.values()), QString()),
        };
        for (const std::unique_ptr<ExportFrame> &frame : frames) {
            ExportRenderer::prepare(frame.get(), QSize(1000, 640), false);
            const QList<ChartLabel> labels = chartLabels(chartViewOf(*frame)->chart());
            for (const ChartLabel &label : labels) {
                if (label.kind == ChartLabel::Kind::Legend)
                    QVERIFY2(text.contains(label.text.simplified()), qPrintable(label.text));
            }
        }
    }

    void exportedChartsNameTheirScenario()
    {
        const ContractRegime apr = *deriveContractRegime(*bundled(), RegimeKind::Apr2026).regime;
        const Scenario scenario;
        const QString name = QStringLiteral("Defaults (modified)");
        const std::unique_ptr<ExportFrame> frames[] = {
            ExportViews::layersChart(scenario.project(apr), std::nullopt, QString(), QStringLiteral("source"), name),
            ExportViews::tornadoChart(ScenarioTornado::run(apr, scenario.values()), QStringLiteral("source"), name),
        };
        for (const std::unique_ptr<ExportFrame> &frame : frames)
            QVERIFY2(frame->footnote().contains(name), qPrintable(frame->footnote()));
    }

    void windowExportsWhatItShows()
    {
        DatasetDocument document;
        QVERIFY(document.openBundled().isEmpty() || document.dataset());
        MainWindow window(&document);
        auto *actions = window.findChild<ExportActions *>();
        QVERIFY(actions);
        window.scenarioPanel()->loadPreset(QStringLiteral("bull"));
        QCOMPARE(actions->currentChart(), ExportChart::Layers);
        window.scenarioPanel()->document()->compareWithOtherRegime();
        QCOMPARE(actions->currentChart(), ExportChart::Compare);

        QString error;
        const QString csv = m_dir.filePath(QStringLiteral("projection.csv"));
        QVERIFY2(actions->exportTable(ExportTable::Projection, csv, &error), qPrintable(error));
        const QList<QByteArray> lines = readAll(csv).split('\n');
        const Projection &shown = window.scenarioPanel()->document()->projection();
        QCOMPARE(lines.size(), qsizetype(shown.years.size()) + 2); // header, rows, the empty tail
        const QList<QByteArray> first = lines.at(1).trimmed().split(',');
        QVERIFY(qAbs(first.at(7).toDouble() - shown.years.front().azureTotal()) < 1e-5);

        const QString svg = m_dir.filePath(QStringLiteral("compare.svg"));
        RenderSettings settings;
        QVERIFY2(actions->exportDrawing(actions->currentChart(), svg, settings, &error), qPrintable(error));
        QVERIFY(readAll(svg).contains("Dashed"));
        // The file's title is the heading drawn on it, not an internal name.
        const QString svgText = QString::fromUtf8(readAll(svg));
        const QRegularExpressionMatch title
            = QRegularExpression(QStringLiteral("<title>([^<]+)</title>")).match(svgText);
        QVERIFY2(title.hasMatch(), qPrintable(svgText.left(600)));
        QVERIFY2(!title.captured(1).contains(QStringLiteral("compare")), qPrintable(title.captured(1)));
        QVERIFY2(svgText.count(title.captured(1)) >= 2, qPrintable(title.captured(1))); // also drawn

        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        actions->printCurrentView(&printer);
        QVERIFY(readAll(printed).startsWith("%PDF-"));
    }

    void windowExportsNameTheScenarioAsThePanelDoes()
    {
        DatasetDocument document;
        QVERIFY(document.openBundled().isEmpty() || document.dataset());
        MainWindow window(&document);
        auto *actions = window.findChild<ExportActions *>();
        QVERIFY(actions);
        ScenarioDocument *scenario = window.scenarioDocument();
        scenario->setAgiYear(2034);
        QCOMPARE(actions->currentInputs().scenarioName, QStringLiteral("Defaults (modified)"));
        QVERIFY(ReportBuilder::coverHtml(actions->currentInputs()).contains(QStringLiteral("Defaults (modified)")));

        // The compared preset is named as in the panel's "Dashed:" line.
        scenario->compareWithPreset(QStringLiteral("bull"));
        QCOMPARE(actions->currentInputs().comparisonName(), scenario->comparisonName());
        QCOMPARE(scenario->comparisonName(), QStringLiteral("Bull preset (Apr 2026 terms)"));

        QString error;
        const QString report = QDir(qEnvironmentVariable("DEALSCOPE_TEST_OUTPUT_DIR", m_dir.path()))
                                   .filePath(QStringLiteral("window-report.pdf"));
        QVERIFY2(actions->exportReport(report, &error), qPrintable(error));
        QVERIFY(readAll(report).startsWith("%PDF-"));
    }

    void exportChartNamesTheChartOnShow_data()
    {
        QTest::addColumn<int>("tab"); ///< the Scenario page's tab, by its chart
        QTest::addColumn<QString>("named");
        QTest::newRow("layers") << int(ExportChart::Layers) << QStringLiteral("Export chart: revenue by layer");
        QTest::newRow("tornado") << int(ExportChart::Tornado) << QStringLiteral("Export chart: sensitivity (tornado)");
        QTest::newRow("fan") << int(ExportChart::Fan) << QStringLiteral("Export chart: AGI-year fan");
        QTest::newRow("bridge") << int(ExportChart::Bridge) << QStringLiteral("Export chart: amendment bridge");
    }

    void exportChartNamesTheChartOnShow()
    {
        // File › Export Chart… takes the chart of the tab on show: its dialog says which one.
        QFETCH(int, tab);
        QFETCH(QString, named);
        DatasetDocument document;
        QVERIFY(document.openBundled().isEmpty() || document.dataset());
        MainWindow window(&document);
        ScenarioPanel *panel = window.scenarioPanel();
        QWidget *page = nullptr;
        switch (ExportChart(tab)) {
        case ExportChart::Tornado:
            page = panel->tornadoChart();
            break;
        case ExportChart::Fan:
            page = panel->fanChart();
            break;
        case ExportChart::Bridge:
            page = panel->bridgePage();
            break;
        default:
            page = panel->tabs()->widget(0);
            break;
        }
        panel->tabs()->setCurrentWidget(page);
        QCOMPARE(window.findChild<ExportActions *>()->currentChart(), ExportChart(tab));

        QString title;
        QTimer::singleShot(0, [&title] {
            if (QWidget *dialog = QApplication::activeModalWidget()) {
                title = dialog->windowTitle();
                dialog->close(); // cancelled: nothing is written
            }
        });
        window.findChild<QAction *>(QStringLiteral("exportChartAction"))->trigger();
        QCOMPARE(title, named);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestExportRender)
#include "tst_exportrender.moc"
