// SPDX-License-Identifier: GPL-3.0-or-later
// How long loading a dataset takes. The application loads its dataset once, in a fresh process, so each
// figure comes from a fresh process too: this program runs itself once per sample, and each run times one
// load, as the application's first. Timed:
//   - parse: the bundled dataset's JSON into a tree with positions, and the parser's throughput;
//   - load: the bundled dataset read, parsed, validated into a Dataset and put in the AgreementModel the
//     views read, as the application does at start;
//   - with FILE (written by generate_dataset.py): that file parsed and validated, as `dealscope validate`.
// The same loads repeated in one process follow, for reference: they are faster (caches and heap warm).
// Prints the median, 90th percentile and fastest; exits 1 when a bar is missed.
//
//   bench_dataset [FILE]      (scripts/benchmark runs it without FILE)
//
// Bars: load of the bundled dataset under 5 ms median; the parser at 100 MB/s or more; a generated
// 10,000-item file validated in under 0.3 s.
#include "agreement/agreementmodel.h"
#include "common/quietmachine.h"
#include "dataset/datasetloader.h"
#include "json/jsonparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace Dealscope;

namespace {

constexpr int FreshRuns = 21;
constexpr int RepeatedRuns = 100;

struct Stats
{
    double median; ///< ms
    double p90;
    double fastest;
};

/// One timed load: wall-clock time, and the CPU time of the loading thread (kernel time included), which a
/// busy machine disturbs much less.
struct Sample
{
    double wall; ///< ms
    double cpu;
};

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

Stats summarize(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at
        = [&](double p) { return samples[std::min(samples.size() - 1, std::size_t(p * double(samples.size())))]; };
    return {at(0.5), at(0.9), samples.front()};
}

void report(const char *name, const Stats &s, int runs, const char *extra = "")
{
    std::printf("%-40s median %8.2f ms   p90 %8.2f ms   min %8.2f ms   (%d runs)%s\n", name, s.median, s.p90, s.fastest,
                runs, extra);
}

Stats summarize(const std::vector<Sample> &samples, double Sample::*figure)
{
    std::vector<double> values;
    for (const Sample &sample : samples)
        values.push_back(sample.*figure);
    return summarize(values);
}

/// Reports @p samples' wall-clock times, and their CPU times on a second line.
void reportFresh(const char *name, const std::vector<Sample> &samples, const char *note)
{
    report(name, summarize(samples, &Sample::wall), int(samples.size()), note);
    report("    its CPU time", summarize(samples, &Sample::cpu), int(samples.size()));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Times one load: from its construction to stop(). What the load made is destroyed after stop(), as
/// an application keeps its dataset.
class Stopwatch
{
public:
    Stopwatch() : m_cpuStart(threadCpuMs()) { m_timer.start(); }
    void stop() { m_sample = {double(m_timer.nsecsElapsed()) / 1e6, threadCpuMs() - m_cpuStart}; }
    Sample sample() const { return m_sample; }

private:
    QElapsedTimer m_timer;
    double m_cpuStart;
    Sample m_sample {};
};

/// The loads this program times, by name; each returns whether it succeeded.
bool parseBundled(const QByteArray &bundled, const QString &, Stopwatch &stopwatch)
{
    const JsonParser::Result parsed = JsonParser::parse(bundled);
    stopwatch.stop();
    return parsed.root.has_value();
}

bool loadBundled(const QByteArray &, const QString &, Stopwatch &stopwatch)
{
    const DatasetLoadResult loaded = DatasetLoader::loadBundled();
    AgreementModel model;
    model.setDataset(loaded.dataset);
    stopwatch.stop();
    return loaded.ok() && model.rowCount() > 0;
}

bool validateFile(const QByteArray &, const QString &file, Stopwatch &stopwatch)
{
    const DatasetLoadResult loaded = DatasetLoader::loadFile(file, QFileInfo(file).fileName());
    stopwatch.stop();
    return loaded.ok();
}

using Load = bool (*)(const QByteArray &, const QString &, Stopwatch &);

Load loadNamed(const QString &name)
{
    if (name == QLatin1String("parse"))
        return parseBundled;
    if (name == QLatin1String("load"))
        return loadBundled;
    if (name == QLatin1String("validate"))
        return validateFile;
    return nullptr;
}

/// In a child process: times one load and prints its wall-clock and CPU milliseconds.
int runOnce(const QString &name, const QString &file)
{
    const Load load = loadNamed(name);
    const QByteArray bundled = readAll(DatasetLoader::bundledPath());
    Stopwatch stopwatch;
    if (!load || !load(bundled, file, stopwatch))
        return 1;
    std::printf("%.4f %.4f\n", stopwatch.sample().wall, stopwatch.sample().cpu);
    return 0;
}

/// Runs this program @p runs times for the load @p name, each timing it once in a fresh process.
std::vector<Sample> inFreshProcesses(const QString &name, const QString &file, int runs)
{
    std::vector<Sample> samples;
    for (int i = 0; i < runs; ++i) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--once"), name, file});
        const bool finished = child.waitForFinished(60000) && child.exitCode() == 0;
        const QStringList figures = QString::fromLatin1(child.readAllStandardOutput()).split(u' ');
        bool wallOk = false, cpuOk = false;
        const Sample sample {figures.value(0).toDouble(&wallOk), figures.value(1).toDouble(&cpuOk)};
        if (!finished || !wallOk || !cpuOk) {
            std::fprintf(stderr, "bench_dataset: the %s run failed\n", qPrintable(name));
            std::exit(1);
        }
        samples.push_back(sample);
    }
    return samples;
}

/// Runs the load @p name @p runs times in this process, after five untimed runs; the wall-clock times.
std::vector<double> repeated(const QString &name, const QByteArray &bundled, const QString &file, int runs)
{
    const Load load = loadNamed(name);
    for (int i = 0; i < 5; ++i) {
        Stopwatch warmup;
        load(bundled, file, warmup);
    }
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        Stopwatch stopwatch;
        load(bundled, file, stopwatch);
        samples.push_back(stopwatch.sample().wall);
    }
    return samples;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() >= 2 && args.first() == QLatin1String("--once"))
        return runOnce(args.at(1), args.value(2));

    const QByteArray bundled = readAll(DatasetLoader::bundledPath());
    if (bundled.isEmpty()) {
        std::fprintf(stderr, "bench_dataset: cannot read the bundled dataset\n");
        return 1;
    }
    const double bundledMB = double(bundled.size()) / 1e6;
    std::printf("bench_dataset (Qt %s), bundled dataset %.0f KB\n", qVersion(), double(bundled.size()) / 1e3);
    const Benchmark::QuietMachine machine;
    const auto verdict = [&machine](bool met) { return machine.verdict(met); };
    char note[96];
    bool met = true;

    std::printf("in a fresh process each (as the application loads):\n");
    const std::vector<Sample> parseSamples = inFreshProcesses(QStringLiteral("parse"), {}, FreshRuns);
    const double throughput = bundledMB / (summarize(parseSamples, &Sample::wall).median / 1000.0);
    std::snprintf(note, sizeof note, "  %.0f MB/s, bar 100 MB/s: %s", throughput, verdict(throughput >= 100.0));
    met = met && throughput >= 100.0;
    reportFresh("  parse (JSON tree with positions)", parseSamples, note);
    const std::vector<Sample> loadSamples = inFreshProcesses(QStringLiteral("load"), {}, FreshRuns);
    const double loadMedian = summarize(loadSamples, &Sample::wall).median;
    std::snprintf(note, sizeof note, "  bar 5 ms: %s", verdict(loadMedian < 5.0));
    met = met && loadMedian < 5.0;
    reportFresh("  load: read, parse, validate, model", loadSamples, note);

    std::printf("repeated in one process:\n");
    const Stats parseAgain = summarize(repeated(QStringLiteral("parse"), bundled, {}, RepeatedRuns));
    std::snprintf(note, sizeof note, "  %.0f MB/s", bundledMB / (parseAgain.median / 1000.0));
    report("  parse (JSON tree with positions)", parseAgain, RepeatedRuns, note);
    report("  load: parse, validate, model", summarize(repeated(QStringLiteral("load"), bundled, {}, RepeatedRuns)),
           RepeatedRuns);

    if (args.size() == 1) {
        const QString file = args.first();
        const qint64 size = QFileInfo(file).size();
        std::printf("\n%s, %.1f MB, in a fresh process each:\n", qPrintable(QFileInfo(file).fileName()),
                    double(size) / 1e6);
        constexpr int FileRuns = 7;
        const std::vector<Sample> samples = inFreshProcesses(QStringLiteral("validate"), file, FileRuns);
        const double median = summarize(samples, &Sample::wall).median;
        std::snprintf(note, sizeof note, "  %.0f MB/s, bar 300 ms: %s", double(size) / 1e3 / median,
                      verdict(median < 300.0));
        met = met && median < 300.0;
        reportFresh("  read, parse and validate", samples, note);
    }
    machine.printAfter();
    return met ? 0 : 1;
}
