// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/dataset.h"
#include "scenario/scenariobridge.h"
#include "scenario/scenarioengine.h"
#include "scenario/scenariomontecarlo.h"
#include "scenario/scenariotornado.h"

#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QVBoxLayout;

namespace Dealscope {

/// A drawing as exported: an optional heading, the chart or timeline, and a footnote (what is compared,
/// that the model is illustrative, where the data comes from). The same widgets as on screen draw the
/// content, so an export looks like the screen.
class ExportFrame : public QWidget
{
    Q_OBJECT

public:
    explicit ExportFrame(QWidget *content, const QString &heading, const QString &footnote, QWidget *parent = nullptr);

    QWidget *content() const { return m_content; }
    QString heading() const;
    QString footnote() const;
    /// What the drawing is called: its heading, or else the title its chart draws (for file metadata).
    QString title() const;

private:
    QWidget *m_content;
    QLabel *m_heading;
    QLabel *m_footnote;
};

/// Builds the export frames of the scenario charts and the timeline from the engine's results and the
/// dataset. Nothing here computes: callers pass the projection, tornado or Monte Carlo result.
namespace ExportViews {

/// The layers chart; with @p comparison drawn dashed and named in the footnote. @p scenarioName (e.g.
/// "Defaults (modified)", ScenarioDocument::displayName()) is named in the footnote, and @p revenueShareCap
/// (the terms' cap, if they set one) marks the year the revenue share reaches it.
std::unique_ptr<ExportFrame> layersChart(const Projection &projection, const std::optional<Projection> &comparison,
                                         const QString &comparisonName, const QString &source,
                                         const QString &scenarioName = QString(),
                                         std::optional<double> revenueShareCap = std::nullopt);
/// The tornado and the fan; @p scenarioName as for layersChart().
std::unique_ptr<ExportFrame> tornadoChart(const TornadoResult &result, const QString &source,
                                          const QString &scenarioName = QString());
std::unique_ptr<ExportFrame> fanChart(const MonteCarloResult &result, const QString &source,
                                      const QString &scenarioName = QString());
/// The amendment bridge (Microsoft's total); @p scenarioName as for layersChart().
std::unique_ptr<ExportFrame> bridgeChart(const BridgeResult &result, const QString &source,
                                         const QString &scenarioName = QString());
/// The timeline of @p dataset as @p versionId left it, texts in @p language.
std::unique_ptr<ExportFrame> timeline(const DatasetPtr &dataset, const QString &versionId, const QString &language,
                                      const QString &source);

/// "Dealscope 0.1.0 · <dataset title>, facts checked on <date>": the footnote's source line.
QString sourceLine(const Dataset &dataset, const QString &language);

} // namespace ExportViews

} // namespace Dealscope
