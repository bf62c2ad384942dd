// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/dataset.h"
#include "export/csv.h"
#include "export/exportoptions.h"
#include "scenario/scenario.h"
#include "scenario/scenariobridge.h"
#include "scenario/scenarioregime.h"

#include <QDate>
#include <QString>

#include <memory>
#include <optional>

namespace Dealscope {

class ExportFrame;

/// Everything an export draws from, resolved and checked: the dataset, the language, the version, and the
/// scenario with its contract terms. The command line (resolveExportInputs()) and the window
/// (ExportActions) both fill one of these. What each exported chart and table is drawn from is decided here;
/// the report (ReportBuilder) draws its own fixed set of sections from the same inputs.
struct ExportInputs
{
    DatasetPtr dataset;
    QString language = QStringLiteral("en");
    QString versionId; ///< the version clauses, events and the timeline are shown as of
    Scenario scenario; ///< its regime is the one to draw
    QString scenarioName; ///< how the report names it ("Base preset", a file name, …)
    std::optional<ContractRegime> contract; ///< the terms of scenario.regime; empty: no scenario charts
    std::optional<ContractRegime> otherContract; ///< the other terms, for the comparison
    QString comparedPreset; ///< the compare chart's dashed scenario: this preset, or (empty) the other terms
    std::optional<ContractRegime> bridgeFrom; ///< the bridge's first terms (default Oct 2025)
    std::optional<ContractRegime> bridgeTo; ///< and its last (default Apr 2026)

    /// The projection under `contract` with the scenario's median AGI year.
    Projection projection() const;
    /// The same assumptions under the other terms.
    std::optional<Projection> otherProjection() const;
    /// What the compare chart draws dashed, and its name in the export's language.
    std::optional<Projection> comparisonProjection() const;
    QString comparisonName() const;
    /// The amendment bridge from `bridgeFrom` to `bridgeTo` for the scenario's assumptions (both needed).
    BridgeResult bridge() const;
    /// The source line under every drawing.
    QString sourceLine() const;

    /// The drawing of @p chart, or of the timeline for nullopt. A chart needs `contract`.
    std::unique_ptr<ExportFrame> frame(std::optional<ExportChart> chart) const;
    /// The CSV table @p table; events up to @p eventsThrough (invalid: all). A scenario table needs
    /// `contract`.
    CsvTable table(ExportTable table, const QDate &eventsThrough = {}) const;
};

} // namespace Dealscope
