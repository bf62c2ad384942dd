// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceview.h"

#include "agreementmodel.h"
#include "syntaxhighlighting.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPaintEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>

namespace Dealscope {

namespace {

constexpr int ContextLines = 2; ///< lines shown above the selected entry in the whole file
constexpr int GutterPadding = 6;

QColor mix(const QColor &colour, const QColor &towards, qreal amount)
{
    const auto blend = [amount](int a, int b) { return qRound(a + (b - a) * amount); };
    return QColor(blend(colour.red(), towards.red()), blend(colour.green(), towards.green()),
                  blend(colour.blue(), towards.blue()));
}

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

/// A read-only plain text editor with line numbers in a gutter on its left. The numbers start at
/// firstLineNumber(), so an excerpt shows the lines it has in its file; the lines of a marked range get a
/// bar in the gutter.
class SourceEditor : public QPlainTextEdit
{
public:
    explicit SourceEditor(QWidget *parent) : QPlainTextEdit(parent), m_gutter(new Gutter(this))
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

    int firstLineNumber() const { return m_firstLine; }
    void setFirstLineNumber(int line)
    {
        m_firstLine = std::max(1, line);
        updateGutterWidth();
        m_gutter->update();
    }

    /// Marks the lines @p first to @p last (file line numbers) in the gutter; 0, 0 marks none.
    void setMarkedLines(int first, int last)
    {
        m_markFirst = first;
        m_markLast = last;
        m_gutter->update();
    }

    int gutterWidth() const
    {
        const int lastLine = m_firstLine + std::max(1, blockCount()) - 1;
        const int digits = int(QString::number(std::max(lastLine, 99)).size());
        return GutterPadding * 2 + fontMetrics().horizontalAdvance(u'9') * digits;
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QPlainTextEdit::resizeEvent(event);
        const QRect area = contentsRect();
        m_gutter->setGeometry(area.left(), area.top(), gutterWidth(), area.height());
    }

    void changeEvent(QEvent *event) override
    {
        QPlainTextEdit::changeEvent(event);
        if (event->type() == QEvent::FontChange)
            updateGutterWidth();
    }

private:
    class Gutter : public QWidget
    {
    public:
        explicit Gutter(SourceEditor *editor) : QWidget(editor), m_editor(editor) { }

        QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

    protected:
        void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event->rect()); }

    private:
        SourceEditor *m_editor;
    };

    void updateGutterWidth()
    {
        setViewportMargins(gutterWidth(), 0, 0, 0);
        const QRect area = contentsRect();
        m_gutter->setGeometry(area.left(), area.top(), gutterWidth(), area.height());
    }

    void paintGutter(const QRect &rect)
    {
        QPainter painter(m_gutter);
        const QPalette &colours = palette();
        painter.fillRect(rect, mix(colours.color(QPalette::Base), colours.color(QPalette::Window), 0.6));
        painter.setFont(font());
        const int currentBlock = textCursor().blockNumber();
        const int lineHeight = fontMetrics().height();
        const int textWidth = m_gutter->width() - GutterPadding * 2;
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
            painter.setPen(block.blockNumber() == currentBlock ? colours.color(QPalette::Text)
                                                               : colours.color(QPalette::PlaceholderText));
            painter.drawText(GutterPadding, top, textWidth, lineHeight, Qt::AlignRight, QString::number(line));
        }
    }

    Gutter *m_gutter;
    int m_firstLine = 1;
    int m_markFirst = 0;
    int m_markLast = 0;
};

SourceView::SourceView(QWidget *parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_modeCombo(new QComboBox(this)), m_editor(new SourceEditor(this))
{
    m_caption->setObjectName(QStringLiteral("sourceCaption"));
    m_caption->setTextFormat(Qt::PlainText); // titles come from the dataset file
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_modeCombo->setObjectName(QStringLiteral("sourceModeCombo"));
    m_modeCombo->addItem(tr("Selected item"), int(Mode::SelectedItem));
    m_modeCombo->addItem(tr("Whole dataset"), int(Mode::WholeDataset));
    m_modeCombo->setToolTip(tr("Show the selected clause's or event's entry only, or the whole dataset file"));
    m_modeCombo->setAccessibleName(tr("Source shown"));
    connect(m_modeCombo, &QComboBox::activated, this,
            [this](int row) { setMode(Mode(m_modeCombo->itemData(row).toInt())); });

    m_editor->setObjectName(QStringLiteral("sourceEditor"));
    m_editor->setAccessibleName(tr("Dataset source"));
    m_highlighting = SyntaxHighlighting::attach(m_editor->document(), QString(), palette());

    auto *header = new QHBoxLayout;
    header->setContentsMargins(style()->pixelMetric(QStyle::PM_LayoutLeftMargin), 0, 0, 0);
    header->addWidget(m_caption, 1);
    header->addWidget(m_modeCombo);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_editor, 1);

    refresh();
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
    m_showingDocument = true;
    m_modeCombo->setEnabled(false);
    m_editor->setPlaceholderText(QString());
    setContent(Content::Document, text, fileName, 1);
    m_editor->setMarkedLines(0, 0);
    m_editor->setExtraSelections({});
    m_caption->setText(title);
}

void SourceView::setMode(Mode mode)
{
    const int row = m_modeCombo->findData(int(mode));
    if (m_modeCombo->currentIndex() != row)
        m_modeCombo->setCurrentIndex(row);
    if (mode == m_mode)
        return;
    m_mode = mode;
    if (!m_showingDocument)
        refresh();
    Q_EMIT modeChanged(mode);
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

void SourceView::refresh()
{
    m_modeCombo->setEnabled(true);
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
    markItem(true);
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
    mark.format.setBackground(mix(palette().color(QPalette::Base), palette().color(QPalette::Highlight), 0.18));
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
    }
}

void SourceView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_scrollWhenShown && m_mode == Mode::WholeDataset && !m_showingDocument)
        markItem(true);
}

} // namespace Dealscope
