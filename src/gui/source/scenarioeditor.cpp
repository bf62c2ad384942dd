// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/scenarioeditor.h"

#include "scenario/scenariodocument.h"
#include "source/sourceview.h"
#include "source/syntaxhighlighting.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace Dealscope {

namespace {

const QString EditorFileName = QStringLiteral("scenario.dealscope-scenario.json"); // picks JSON highlighting
const QString DiagnosticsName = QStringLiteral("scenario");
constexpr int LineRole = Qt::UserRole;
constexpr int ColumnRole = Qt::UserRole + 1;
constexpr int VisibleProblems = 4; ///< rows of the problem list before it scrolls

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor problemColour(const QPalette &palette, bool error)
{
    if (error)
        return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
    return isDark(palette) ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
}

/// The UTF-16 offset in @p line of the character at 1-based @p column (the loader counts characters).
int offsetOfColumn(const QString &line, int column)
{
    int offset = 0;
    for (int c = 1; c < column && offset < line.size(); ++c)
        offset += line.at(offset).isHighSurrogate() && offset + 1 < line.size() ? 2 : 1;
    return offset;
}

/// The length of the JSON token at @p offset: a string up to its closing quote, anything else up to the next
/// delimiter; at least one character, so that every problem gets a visible mark.
int tokenLength(const QString &line, int offset)
{
    int end = offset;
    if (line.at(offset) == u'"') {
        ++end;
        while (end < line.size() && line.at(end) != u'"')
            end += line.at(end) == u'\\' ? 2 : 1;
        end = std::min(end + 1, int(line.size()));
    } else {
        while (end < line.size() && !QStringView(u" \t,:{}[]").contains(line.at(end)))
            ++end;
    }
    return std::max(1, end - offset);
}

} // namespace

ScenarioEditor::ScenarioEditor(QWidget *parent)
    : QWidget(parent)
    , m_editor(new SourceEditor(this))
    , m_validationTimer(new QTimer(this))
    , m_changedBar(new QFrame(this))
    , m_changedLabel(new QLabel(m_changedBar))
    , m_changedReload(new QPushButton(m_changedBar))
    , m_problems(new QListWidget(this))
    , m_statusLabel(new QLabel(this))
    , m_applyButton(new QPushButton(this))
    , m_reloadButton(new QPushButton(this))
    , m_applyAction(new QAction(this))
    , m_reloadAction(new QAction(this))
{
    m_editor->setObjectName(QStringLiteral("scenarioSourceEditor"));
    m_editor->setReadOnly(false);
    m_editor->setTextInteractionFlags(Qt::TextEditorInteraction);
    m_editor->setTabChangesFocus(true); // JSON needs no tabs; keyboard users need a way out
    m_highlighting = SyntaxHighlighting::attach(m_editor->document(), EditorFileName, palette());

    m_validationTimer->setSingleShot(true);
    m_validationTimer->setInterval(ValidationDelay);
    connect(m_validationTimer, &QTimer::timeout, this, &ScenarioEditor::validateNow);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ScenarioEditor::textEdited);

    // Shown when the panel's scenario changed under unapplied edits.
    m_changedBar->setObjectName(QStringLiteral("scenarioChangedBar"));
    m_changedBar->setFrameShape(QFrame::StyledPanel);
    m_changedLabel->setObjectName(QStringLiteral("scenarioChangedLabel"));
    m_changedLabel->setWordWrap(true);
    m_changedReload->setObjectName(QStringLiteral("scenarioChangedReload"));
    connect(m_changedReload, &QPushButton::clicked, this, &ScenarioEditor::reloadFromPanel);
    auto *changedLayout = new QHBoxLayout(m_changedBar);
    changedLayout->setContentsMargins(6, 2, 6, 2);
    changedLayout->addWidget(m_changedLabel, 1);
    changedLayout->addWidget(m_changedReload);
    m_changedBar->hide();

    m_problems->setObjectName(QStringLiteral("scenarioProblems"));
    m_problems->setUniformItemSizes(true);
    m_problems->setMaximumHeight(m_problems->fontMetrics().height() * (VisibleProblems + 1));
    m_problems->hide();
    connect(m_problems, &QListWidget::itemActivated, this, &ScenarioEditor::goToProblem);
    connect(m_problems, &QListWidget::itemClicked, this, &ScenarioEditor::goToProblem);

    m_statusLabel->setObjectName(QStringLiteral("scenarioEditorStatus"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);

    m_applyAction->setObjectName(QStringLiteral("applyScenarioAction"));
    m_applyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_applyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_applyAction, &QAction::triggered, this, &ScenarioEditor::apply);
    addAction(m_applyAction);
    m_applyButton->setObjectName(QStringLiteral("scenarioApplyButton"));
    connect(m_applyButton, &QPushButton::clicked, m_applyAction, &QAction::trigger);

    m_reloadAction->setObjectName(QStringLiteral("reloadScenarioAction"));
    connect(m_reloadAction, &QAction::triggered, this, &ScenarioEditor::reloadFromPanel);
    m_reloadButton->setObjectName(QStringLiteral("scenarioReloadButton"));
    connect(m_reloadButton, &QPushButton::clicked, m_reloadAction, &QAction::trigger);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(4, 0, 4, 2);
    buttons->addWidget(m_statusLabel, 1);
    buttons->addWidget(m_reloadButton);
    buttons->addWidget(m_applyButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_changedBar);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);

    retranslate();
}

void ScenarioEditor::retranslate()
{
    m_editor->setAccessibleName(tr("Scenario as JSON"));
    m_changedLabel->setText(tr("The scenario changed in the panel. Your edits are not applied: apply them over it, "
                               "or reload the panel's scenario (Undo in the editor brings your text back)."));
    m_changedReload->setText(tr("Reload"));
    m_problems->setAccessibleName(tr("Problems in the scenario"));
    m_applyButton->setText(tr("&Apply"));
    m_applyButton->setToolTip(tr("Update the sliders and the chart from this text (%1); Undo takes it back")
                                  .arg(m_applyAction->shortcut().toString(QKeySequence::NativeText)));
    m_reloadButton->setText(tr("Reload from Panel"));
    m_reloadButton->setToolTip(tr("Replace the text with the panel's scenario; Undo in the editor brings it back"));
    m_applyAction->setText(tr("Apply Scenario"));
    m_reloadAction->setText(tr("Reload Scenario from Panel"));
    updateState(); // the status line and the title
}

ScenarioEditor::~ScenarioEditor() = default;

void ScenarioEditor::setDocument(ScenarioDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &ScenarioDocument::changed, this, &ScenarioEditor::panelChanged);
    m_panelChangePending = false;
    replaceText(panelText(), false);
    m_baseText = text();
    validateNow();
}

ScenarioDocument *ScenarioEditor::document() const
{
    return m_document;
}

QPlainTextEdit *ScenarioEditor::editor() const
{
    return m_editor;
}

QString ScenarioEditor::text() const
{
    // The raw text keeps no-break spaces, which toPlainText() would turn into spaces.
    QString raw = m_editor->document()->toRawText();
    raw.replace(QChar::ParagraphSeparator, u'\n');
    return raw;
}

QString ScenarioEditor::panelText() const
{
    return m_document ? QString::fromUtf8(ScenarioFile::toJson(m_document->scenario())) : QString();
}

QString ScenarioEditor::title() const
{
    const QString name
        = m_document && !m_document->scenario().name.isEmpty() ? m_document->scenario().name : tr("untitled");
    return hasUnappliedEdits() ? tr("Scenario “%1” as JSON · edited, not applied").arg(name)
                               : tr("Scenario “%1” as JSON").arg(name);
}

bool ScenarioEditor::hasUnappliedEdits() const
{
    return text() != m_baseText;
}

void ScenarioEditor::textEdited()
{
    m_validationTimer->start();
    updateState();
}

void ScenarioEditor::validateNow()
{
    m_validationTimer->stop();
    m_validatedText = text();
    // A regime the dataset does not offer is an error here, as it is when a file is opened.
    m_result = ScenarioFile::loadData(m_validatedText.toUtf8(), DiagnosticsName,
                                      m_document && m_document->isAvailable() ? &m_document->regimes() : nullptr);
    showProblems();
    updateState();
    Q_EMIT validated();
}

QString ScenarioEditor::messageFor(const Diagnostic &diagnostic)
{
    const QString severity = diagnostic.isError() ? QString() : QStringLiteral("warning: ");
    if (diagnostic.line <= 0)
        return severity + diagnostic.message;
    return QStringLiteral("%1:%2: %3%4: %5")
        .arg(diagnostic.line)
        .arg(diagnostic.column)
        .arg(severity, diagnostic.path, diagnostic.message);
}

QStringList ScenarioEditor::messages() const
{
    QStringList texts;
    for (int row = 0; row < m_problems->count(); ++row)
        texts.append(m_problems->item(row)->text());
    return texts;
}

QString ScenarioEditor::statusText() const
{
    return m_statusLabel->text();
}

void ScenarioEditor::showProblems()
{
    QList<QTextEdit::ExtraSelection> selections;
    QList<SourceEditor::LineMark> errorMarks;
    QList<SourceEditor::LineMark> warningMarks;
    m_problems->clear();
    const QPalette colours = palette();
    for (const Diagnostic &diagnostic : m_result.diagnostics) { // in text order
        const QColor colour = problemColour(colours, diagnostic.isError());
        const QString message = messageFor(diagnostic);
        auto *item = new QListWidgetItem(message, m_problems);
        item->setForeground(colour);
        item->setData(LineRole, diagnostic.line);
        item->setData(ColumnRole, diagnostic.column);

        const QTextBlock block = m_editor->document()->findBlockByNumber(diagnostic.line - 1);
        if (diagnostic.line <= 0 || !block.isValid())
            continue;
        // Errors first, so that a line's gutter dot shows its worst problem.
        (diagnostic.isError() ? errorMarks : warningMarks).append({diagnostic.line, colour, message});
        QTextBlock marked = block;
        int offset = offsetOfColumn(block.text(), diagnostic.column);
        // On a blank line (the text ended early, say) the wave goes under the last character before it.
        while (marked.isValid() && marked.text().trimmed().isEmpty()) {
            marked = marked.previous();
            offset = INT_MAX;
        }
        if (!marked.isValid())
            continue;
        const QString line = marked.text();
        if (offset >= line.size()) { // past the end of the line: mark its last character
            offset = int(line.size()) - 1;
            while (offset > 0 && line.at(offset).isSpace())
                --offset;
        }
        QTextCursor cursor(marked);
        cursor.setPosition(marked.position() + offset);
        cursor.setPosition(marked.position() + offset + tokenLength(line, offset), QTextCursor::KeepAnchor);
        QTextEdit::ExtraSelection selection;
        selection.cursor = cursor;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(colour);
        selection.format.setToolTip(Qt::convertFromPlainText(message)); // messages quote the file: never markup
        selections.append(selection);
    }
    m_problems->setVisible(m_problems->count() > 0);
    m_editor->setExtraSelections(selections);
    m_editor->setLineMarks(errorMarks + warningMarks);
}

void ScenarioEditor::updateState()
{
    const bool edited = hasUnappliedEdits();
    const bool available = m_document && m_document->isAvailable();
    m_applyAction->setEnabled(available && edited);
    m_applyButton->setEnabled(m_applyAction->isEnabled());
    m_reloadAction->setEnabled(m_document && edited);
    m_reloadButton->setEnabled(m_reloadAction->isEnabled());
    if (!edited)
        m_panelChangePending = false;
    m_changedBar->setVisible(m_panelChangePending);

    const bool current = m_validatedText == text() && !m_validationTimer->isActive();
    const qsizetype errors = errorCount(m_result.diagnostics);
    const qsizetype warnings = warningCount(m_result.diagnostics);
    if (!m_document)
        setStatus(QString(), false);
    else if (!available)
        setStatus(tr("The scenario model needs the Microsoft–OpenAI dataset; nothing can be applied."), true);
    else if (!m_status.isEmpty())
        setStatus(m_status, true);
    else if (!current)
        setStatus(edited ? tr("Edited, not applied.") : QString(), false);
    else if (errors > 0 || warnings > 0)
        setStatus(errors > 0 ? tr("%n error(s): the text cannot be applied.", nullptr, int(errors))
                             : tr("%n warning(s): fix them to apply, or the text they name would be ignored.", nullptr,
                                  int(warnings)),
                  true);
    else if (edited)
        setStatus(tr("Valid, not applied yet: Apply (%1) updates the sliders and the chart.")
                      .arg(m_applyAction->shortcut().toString(QKeySequence::NativeText)),
                  false);
    else
        setStatus(tr("The panel's scenario. Edit it here, then apply."), false);
    Q_EMIT titleChanged();
}

void ScenarioEditor::setStatus(const QString &text, bool problem)
{
    m_statusLabel->setText(text);
    QPalette colours = m_statusLabel->palette();
    colours.setColor(QPalette::WindowText,
                     problem ? problemColour(palette(), true) : palette().color(QPalette::WindowText));
    m_statusLabel->setPalette(colours);
}

bool ScenarioEditor::apply()
{
    validateNow();
    if (!m_document || !m_document->isAvailable())
        return false;
    const qsizetype problems = m_result.diagnostics.size();
    if (!m_result.ok() || problems > 0) {
        // Refused: say why, and take the cursor to the first problem. The text stays as it is.
        m_status = tr("Not applied: %n problem(s) in the text (listed below).", nullptr, int(problems));
        updateState();
        m_status.clear();
        if (m_problems->count() > 0)
            goToProblem(m_problems->item(0));
        return false;
    }
    const QString applied = text();
    m_applying = true;
    m_document->setScenario(*m_result.scenario, [] { return ScenarioEditor::tr("Edit Scenario as JSON"); });
    m_applying = false;
    m_baseText = applied;
    m_panelChangePending = false;
    updateState();
    return true;
}

void ScenarioEditor::reloadFromPanel()
{
    if (!m_document)
        return;
    m_panelChangePending = false;
    replaceText(panelText(), true);
    m_baseText = text();
    validateNow();
}

void ScenarioEditor::panelChanged()
{
    if (m_applying || !m_document)
        return;
    if (hasUnappliedEdits()) {
        // Keep the user's text; offer the panel's instead.
        m_panelChangePending = true;
        updateState();
        return;
    }
    // Nothing unapplied: follow the panel, unless the text already says the same (as after Apply).
    validateNow();
    if (m_result.ok() && *m_result.scenario == m_document->scenario()) {
        updateState();
        return;
    }
    replaceText(panelText(), false);
    m_baseText = text();
    validateNow();
}

void ScenarioEditor::replaceText(const QString &text, bool undoable)
{
    const int position = m_editor->textCursor().position();
    const int scroll = m_editor->verticalScrollBar()->value();
    if (undoable) {
        QTextCursor cursor(m_editor->document());
        cursor.beginEditBlock();
        cursor.select(QTextCursor::Document);
        cursor.insertText(text);
        cursor.endEditBlock();
    } else {
        // Nothing unapplied is lost, so the editor's undo history may start afresh.
        m_editor->setPlainText(text);
    }
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(std::min(position, m_editor->document()->characterCount() - 1));
    m_editor->setTextCursor(cursor);
    m_editor->verticalScrollBar()->setValue(scroll);
}

void ScenarioEditor::goToProblem(QListWidgetItem *item)
{
    if (!item)
        return;
    const QTextBlock block = m_editor->document()->findBlockByNumber(item->data(LineRole).toInt() - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position()
                       + std::min(offsetOfColumn(block.text(), item->data(ColumnRole).toInt()), block.length() - 1));
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    m_editor->setFocus(Qt::OtherFocusReason);
}

void ScenarioEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighting->setPalette(palette());
        showProblems(); // their colours follow the palette too
        updateState();
    } else if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The loader's messages are in the language of the last validation.
        if (!m_validationTimer->isActive())
            validateNow();
    }
}

} // namespace Dealscope
