// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportoptions.h"

#include <QStringList>
#include <QTextStream>

namespace Dealscope::Cli {

constexpr int ExitSuccess = 0;
constexpr int ExitFailure = 2; ///< invalid input file or bad command line

enum class Mode { Gui, Validate, Export, Help, Version, Error };

/// What the user asked for on the command line.
struct Invocation
{
    Mode mode = Mode::Gui;
    QStringList files; ///< Gui: at most one dataset to open; Validate: the files to check
    bool verbose = false;
    QString message; ///< Help/Version: the text to print; Error: what is wrong
    ExportRequest exportRequest; ///< Export: what to write
};

/// True when the arguments ask for a command-line task (a subcommand, --help, --version) that must run
/// without creating any window, so that it works on a machine without a display.
bool isCommandLineTask(const QStringList &arguments);

/// True when the arguments name the `export` command: it draws with widgets, so it needs a (headless)
/// GUI application rather than the core one. A malformed export is a command-line task like any other.
bool isExportTask(const QStringList &arguments);

/// Parses the full argument list (program name first).
Invocation parse(const QStringList &arguments);

/// The language `--lang LANG` asks for, as a supported code (LanguageManager::normalizedLanguage()); empty
/// when the option is not given. Every command accepts it; parse() reports a missing or unknown LANG.
QString requestedLanguage(const QStringList &arguments);

/// `dealscope validate`: checks each file, writes problems to @p err, a summary per valid file to @p out
/// when @p verbose. Returns ExitSuccess when every file is valid, ExitFailure otherwise.
int runValidate(const QStringList &files, bool verbose, QTextStream &out, QTextStream &err);

QString versionText();
QString helpText();

} // namespace Dealscope::Cli
