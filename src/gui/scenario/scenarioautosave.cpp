// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenarioautosave.h"

#include "scenario/scenariodocument.h"
#include "scenario/scenariofile.h"
#include "session/filesetaside.h"
#include "widgets/messagebar.h"

#include <QFileInfo>
#include <QLocale>
#include <QTimer>
#include <QUndoStack>

namespace Dealscope {

ScenarioAutosave::ScenarioAutosave(ScenarioDocument *document, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_store(directory)
    , m_debounce(new QTimer(this))
    , m_periodic(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DefaultDebounceMs);
    m_periodic->setInterval(DefaultPeriodMs);
    connect(m_debounce, &QTimer::timeout, this, &ScenarioAutosave::sync);
    connect(m_periodic, &QTimer::timeout, this, &ScenarioAutosave::sync);
    m_periodic->start();
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &ScenarioAutosave::scheduleWrite);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &ScenarioAutosave::scheduleWrite);
}

ScenarioAutosave::~ScenarioAutosave()
{
    m_store.remove();
}

void ScenarioAutosave::setDebounceInterval(int ms)
{
    m_debounce->setInterval(ms);
}

void ScenarioAutosave::setPeriodicInterval(int ms)
{
    m_periodic->setInterval(ms);
}

void ScenarioAutosave::scheduleWrite()
{
    m_debounce->start();
}

void ScenarioAutosave::sync()
{
    m_debounce->stop();
    if (m_document->undoStack()->isClean()) {
        // Saved, or back where it started: nothing to lose.
        m_store.remove();
        m_written.reset();
        return;
    }
    const Scenario &scenario = m_document->scenario();
    if (m_written == scenario && m_store.hasFile())
        return;
    QString error;
    if (!m_store.write(ScenarioFile::toJson(scenario), &error)) {
        m_written.reset();
        Q_EMIT writeFailed(error);
        return;
    }
    m_written = scenario;
    Q_EMIT written();
}

QList<ScenarioAutosave::Recoverable> ScenarioAutosave::findRecoverable(QStringList *problems) const
{
    QList<Recoverable> found;
    m_store.removeLeftovers();
    const QStringList orphans = m_store.orphans();
    for (const QString &path : orphans) {
        const QFileInfo info(path);
        const ScenarioLoadResult result = ScenarioFile::loadFile(path, info.fileName());
        if (result.ok()) {
            found.append({path, *result.scenario, info.lastModified()});
            continue;
        }
        QString reason;
        for (const Diagnostic &diagnostic : result.diagnostics) {
            if (diagnostic.isError()) {
                reason = diagnostic.toString();
                break;
            }
        }
        const FileSetAside::Result moved = FileSetAside::setAside(path);
        if (!problems)
            continue;
        if (moved.ok)
            problems->append(tr("An autosaved scenario could not be read (%1). It was set aside as %2.")
                                 .arg(reason, QFileInfo(moved.newPath).fileName()));
        else
            problems->append(
                tr("An autosaved scenario could not be read (%1) nor set aside (%2).").arg(reason, moved.error));
    }
    return found;
}

void ScenarioAutosave::restore(const Recoverable &recoverable)
{
    m_document->setScenario(recoverable.scenario, [] { return ScenarioAutosave::tr("Restore Autosaved Scenario"); });
    sync(); // this session holds the edits before the orphan goes
    AutosaveStore::discard(recoverable.path);
}

void ScenarioAutosave::discard(const Recoverable &recoverable)
{
    AutosaveStore::discard(recoverable.path);
}

void ScenarioAutosave::offerRecovery(MessageBar *bar)
{
    QStringList problems;
    const QList<Recoverable> recoverable = findRecoverable(&problems);
    for (const QString &problem : std::as_const(problems))
        bar->post(problem);
    const QLocale locale;
    for (const Recoverable &item : recoverable) {
        const QString name = item.scenario.name.isEmpty() ? tr("untitled") : item.scenario.name;
        bar->post(tr("Dealscope did not close properly. Restore the unsaved changes to the scenario “%1” "
                     "(autosaved %2)?")
                      .arg(name, locale.toString(item.savedAt, QLocale::ShortFormat)),
                  {{tr("Restore"), QStringLiteral("restoreButton"), [this, item] { restore(item); }},
                   {tr("Discard"), QStringLiteral("discardButton"), [this, item] { discard(item); }}});
    }
}

} // namespace Dealscope
