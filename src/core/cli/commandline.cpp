// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include "dataset/datasetloader.h"
#include "dataset/localizedtext.h"
#include "dealscope_version.h"
#include "session/languagemanager.h"

#include <QCommandLineParser>

#include <algorithm>
#include <optional>

namespace Dealscope::Cli {

namespace {

const QString ValidateCommand = QStringLiteral("validate");
const QString ExportCommand = QStringLiteral("export");

/// The value of "--lang LANG" or "--lang=LANG" (one dash works too), and the arguments without it, so that
/// every command accepts it in any position.
struct LanguageOption
{
    QStringList rest;
    std::optional<QString> value;
    bool missingValue = false;
};

LanguageOption takeLanguageOption(const QStringList &arguments)
{
    LanguageOption option;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (i > 0 && (argument == QLatin1String("--lang") || argument == QLatin1String("-lang"))) {
            option.missingValue = i + 1 >= arguments.size();
            option.value = option.missingValue ? QString() : arguments.at(++i);
        } else if (i > 0
                   && (argument.startsWith(QLatin1String("--lang=")) || argument.startsWith(QLatin1String("-lang=")))) {
            option.value = argument.mid(argument.indexOf(u'=') + 1);
        } else {
            option.rest.append(argument);
        }
    }
    return option;
}

bool isHelpOrVersion(const QString &argument)
{
    static const QStringList flags = {QStringLiteral("-h"), QStringLiteral("--help"), QStringLiteral("-?"),
                                      QStringLiteral("-v"), QStringLiteral("--version")};
    return flags.contains(argument);
}

/// Options that QGuiApplication and QApplication consume themselves.
bool isQtGuiOption(const QString &argument)
{
    static const QStringList options = {
        QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
        QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"),    QStringLiteral("reverse"),
        QStringLiteral("session"),         QStringLiteral("style"),
        QStringLiteral("stylesheet"),      QStringLiteral("widgetcount"),
        QStringLiteral("display"),         QStringLiteral("geometry"),
        QStringLiteral("title"),           QStringLiteral("name"),
        QStringLiteral("visual"),          QStringLiteral("nograb"),
        QStringLiteral("dograb"),          QStringLiteral("sync"),
        QStringLiteral("fontengine"),
    };
    QStringView name(argument);
    while (name.startsWith(u'-'))
        name = name.mid(1);
    if (const qsizetype equals = name.indexOf(u'='); equals >= 0)
        name = name.left(equals);
    return argument.startsWith(u'-') && options.contains(name);
}

Invocation usageError(const QString &message)
{
    return {Mode::Error,
            {},
            false,
            QStringLiteral("dealscope: %1\nTry 'dealscope --help' for more information.").arg(message),
            {}};
}

/// The first argument that is not an option, or an empty string.
QString firstPositional(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (!arguments.at(i).startsWith(u'-'))
            return arguments.at(i);
    }
    return {};
}

Invocation parseExport(const QStringList &arguments)
{
    // Everything after the command belongs to it; options before it are not export options.
    const qsizetype command = arguments.indexOf(ExportCommand);
    if (command > 1)
        return usageError(QStringLiteral("options go after the export command: %1").arg(arguments.at(1)));
    const ExportParseResult parsed = parseExportArguments(arguments.mid(command + 1));
    if (parsed.help)
        return {Mode::Help, {}, false, exportHelpText(), {}};
    if (!parsed.request)
        return {Mode::Error, {}, false, QStringLiteral("dealscope %1").arg(parsed.error), {}};
    return {Mode::Export, {}, parsed.request->verbose, {}, *parsed.request};
}

} // namespace

QString versionText()
{
    return QStringLiteral("dealscope %1").arg(QLatin1String(DEALSCOPE_VERSION_STRING));
}

QString helpText()
{
    return QStringLiteral("Usage: dealscope [options] [DATASET]\n"
                          "       dealscope validate [--verbose] FILE...\n"
                          "       dealscope export WHAT [options] -o FILE\n"
                          "\n"
                          "Dealscope explores a business agreement: its clauses, their history and a timeline.\n"
                          "Without DATASET it opens the bundled Microsoft-OpenAI dataset.\n"
                          "\n"
                          "Commands:\n"
                          "  validate FILE...  Check dataset files. Problems are printed to standard error as\n"
                          "                    FILE:LINE:COLUMN: JSON-PATH: MESSAGE. Exit status 0 when every\n"
                          "                    file is valid, 2 otherwise.\n"
                          "  export ... -o FILE  Write a chart, the timeline, a table or a report without a\n"
                          "                    window (PNG, SVG, PDF, CSV). See 'dealscope export --help'.\n"
                          "\n"
                          "Options:\n"
                          "  -h, --help        Show this help and exit.\n"
                          "  -v, --version     Show the version and exit.\n"
                          "  --verbose         With validate: also print a summary of each valid file.\n"
                          "  --lang LANG       Use the language LANG (en, de, ja, zh-Hans, es, fr, ko, th, hi)\n"
                          "                    instead of the one chosen in View > Language.\n"
                          "\n"
                          "Qt's own options (-platform, -style, ...) apply to the window.\n");
}

bool isExportTask(const QStringList &arguments)
{
    return firstPositional(takeLanguageOption(arguments).rest) == ExportCommand;
}

bool isCommandLineTask(const QStringList &allArguments)
{
    const QStringList arguments = takeLanguageOption(allArguments).rest;
    bool qtOption = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (isHelpOrVersion(arguments.at(i)))
            return true;
        qtOption = qtOption || isQtGuiOption(arguments.at(i));
    }
    // The first positional argument names the task.
    const auto firstPositional = std::find_if(arguments.begin() + std::min<qsizetype>(1, arguments.size()),
                                              arguments.end(), [](const QString &a) { return !a.startsWith(u'-'); });
    if (firstPositional != arguments.end() && *firstPositional == ValidateCommand)
        return true;
    // A bad command line is reported without opening a window, unless Qt's own options are involved:
    // those are only understood once the GUI application has taken them out.
    return !qtOption && parse(allArguments).mode == Mode::Error;
}

Invocation parseWithoutLanguage(const QStringList &arguments)
{
    if (isExportTask(arguments))
        return parseExport(arguments);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help"), QStringLiteral("?")},
                                  QStringLiteral("Show help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Show version."));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Print a summary of each valid file."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption(verbose);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help))
        return {Mode::Help, {}, false, helpText(), {}};
    if (parser.isSet(version))
        return {Mode::Version, {}, false, versionText(), {}};

    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == ValidateCommand) {
        positional.removeFirst();
        if (positional.isEmpty())
            return usageError(QStringLiteral("validate needs at least one FILE"));
        return {Mode::Validate, positional, parser.isSet(verbose), {}, {}};
    }
    if (parser.isSet(verbose))
        return usageError(QStringLiteral("--verbose applies to the validate command only"));
    if (positional.size() > 1)
        return usageError(QStringLiteral("expected at most one DATASET, got %1").arg(positional.size()));
    return {Mode::Gui, positional, false, {}, {}};
}

Invocation parse(const QStringList &arguments)
{
    const LanguageOption language = takeLanguageOption(arguments);
    QString code;
    if (language.value) {
        code = LanguageManager::normalizedLanguage(*language.value);
        if (language.missingValue)
            return usageError(QStringLiteral("--lang needs a language (one of: %1)")
                                  .arg(supportedLanguages().join(QStringLiteral(", "))));
        if (code.isEmpty())
            return usageError(QStringLiteral("unknown language \"%1\" for --lang (expected one of: %2)")
                                  .arg(language.value->left(80), supportedLanguages().join(QStringLiteral(", "))));
    }
    return parseWithoutLanguage(language.rest);
}

QString requestedLanguage(const QStringList &arguments)
{
    const LanguageOption language = takeLanguageOption(arguments);
    return language.value ? LanguageManager::normalizedLanguage(*language.value) : QString();
}

int runValidate(const QStringList &files, bool verbose, QTextStream &out, QTextStream &err)
{
    int status = ExitSuccess;
    for (const QString &file : files) {
        const DatasetLoadResult result = DatasetLoader::loadFile(file);
        for (const Diagnostic &diagnostic : result.diagnostics)
            err << diagnostic.toString() << Qt::endl;
        if (!result.ok()) {
            status = ExitFailure;
            continue;
        }
        if (verbose) {
            const Dataset &d = *result.dataset;
            out << QStringLiteral("%1: valid: %2 versions, %3 clauses, %4 events, %5 warnings")
                       .arg(file)
                       .arg(d.versions.size())
                       .arg(d.clauses.size())
                       .arg(d.events.size())
                       .arg(warningCount(result.diagnostics))
                << Qt::endl;
        }
    }
    return status;
}

} // namespace Dealscope::Cli
