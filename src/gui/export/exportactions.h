// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportinputs.h"
#include "export/exportoptions.h"
#include "export/exportrenderer.h"

#include <QObject>

#include <functional>

#include <memory>

class QAction;
class QPrinter;
class QWidget;

namespace Dealscope {

class AgreementModel;
class ExportFrame;
class ScenarioDocument;
class ScenarioPanel;

/// File › Export chart…, Export timeline…, Export table…, Export report… and Print…: asks where and how,
/// then draws what the window shows through ExportRenderer and ReportBuilder, as the command line does.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    struct Actions
    {
        QAction *exportChart = nullptr;
        QAction *exportTimeline = nullptr;
        QAction *exportTable = nullptr;
        QAction *exportReport = nullptr;
        QAction *print = nullptr;
    };

    /// What the window shows, which the exports draw.
    struct Shown
    {
        QWidget *window = nullptr; ///< the dialogs' parent
        const AgreementModel *agreement = nullptr;
        const ScenarioDocument *scenario = nullptr;
        /// The scenario panel, for its current tab and its bridge; built when first asked for.
        std::function<const ScenarioPanel *()> scenarioPanel;
    };

    ExportActions(const Shown &shown, const Actions &actions, QObject *parent = nullptr);
    ~ExportActions() override;

    /// What the window shows: dataset, language, version, scenario and terms.
    ExportInputs currentInputs() const;
    /// The scenario chart the panel shows: its current tab, "compare" while a comparison is drawn.
    ExportChart currentChart() const;
    /// Whether Print… prints the scenario chart (the scenario panel is shown) or the timeline.
    bool printsChart() const;

    /// Builds the export frame of @p chart or, with nullopt, of the timeline, as the window shows it.
    std::unique_ptr<ExportFrame> createFrame(std::optional<ExportChart> chart) const;
    /// Writes without asking: the chart (or the timeline for nullopt), a table, the report.
    bool exportDrawing(std::optional<ExportChart> chart, const QString &path, const RenderSettings &settings,
                       QString *error) const;
    bool exportTable(ExportTable table, const QString &path, QString *error) const;
    bool exportReport(const QString &path, QString *error) const;
    /// Paints the current view on @p printer, one page.
    void printCurrentView(QPrinter *printer) const;

Q_SIGNALS:
    /// The file @p path was written.
    void exported(const QString &path);

private:
    void chooseAndExportDrawing(std::optional<ExportChart> chart);
    void chooseAndExportTable();
    void chooseAndExportReport();
    void showPrintPreview();
    bool askSettings(RenderSettings *settings, const QString &title);
    QString askPath(const QString &title, const QString &baseName, const QStringList &filters);
    void reportResult(bool ok, const QString &path, const QString &error);

    Shown m_shown;
    RenderSettings m_lastSettings;
    QString m_lastDirectory;
};

} // namespace Dealscope
