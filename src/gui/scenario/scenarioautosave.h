// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/scenario.h"
#include "session/autosavestore.h"

#include <QDateTime>
#include <QObject>

#include <optional>

class QTimer;

namespace Dealscope {

class MessageBar;
class ScenarioDocument;

/// Keeps the scenario document's unsaved edits safe from a crash.
///
/// While the document's undo stack is not clean (edits since the start, the last open or the last save), the
/// scenario is written to this session's autosave (AutosaveStore) shortly after each change (debounced,
/// so a slider drag writes once) and every periodic interval as a safety net (a write that failed, e.g.
/// on a full disk, is retried). When the stack is clean again the autosave goes; a clean end removes it.
/// At start, offerRecovery() puts each orphaned autosave of a crashed session in the message bar with
/// Restore and Discard; an autosave that cannot be read is set aside with a message, never in the way.
class ScenarioAutosave : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultDebounceMs = 1000;
    static constexpr int DefaultPeriodMs = 30000;

    struct Recoverable
    {
        QString path;
        Scenario scenario;
        QDateTime savedAt;
    };

    explicit ScenarioAutosave(ScenarioDocument *document, const QString &directory = AutosaveStore::defaultDirectory(),
                              QObject *parent = nullptr);
    /// A clean end: removes this session's autosave.
    ~ScenarioAutosave() override;

    void setDebounceInterval(int ms);
    void setPeriodicInterval(int ms);

    /// This session's autosave file; empty until the first write.
    QString filePath() const { return m_store.filePath(); }
    bool hasAutosave() const { return m_store.hasFile(); }
    /// Writes (or removes) the autosave now instead of after the debounce.
    void sync();

    /// Reads the autosaves that crashed sessions left. Unreadable ones are set aside; @p problems gets a
    /// message for each.
    QList<Recoverable> findRecoverable(QStringList *problems = nullptr) const;
    /// Puts the scenario in the document as one undoable step, autosaves it for this session, then removes
    /// the orphan.
    void restore(const Recoverable &recoverable);
    void discard(const Recoverable &recoverable);
    /// Posts each recoverable scenario (Restore / Discard) and each problem to @p bar.
    void offerRecovery(MessageBar *bar);

Q_SIGNALS:
    /// After each successful write of the autosave.
    void written();
    /// A write failed; the periodic timer retries.
    void writeFailed(const QString &message);

private:
    void scheduleWrite();

    ScenarioDocument *m_document;
    AutosaveStore m_store;
    QTimer *m_debounce;
    QTimer *m_periodic;
    std::optional<Scenario> m_written; ///< what the autosave holds now
};

} // namespace Dealscope
