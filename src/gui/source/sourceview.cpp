// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/sourceview.h"

#include "agreement/agreementmodel.h"
#include "source/scenarioeditor.h"
#include "source/syntaxhighlighting.h"
#include "widgets/colourmix.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QPaintEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTextBlock>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace Dealscope {

namespace {

constexpr int ContextLines = 2; ///< lines shown above the selected entry in the whole file
constexpr int GutterPadding = 6;

/// @p bytes of the dataset file as the editor shows them. QTextDocument starts a line at a carriage return
/// too, while the file's line numbers count line feeds only: CR LF shows as a line feed and a stray CR as a
/// visible symbol, so that the editor's lines are the file's lines.
QString displayText(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.contains(u'\r')) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(u'\r', QChar(0x240D)); // SYMBOL FOR CARRIAGE RETURN
    }
    return text;
}

} // namespace

class SourceEditor::Gutter : public QWidget
{
public:
    explicit Gutter(SourceEditor *editor) : QWidget(editor), m_editor(editor) { }

    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event->rect()); }

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            const auto *help = static_cast<QHelpEvent *>(event);
            const QString text = m_editor->gutterToolTip(help->pos());
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), text, this);
            return true;
        }
        return QWidget::event(event);
    }

private:
    SourceEditor *m_editor;
};

SourceEditor::SourceEditor(QWidget *parent) : QPlainTextEdit(parent), m_gutter(new Gutter(this))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(this, &QPlainTextEdit::blockCountChanged, this, &SourceEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    updateGutterWidth();
}

void SourceEditor::setFirstLineNumber(int line)
{
    m_firstLine = std::max(1, line);
    updateGutterWidth();
    m_gutter->update();
}

void SourceEditor::setMarkedLines(int first, int last)
{
    m_markFirst = first;
    m_markLast = last;
    m_gutter->update();
}

void SourceEditor::setLineMarks(const QList<LineMark> &marks)
{
    m_lineMarks = marks;
    m_gutter->update();
}

int SourceEditor::gutterWidth() const
{
    const int lastLine = m_firstLine + std::max(1, blockCount()) - 1;
    const int digits = int(QString::number(std::max(lastLine, 99)).size());
    return GutterPadding * 2 + fontMetrics().horizontalAdvance(u'9') * digits;
}

void SourceEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_gutter->setGeometry(area.left(), area.top(), gutterWidth(), area.height());
}

void SourceEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGutterWidth();
}

void SourceEditor::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect area = contentsRect();
    m_gutter->setGeometry(area.left(), area.top(), gutterWidth(), area.height());
}

void SourceEditor::paintGutter(const QRect &rect)
{
    QPainter painter(m_gutter);
    const QPalette &colours = palette();
    painter.fillRect(rect, mixColours(colours.color(QPalette::Base), colours.color(QPalette::Window), 0.6));
    painter.setFont(font());
    const int currentBlock = textCursor().blockNumber();
    const int lineHeight = fontMetrics().height();
    const int textWidth = m_gutter->width() - GutterPadding * 2;
    const int dot = std::max(4, lineHeight / 3);
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF bounds = blockBoundingGeometry(block).translated(contentOffset());
        if (bounds.top() > rect.bottom())
            break;
        if (!block.isVisible() || bounds.bottom() < rect.top())
            continue;
        const int line = m_firstLine + block.blockNumber();
        const int top = qRound(bounds.top());
        if (line >= m_markFirst && line <= m_markLast)
            painter.fillRect(0, top, 3, qRound(bounds.height()), colours.color(QPalette::Highlight));
        for (const LineMark &mark : std::as_const(m_lineMarks)) {
            if (mark.line != line)
                continue;
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(mark.colour);
            painter.drawEllipse(QRectF(1, top + (lineHeight - dot) / 2.0, dot, dot));
            painter.restore();
            break; // the first mark of a line is its worst: callers list errors first
        }
        painter.setPen(block.blockNumber() == currentBlock ? colours.color(QPalette::Text)
                                                           : colours.color(QPalette::PlaceholderText));
        painter.drawText(GutterPadding, top, textWidth, lineHeight, Qt::AlignRight, QString::number(line));
    }
}

QString SourceEditor::gutterToolTip(const QPoint &position) const
{
    const QTextBlock block = cursorForPosition(QPoint(0, position.y())).block();
    const int line = m_firstLine + block.blockNumber();
    QStringList texts;
    for (const LineMark &mark : m_lineMarks) {
        if (mark.line == line && !mark.toolTip.isEmpty())
            texts.append(mark.toolTip);
    }
    return texts.join(u'\n');
}

SourceView::SourceView(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_modeCombo(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_editor(new SourceEditor(m_pages))
{
    m_caption->setObjectName(QStringLiteral("sourceCaption"));
    m_caption->setTextFormat(Qt::PlainText); // titles come from the dataset file
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_modeCombo->setObjectName(QStringLiteral("sourceModeCombo"));
    m_modeCombo->addItem(QString(), int(Mode::SelectedItem));
    m_modeCombo->addItem(QString(), int(Mode::WholeDataset));
    connect(m_modeCombo, &QComboBox::activated, this,
            [this](int row) { setMode(Mode(m_modeCombo->itemData(row).toInt())); });

    m_editor->setObjectName(QStringLiteral("sourceEditor"));
    m_highlighting = SyntaxHighlighting::attach(m_editor->document(), QString(), palette());

    auto *header = new QHBoxLayout;
    header->setContentsMargins(style()->pixelMetric(QStyle::PM_LayoutLeftMargin), 0, 0, 0);
    header->addWidget(m_caption, 1);
    header->addWidget(m_modeCombo);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_pages, 1);
    m_pages->addWidget(m_editor);

    retranslate();
}

void SourceView::retranslate()
{
    const auto setItemText = [this](Mode mode, const QString &text) {
        const int row = m_modeCombo->findData(int(mode));
        if (row >= 0)
            m_modeCombo->setItemText(row, text);
    };
    setItemText(Mode::SelectedItem, tr("Selected item"));
    setItemText(Mode::WholeDataset, tr("Whole dataset"));
    setItemText(Mode::Scenario, tr("Scenario (editable)"));
    m_modeCombo->setToolTip(m_scenarioEditor
                                ? tr("Show the selected clause's or event's entry, the whole dataset file, or the "
                                     "current scenario as JSON to edit and apply")
                                : tr("Show the selected clause's or event's entry only, or the whole dataset file"));
    m_modeCombo->setAccessibleName(tr("Source shown"));
    m_editor->setAccessibleName(tr("Dataset source"));
    // A document's caption is its caller's; the scenario editor retranslates its own title.
    if (!m_showingDocument && m_mode != Mode::Scenario)
        refresh(false);
}

SourceView::~SourceView() = default;

QPlainTextEdit *SourceView::editor() const
{
    return m_editor;
}

int SourceView::firstLineNumber() const
{
    return m_editor->firstLineNumber();
}

QString SourceView::caption() const
{
    return m_caption->text();
}

void SourceView::setModel(const AgreementModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &SourceView::modelReset);
    modelReset();
}

void SourceView::modelReset()
{
    const DatasetPtr dataset = m_model ? m_model->dataset() : DatasetPtr();
    if (dataset == m_dataset)
        return;
    // Another dataset: the item shown belonged to the old one.
    m_dataset = dataset;
    m_hasItem = false;
    m_span = {};
    m_itemTitle.clear();
    if (!m_showingDocument)
        refresh();
}

void SourceView::showItem(const QModelIndex &sourceIndex)
{
    m_showingDocument = false;
    m_hasItem = false;
    m_span = {};
    m_itemTitle.clear();
    if (m_model)
        m_dataset = m_model->dataset();
    if (m_model && sourceIndex.isValid() && sourceIndex.model() == m_model.data()) {
        m_hasItem = true;
        m_itemTitle = sourceIndex.siblingAtColumn(AgreementModel::TitleColumn).data().toString();
        if (const Clause *clause = m_model->clause(sourceIndex))
            m_span = clause->span;
        else if (const Event *event = m_model->eventAt(sourceIndex))
            m_span = event->span;
    }
    refresh();
}

void SourceView::showDocument(const QString &title, const QString &fileName, const QString &text)
{
    if (m_mode == Mode::Scenario) {
        // The document needs the text page; the scenario's edits stay in their own editor.
        m_mode = Mode::SelectedItem;
        m_modeCombo->setCurrentIndex(m_modeCombo->findData(int(m_mode)));
        showScenarioPage(false);
        Q_EMIT modeChanged(m_mode);
    }
    m_showingDocument = true;
    m_modeCombo->setEnabled(false);
    m_editor->setPlaceholderText(QString());
    setContent(Content::Document, text, fileName, 1);
    m_editor->setMarkedLines(0, 0);
    m_editor->setExtraSelections({});
    m_caption->setText(title);
}

void SourceView::setScenarioDocument(ScenarioDocument *document)
{
    if (!m_scenarioEditor) {
        m_scenarioEditor = new ScenarioEditor(m_pages);
        m_scenarioEditor->setObjectName(QStringLiteral("scenarioEditor"));
        m_pages->addWidget(m_scenarioEditor);
        m_modeCombo->addItem(QString(), int(Mode::Scenario));
        connect(m_scenarioEditor, &ScenarioEditor::titleChanged, this, [this] {
            if (m_mode == Mode::Scenario)
                m_caption->setText(m_scenarioEditor->title());
        });
        retranslate();
    }
    m_scenarioEditor->setDocument(document);
}

void SourceView::setMode(Mode mode)
{
    if (mode == Mode::Scenario && !m_scenarioEditor)
        return;
    const int row = m_modeCombo->findData(int(mode));
    if (m_modeCombo->currentIndex() != row)
        m_modeCombo->setCurrentIndex(row);
    if (mode == m_mode)
        return;
    m_mode = mode;
    if (mode == Mode::Scenario) {
        m_showingDocument = false;
        showScenarioPage(true);
    } else {
        showScenarioPage(false);
        if (!m_showingDocument)
            refresh();
    }
    Q_EMIT modeChanged(mode);
}

void SourceView::showScenarioPage(bool show)
{
    if (!m_scenarioEditor)
        return;
    m_pages->setCurrentWidget(show ? static_cast<QWidget *>(m_scenarioEditor) : m_editor);
    if (show) {
        m_modeCombo->setEnabled(true);
        m_caption->setText(m_scenarioEditor->title());
    }
}

QString SourceView::datasetFileName() const
{
    // The name only picks the highlighting; the dataset keeps no file name of its own.
    return (m_dataset && !m_dataset->id.isEmpty() ? m_dataset->id : QStringLiteral("dataset")) + u".json";
}

QString SourceView::placeholder() const
{
    if (!m_dataset)
        return tr("No dataset is open.");
    if (!m_hasItem)
        return tr("Select a clause or an event to see its entry in the dataset file.");
    if (!m_span.isValid())
        return tr("“%1” groups entries and has none of its own in the dataset file. Select one of its clauses "
                  "or events, or show the whole dataset.")
            .arg(m_itemTitle);
    return QString();
}

void SourceView::refresh(bool scroll)
{
    m_modeCombo->setEnabled(true);
    if (m_mode == Mode::Scenario) {
        // Selections keep the scenario in view; the text page catches up when the mode changes back.
        showScenarioPage(true);
        return;
    }
    const QByteArray source = m_dataset ? m_dataset->sourceText : QByteArray();
    const bool hasSpan = m_span.isValid() && m_span.end <= source.size();
    const int lastLine
        = hasSpan ? m_span.line + int(source.mid(m_span.begin, m_span.end - m_span.begin).count('\n')) : 0;

    if (m_mode == Mode::SelectedItem) {
        if (hasSpan) {
            setContent(Content::Item, displayText(source.mid(m_span.begin, m_span.end - m_span.begin)),
                       datasetFileName(), m_span.line);
            m_caption->setText(tr("%1 · lines %2–%3").arg(m_itemTitle).arg(m_span.line).arg(lastLine));
        } else {
            m_editor->setPlaceholderText(placeholder());
            setContent(Content::Empty, QString(), QString(), 1);
            m_caption->setText(QString());
        }
        m_editor->setMarkedLines(0, 0);
        m_editor->setExtraSelections({});
        return;
    }

    if (!m_dataset) {
        m_editor->setPlaceholderText(placeholder());
        setContent(Content::Empty, QString(), QString(), 1);
        m_caption->setText(QString());
        return;
    }
    if (m_content != Content::WholeDataset || m_loadedDataset != m_dataset) {
        setContent(Content::WholeDataset, displayText(source), datasetFileName(), 1);
        m_loadedDataset = m_dataset;
    }
    const QString title = m_dataset->title.text(m_model ? m_model->language() : QStringLiteral("en"));
    m_caption->setText(hasSpan ? tr("%1 · %2, lines %3–%4").arg(title, m_itemTitle).arg(m_span.line).arg(lastLine)
                               : tr("%1 · %n lines", nullptr, m_editor->blockCount()).arg(title));
    m_editor->setMarkedLines(hasSpan ? m_span.line : 0, hasSpan ? lastLine : 0);
    markItem(scroll);
}

void SourceView::setContent(Content content, const QString &text, const QString &fileName, int firstLine)
{
    if (content != Content::WholeDataset)
        m_loadedDataset.reset();
    m_content = content;
    m_highlighting->setFileName(fileName);
    m_editor->setPlainText(text);
    m_editor->setFirstLineNumber(firstLine);
}

void SourceView::markItem(bool scroll)
{
    if (m_content != Content::WholeDataset || !m_dataset)
        return;
    const QByteArray &source = m_dataset->sourceText;
    const QTextBlock block = m_editor->document()->findBlockByNumber(m_span.line - 1);
    if (!m_span.isValid() || m_span.end > source.size() || !block.isValid()) {
        m_editor->setExtraSelections({});
        return;
    }
    // The span counts bytes of UTF-8; the document counts UTF-16 code units from the start of a line.
    const qsizetype lineStart = source.lastIndexOf('\n', m_span.begin - 1) + 1;
    const int begin = block.position() + int(displayText(source.mid(lineStart, m_span.begin - lineStart)).size());
    const int length = int(displayText(source.mid(m_span.begin, m_span.end - m_span.begin)).size());

    QTextCursor cursor(m_editor->document());
    cursor.setPosition(begin);
    if (scroll)
        m_editor->setTextCursor(cursor);
    cursor.setPosition(begin + length, QTextCursor::KeepAnchor);
    QTextEdit::ExtraSelection mark;
    mark.cursor = cursor;
    mark.format.setBackground(mixColours(palette().color(QPalette::Base), palette().color(QPalette::Highlight), 0.18));
    m_editor->setExtraSelections({mark});
    if (scroll) {
        m_editor->verticalScrollBar()->setValue(std::max(0, m_span.line - 1 - ContextLines));
        // Hidden (a dock tab behind another), the editor may not know its height yet: scroll again when shown.
        m_scrollWhenShown = !isVisible();
    }
}

void SourceView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighting->setPalette(palette()); // the editor's own palette may not be updated yet
        markItem(false);
    } else if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
}

void SourceView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_scrollWhenShown && m_mode == Mode::WholeDataset && !m_showingDocument)
        markItem(true);
}

} // namespace Dealscope
