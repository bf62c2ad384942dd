// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/scenarioregime.h"

#include <QList>
#include <QPair>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dealscope {

/// What `dealscope export` draws or tabulates.
enum class ExportKind { Chart, Timeline, Table, Report, Changes };
enum class ExportChart { Layers, Compare, Tornado, Fan, Bridge };
enum class ExportTable { Projection, Tornado, Fan, Clauses, Events, Bridge };
/// The output format, picked by the output file's extension.
enum class ExportFormat { Png, Svg, Pdf, Csv };

/// A parsed `dealscope export` command line. Only the syntax is checked here; whether the scenario file,
/// the assumption values, the version and the dataset are valid is the export's business.
struct ExportRequest
{
    static constexpr int DefaultDpi = 96;
    static constexpr int MinDpi = 24;
    static constexpr int MaxDpi = 1200;
    static constexpr int MinSide = 16;
    static constexpr int MaxSide = 12000;

    ExportKind kind = ExportKind::Chart;
    ExportChart chart = ExportChart::Layers;
    ExportTable table = ExportTable::Projection;
    ExportFormat format = ExportFormat::Png;
    QString output;

    QString datasetFile; ///< empty: the bundled dataset
    QString scenarioFile; ///< at most one of scenarioFile and preset
    QString preset;
    QList<QPair<QString, double>> settings; ///< --set KEY=VALUE, in command-line order
    std::optional<RegimeId> regime; ///< empty: the scenario's own regime
    std::optional<RegimeId> fromRegime; ///< the bridge's start; empty: the Oct 2025 terms
    std::optional<RegimeId> toRegime; ///< the bridge's end; empty: the Apr 2026 terms
    QString asOf; ///< version id or YYYY-MM-DD; empty: the latest version
    QString changesFrom; ///< --changes: version A (id or YYYY-MM-DD); empty: the version before B
    QString changesTo; ///< --changes: version B (id or YYYY-MM-DD); empty: the latest version
    QString language; ///< empty: the system's language if supported, else English

    QSize size {1600, 900}; ///< PNG: the pixel size; SVG: the view box; PDF: the drawing at `dpi`
    int dpi = DefaultDpi;
    QString pageSize; ///< PDF: "A4", "Letter", …; empty: a page the drawing's size (reports: A4)
    bool darkPalette = false; ///< export with a dark palette instead of the light paper one
    bool verbose = false;
};

struct ExportParseResult
{
    std::optional<ExportRequest> request;
    bool help = false;
    QString error; ///< one line, naming the offending option
};

/// Parses the arguments that follow `export` (without the program name and the command).
ExportParseResult parseExportArguments(const QStringList &arguments);

/// "png", "svg", "pdf", "csv" for the extension of @p path, case-insensitive; nullopt otherwise.
std::optional<ExportFormat> exportFormatForPath(const QString &path);
/// Parses "1600x900" (also "1600×900"); nullopt unless both sides lie in [MinSide, MaxSide].
std::optional<QSize> parseExportSize(QStringView text);

QString chartKey(ExportChart chart);
QString tableKey(ExportTable table);
QString exportHelpText();

} // namespace Dealscope
