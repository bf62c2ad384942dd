// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportjob.h"
#include "export/exportrenderer.h"

class QPagedPaintDevice;

namespace Dealscope {

/// The PDF report: a cover (dataset, version, date, scenario), the clauses in force with status, end and
/// sources, what changed since the version before, the timeline, each scenario chart with the assumptions behind it,
/// and the sources list. Text is laid out as real text in the current language (QLocale default and installed
/// translators); the charts and the timeline go through ExportRenderer as vectors.
namespace ReportBuilder {

/// Writes the report to @p path (QSaveFile: whole or nothing); `settings.pageSize` picks the page (A4
/// when empty), `settings.darkPalette` the colours of the drawings.
bool write(const ExportInputs &inputs, const QString &path, const RenderSettings &settings, QString *error);

/// The report's HTML sections, for tests and previews.
QString coverHtml(const ExportInputs &inputs);
QString clausesHtml(const ExportInputs &inputs);
/// "What changed": the redline of the report's version against the one before it; empty for the first.
QString whatChangedHtml(const ExportInputs &inputs);
QString sourcesHtml(const ExportInputs &inputs);

} // namespace ReportBuilder

} // namespace Dealscope
