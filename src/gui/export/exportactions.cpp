// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportactions.h"

#include "agreement/agreementmodel.h"
#include "export/exporttext.h"
#include "export/exportviews.h"
#include "export/reportbuilder.h"
#include "scenario/charts/scenariofanchart.h"
#include "scenario/charts/scenariotornadochart.h"
#include "scenario/scenariobridgepage.h"
#include "scenario/scenariodocument.h"
#include "scenario/scenariopanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSpinBox>
#include <QTabWidget>

namespace Dealscope {

namespace {

/// What the export dialogs call @p chart: which of the Scenario page's charts File › Export Chart takes
/// depends on the tab on show, so the dialogs say it.
QString chartName(ExportChart chart)
{
    switch (chart) {
    case ExportChart::Layers:
        return ExportText::tr("revenue by layer");
    case ExportChart::Compare:
        return ExportText::tr("revenue by layer, two scenarios compared");
    case ExportChart::Tornado:
        return ExportText::tr("sensitivity (tornado)");
    case ExportChart::Fan:
        return ExportText::tr("AGI-year fan");
    case ExportChart::Bridge:
        return ExportText::tr("amendment bridge");
    }
    return {};
}

} // namespace

ExportActions::ExportActions(const Shown &shown, const Actions &actions, QObject *parent)
    : QObject(parent), m_shown(shown), m_lastDirectory(QDir::homePath())
{
    connect(actions.exportChart, &QAction::triggered, this, [this] { chooseAndExportDrawing(currentChart()); });
    connect(actions.exportTimeline, &QAction::triggered, this, [this] { chooseAndExportDrawing(std::nullopt); });
    connect(actions.exportTable, &QAction::triggered, this, &ExportActions::chooseAndExportTable);
    connect(actions.exportReport, &QAction::triggered, this, &ExportActions::chooseAndExportReport);
    connect(actions.print, &QAction::triggered, this, &ExportActions::showPrintPreview);
}

ExportActions::~ExportActions() = default;

ExportInputs ExportActions::currentInputs() const
{
    ExportInputs inputs;
    const AgreementModel *agreement = m_shown.agreement;
    inputs.dataset = agreement->dataset();
    inputs.language = agreement->language();
    inputs.versionId = agreement->version();
    const ScenarioDocument *scenario = m_shown.scenario;
    inputs.scenario = scenario->scenario();
    inputs.scenarioName = scenario->displayName();
    if (scenario->isAvailable()) {
        inputs.contract = scenario->contractRegime(inputs.scenario.regime);
        inputs.otherContract = scenario->contractRegime(otherRegime(inputs.scenario.regime));
        // The bridge as its tab shows it.
        const ScenarioBridgePage *bridge = m_shown.scenarioPanel()->bridgePage();
        inputs.bridgeFrom = scenario->contractRegime(RegimeId(bridge->fromCombo()->currentData().toString()));
        inputs.bridgeTo = scenario->contractRegime(RegimeId(bridge->toCombo()->currentData().toString()));
    }
    if (scenario->comparison() == ScenarioDocument::Comparison::Preset)
        inputs.comparedPreset = scenario->comparedPresetId();
    return inputs;
}

ExportChart ExportActions::currentChart() const
{
    const ScenarioPanel *panel = m_shown.scenarioPanel();
    const QWidget *tab = panel->tabs()->currentWidget();
    if (tab == panel->tornadoChart())
        return ExportChart::Tornado;
    if (tab == panel->fanChart())
        return ExportChart::Fan;
    if (tab == panel->bridgePage())
        return ExportChart::Bridge;
    return m_shown.scenario->comparison() == ScenarioDocument::Comparison::None ? ExportChart::Layers
                                                                                : ExportChart::Compare;
}

bool ExportActions::printsChart() const
{
    return m_shown.scenario->isAvailable() && m_shown.scenarioPanel()->isVisibleTo(m_shown.window);
}

std::unique_ptr<ExportFrame> ExportActions::createFrame(std::optional<ExportChart> chart) const
{
    return currentInputs().frame(chart);
}

bool ExportActions::exportDrawing(std::optional<ExportChart> chart, const QString &path, const RenderSettings &settings,
                                  QString *error) const
{
    const std::optional<ExportFormat> format = exportFormatForPath(path);
    if (!format || *format == ExportFormat::Csv) {
        *error = ExportText::tr("%1: choose a .png, .svg or .pdf file").arg(path);
        return false;
    }
    std::unique_ptr<ExportFrame> frame = createFrame(chart);
    RenderSettings withTitle = settings;
    if (withTitle.title.isEmpty())
        withTitle.title = frame->title(); // as drawn on it, in the interface language
    return ExportRenderer::renderToFile(frame.get(), *format, path, withTitle, error);
}

bool ExportActions::exportTable(ExportTable table, const QString &path, QString *error) const
{
    const ExportInputs inputs = currentInputs();
    const bool scenarioTable = table == ExportTable::Projection || table == ExportTable::Tornado
        || table == ExportTable::Fan || table == ExportTable::Bridge;
    if (scenarioTable && !inputs.contract) {
        *error = ExportText::tr("this dataset has no scenario model");
        return false;
    }
    return ExportRenderer::writeFile(path, toCsv(inputs.table(table)), error);
}

bool ExportActions::exportReport(const QString &path, QString *error) const
{
    RenderSettings settings;
    settings.pageSize = QStringLiteral("A4");
    return ReportBuilder::write(currentInputs(), path, settings, error);
}

void ExportActions::printCurrentView(QPrinter *printer) const
{
    std::unique_ptr<ExportFrame> frame = createFrame(printsChart() ? std::optional(currentChart()) : std::nullopt);
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    // Lay out at the page's shape, about 1000 pixels wide, so text keeps its screen size relative to the drawing.
    const double width = 1000.0;
    ExportRenderer::prepare(frame.get(), QSize(int(width), int(width * page.height() / page.width())), false);
    QPainter painter(printer);
    ExportRenderer::paint(frame.get(), painter, QRectF(QPointF(), page.size()));
}

bool ExportActions::askSettings(RenderSettings *settings, const QString &title)
{
    QDialog dialog(m_shown.window);
    dialog.setWindowTitle(title);
    auto *form = new QFormLayout(&dialog);
    auto *width = new QSpinBox(&dialog);
    auto *height = new QSpinBox(&dialog);
    auto *dpi = new QSpinBox(&dialog);
    for (QSpinBox *side : {width, height}) {
        side->setRange(ExportRequest::MinSide, ExportRequest::MaxSide);
        side->setSuffix(ExportText::tr(" px"));
    }
    dpi->setRange(ExportRequest::MinDpi, ExportRequest::MaxDpi);
    width->setValue(m_lastSettings.size.width());
    height->setValue(m_lastSettings.size.height());
    dpi->setValue(m_lastSettings.dpi);
    auto *dark = new QCheckBox(ExportText::tr("Dark colours instead of paper"), &dialog);
    dark->setChecked(m_lastSettings.darkPalette);
    form->addRow(ExportText::tr("Width:"), width);
    form->addRow(ExportText::tr("Height:"), height);
    form->addRow(ExportText::tr("Resolution (dpi):"), dpi);
    form->addRow(dark);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_lastSettings.size = QSize(width->value(), height->value());
    m_lastSettings.dpi = dpi->value();
    m_lastSettings.darkPalette = dark->isChecked();
    *settings = m_lastSettings;
    return true;
}

QString ExportActions::askPath(const QString &title, const QString &baseName, const QStringList &filters)
{
    const QString path = QFileDialog::getSaveFileName(m_shown.window, title, QDir(m_lastDirectory).filePath(baseName),
                                                      filters.join(QStringLiteral(";;")));
    if (!path.isEmpty())
        m_lastDirectory = QFileInfo(path).absolutePath();
    return path;
}

void ExportActions::reportResult(bool ok, const QString &path, const QString &error)
{
    if (ok)
        Q_EMIT exported(path);
    else
        QMessageBox::warning(m_shown.window, ExportText::tr("Export failed"), error);
}

void ExportActions::chooseAndExportDrawing(std::optional<ExportChart> chart)
{
    if (chart && !m_shown.scenario->isAvailable()) {
        reportResult(false, QString(),
                     ExportText::tr("This dataset has no scenario model, so there is no chart to export."));
        return;
    }
    RenderSettings settings;
    const QString title = chart ? ExportText::tr("Export chart: %1").arg(chartName(*chart))
                                : ExportText::tr("Export %1").arg(ExportText::tr("timeline"));
    if (!askSettings(&settings, title))
        return;
    const QString path
        = askPath(title, chart ? chartKey(*chart) + QStringLiteral(".png") : QStringLiteral("timeline.png"),
                  {ExportText::tr("PNG image (*.png)"), ExportText::tr("SVG drawing (*.svg)"),
                   ExportText::tr("PDF document (*.pdf)")});
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = exportDrawing(chart, path, settings, &error);
    reportResult(ok, path, error);
}

void ExportActions::chooseAndExportTable()
{
    const QList<std::pair<ExportTable, QString>> tables = {
        {ExportTable::Projection, ExportText::tr("Yearly projection")},
        {ExportTable::Tornado, ExportText::tr("Sensitivity (tornado)")},
        {ExportTable::Fan, ExportText::tr("AGI-year fan percentiles")},
        {ExportTable::Bridge, ExportText::tr("Amendment bridge, term by term")},
        {ExportTable::Clauses, ExportText::tr("Clauses as of the shown version")},
        {ExportTable::Events, ExportText::tr("Events")},
    };
    QStringList names;
    for (const auto &table : tables)
        names.append(table.second);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_shown.window, ExportText::tr("Export table"),
                                                 ExportText::tr("Table:"), names, 0, false, &ok);
    if (!ok)
        return;
    const ExportTable table = tables.value(names.indexOf(chosen)).first;
    const QString path = askPath(ExportText::tr("Export table"), tableKey(table) + QStringLiteral(".csv"),
                                 {ExportText::tr("CSV table (*.csv)")});
    if (path.isEmpty())
        return;
    QString error;
    reportResult(exportTable(table, path, &error), path, error);
}

void ExportActions::chooseAndExportReport()
{
    const QString path = askPath(ExportText::tr("Export report"), QStringLiteral("dealscope-report.pdf"),
                                 {ExportText::tr("PDF document (*.pdf)")});
    if (path.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exportReport(path, &error);
    QApplication::restoreOverrideCursor();
    reportResult(ok, path, error);
}

void ExportActions::showPrintPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog preview(&printer, m_shown.window);
    preview.setWindowTitle(ExportText::tr("Print preview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &ExportActions::printCurrentView);
    preview.exec();
}

} // namespace Dealscope
