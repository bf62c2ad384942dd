// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportoptions.h"

#include "dataset/localizedtext.h"
#include "scenario/scenarioassumptions.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cmath>

namespace Dealscope {

namespace {

template<typename Enum> struct Named
{
    const char16_t *key;
    Enum value;
};

constexpr Named<ExportChart> Charts[] = {
    {u"layers", ExportChart::Layers}, {u"compare", ExportChart::Compare}, {u"tornado", ExportChart::Tornado},
    {u"fan", ExportChart::Fan},       {u"bridge", ExportChart::Bridge},
};

constexpr Named<ExportTable> Tables[] = {
    {u"projection", ExportTable::Projection}, {u"tornado", ExportTable::Tornado}, {u"fan", ExportTable::Fan},
    {u"clauses", ExportTable::Clauses},       {u"events", ExportTable::Events},   {u"bridge", ExportTable::Bridge},
};

template<typename Enum, std::size_t N> std::optional<Enum> lookup(const Named<Enum> (&names)[N], QStringView key)
{
    for (const Named<Enum> &name : names) {
        if (key == QStringView(name.key))
            return name.value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N> QString keyOf(const Named<Enum> (&names)[N], Enum value)
{
    for (const Named<Enum> &name : names) {
        if (name.value == value)
            return QString::fromUtf16(name.key);
    }
    return {};
}

template<typename Enum, std::size_t N> QString keyList(const Named<Enum> (&names)[N])
{
    QStringList keys;
    for (const Named<Enum> &name : names)
        keys.append(QString::fromUtf16(name.key));
    return keys.join(u'|');
}

ExportParseResult failure(const QString &message)
{
    ExportParseResult result;
    result.error = message;
    return result;
}

bool isKnownPageSize(const QString &name)
{
    static const QStringList names = {QStringLiteral("A3"),     QStringLiteral("A4"),    QStringLiteral("A5"),
                                      QStringLiteral("Letter"), QStringLiteral("Legal"), QStringLiteral("Tabloid")};
    return names.contains(name, Qt::CaseInsensitive);
}

} // namespace

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (suffix == QLatin1String("csv"))
        return ExportFormat::Csv;
    return std::nullopt;
}

std::optional<QSize> parseExportSize(QStringView text)
{
    qsizetype x = text.indexOf(u'x', 0, Qt::CaseInsensitive);
    if (x < 0)
        x = text.indexOf(u'\u00D7');
    if (x <= 0)
        return std::nullopt;
    bool okWidth = false;
    bool okHeight = false;
    const int width = text.left(x).toInt(&okWidth);
    const int height = text.mid(x + 1).toInt(&okHeight);
    if (!okWidth || !okHeight)
        return std::nullopt;
    const auto inRange = [](int side) { return side >= ExportRequest::MinSide && side <= ExportRequest::MaxSide; };
    if (!inRange(width) || !inRange(height))
        return std::nullopt;
    return QSize(width, height);
}

QString chartKey(ExportChart chart)
{
    return keyOf(Charts, chart);
}

QString tableKey(ExportTable table)
{
    return keyOf(Tables, table);
}

ExportParseResult parseExportArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("help"));
    const QCommandLineOption chart(QStringLiteral("chart"), QString(), QStringLiteral("KIND"));
    const QCommandLineOption timeline(QStringLiteral("timeline"), QString());
    const QCommandLineOption table(QStringLiteral("table"), QString(), QStringLiteral("KIND"));
    const QCommandLineOption report(QStringLiteral("report"), QString());
    const QCommandLineOption dataset(QStringLiteral("dataset"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption scenario(QStringLiteral("scenario"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption preset(QStringLiteral("preset"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption set(QStringLiteral("set"), QString(), QStringLiteral("ID=VALUE"));
    const QCommandLineOption regime(QStringLiteral("regime"), QString(), QStringLiteral("REGIME"));
    const QCommandLineOption fromRegime(QStringLiteral("from-regime"), QString(), QStringLiteral("REGIME"));
    const QCommandLineOption toRegime(QStringLiteral("to-regime"), QString(), QStringLiteral("REGIME"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), QString(), QStringLiteral("VERSION"));
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("LANG"));
    const QCommandLineOption size(QStringLiteral("size"), QString(), QStringLiteral("WxH"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), QString(), QStringLiteral("DPI"));
    const QCommandLineOption page(QStringLiteral("page-size"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption palette(QStringLiteral("palette"), QString(), QStringLiteral("PALETTE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("FILE"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QString());
    parser.addOptions({help, chart, timeline, table, report, dataset, scenario, preset, set, regime, asOf, lang, size,
                       dpi, page, palette, output, verbose});
    parser.addOptions({fromRegime, toRegime});
    const QCommandLineOption changes(QStringLiteral("changes"), QString());
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("VERSION"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("VERSION"));
    parser.addOptions({changes, from, to});
    if (!parser.parse(QStringList {QStringLiteral("dealscope export")} + arguments))
        return failure(QStringLiteral("export: %1").arg(parser.errorText()));
    if (parser.isSet(help)) {
        ExportParseResult result;
        result.help = true;
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return failure(QStringLiteral("export: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    // Single-valued options may appear once: a second value is more likely a mistake than an override.
    for (const QCommandLineOption *option : {&chart, &table, &dataset, &scenario, &preset, &regime, &asOf, &lang, &size,
                                             &dpi, &page, &palette, &output, &fromRegime, &toRegime}) {
        if (parser.values(*option).size() > 1)
            return failure(QStringLiteral("export: --%1 given more than once").arg(option->names().constLast()));
    }

    ExportRequest request;
    const int whatCount = int(parser.isSet(chart)) + int(parser.isSet(timeline)) + int(parser.isSet(table))
        + int(parser.isSet(report)) + int(parser.isSet(changes));
    if (whatCount != 1)
        return failure(
            whatCount == 0
                ? QStringLiteral("export: say what to export: --chart, --timeline, --table, --report or --changes")
                : QStringLiteral("export: give only one of --chart, --timeline, --table, --report and --changes"));
    if (parser.isSet(chart)) {
        const auto kind = lookup(Charts, parser.value(chart));
        if (!kind)
            return failure(
                QStringLiteral("export: --chart \"%1\": expected %2").arg(parser.value(chart), keyList(Charts)));
        request.kind = ExportKind::Chart;
        request.chart = *kind;
    } else if (parser.isSet(table)) {
        const auto kind = lookup(Tables, parser.value(table));
        if (!kind)
            return failure(
                QStringLiteral("export: --table \"%1\": expected %2").arg(parser.value(table), keyList(Tables)));
        request.kind = ExportKind::Table;
        request.table = *kind;
    } else if (parser.isSet(changes)) {
        request.kind = ExportKind::Changes;
    } else {
        request.kind = parser.isSet(timeline) ? ExportKind::Timeline : ExportKind::Report;
    }
    for (const QCommandLineOption *option : {&from, &to}) {
        if (parser.values(*option).size() > 1)
            return failure(QStringLiteral("export: --%1 given more than once").arg(option->names().constLast()));
        if (parser.isSet(*option) && request.kind != ExportKind::Changes)
            return failure(QStringLiteral("export: --%1 applies to --changes only").arg(option->names().constLast()));
    }
    request.changesFrom = parser.value(from);
    request.changesTo = parser.value(to);

    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return failure(
            QStringLiteral("export: -o FILE is required (its extension picks the format: .png, .svg, .pdf, .csv)"));
    request.output = parser.value(output);
    const auto format = exportFormatForPath(request.output);
    if (!format)
        return failure(QStringLiteral("export: -o \"%1\": unknown extension (expected .png, .svg, .pdf or .csv)")
                           .arg(request.output));
    request.format = *format;
    switch (request.kind) {
    case ExportKind::Chart:
    case ExportKind::Timeline:
        if (request.format == ExportFormat::Csv)
            return failure(QStringLiteral("export: a chart or the timeline is written as .png, .svg or .pdf, not .csv; "
                                          "use --table for CSV"));
        break;
    case ExportKind::Table:
        if (request.format != ExportFormat::Csv)
            return failure(QStringLiteral("export: --table writes CSV: give -o a .csv file"));
        break;
    case ExportKind::Report:
        if (request.format != ExportFormat::Pdf)
            return failure(QStringLiteral("export: --report writes PDF: give -o a .pdf file"));
        break;
    case ExportKind::Changes:
        if (request.format != ExportFormat::Pdf && request.format != ExportFormat::Csv)
            return failure(QStringLiteral("export: --changes writes a redline PDF or a CSV table: give -o a .pdf or "
                                          ".csv file"));
        break;
    }

    if (parser.isSet(scenario) && parser.isSet(preset))
        return failure(QStringLiteral("export: give --scenario or --preset, not both"));
    request.datasetFile = parser.value(dataset);
    request.scenarioFile = parser.value(scenario);
    request.preset = parser.value(preset);
    for (const QString &assignment : parser.values(set)) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0)
            return failure(QStringLiteral("export: --set \"%1\": expected ID=VALUE").arg(assignment));
        const QString key = assignment.left(equals).trimmed();
        if (!ScenarioAssumptions::find(key))
            return failure(QStringLiteral("export: --set: unknown assumption \"%1\"").arg(key));
        bool ok = false;
        const double value = assignment.mid(equals + 1).trimmed().toDouble(&ok); // C locale: '.' decimals
        if (!ok || !std::isfinite(value))
            return failure(
                QStringLiteral("export: --set %1: \"%2\" is not a number").arg(key, assignment.mid(equals + 1)));
        request.settings.append({key, value});
    }
    // A regime is an alias or a version id; whether the dataset offers it is checked once it is loaded.
    for (const auto &[option, target] :
         {std::pair {&regime, &request.regime}, std::pair {&fromRegime, &request.fromRegime},
          std::pair {&toRegime, &request.toRegime}}) {
        if (!parser.isSet(*option))
            continue;
        *target = regimeFromKey(parser.value(*option));
        if (!*target)
            return failure(QStringLiteral("export: --%1 \"%2\": expected oct2025, apr2026 or a version id")
                               .arg(option->names().constLast(), parser.value(*option)));
    }
    const bool bridge = (request.kind == ExportKind::Chart && request.chart == ExportChart::Bridge)
        || (request.kind == ExportKind::Table && request.table == ExportTable::Bridge);
    if ((request.fromRegime || request.toRegime) && !bridge)
        return failure(
            QStringLiteral("export: --from-regime and --to-regime apply to --chart bridge and --table bridge"));
    request.asOf = parser.value(asOf);
    if (parser.isSet(lang)) {
        request.language = parser.value(lang);
        if (!isSupportedLanguage(request.language))
            return failure(QStringLiteral("export: --lang \"%1\": expected one of %2")
                               .arg(request.language, supportedLanguages().join(QStringLiteral(", "))));
    }
    if (parser.isSet(size)) {
        const auto parsed = parseExportSize(parser.value(size));
        if (!parsed)
            return failure(QStringLiteral("export: --size \"%1\": expected WIDTHxHEIGHT, each %2 to %3 pixels")
                               .arg(parser.value(size))
                               .arg(ExportRequest::MinSide)
                               .arg(ExportRequest::MaxSide));
        request.size = *parsed;
    }
    if (parser.isSet(dpi)) {
        bool ok = false;
        request.dpi = parser.value(dpi).toInt(&ok);
        if (!ok || request.dpi < ExportRequest::MinDpi || request.dpi > ExportRequest::MaxDpi)
            return failure(QStringLiteral("export: --dpi \"%1\": expected a whole number from %2 to %3")
                               .arg(parser.value(dpi))
                               .arg(ExportRequest::MinDpi)
                               .arg(ExportRequest::MaxDpi));
    }
    if (parser.isSet(page)) {
        request.pageSize = parser.value(page);
        if (!isKnownPageSize(request.pageSize))
            return failure(QStringLiteral("export: --page-size \"%1\": expected A3, A4, A5, Letter, Legal or Tabloid")
                               .arg(request.pageSize));
        if (request.format != ExportFormat::Pdf)
            return failure(QStringLiteral("export: --page-size applies to PDF output only"));
    }
    if (parser.isSet(palette)) {
        const QString value = parser.value(palette);
        if (value != QLatin1String("paper") && value != QLatin1String("dark"))
            return failure(QStringLiteral("export: --palette \"%1\": expected paper or dark").arg(value));
        request.darkPalette = value == QLatin1String("dark");
    }
    request.verbose = parser.isSet(verbose);
    ExportParseResult result;
    result.request = request;
    return result;
}

QString exportHelpText()
{
    return QStringLiteral(
        "Usage: dealscope export WHAT [options] -o FILE\n"
        "\n"
        "Writes a chart, the timeline, a table or a report without opening a window. The extension of FILE\n"
        "picks the format: .png, .svg or .pdf for charts and the timeline, .csv for tables, .pdf for the report.\n"
        "\n"
        "What (exactly one):\n"
        "  --chart layers|compare|tornado|fan|bridge\n"
        "                                       A scenario chart (compare: against the other terms; bridge: what\n"
        "                                       each changed term does to Microsoft's revenue).\n"
        "  --timeline                           The clause timeline as of --as-of.\n"
        "  --table projection|tornado|fan|clauses|events|bridge\n"
        "                                       A table as CSV (RFC 4180, UTF-8, '.' decimals).\n"
        "  --report                             A multi-page PDF report.\n"
        "  --changes                            What changed between two versions: a redline PDF, or CSV rows\n"
        "                                       id,kind,field,A,B.\n"
        "\n"
        "Options:\n"
        "  -o, --output FILE      The file to write (replaced only once complete).\n"
        "  --scenario FILE        A scenario file; or\n"
        "  --preset NAME          a bundled preset: bear, base or bull.\n"
        "  --set ID=VALUE         Sets one assumption (repeatable), e.g. --set openaiRevenueGrowth=0.5.\n"
        "  --regime REGIME        The contract terms: oct2025, apr2026 or a version id (default: the scenario's).\n"
        "  --from-regime REGIME   The bridge's first terms (default oct2025);\n"
        "  --to-regime REGIME     and its last (default apr2026).\n"
        "  --as-of VERSION        The dataset version (id or YYYY-MM-DD) for clauses, events and timeline.\n"
        "  --from VERSION         --changes: version A (default: the version before B);\n"
        "  --to VERSION           and version B (default: the latest).\n"
        "  --lang LANG            Language of texts and numbers: en, de, fr, es, ja, ko, zh-Hans, hi, th.\n"
        "  --size WxH             Size in pixels (default 1600x900).\n"
        "  --dpi DPI              Resolution (default 96): PNG metadata and the scale of text and lines.\n"
        "  --page-size NAME       PDF page: A3, A4, A5, Letter, Legal, Tabloid (default: fits the drawing).\n"
        "  --palette paper|dark   Colours (default paper: light, for print).\n"
        "  --dataset FILE         Another dataset instead of the bundled one.\n"
        "  --verbose              Print what was written.\n"
        "\n"
        "Exit status 0 on success, 2 on a bad command line or invalid input.\n");
}

} // namespace Dealscope
