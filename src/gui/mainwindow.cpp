// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "datasetdocument.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace Dealscope {

namespace {

constexpr int MaxErrorsInSummary = 5;

QString settingsGroup()
{
    return QStringLiteral("MainWindow");
}

} // namespace

MainWindow::MainWindow(DatasetDocument *document, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_document(document)
{
    m_ui->setupUi(this);

    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);

    m_ui->openAction->setShortcut(QKeySequence::Open);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->openAction->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_ui->quitAction->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));

    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::chooseDataset);
    connect(m_ui->openBundledAction, &QAction::triggered, this, &MainWindow::openBundledDataset);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_document, &DatasetDocument::datasetChanged, this, &MainWindow::showDataset);

    showDataset();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openDataset(const QString &path)
{
    const Diagnostics diagnostics = m_document->open(path);
    if (hasErrors(diagnostics)) {
        showLoadErrors(QFileInfo(path).fileName(), diagnostics);
        return false;
    }
    const qsizetype warnings = warningCount(diagnostics);
    const QString fileName = QFileInfo(path).fileName();
    statusBar()->showMessage(warnings == 0 ? tr("Opened %1").arg(fileName)
                                           : tr("Opened %1 (warnings: %2)").arg(fileName).arg(warnings),
                             8000);
    return true;
}

void MainWindow::chooseDataset()
{
    QSettings settings;
    const QString lastDirectory = settings
                                      .value(QStringLiteral("lastDatasetDirectory"),
                                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Dataset"), lastDirectory,
                                                      tr("Dealscope datasets (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastDatasetDirectory"), QFileInfo(path).absolutePath());
    openDataset(path);
}

void MainWindow::openBundledDataset()
{
    m_document->openBundled();
}

void MainWindow::showLoadErrors(const QString &fileName, const Diagnostics &diagnostics)
{
    QStringList errors;
    for (const Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.isError())
            errors.append(diagnostic.toString());
    }
    QStringList summary = errors.mid(0, MaxErrorsInSummary);
    if (errors.size() > MaxErrorsInSummary)
        summary.append(tr("Further problems: %1 (see the details).").arg(errors.size() - MaxErrorsInSummary));

    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Dataset"),
                          tr("%1 is not a valid Dealscope dataset. The current dataset stays open.").arg(fileName),
                          QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("loadErrorDialog"));
    box->setTextFormat(Qt::PlainText); // file names and messages quote untrusted text
    box->setInformativeText(summary.join(u'\n'));
    box->setDetailedText(errors.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Dealscope"),
                       tr("<h3>Dealscope %1</h3>"
                          "<p>An explorer for business agreements: their clauses, versions and timeline.</p>"
                          "<p>The bundled dataset describes the Microsoft–OpenAI partnership from public "
                          "sources; it is not legal or investment advice.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::showDataset()
{
    const DatasetPtr dataset = m_document->dataset();
    if (!dataset)
        return;
    const QLocale locale;
    m_ui->titleLabel->setText(dataset->title.text());
    m_ui->descriptionLabel->setText(dataset->description.text());
    m_ui->descriptionLabel->setVisible(!dataset->description.isEmpty());
    m_ui->versionsValue->setText(locale.toString(dataset->versions.size()));
    m_ui->clausesValue->setText(locale.toString(dataset->clauses.size()));
    m_ui->eventsValue->setText(locale.toString(dataset->events.size()));
    m_ui->questionsValue->setText(locale.toString(dataset->openQuestions.size()));
    m_ui->sourcesValue->setText(locale.toString(dataset->sources.size()));

    const QString checked = locale.toString(dataset->factsCheckedOn, QLocale::LongFormat);
    QString coverage = tr("Facts last checked on %1.").arg(checked);
    if (!dataset->coverageNote.isEmpty())
        coverage += u' ' + dataset->coverageNote.text();
    m_ui->coverageLabel->setText(coverage);

    const QString source
        = m_document->isBundled() ? tr("bundled dataset") : QFileInfo(m_document->filePath()).fileName();
    setWindowTitle(tr("%1 — Dealscope").arg(dataset->title.text()));
    statusBar()->showMessage(
        tr("%1 · facts checked %2").arg(source, locale.toString(dataset->factsCheckedOn, QLocale::ShortFormat)));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace Dealscope
