// SPDX-License-Identifier: GPL-3.0-or-later
// CSV writing (RFC 4180), the export tables against the engine, and the `export` command line.
#include "cli/commandline.h"
#include "dataset/datasetloader.h"
#include "export/csv.h"
#include "export/exportoptions.h"
#include "export/exporttables.h"
#include "scenario/scenario.h"

#include <QTest>

using namespace Dealscope;

namespace {

/// A small RFC 4180 reader, independent of the writer: quoted fields, doubled quotes, CRLF records.
QList<QStringList> readCsv(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

DatasetPtr bundled()
{
    static const DatasetPtr dataset = DatasetLoader::loadBundled().dataset;
    return dataset;
}

} // namespace

class TestExportTables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvQuotesOnlyWhenNeeded_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << "IaaS" << QByteArray("IaaS\r\n");
        QTest::newRow("comma") << "a,b" << QByteArray("\"a,b\"\r\n");
        QTest::newRow("quote") << "say \"hi\"" << QByteArray("\"say \"\"hi\"\"\"\r\n");
        QTest::newRow("newline") << "two\nlines" << QByteArray("\"two\nlines\"\r\n");
        QTest::newRow("carriage return") << "a\rb" << QByteArray("\"a\rb\"\r\n");
        QTest::newRow("unicode") << QString::fromUtf8("日本語 ไทย") << QString::fromUtf8("日本語 ไทย\r\n").toUtf8();
        QTest::newRow("empty") << "" << QByteArray("\r\n");
    }

    void csvQuotesOnlyWhenNeeded()
    {
        QFETCH(QString, cell);
        QFETCH(QByteArray, expected);
        QCOMPARE(toCsv(CsvTable {{cell}, {}}), expected);
        // and it reads back
        const QList<QStringList> back = readCsv(toCsv(CsvTable {{QStringLiteral("h")}, {{cell}}}));
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(1).value(0), cell);
    }

    void numbersIgnoreTheLocale_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fraction") << 12.5 << "12.5";
        QTest::newRow("whole") << 1234567.0 << "1234567";
        QTest::newRow("negative") << -3.25 << "-3.25";
        QTest::newRow("small") << 0.0625 << "0.0625";
        QTest::newRow("rounded") << 1.0 / 3.0 << "0.333333";
        QTest::newRow("negative zero") << -0.0000001 << "0";
    }

    void numbersIgnoreTheLocale()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); // ',' decimals, '.' groups
        const QString text = csvNumber(value);
        QLocale::setDefault(before);
        QCOMPARE(text, expected);
    }

    void projectionTableHoldsTheEnginesNumbers()
    {
        const ContractRegime regime = *deriveContractRegime(*bundled(), RegimeKind::Apr2026).regime;
        Scenario scenario;
        scenario.setValue(AssumptionId::OpenaiRevenueGrowth, 0.8);
        const Projection projection = scenario.project(regime);
        const QList<QStringList> rows = readCsv(toCsv(ExportTables::projection(projection)));
        QCOMPARE(rows.size(), qsizetype(projection.years.size()) + 1);
        const QStringList header = rows.first();
        const qsizetype azure = header.indexOf(QStringLiteral("azure_total_usd_bn"));
        const qsizetype share = header.indexOf(QStringLiteral("revenue_share_usd_bn"));
        QVERIFY(azure > 0 && share > 0);
        for (std::size_t i = 0; i < projection.years.size(); ++i) {
            const QStringList &row = rows.at(qsizetype(i) + 1);
            QCOMPARE(row.size(), header.size());
            QCOMPARE(row.at(0).toInt(), projection.years[i].year);
            QVERIFY(qAbs(row.at(azure).toDouble() - projection.years[i].azureTotal()) < 1e-5);
            QVERIFY(qAbs(row.at(share).toDouble() - projection.years[i].revenueShare) < 1e-5);
        }
    }

    void clausesTableListsWhatAVersionAgreed()
    {
        const Dataset &dataset = *bundled();
        const QString first = dataset.versions.constFirst().id;
        const QString last = dataset.versions.constLast().id;
        const CsvTable early = ExportTables::clauses(dataset, first, QStringLiteral("en"));
        const CsvTable late = ExportTables::clauses(dataset, last, QStringLiteral("ja"));
        QVERIFY(!early.rows.isEmpty());
        QVERIFY(late.rows.size() > early.rows.size());
        const qsizetype status = late.header.indexOf(QStringLiteral("status"));
        for (const QStringList &row : late.rows)
            QVERIFY2(row.at(status) != QLatin1String("notYetInForce"), qPrintable(row.join(u',')));
        QVERIFY(ExportTables::clauses(dataset, QStringLiteral("no-such-version"), QStringLiteral("en")).rows.isEmpty());
    }

    void eventsAreInDateOrder()
    {
        const CsvTable events = ExportTables::events(*bundled(), QDate(), QStringLiteral("en"));
        QCOMPARE(events.rows.size(), bundled()->events.size());
        for (qsizetype i = 1; i < events.rows.size(); ++i)
            QVERIFY(events.rows.at(i - 1).at(1).left(4) <= events.rows.at(i).at(1).left(4));
        const CsvTable early = ExportTables::events(*bundled(), QDate(2020, 1, 1), QStringLiteral("en"));
        QVERIFY(early.rows.size() < events.rows.size());
    }

    void parsesExportOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error"); // empty: valid

        QTest::newRow("chart png") << QStringList {"--chart", "layers", "-o", "a.png"} << "";
        QTest::newRow("table csv") << QStringList {"--table", "events", "-o", "a.CSV"} << "";
        QTest::newRow("report") << QStringList {"--report", "--lang", "ja", "-o", "r.pdf"} << "";
        QTest::newRow("everything") << QStringList {"--chart",  "compare",
                                                    "--preset", "bull",
                                                    "--set",    "openaiRevenueGrowth=0.5",
                                                    "--set",    "agiMedianYear=2031",
                                                    "--regime", "oct2025",
                                                    "--as-of",  "v2025-10-28",
                                                    "--size",   "800x600",
                                                    "--dpi",    "192",
                                                    "-o",       "c.svg",
                                                    "--verbose"}
                                    << "";
        QTest::newRow("nothing chosen") << QStringList {"-o", "a.png"} << "say what to export";
        QTest::newRow("two chosen") << QStringList {"--timeline", "--report", "-o", "a.pdf"} << "only one of";
        QTest::newRow("unknown chart") << QStringList {"--chart", "pie", "-o", "a.png"} << "--chart \"pie\"";
        QTest::newRow("no output") << QStringList {"--timeline"} << "-o FILE is required";
        QTest::newRow("unknown extension") << QStringList {"--timeline", "-o", "a.gif"} << "unknown extension";
        QTest::newRow("chart as csv") << QStringList {"--chart", "fan", "-o", "a.csv"} << "use --table";
        QTest::newRow("table as png") << QStringList {"--table", "fan", "-o", "a.png"} << "writes CSV";
        QTest::newRow("report as svg") << QStringList {"--report", "-o", "a.svg"} << "writes PDF";
        QTest::newRow("bad size") << QStringList {"--timeline", "--size", "800by600", "-o", "a.png"} << "--size";
        QTest::newRow("tiny size") << QStringList {"--timeline", "--size", "2x2", "-o", "a.png"} << "--size";
        QTest::newRow("bad dpi") << QStringList {"--timeline", "--dpi", "7", "-o", "a.png"} << "--dpi";
        QTest::newRow("bad set") << QStringList {"--chart", "layers", "--set", "x", "-o", "a.png"} << "ID=VALUE";
        QTest::newRow("unknown assumption")
            << QStringList {"--chart", "layers", "--set", "nope=1", "-o", "a.png"} << "unknown assumption \"nope\"";
        QTest::newRow("not a number") << QStringList {"--chart", "layers", "--set", "agiMedianYear=soon", "-o", "a.png"}
                                      << "not a number";
        QTest::newRow("comma decimal") << QStringList {"--chart", "layers", "--set", "openaiRevenueGrowth=0,5",
                                                       "-o",      "a.png"}
                                       << "not a number";
        QTest::newRow("bad regime") << QStringList {"--chart", "layers", "--regime", "oct 2025", "-o", "a.png"}
                                    << "--regime";
        QTest::newRow("bad lang") << QStringList {"--report", "--lang", "xx", "-o", "a.pdf"} << "--lang \"xx\"";
        QTest::newRow("scenario and preset")
            << QStringList {"--chart", "layers", "--scenario", "s.json", "--preset", "base", "-o", "a.png"}
            << "not both";
        QTest::newRow("twice") << QStringList {"--chart", "layers", "--dpi", "96", "--dpi", "120", "-o", "a.png"}
                               << "more than once";
        QTest::newRow("stray argument") << QStringList {"--timeline", "extra", "-o", "a.png"} << "unexpected argument";
        QTest::newRow("unknown option") << QStringList {"--timeline", "--colour", "-o", "a.png"} << "colour";
    }

    void parsesExportOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const ExportParseResult result = parseExportArguments(arguments);
        if (error.isEmpty()) {
            QVERIFY2(result.request, qPrintable(result.error));
            QVERIFY(result.error.isEmpty());
        } else {
            QVERIFY(!result.request);
            QVERIFY2(result.error.contains(error), qPrintable(result.error));
            QVERIFY2(!result.error.contains(u'\n'), "one line");
        }
    }

    void everyOptionLands()
    {
        const ExportParseResult result = parseExportArguments({"--chart",     "compare",
                                                               "--preset",    "bull",
                                                               "--set",       "openaiRevenueGrowth=0.5",
                                                               "--set",       "agiMedianYear=2031",
                                                               "--regime",    "oct2025",
                                                               "--as-of",     "v2025-10-28",
                                                               "--lang",      "de",
                                                               "--size",      "800x600",
                                                               "--dpi",       "192",
                                                               "--page-size", "A4",
                                                               "--palette",   "dark",
                                                               "-o",          "c.pdf",
                                                               "--verbose"});
        QVERIFY2(result.request, qPrintable(result.error));
        const ExportRequest &r = *result.request;
        QCOMPARE(r.kind, ExportKind::Chart);
        QCOMPARE(r.chart, ExportChart::Compare);
        QCOMPARE(r.preset, QStringLiteral("bull"));
        QCOMPARE(r.settings.size(), 2);
        QCOMPARE(r.settings.at(0).first, QStringLiteral("openaiRevenueGrowth"));
        QCOMPARE(r.settings.at(0).second, 0.5);
        QCOMPARE(r.regime, std::optional(RegimeKind::Oct2025));
        QCOMPARE(r.asOf, QStringLiteral("v2025-10-28"));
        QCOMPARE(r.language, QStringLiteral("de"));
        QCOMPARE(r.size, QSize(800, 600));
        QCOMPARE(r.dpi, 192);
        QCOMPARE(r.pageSize, QStringLiteral("A4"));
        QVERIFY(r.darkPalette);
        QCOMPARE(r.format, ExportFormat::Pdf);
        QVERIFY(r.verbose);
    }

    void commandLineRoutesExport()
    {
        const QStringList args = {"dealscope", "export", "--timeline", "-o", "t.svg"};
        QVERIFY(Cli::isExportTask(args));
        QVERIFY(!Cli::isCommandLineTask(args)); // needs the GUI application, headless
        const Cli::Invocation invocation = Cli::parse(args);
        QCOMPARE(invocation.mode, Cli::Mode::Export);
        QCOMPARE(invocation.exportRequest.format, ExportFormat::Svg);

        const QStringList bad = {"dealscope", "export", "--timeline"};
        QVERIFY(Cli::isCommandLineTask(bad)); // reported without any GUI
        QCOMPARE(Cli::parse(bad).mode, Cli::Mode::Error);
        QCOMPARE(Cli::parse({"dealscope", "export", "--help"}).mode, Cli::Mode::Help);
        QCOMPARE(Cli::parse({"dealscope", "validate", "x.json"}).mode, Cli::Mode::Validate);
    }
};

QTEST_GUILESS_MAIN(TestExportTables)
#include "tst_exporttables.moc"
