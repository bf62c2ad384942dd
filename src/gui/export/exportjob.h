// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportinputs.h"
#include "export/exportoptions.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace Dealscope {

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
