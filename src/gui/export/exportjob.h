// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/dataset.h"
#include "export/exportoptions.h"
#include "scenario/scenario.h"
#include "scenario/scenarioregime.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace Dealscope {

/// Everything an export draws from, resolved and checked: the dataset, the language, the version, and the
/// scenario with its contract terms. The command line and the window both fill one of these.
struct ExportInputs
{
    DatasetPtr dataset;
    QString language = QStringLiteral("en");
    QString versionId; ///< the version clauses, events and the timeline are shown as of
    Scenario scenario; ///< its regime is the one to draw
    QString scenarioName; ///< how the report names it ("Base preset", a file name, …)
    std::optional<ContractRegime> contract; ///< the terms of scenario.regime; empty: no scenario charts
    std::optional<ContractRegime> otherContract; ///< the other terms, for the comparison

    /// The projection under `contract` with the scenario's median AGI year.
    Projection projection() const;
    /// The same assumptions under the other terms.
    std::optional<Projection> otherProjection() const;
};

/// `dealscope export`: resolves @p request into ExportInputs and writes the file. Returns ExitSuccess,
/// or ExitFailure with one line in @p error naming the problem (nothing is left at the output path).
/// On success with --verbose, describes what it wrote in @p report.
int runExport(const ExportRequest &request, QString *error, QString *report);

/// Keeps Qt's own notes (a platform plugin's, a missing runtime directory) while it lives, so that the
/// export command stays silent on success; `--verbose` shows them.
class ExportMessageCapture
{
public:
    ExportMessageCapture();
    ~ExportMessageCapture();
    ExportMessageCapture(const ExportMessageCapture &) = delete;
    ExportMessageCapture &operator=(const ExportMessageCapture &) = delete;

    QStringList messages() const { return s_messages; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);
    static QStringList s_messages;
    QtMessageHandler m_previous;
};

/// Resolves the scenario, dataset, version and language of @p request; false with a message on bad input.
bool resolveExportInputs(const ExportRequest &request, ExportInputs *inputs, QString *error);

/// The language an export uses when the request names none: the application's (`--lang`, else the
/// system's when Dealscope has it, else English).
QString defaultExportLanguage();
/// Makes @p language the one numbers, dates and translated texts use (LanguageManager::applyLanguage()).
void applyExportLanguage(const QString &language);

} // namespace Dealscope
