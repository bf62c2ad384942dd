// SPDX-License-Identifier: GPL-3.0-or-later
// The dealscope executable. Command-line tasks (--help, --version, validate, export) run without a window.
// Otherwise it recovers an unreadable settings file, applies the language, and starts the window in two
// steps: the shell paints first, then the views are built while a worker thread parses the bundled dataset.
#include "cli/commandline.h"
#include "dataset/datasetdocument.h"
#include "dataset/datasetloader.h"
#include "dealscope_version.h"
#include "export/exportjob.h"
#include "session/languagemanager.h"
#include "session/settingsrecovery.h"
#include "widgets/messagebar.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <future>
#include <memory>
#include <utility>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Dealscope"));
    QCoreApplication::setApplicationName(QStringLiteral("dealscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEALSCOPE_VERSION_STRING));
}

int runCommandLineTask(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Dealscope::Cli::Invocation invocation = Dealscope::Cli::parse(QCoreApplication::arguments());
    // --lang, else the system's language.
    Dealscope::LanguageManager::instance()->applyLanguage(
        Dealscope::Cli::requestedLanguage(QCoreApplication::arguments()));
    switch (invocation.mode) {
    case Dealscope::Cli::Mode::Help:
    case Dealscope::Cli::Mode::Version:
        out << invocation.message << Qt::endl;
        return Dealscope::Cli::ExitSuccess;
    case Dealscope::Cli::Mode::Validate:
        return Dealscope::Cli::runValidate(invocation.files, invocation.verbose, out, err);
    case Dealscope::Cli::Mode::Error:
    case Dealscope::Cli::Mode::Gui:
    case Dealscope::Cli::Mode::Export: // runs under runExportTask()
        break;
    }
    err << invocation.message << Qt::endl;
    return Dealscope::Cli::ExitFailure;
}

/// `dealscope export`: draws with widgets, so it needs a QApplication, but never a display. Unless a
/// platform is named (-platform or QT_QPA_PLATFORM), it uses the offscreen one; it shows no window.
int runExportTask(int argc, char **argv, const QStringList &arguments)
{
    const bool platformGiven = qEnvironmentVariableIsSet("QT_QPA_PLATFORM")
        || arguments.contains(QStringLiteral("-platform")) || arguments.contains(QStringLiteral("--platform"));
    if (!platformGiven)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const Dealscope::ExportMessageCapture qtMessages; // silent on success; --verbose shows them
    QApplication app(argc, argv);
    setApplicationIdentity();
    const Dealscope::Cli::Invocation invocation = Dealscope::Cli::parse(QApplication::arguments());
    // --lang, else the system's language.
    Dealscope::LanguageManager::instance()->applyLanguage(Dealscope::Cli::requestedLanguage(arguments));
    QTextStream err(stderr);
    if (invocation.mode != Dealscope::Cli::Mode::Export) {
        err << invocation.message << Qt::endl;
        return invocation.mode == Dealscope::Cli::Mode::Help ? Dealscope::Cli::ExitSuccess
                                                             : Dealscope::Cli::ExitFailure;
    }
    QString error;
    QString report;
    const int status = Dealscope::runExport(invocation.exportRequest, &error, &report);
    if (status != Dealscope::Cli::ExitSuccess)
        err << "dealscope export: " << error << Qt::endl;
    else if (invocation.exportRequest.verbose)
        QTextStream(stdout) << report << Qt::endl;
    if (invocation.exportRequest.verbose) {
        for (const QString &message : qtMessages.messages())
            err << message << Qt::endl;
    }
    return status;
}

/// DEALSCOPE_QUIT_AFTER_FIRST_PAINT=1 and DEALSCOPE_QUIT_WHEN_COMPLETE=1, developer options for measuring
/// cold start (scripts/benchmark-startup): quit once the window has painted its first frame (as the floor
/// program in benchmarks/startup does), or its first whole frame once the views are built and show the
/// dataset. The quit is queued, so the whole frame is painted and flushed before it.
class QuitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            qApp->removeEventFilter(this);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (Dealscope::Cli::isCommandLineTask(arguments))
        return runCommandLineTask(argc, argv);
    if (Dealscope::Cli::isExportTask(arguments))
        return runExportTask(argc, argv, arguments);

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Dealscope"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.dealscope.Dealscope"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.dealscope.Dealscope")));

    const Dealscope::Cli::Invocation invocation = Dealscope::Cli::parse(QApplication::arguments());
    if (invocation.mode == Dealscope::Cli::Mode::Error) {
        QTextStream(stderr) << invocation.message << Qt::endl;
        return Dealscope::Cli::ExitFailure;
    }

    // A settings file that cannot be read is set aside before anything reads it; the window says so.
    const std::optional<QString> settingsProblem = Dealscope::SettingsRecovery::recover();
    if (settingsProblem)
        QTextStream(stderr) << *settingsProblem << Qt::endl;
    // `--lang` applies to this run only; otherwise the language chosen in View › Language.
    if (const QString language = Dealscope::Cli::requestedLanguage(arguments); !language.isEmpty())
        Dealscope::LanguageManager::instance()->applyLanguage(language);
    else
        Dealscope::LanguageManager::instance()->restoreLanguage();

    // Cold start (docs/performance.md): the window's shell paints its first frame; then a worker thread
    // parses the bundled dataset while this one builds the views, which show it once it is there.
    Dealscope::DatasetDocument document;
    Dealscope::MainWindow window(&document, Dealscope::MainWindow::Construction::ShellOnly);
    if (settingsProblem)
        window.messageBar()->post(*settingsProblem);
    if (qEnvironmentVariableIntValue("DEALSCOPE_QUIT_AFTER_FIRST_PAINT") == 1) {
        app.installEventFilter(new QuitAfterFirstPaint(&app));
        window.show();
        return app.exec(); // the shell's frame is all this measures
    }
    bool startupCompleted = false;
    const auto completeStartup = [&window, &document, &app, &startupCompleted, files = invocation.files] {
        if (std::exchange(startupCompleted, true))
            return;
        std::future<Dealscope::DatasetLoadResult> bundled
            = std::async(std::launch::async, &Dealscope::DatasetLoader::loadBundled);
        window.completeSetup();
        const Dealscope::Diagnostics diagnostics = document.openBundled(bundled.get());
        if (!document.dataset()) {
            QTextStream err(stderr);
            for (const Dealscope::Diagnostic &diagnostic : diagnostics)
                err << diagnostic.toString() << Qt::endl;
            QCoreApplication::exit(Dealscope::Cli::ExitFailure); // a broken build, not a user error
            return;
        }
        if (qEnvironmentVariableIntValue("DEALSCOPE_QUIT_WHEN_COMPLETE") == 1) {
            // After what the dataset's arrival queued (views refresh on a zero timer, which runs first), the
            // next frame is the whole window with the views showing the dataset.
            QTimer::singleShot(0, &app, [&app, &window] {
                app.installEventFilter(new QuitAfterFirstPaint(&app));
                window.update();
            });
        }
        if (!files.isEmpty())
            window.openFile(files.first()); // a dataset or a scenario
    };
    QObject::connect(&window, &Dealscope::MainWindow::firstFramePainted, &window, completeStartup);
    // A window that is not painted soon (minimised, or on another desktop) is completed all the same.
    constexpr int LatestCompletionMs = 1000;
    QTimer::singleShot(LatestCompletionMs, &window, completeStartup);
    window.show();
    return app.exec();
}
