// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/scenariofile.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QFrame;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Dealscope {

class ScenarioDocument;
class SourceEditor;
class SyntaxHighlighting;

/// The scenario document's scenario (the one the scenario panel shows) as an editable scenario file
/// (docs/scenario-format.md), in the source view.
///
/// Edits are validated by ScenarioFile a moment after typing stops; each problem is underlined where the
/// loader found it, marked in the gutter and listed as "line:column: path: message". Apply (Ctrl+Return)
/// hands the scenario to the ScenarioDocument as one step on its undo stack, so the sliders and the chart follow and
/// the window's Undo takes it back. Text with errors is never applied, and neither is text with warnings:
/// every warning means part of the text would be ignored, and so lost. Refused text stays in the editor,
/// whose own undo keeps working.
///
/// When the document's scenario changes (a slider, a preset, Undo): an editor without unapplied edits simply
/// follows it; one with unapplied edits keeps them and offers to reload, which replaces the text as one
/// step of the editor's undo, so the edits can still be brought back.
class ScenarioEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int ValidationDelay = 300; ///< milliseconds after the last keystroke

    explicit ScenarioEditor(QWidget *parent = nullptr);
    ~ScenarioEditor() override;

    /// The scenario the editor shows and applies to (the one the scenario panel shows).
    void setDocument(ScenarioDocument *document);
    ScenarioDocument *document() const;

    QPlainTextEdit *editor() const;
    QString text() const;
    /// The caption for the source view: the scenario's name, and whether the text has unapplied edits.
    QString title() const;

    /// Whether the text differs from what was last applied or taken from the panel.
    bool hasUnappliedEdits() const;
    /// Whether the panel's scenario changed while the text had unapplied edits (a reload is offered).
    bool isPanelChangePending() const { return m_panelChangePending; }

    /// Validates the text now instead of after the delay.
    void validateNow();
    /// The last validation's errors and warnings, in text order.
    const Diagnostics &diagnostics() const { return m_result.diagnostics; }
    /// The problems as listed under the text: "line:column: path: message".
    QStringList messages() const;
    /// The status line under the text.
    QString statusText() const;

    /// Applies the text to the document as one undoable step; false (and the text kept) if it has problems or
    /// there is no scenario model for the open dataset.
    bool apply();
    /// Replaces the text with the panel's scenario, as one step of the editor's undo.
    void reloadFromPanel();

    QAction *applyAction() const { return m_applyAction; }
    QAction *reloadAction() const { return m_reloadAction; }

    /// "line:column: path: message" for @p diagnostic, the form the editor lists (no file name: it is the text).
    static QString messageFor(const Diagnostic &diagnostic);

Q_SIGNALS:
    void titleChanged();
    /// After each validation, with its result in diagnostics().
    void validated();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Sets every fixed text of the editor in the current language; statuses follow through updateState().
    void retranslate();
    void panelChanged();
    void textEdited();
    void showProblems();
    void updateState();
    void setStatus(const QString &text, bool problem);
    void goToProblem(QListWidgetItem *item);
    /// Replaces the text; @p undoable keeps the old text on the editor's undo stack.
    void replaceText(const QString &text, bool undoable);
    QString panelText() const;

    QPointer<ScenarioDocument> m_document;
    ScenarioLoadResult m_result;
    QString m_validatedText;
    QString m_baseText; ///< the text last applied or taken from the panel
    bool m_applying = false;
    bool m_panelChangePending = false;
    QString m_status;

    SourceEditor *m_editor;
    SyntaxHighlighting *m_highlighting;
    QTimer *m_validationTimer;
    QFrame *m_changedBar;
    QLabel *m_changedLabel;
    QPushButton *m_changedReload;
    QListWidget *m_problems;
    QLabel *m_statusLabel;
    QPushButton *m_applyButton;
    QPushButton *m_reloadButton;
    QAction *m_applyAction;
    QAction *m_reloadAction;
};

} // namespace Dealscope
