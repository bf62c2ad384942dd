// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/dataset.h"
#include "export/csv.h"
#include "scenario/scenariobridge.h"
#include "scenario/scenarioengine.h"
#include "scenario/scenariomontecarlo.h"
#include "scenario/scenariotornado.h"

namespace Dealscope {

/// The tables Dealscope exports, built from the engine's results and the dataset, for the GUI and the
/// command line alike. Numbers are machine-readable (USD billions, fractions as 0–1, '.' decimals);
/// keys (status, kind, assumption) are the stable ones of the file formats, titles are in @p language.
namespace ExportTables {

/// One row per year: the six layer parts, the Azure stack, both revenue shares and the drivers.
CsvTable projection(const Projection &projection);
/// One row per assumption, largest swing first; the label in the interface language (the installed
/// translators), the key as in scenario files.
CsvTable tornado(const TornadoResult &result);
/// One row per year: p10, p50 and p90 of the Azure stack, each layer and the revenue share.
CsvTable fan(const MonteCarloResult &result);
/// The clauses as @p versionId left them (those agreed by then), with status, start, end and sources.
/// An unknown version gives a table with no rows.
CsvTable clauses(const Dataset &dataset, const QString &versionId, const QString &language);
/// The events up to @p through (invalid: all), in date order.
CsvTable events(const Dataset &dataset, const QDate &through, const QString &language);

/// The amendment bridge: the start, one row per differing term (its Shapley step, both measures), the end.
CsvTable bridge(const BridgeResult &result);

/// "inForce", "notRestated", "ended", "expired", "notYetInForce".
QString statusKey(int status);
QString eventKindKey(Event::Kind kind);

} // namespace ExportTables

} // namespace Dealscope
