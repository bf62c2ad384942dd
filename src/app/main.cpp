// SPDX-License-Identifier: GPL-3.0-or-later
// The dealscope executable: picks a command-line task or the window, nothing more.
#include "commandline.h"
#include "datasetdocument.h"
#include "dealscope_version.h"
#include "mainwindow.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>
#include <memory>

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
    switch (invocation.mode) {
    case Dealscope::Cli::Mode::Help:
    case Dealscope::Cli::Mode::Version:
        out << invocation.message << Qt::endl;
        return Dealscope::Cli::ExitSuccess;
    case Dealscope::Cli::Mode::Validate:
        return Dealscope::Cli::runValidate(invocation.files, invocation.verbose, out, err);
    case Dealscope::Cli::Mode::Error:
    case Dealscope::Cli::Mode::Gui:
        break;
    }
    err << invocation.message << Qt::endl;
    return Dealscope::Cli::ExitFailure;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (Dealscope::Cli::isCommandLineTask(arguments))
        return runCommandLineTask(argc, argv);

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

    Dealscope::DatasetDocument document;
    const Dealscope::Diagnostics bundled = document.openBundled();
    if (!document.dataset()) {
        QTextStream err(stderr);
        for (const Dealscope::Diagnostic &diagnostic : bundled)
            err << diagnostic.toString() << Qt::endl;
        return Dealscope::Cli::ExitFailure; // a broken build, not a user error
    }

    Dealscope::MainWindow window(&document);
    window.show();
    if (!invocation.files.isEmpty()) {
        const QString path = invocation.files.first();
        QTimer::singleShot(0, &window, [&window, path] { window.openDataset(path); });
    }
    return app.exec();
}
