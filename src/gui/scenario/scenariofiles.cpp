// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenariofiles.h"

#include "scenario/scenariodocument.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QWidget>

namespace Dealscope {

namespace {

constexpr int MaxErrorsInSummary = 6;

} // namespace

ScenarioFiles::ScenarioFiles(ScenarioDocument *document, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_document(document)
    , m_dialogParent(dialogParent)
    , m_openAction(new QAction(this))
    , m_saveAsAction(new QAction(this))
{
    m_openAction->setObjectName(QStringLiteral("openScenarioAction"));
    m_openAction->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_saveAsAction->setObjectName(QStringLiteral("saveScenarioAsAction"));
    m_saveAsAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    connect(m_openAction, &QAction::triggered, this, &ScenarioFiles::chooseFileToOpen);
    connect(m_saveAsAction, &QAction::triggered, this, &ScenarioFiles::chooseFileToSave);
    retranslate();
    dialogParent->installEventFilter(this); // language changes
}

bool ScenarioFiles::open(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    const ScenarioLoadResult result = m_document->open(path);
    QStringList errors;
    QStringList warnings;
    for (const Diagnostic &diagnostic : result.diagnostics)
        (diagnostic.isError() ? errors : warnings).append(diagnostic.toString());
    if (!result.ok()) {
        m_lastError = errors.join(u'\n');
        QStringList summary = errors.mid(0, MaxErrorsInSummary);
        if (errors.size() > MaxErrorsInSummary)
            summary.append(tr("Further problems: %1 (see the details).").arg(errors.size() - MaxErrorsInSummary));
        auto *box
            = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Scenario"),
                              tr("%1 is not a valid Dealscope scenario. The current scenario is kept.").arg(fileName),
                              QMessageBox::Ok, m_dialogParent);
        box->setObjectName(QStringLiteral("scenarioLoadErrorDialog"));
        box->setTextFormat(Qt::PlainText); // messages quote the file's text
        box->setInformativeText(summary.join(u'\n'));
        box->setDetailedText(m_lastError);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        box->open();
        return false;
    }
    m_lastError.clear();
    Q_EMIT statusMessage(
        warnings.isEmpty()
            ? tr("Opened scenario %1").arg(fileName)
            : tr("Opened scenario %1 (warnings: %2)").arg(fileName).arg(warnings.join(QStringLiteral("; "))));
    return true;
}

bool ScenarioFiles::save(const QString &path)
{
    QString error;
    if (!m_document->save(path, &error)) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Save Scenario"),
                                    tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), error),
                                    QMessageBox::Ok, m_dialogParent);
        box->setObjectName(QStringLiteral("scenarioSaveErrorDialog"));
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    Q_EMIT statusMessage(tr("Saved scenario %1").arg(QFileInfo(path).fileName()));
    return true;
}

QString ScenarioFiles::startDirectory() const
{
    if (!m_lastDirectory.isEmpty())
        return m_lastDirectory;
    if (!m_document->filePath().isEmpty())
        return QFileInfo(m_document->filePath()).absolutePath();
    // Without a Documents folder a file dialog would open where the program was started.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents).exists() ? documents : QDir::homePath();
}

void ScenarioFiles::chooseFileToOpen()
{
    const QString path
        = QFileDialog::getOpenFileName(m_dialogParent, tr("Open Scenario"), startDirectory(),
                                       tr("Dealscope scenarios (*.dealscope-scenario.json *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_lastDirectory = QFileInfo(path).absolutePath();
    open(path);
}

bool ScenarioFiles::chooseFileToSave()
{
    const QString name = m_document->scenario().name;
    const QString suggested
        = QStringLiteral("%1/%2.dealscope-scenario.json").arg(startDirectory(), name.isEmpty() ? tr("scenario") : name);
    QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Save Scenario As"), suggested,
                                                tr("Dealscope scenarios (*.dealscope-scenario.json)"));
    if (path.isEmpty())
        return false;
    // A name typed without the suffix gets it, so that Open Scenario… lists the file again.
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".dealscope-scenario.json");
        if (QFileInfo::exists(path)
            && QMessageBox::question(m_dialogParent, tr("Save Scenario As"),
                                     tr("%1 already exists. Replace it?").arg(QFileInfo(path).fileName()))
                != QMessageBox::Yes)
            return false;
    }
    m_lastDirectory = QFileInfo(path).absolutePath();
    return save(path);
}

bool ScenarioFiles::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dialogParent && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ScenarioFiles::retranslate()
{
    m_openAction->setText(tr("Open &Scenario…"));
    m_openAction->setToolTip(tr("Open a Dealscope scenario file"));
    m_saveAsAction->setText(tr("Sa&ve Scenario As…"));
    m_saveAsAction->setToolTip(tr("Save the scenario's regime, horizon and changed assumptions"));
}

} // namespace Dealscope
