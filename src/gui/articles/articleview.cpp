// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articleview.h"

#include "glossary/glossarymarker.h"

#include "dataset/localizedtext.h"
#include "session/languagemanager.h"
#include "widgets/colourmix.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QFontInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QToolButton>

#include <algorithm>

namespace Dealscope {

namespace {

constexpr int MaxMarkedMatches = 2000; ///< more would slow the view down without helping anyone
const QString TitleAnchor = QStringLiteral("title");

/// A CSS font-family list for text in @p lang: a font made for the language's script first, if one is
/// installed under that name, then the application font. Left to itself, Qt's fallback may draw Chinese
/// with Japanese glyph forms, or a Hindi danda with a font of another Indic script; where the script font
/// lacks a character (Latin in Thai or Hindi text), the application font draws it.
QString fontFamilies(const QString &lang)
{
    static const QHash<QString, QString> preferred = {
        {QStringLiteral("ja"), QStringLiteral("Noto Sans CJK JP")},
        {QStringLiteral("zh-Hans"), QStringLiteral("Noto Sans CJK SC")},
        {QStringLiteral("ko"), QStringLiteral("Noto Sans CJK KR")},
        {QStringLiteral("th"), QStringLiteral("Noto Sans Thai")},
        {QStringLiteral("hi"), QStringLiteral("Noto Sans Devanagari")},
    };
    QStringList families;
    const QString hint = preferred.value(lang);
    if (!hint.isEmpty() && QFontDatabase::hasFamily(hint))
        families.append(hint);
    families.append(QFontInfo(QApplication::font()).family()); // the real family, not an alias like "Sans Serif"
    QString css;
    for (const QString &family : families) {
        if (family.contains(u'\'') || family.contains(u'"') || family.contains(u';'))
            continue;
        css += (css.isEmpty() ? QString() : QStringLiteral(", ")) + u'\'' + family.toHtmlEscaped() + u'\'';
    }
    return css;
}

QString runsHtml(const QList<ArticleRun> &runs)
{
    QString html;
    for (const ArticleRun &run : runs) {
        const QString text = run.text.toHtmlEscaped();
        switch (run.kind) {
        case ArticleRun::Kind::Text:
            html += text;
            break;
        case ArticleRun::Kind::Emphasis:
            html += QStringLiteral("<i>") + text + QStringLiteral("</i>");
            break;
        case ArticleRun::Kind::ClauseLink:
            html += QStringLiteral("<a href=\"clause:") + run.target.toHtmlEscaped() + QStringLiteral("\">") + text
                + QStringLiteral("</a>");
            break;
        case ArticleRun::Kind::ExternalLink:
            html += QStringLiteral("<a href=\"") + run.url().toString(QUrl::FullyEncoded).toHtmlEscaped()
                + QStringLiteral("\">") + text + QStringLiteral("</a>");
            break;
        }
    }
    return html;
}

} // namespace

ArticleBrowser::ArticleBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false); // every click goes through ArticleView::followLink()
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
}

QVariant ArticleBrowser::loadResource(int, const QUrl &)
{
    return {};
}

ArticleView::ArticleView(QWidget *parent)
    : QWidget(parent)
    , m_articlePicker(new QComboBox(this))
    , m_languagePicker(new QComboBox(this))
    , m_parallelCheck(new QCheckBox(tr("Parallel"), this))
    , m_secondLanguagePicker(new QComboBox(this))
    , m_notice(new QLabel(this))
    , m_browser(new ArticleBrowser(this))
    , m_findField(new QLineEdit(this))
    , m_findPrevious(new QToolButton(this))
    , m_findNext(new QToolButton(this))
    , m_findStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("articleView"));
    m_articlePicker->setObjectName(QStringLiteral("articlePicker"));
    m_articlePicker->setAccessibleName(tr("Article"));
    m_articlePicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_articlePicker->setMinimumContentsLength(10);
    m_languagePicker->setObjectName(QStringLiteral("articleLanguagePicker"));
    m_languagePicker->setAccessibleName(tr("Language"));
    // The dock shares a narrow column with the details: let the pickers shrink rather than widen it.
    for (QComboBox *picker : {m_languagePicker, m_secondLanguagePicker}) {
        picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        picker->setMinimumContentsLength(6);
    }
    m_parallelCheck->setObjectName(QStringLiteral("articleParallelCheck"));
    m_parallelCheck->setToolTip(tr("Show a second language side by side, paragraph by paragraph"));
    m_secondLanguagePicker->setObjectName(QStringLiteral("articleSecondLanguagePicker"));
    m_secondLanguagePicker->setAccessibleName(tr("Second language"));
    m_secondLanguagePicker->setEnabled(false);
    m_notice->setObjectName(QStringLiteral("articleNotice"));
    m_notice->setTextFormat(Qt::PlainText); // diagnostics quote file text
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_browser->setObjectName(QStringLiteral("articleBrowser"));
    m_browser->setAccessibleName(tr("Article text"));
    m_findField->setObjectName(QStringLiteral("articleFindField"));
    m_findField->setPlaceholderText(tr("Find in article…"));
    m_findField->setAccessibleName(tr("Find in article"));
    m_findField->setClearButtonEnabled(true);
    m_findPrevious->setArrowType(Qt::UpArrow);
    m_findPrevious->setText(tr("Previous"));
    m_findPrevious->setToolTip(tr("Find previous (Shift+Enter)"));
    m_findNext->setArrowType(Qt::DownArrow);
    m_findNext->setText(tr("Next"));
    m_findNext->setToolTip(tr("Find next (Enter)"));
    m_findStatus->setObjectName(QStringLiteral("articleFindStatus"));
    m_findStatus->setTextFormat(Qt::PlainText);

    auto *pickers = new QHBoxLayout;
    pickers->addWidget(m_languagePicker);
    pickers->addWidget(m_parallelCheck);
    pickers->addWidget(m_secondLanguagePicker);
    pickers->addStretch(1);
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_findField, 1);
    findRow->addWidget(m_findPrevious);
    findRow->addWidget(m_findNext);
    findRow->addWidget(m_findStatus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_articlePicker);
    layout->addLayout(pickers);
    layout->addWidget(m_notice);
    layout->addWidget(m_browser, 1);
    layout->addLayout(findRow);

    connect(m_browser, &QTextBrowser::anchorClicked, this, &ArticleView::followLink);
    connect(m_articlePicker, &QComboBox::activated, this,
            [this](int row) { setArticle(m_articlePicker->itemData(row).toString()); });
    connect(m_languagePicker, &QComboBox::activated, this,
            [this](int row) { setLanguage(m_languagePicker->itemData(row).toString()); });
    connect(m_secondLanguagePicker, &QComboBox::activated, this,
            [this](int row) { setSecondLanguage(m_secondLanguagePicker->itemData(row).toString()); });
    connect(m_parallelCheck, &QCheckBox::toggled, this, &ArticleView::setParallel);
    connect(m_findField, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Search as the user types, from the start of the current match.
        QTextCursor cursor = m_browser->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_browser->setTextCursor(cursor);
        find(text);
    });
    connect(m_findField, &QLineEdit::returnPressed, this, [this] { find(m_findField->text()); });
    connect(m_findNext, &QToolButton::clicked, this, [this] { find(m_findField->text()); });
    connect(m_findPrevious, &QToolButton::clicked, this, [this] { find(m_findField->text(), true); });

    // Ctrl+F, F3 and Shift+F3 belong to the view while it has focus, not to the window's clause search.
    for (QWidget *child : findChildren<QWidget *>())
        child->installEventFilter(this);

    fillArticlePicker();
    if (!m_library.articleIds().isEmpty())
        setArticle(m_library.articleIds().constFirst());
    else
        m_browser->setPlainText(tr("No articles are available."));
}

ArticleView::~ArticleView() = default;

QString ArticleView::nativeLanguageName(const QString &code)
{
    return LanguageManager::nativeName(code);
}

void ArticleView::fillArticlePicker()
{
    m_articlePicker->clear();
    for (const QString &id : m_library.articleIds())
        m_articlePicker->addItem(m_library.title(id, m_language), id);
    m_articlePicker->setCurrentIndex(m_articlePicker->findData(m_articleId));
}

void ArticleView::fillLanguagePickers()
{
    const QStringList languages = m_library.languages(m_articleId);
    for (QComboBox *picker : {m_languagePicker, m_secondLanguagePicker}) {
        picker->clear();
        for (const QString &lang : languages)
            picker->addItem(nativeLanguageName(lang), lang);
    }
    m_languagePicker->setCurrentIndex(m_languagePicker->findData(m_language));
    m_secondLanguagePicker->setCurrentIndex(m_secondLanguagePicker->findData(m_secondLanguage));
}

void ArticleView::setArticle(const QString &id)
{
    if (!m_library.articleIds().contains(id))
        return;
    m_articleId = id;
    m_articlePicker->setCurrentIndex(m_articlePicker->findData(id));
    fillLanguagePickers();
    reload();
    m_browser->verticalScrollBar()->setValue(0);
}

void ArticleView::setLanguage(const QString &lang)
{
    if (!isSupportedLanguage(lang))
        return;
    m_language = lang;
    fillArticlePicker(); // titles in the reading language
    m_languagePicker->setCurrentIndex(m_languagePicker->findData(lang));
    reload();
}

void ArticleView::setSecondLanguage(const QString &lang)
{
    if (!isSupportedLanguage(lang))
        return;
    m_secondLanguage = lang;
    m_secondLanguagePicker->setCurrentIndex(m_secondLanguagePicker->findData(lang));
    if (m_parallel)
        reload();
}

void ArticleView::setParallel(bool on)
{
    m_parallel = on;
    m_parallelCheck->setChecked(on);
    m_secondLanguagePicker->setEnabled(on);
    reload();
}

void ArticleView::reload()
{
    if (m_articleId.isEmpty())
        return;
    QStringList problems;
    // A language whose file has errors is replaced by English, and the first problem is shown.
    auto load = [&](const QString &lang) -> std::optional<Article> {
        if (m_library.contains(m_articleId, lang)) {
            const ArticleParseResult &result = m_library.load(m_articleId, lang);
            if (result.ok())
                return result.article;
            problems.append(tr("The %1 version cannot be shown: %2")
                                .arg(nativeLanguageName(lang), result.diagnostics.constFirst().toString()));
        }
        return std::nullopt;
    };
    m_english = load(QStringLiteral("en"));
    std::optional<Article> left = m_language == QLatin1String("en") ? m_english : load(m_language);
    std::optional<Article> right;
    if (m_parallel)
        right = m_secondLanguage == QLatin1String("en") ? m_english : load(m_secondLanguage);
    if (!left)
        left = m_english;
    if (m_parallel && !right)
        right = m_english;
    m_notice->setText(problems.join(u'\n'));
    m_notice->setVisible(!problems.isEmpty());
    if (!left) {
        m_left.reset();
        m_right.reset();
        m_rowAnchors.clear();
        m_rowBlocks.clear();
        m_browser->setPlainText(tr("This article cannot be shown."));
        return;
    }
    const int scroll = m_browser->verticalScrollBar()->value();
    m_left = std::move(left);
    m_right = std::move(right);
    render();
    m_browser->verticalScrollBar()->setValue(scroll);
}

void ArticleView::showArticles(const Article &left, const Article *right)
{
    m_english.reset();
    m_left = left;
    m_right = right ? std::optional<Article>(*right) : std::nullopt;
    m_notice->hide();
    render();
}

void ArticleView::render()
{
    const QPalette pal = palette();
    const QString muted = mixColours(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.6).name();
    const QString rule = mixColours(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.15).name();
    const bool twoColumns = m_right.has_value();
    const QString cellStyle = QStringLiteral("border-bottom: 1px solid %1;").arg(rule);
    const QString width = twoColumns ? QStringLiteral(" width=\"50%\"") : QString();

    // Rows: the left article's anchors in its order, then any the right one adds. Hashes keep this
    // linear: a hostile file may hold tens of thousands of blocks.
    auto index = [](const std::optional<Article> &article) {
        QHash<QString, const ArticleBlock *> blocks;
        if (article) {
            for (const ArticleBlock &block : article->blocks)
                blocks.insert(block.anchor, &block);
        }
        return blocks;
    };
    const QHash<QString, const ArticleBlock *> leftBlocks = index(m_left);
    const QHash<QString, const ArticleBlock *> rightBlocks = index(m_right);
    const QHash<QString, const ArticleBlock *> englishBlocks = index(m_english);
    QStringList anchors = m_left->anchors();
    if (twoColumns) {
        for (const QString &anchor : m_right->anchors()) {
            if (!leftBlocks.contains(anchor))
                anchors.append(anchor);
        }
    }
    m_externalUrls.clear();
    const QString leftFonts = fontFamilies(m_left->lang);
    const QString rightFonts = twoColumns ? fontFamilies(m_right->lang) : QString();

    auto titleCell = [&](const Article &article, const QString &fonts) -> QString {
        QString html = QStringLiteral("<td valign=\"top\"") + width + QStringLiteral(" style=\"font-family: ") + fonts
            + QStringLiteral(";\">");
        if (twoColumns)
            html += QStringLiteral("<p style=\"color:%1; font-size:small; margin:0;\">").arg(muted)
                + nativeLanguageName(article.lang).toHtmlEscaped() + QStringLiteral("</p>");
        html += QStringLiteral("<h1 style=\"margin-top:4px;\">") + article.title.toHtmlEscaped()
            + QStringLiteral("</h1></td>");
        return html;
    };
    auto blockCell = [&](const Article &article, const ArticleBlock *block, const QString &anchor,
                         const QString &fonts) -> QString {
        bool fallback = false;
        if (!block && article.lang != QLatin1String("en")) {
            block = englishBlocks.value(anchor);
            fallback = block != nullptr;
        }
        QString html = QStringLiteral("<td valign=\"top\"") + width + QStringLiteral(" style=\"") + cellStyle
            + QStringLiteral(" font-family: ") + fonts + QStringLiteral(";\">");
        if (!block)
            return html + QStringLiteral("</td>");
        const QString note = fallback ? QStringLiteral(" <span style=\"color:%1;\">(%2)</span>")
                                            .arg(muted, tr("English: not translated").toHtmlEscaped())
                                      : QString();
        switch (block->kind) {
        case ArticleBlock::Kind::Heading:
            html += QStringLiteral("<h2 style=\"margin-top:10px; margin-bottom:2px;\">") + runsHtml(block->runs)
                + QStringLiteral("</h2>") + note;
            break;
        case ArticleBlock::Kind::Paragraph:
            html += QStringLiteral("<p style=\"margin:0; line-height:135%;\">") + runsHtml(block->runs) + note
                + QStringLiteral("</p>");
            break;
        case ArticleBlock::Kind::SourceList:
            html += QStringLiteral("<ul style=\"margin:0;\">");
            for (const ArticleRun &run : block->runs) {
                m_externalUrls.insert(run.url());
                html += QStringLiteral("<li>") + runsHtml({run})
                    + QStringLiteral(" <span style=\"color:%1;\">").arg(muted) + run.url().host().toHtmlEscaped()
                    + QStringLiteral("</span></li>");
            }
            html += QStringLiteral("</ul>");
            break;
        }
        for (const ArticleRun &run : block->runs) {
            if (run.kind == ArticleRun::Kind::ExternalLink)
                m_externalUrls.insert(run.url());
        }
        return html + QStringLiteral("</td>");
    };

    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"7\" "
                                  "style=\"border-collapse:collapse;\">");
    m_rowAnchors = {TitleAnchor};
    m_rowBlocks = {{nullptr, nullptr}};
    html += QStringLiteral("<tr>") + titleCell(*m_left, leftFonts);
    if (twoColumns)
        html += titleCell(*m_right, rightFonts);
    html += QStringLiteral("</tr>");
    for (const QString &anchor : anchors) {
        m_rowAnchors.append(anchor);
        m_rowBlocks.append(std::make_pair(leftBlocks.value(anchor), rightBlocks.value(anchor)));
        html += QStringLiteral("<tr>") + blockCell(*m_left, leftBlocks.value(anchor), anchor, leftFonts);
        if (twoColumns)
            html += blockCell(*m_right, rightBlocks.value(anchor), anchor, rightFonts);
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    m_browser->setHtml(html);
    // Tag every block with its row's anchor. A block property, not an HTML "<a name>": a named anchor is
    // a character format, and a format boundary after the first letter splits its grapheme cluster
    // (a Devanagari conjunct, a Thai vowel sign) into separately shaped pieces.
    if (QTextTable *table = this->table()) {
        QTextCursor editor(m_browser->document());
        editor.beginEditBlock(); // one layout pass for all the changes
        for (int row = 0; row < table->rows() && row < m_rowAnchors.size(); ++row) {
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                for (auto it = cell.begin(); !it.atEnd(); ++it) {
                    const QTextBlock block = it.currentBlock();
                    if (!block.isValid())
                        continue;
                    QTextBlockFormat format = block.blockFormat();
                    format.setProperty(AnchorProperty, m_rowAnchors.at(row));
                    editor.setPosition(block.position());
                    editor.setBlockFormat(format);
                }
            }
        }
        editor.endEditBlock();
    }
    markGlossaryTerms();
    applyHighlight(false);
    markMatches();
}

void ArticleView::setGlossary(DatasetPtr dataset, const QString &definitionLanguage)
{
    m_glossaryDataset = std::move(dataset);
    m_definitionLanguage = definitionLanguage;
    if (m_left)
        render();
}

/// Each column is read on its own, in its own language: the first use of a term is marked in both.
void ArticleView::markGlossaryTerms()
{
    QTextTable *table = this->table();
    if (!m_glossaryDataset || m_glossaryDataset->glossary.isEmpty() || !table)
        return;
    for (int column = 0; column < table->columns(); ++column) {
        const QString language = column == 0 || !m_right ? m_left->lang : m_right->lang;
        GlossaryMatcher matcher(m_glossaryDataset->glossary, language);
        GlossaryMarker marker(matcher, m_definitionLanguage);
        for (int row = 0; row < table->rows(); ++row) {
            const QTextTableCell cell = table->cellAt(row, column);
            for (auto it = cell.begin(); !it.atEnd(); ++it)
                marker.mark(it.currentBlock());
        }
    }
}

QTextTable *ArticleView::table() const
{
    const QList<QTextFrame *> frames = m_browser->document()->rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        if (auto *table = qobject_cast<QTextTable *>(frame))
            return table;
    }
    return nullptr;
}

void ArticleView::highlightClause(const QString &clauseId)
{
    if (clauseId == m_highlightedClause)
        return;
    m_highlightedClause = clauseId;
    applyHighlight(true);
}

QStringList ArticleView::highlightedAnchors() const
{
    QStringList anchors;
    if (m_highlightedClause.isEmpty() || !m_left)
        return anchors;
    for (qsizetype row = 0; row < m_rowAnchors.size() && row < m_rowBlocks.size(); ++row) {
        const auto [left, right] = m_rowBlocks.at(row);
        if ((left && left->referencesClause(m_highlightedClause))
            || (right && right->referencesClause(m_highlightedClause)))
            anchors.append(m_rowAnchors.at(row));
    }
    return anchors;
}

void ArticleView::applyHighlight(bool scroll)
{
    QTextTable *table = this->table();
    if (!table)
        return;
    const QColor background = mixColours(palette().color(QPalette::Base), palette().color(QPalette::Highlight), 0.22);
    const QStringList markedList = highlightedAnchors();
    const QSet<QString> marked(markedList.cbegin(), markedList.cend());
    // One edit block: the document lays the table out once, not once per changed cell.
    QTextCursor editor(m_browser->document());
    editor.beginEditBlock();
    QList<int> markedRows;
    for (int row = 0; row < table->rows() && row < m_rowAnchors.size(); ++row) {
        const bool on = marked.contains(m_rowAnchors.at(row));
        if (on)
            markedRows.append(row);
        for (int column = 0; column < table->columns(); ++column) {
            QTextTableCell cell = table->cellAt(row, column);
            QTextTableCellFormat format = cell.format().toTableCellFormat();
            if (on == (format.background().style() != Qt::NoBrush))
                continue;
            if (on)
                format.setBackground(background);
            else
                format.clearBackground();
            cell.setFormat(format);
        }
    }
    editor.endEditBlock();
    if (!scroll || markedRows.isEmpty())
        return;

    // Scroll to the first marked row, unless one is in view already (the user may have clicked its link).
    QAbstractTextDocumentLayout *layout = m_browser->document()->documentLayout();
    auto rowRect
        = [&](int row) { return layout->blockBoundingRect(table->cellAt(row, 0).firstCursorPosition().block()); };
    const QRectF visible(0, m_browser->verticalScrollBar()->value(), m_browser->viewport()->width(),
                         m_browser->viewport()->height());
    if (std::none_of(markedRows.cbegin(), markedRows.cend(), [&](int row) { return rowRect(row).intersects(visible); }))
        m_browser->verticalScrollBar()->setValue(std::max(0, int(rowRect(markedRows.first()).top()) - 16));
}

bool ArticleView::find(const QString &text, bool backwards)
{
    if (m_findText != text) {
        m_findText = text;
        markMatches();
    }
    if (text.isEmpty()) {
        QTextCursor cursor = m_browser->textCursor();
        cursor.clearSelection();
        m_browser->setTextCursor(cursor);
        return false;
    }
    QTextDocument *document = m_browser->document();
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    QTextCursor found = document->find(text, m_browser->textCursor(), flags);
    if (found.isNull()) { // wrap around
        QTextCursor start(document);
        if (backwards)
            start.movePosition(QTextCursor::End);
        found = document->find(text, start, flags);
    }
    if (found.isNull())
        return false;
    m_browser->setTextCursor(found);
    m_browser->ensureCursorVisible();
    return true;
}

void ArticleView::activateFind()
{
    m_findField->setFocus(Qt::ShortcutFocusReason);
    m_findField->selectAll();
}

void ArticleView::markMatches()
{
    QList<QTextEdit::ExtraSelection> selections;
    m_matchCount = 0;
    if (!m_findText.isEmpty()) {
        QColor accent = palette().color(QPalette::Highlight);
        accent.setHsv((accent.hsvHue() + 180) % 360, accent.hsvSaturation(), accent.value()); // apart from row marks
        const QColor background = mixColours(palette().color(QPalette::Base), accent, 0.45);
        QTextDocument *document = m_browser->document();
        for (QTextCursor cursor = document->find(m_findText, 0); !cursor.isNull();
             cursor = document->find(m_findText, cursor)) {
            ++m_matchCount;
            if (selections.size() < MaxMarkedMatches) {
                QTextEdit::ExtraSelection selection;
                selection.cursor = cursor;
                selection.format.setBackground(background);
                selections.append(selection);
            }
        }
    }
    m_browser->setExtraSelections(selections);
    m_findStatus->setText(m_findText.isEmpty()    ? QString()
                              : m_matchCount == 0 ? tr("No match")
                                                  : tr("%n match(es)", nullptr, m_matchCount));
}

void ArticleView::followLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("clause")) {
        Q_EMIT clauseActivated(url.path());
    } else if ((scheme == QLatin1String("https") || scheme == QLatin1String("http")) && !url.host().isEmpty()
               && m_externalUrls.contains(url)) {
        QDesktopServices::openUrl(url);
    }
}

bool ArticleView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool findKey = key->matches(QKeySequence::Find);
        const bool next = key->matches(QKeySequence::FindNext);
        const bool previous = key->matches(QKeySequence::FindPrevious);
        const bool inField = watched == m_findField;
        const bool shiftEnter = inField && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() & Qt::ShiftModifier;
        const bool escape = inField && key->key() == Qt::Key_Escape;
        if (findKey || next || previous || shiftEnter || escape) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept(); // deliver as a key press here instead of triggering a window shortcut
                return true;
            }
            if (findKey) {
                activateFind();
            } else if (escape) {
                m_findField->clear();
                m_browser->setFocus(Qt::ShortcutFocusReason);
            } else {
                find(m_findField->text(), previous || shiftEnter);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ArticleView::changeEvent(QEvent *event)
{
    // Marks and muted text take their colours from the palette: re-render when it changes (dark mode).
    if (event->type() == QEvent::PaletteChange && m_left)
        render();
    if (event->type() == QEvent::LanguageChange) {
        m_parallelCheck->setText(tr("Parallel"));
        m_parallelCheck->setToolTip(tr("Show a second language side by side, paragraph by paragraph"));
        m_articlePicker->setAccessibleName(tr("Article"));
        m_languagePicker->setAccessibleName(tr("Language"));
        m_secondLanguagePicker->setAccessibleName(tr("Second language"));
        m_browser->setAccessibleName(tr("Article text"));
        m_findField->setPlaceholderText(tr("Find in article…"));
        m_findField->setAccessibleName(tr("Find in article"));
        m_findPrevious->setText(tr("Previous"));
        m_findPrevious->setToolTip(tr("Find previous (Shift+Enter)"));
        m_findNext->setText(tr("Next"));
        m_findNext->setToolTip(tr("Find next (Enter)"));
        if (m_left)
            render();
    }
    QWidget::changeEvent(event);
}

} // namespace Dealscope
