// SPDX-License-Identifier: GPL-3.0-or-later
// The article view: aligned parallel rows, clause links, clause highlighting, find, nothing loaded,
// no missing glyphs, and the Articles view of the main window (with the screenshot reviewers look at).
#include "agreement/agreementmodel.h"
#include "articles/articleparser.h"
#include "articles/articleview.h"
#include "dataset/datasetdocument.h"
#include "session/languagemanager.h"
#include "window/mainwindow.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRawFont>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QToolBar>

using namespace Dealscope;

namespace {

const QString Agreement = QStringLiteral("agreement-2025-10-28");

QTextTable *articleTable(const ArticleView &view)
{
    for (QTextFrame *frame : view.browser()->document()->rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame))
            return table;
    }
    return nullptr;
}

/// The distinct anchors the blocks of @p cell are tagged with.
QStringList cellAnchors(const QTextTableCell &cell)
{
    QStringList names;
    for (auto it = cell.begin(); !it.atEnd(); ++it) {
        const QString name = it.currentBlock().blockFormat().stringProperty(ArticleView::AnchorProperty);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QString cellText(const QTextTableCell &cell)
{
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return cursor.selectedText().replace(QChar::ParagraphSeparator, u'\n');
}

bool isMarked(const QTextTableCell &cell)
{
    return cell.format().background().style() != Qt::NoBrush;
}

/// The document position inside the first link whose target starts with @p prefix, or -1.
int linkPosition(const QTextDocument *document, const QString &prefix)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorHref().startsWith(prefix))
                return it.fragment().position() + 1;
        }
    }
    return -1;
}

/// Clicks the document position @p position of @p browser.
void clickAt(ArticleBrowser *browser, int position)
{
    QTextCursor cursor(browser->document());
    cursor.setPosition(position);
    browser->setTextCursor(cursor);
    browser->ensureCursorVisible();
    const QRect rect = browser->cursorRect(cursor);
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 1, rect.center().y()));
}

/// Glyph runs of every line the browser laid out for the right-hand column (or the only one).
QList<QGlyphRun> renderedGlyphRuns(const ArticleView &view, int column)
{
    QList<QGlyphRun> runs;
    QTextTable *table = articleTable(view);
    if (!table)
        return runs;
    QAbstractTextDocumentLayout *documentLayout = view.browser()->document()->documentLayout();
    for (int row = 0; row < table->rows(); ++row) {
        const QTextTableCell cell = table->cellAt(row, column);
        for (auto it = cell.begin(); !it.atEnd(); ++it) {
            const QTextBlock block = it.currentBlock();
            documentLayout->blockBoundingRect(block); // lays the block out if it is not yet
            // A block's layout reads its text from the document, so the range must be given.
            if (QTextLayout *layout = block.layout())
                runs += layout->glyphRuns(0, block.length());
        }
    }
    return runs;
}

/// Records the URLs QDesktopServices would open.
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

} // namespace

class TestArticleView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(LanguageManager::instance()->applyLanguage(QStringLiteral("en"))); // as at start: plural forms
    }
    void init() { QSettings().clear(); }

    void offersTheArticlesAndTheNineLanguages()
    {
        ArticleView view;
        auto *articles = view.findChild<QComboBox *>("articlePicker");
        auto *languages = view.findChild<QComboBox *>("articleLanguagePicker");
        auto *second = view.findChild<QComboBox *>("articleSecondLanguagePicker");
        QVERIFY(articles && languages && second && view.findChild<QCheckBox *>("articleParallelCheck"));
        QCOMPARE(articles->count(), 2);
        QCOMPARE(articles->itemText(0), QStringLiteral("The 28 October 2025 agreement"));
        const QStringList expected
            = {"English", "Deutsch", "日本語", "简体中文", "Español", "Français", "한국어", "ไทย", "हिन्दी"};
        QStringList names;
        for (int i = 0; i < languages->count(); ++i)
            names.append(languages->itemText(i));
        QCOMPARE(names, expected);
        QCOMPARE(second->count(), 9);
        QVERIFY(!second->isEnabled());
        // The dock is tabbed with the details in a narrow column: it must not make that column wider.
        // The Articles view must fit the smallest window: its pickers shrink rather than widen it.

        view.setLanguage("de");
        QCOMPARE(languages->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(articles->itemText(0), view.library().title(Agreement, "de")); // titles follow the language
        QVERIFY(view.browser()->toPlainText().contains(view.library().title(Agreement, "de")));
    }

    void parallelModeAlignsAnchorsInRows_data()
    {
        QTest::addColumn<QString>("article");
        QTest::newRow("agreement") << Agreement;
        QTest::newRow("amendment") << QStringLiteral("amendment-2026-04-27");
    }

    void parallelModeAlignsAnchorsInRows()
    {
        QFETCH(QString, article);
        ArticleView view;
        view.setArticle(article);
        view.setLanguage("en");
        view.setSecondLanguage("ja");
        QTextTable *table = articleTable(view);
        QVERIFY(table);
        QCOMPARE(table->columns(), 1);

        view.setParallel(true);
        QVERIFY(view.findChild<QComboBox *>("articleSecondLanguagePicker")->isEnabled());
        table = articleTable(view);
        QVERIFY(table);
        QCOMPARE(table->columns(), 2);
        const Article &english = view.library().load(article, "en").article;
        const Article &japanese = view.library().load(article, "ja").article;
        QCOMPARE(view.rowAnchors(), QStringList {"title"} + english.anchors());
        QCOMPARE(table->rows(), english.blocks.size() + 1);
        QCOMPARE(cellAnchors(table->cellAt(0, 1)), QStringList {"title"});
        QVERIFY(cellText(table->cellAt(0, 0)).contains(english.title));
        QVERIFY(cellText(table->cellAt(0, 1)).contains(japanese.title));
        for (int row = 1; row < table->rows(); ++row) {
            const QString anchor = english.blocks.at(row - 1).anchor;
            QCOMPARE(cellAnchors(table->cellAt(row, 0)), QStringList {anchor});
            QCOMPARE(cellAnchors(table->cellAt(row, 1)), QStringList {anchor});
            if (english.blocks.at(row - 1).kind == ArticleBlock::Kind::SourceList)
                continue; // items add their host names
            QCOMPARE(cellText(table->cellAt(row, 0)).trimmed(), english.blocks.at(row - 1).plainText());
            QCOMPARE(cellText(table->cellAt(row, 1)).trimmed(), japanese.block(anchor)->plainText());
        }

        // Both languages are in one document, so they scroll together by construction.
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QScrollBar *scroll = view.browser()->verticalScrollBar();
        QVERIFY(scroll->maximum() > 0);
        view.setParallel(false);
        QCOMPARE(articleTable(view)->columns(), 1);
    }

    void clauseLinksEmitTheClauseId()
    {
        ArticleView view;
        view.setArticle(Agreement);
        view.resize(700, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &ArticleView::clauseActivated);

        const int position = linkPosition(view.browser()->document(), "clause:");
        QVERIFY(position > 0);
        clickAt(view.browser(), position);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toString(), QStringLiteral("C14")); // "a stake of about 27 percent"

        // Keyboard: Tab moves to the first link, Enter activates it.
        QTextCursor start(view.browser()->document());
        view.browser()->setTextCursor(start);
        view.browser()->setFocus();
        QTest::keyClick(view.browser(), Qt::Key_Tab);
        QTest::keyClick(view.browser(), Qt::Key_Return);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.last().first().toString(), QStringLiteral("C14"));
    }

    void externalLinksOpenOnlyWhenClicked()
    {
        UrlRecorder recorder;
        QDesktopServices::setUrlHandler("https", &recorder, "open");
        QDesktopServices::setUrlHandler("http", &recorder, "open");
        {
            ArticleView view;
            view.setArticle(Agreement);
            view.resize(700, 600);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QVERIFY(recorder.urls.isEmpty()); // showing an article opens nothing
            const int position = linkPosition(view.browser()->document(), "https:");
            QVERIFY(position > 0);
            clickAt(view.browser(), position);
            QCOMPARE(recorder.urls.size(), 1);
            QCOMPARE(recorder.urls.first().toString(),
                     QStringLiteral("https://blogs.microsoft.com/blog/2025/10/28/"
                                    "the-next-chapter-of-the-microsoft-openai-partnership/"));
        }
        QDesktopServices::unsetUrlHandler("https");
        QDesktopServices::unsetUrlHandler("http");
    }

    void highlightMarksExactlyTheParagraphsThatLinkTheClause_data()
    {
        QTest::addColumn<QString>("clause");
        QTest::addColumn<bool>("parallel");
        for (const char *clause : {"C1", "C9", "C13", "C14", "N1"}) {
            QTest::addRow("%s single", clause) << QString::fromLatin1(clause) << false;
            QTest::addRow("%s parallel", clause) << QString::fromLatin1(clause) << true;
        }
    }

    void highlightMarksExactlyTheParagraphsThatLinkTheClause()
    {
        QFETCH(QString, clause);
        QFETCH(bool, parallel);
        ArticleView view;
        view.setArticle(Agreement);
        view.setSecondLanguage("ja");
        view.setParallel(parallel);
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QStringList expected;
        for (const ArticleBlock &block : view.library().load(Agreement, "en").article.blocks) {
            if (block.referencesClause(clause))
                expected.append(block.anchor);
        }
        view.highlightClause(clause);
        QCOMPARE(view.highlightedAnchors(), expected);
        QTextTable *table = articleTable(view);
        QVERIFY(table);
        QStringList marked;
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < table->columns(); ++column) {
                if (isMarked(table->cellAt(row, column)) && !marked.contains(view.rowAnchors().at(row)))
                    marked.append(view.rowAnchors().at(row));
            }
            const bool on = isMarked(table->cellAt(row, 0));
            for (int column = 1; column < table->columns(); ++column)
                QCOMPARE(isMarked(table->cellAt(row, column)), on); // whole rows
        }
        QCOMPARE(marked, expected);

        if (!expected.isEmpty()) {
            // The first marked paragraph is in view.
            const int row = int(view.rowAnchors().indexOf(expected.first()));
            const QTextBlock block = table->cellAt(row, 0).firstCursorPosition().block();
            const QRectF rect = view.browser()->document()->documentLayout()->blockBoundingRect(block);
            const int top = view.browser()->verticalScrollBar()->value();
            QVERIFY2(
                rect.top() >= top && rect.top() < top + view.browser()->viewport()->height(),
                qPrintable(QStringLiteral("%1 at %2, view from %3").arg(expected.first()).arg(rect.top()).arg(top)));
        }

        view.highlightClause({});
        for (int row = 0; row < table->rows(); ++row)
            QVERIFY(!isMarked(table->cellAt(row, 0)));
        QVERIFY(view.highlightedAnchors().isEmpty());
    }

    void highlightFollowsThePalette()
    {
        ArticleView view;
        view.setArticle(Agreement);
        view.highlightClause("C1");
        const int row = int(view.rowAnchors().indexOf(view.highlightedAnchors().constFirst()));
        const QColor light = articleTable(view)->cellAt(row, 0).format().background().color();
        QVERIFY(light.lightness() > 160);

        QPalette dark = view.palette();
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
        view.setPalette(dark); // re-renders with the marks in the new colours
        const QColor marked = articleTable(view)->cellAt(row, 0).format().background().color();
        QVERIFY2(marked.lightness() < 100, qPrintable(marked.name())); // light text stays readable on it
        QVERIFY(marked != dark.color(QPalette::Base));
        QCOMPARE(view.highlightedAnchors().isEmpty(), false);
    }

    void highlightKeepsAVisibleMarkedParagraphInPlace()
    {
        ArticleView view;
        view.setArticle(Agreement);
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.highlightClause("C9"); // p-revenue-share and p-agi-ends
        const int first = view.browser()->verticalScrollBar()->value();
        // Scroll to the second paragraph that links C9, as if the user clicked the link there.
        QTextTable *table = articleTable(view);
        const int row = int(view.rowAnchors().indexOf("p-agi-ends"));
        const QTextBlock block = table->cellAt(row, 0).firstCursorPosition().block();
        const int y = int(view.browser()->document()->documentLayout()->blockBoundingRect(block).top());
        view.browser()->verticalScrollBar()->setValue(y);
        QVERIFY(view.browser()->verticalScrollBar()->value() != first);
        view.highlightClause({});
        view.highlightClause("C9");
        QCOMPARE(view.browser()->verticalScrollBar()->value(), y);
    }

    void findsText()
    {
        ArticleView view;
        view.setArticle(Agreement);
        view.resize(800, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QVERIFY(view.find("Azure"));
        QCOMPARE(view.browser()->textCursor().selectedText(), QStringLiteral("Azure"));
        QVERIFY(view.matchCount() > 5);
        QCOMPARE(view.browser()->extraSelections().size(), view.matchCount());
        const int first = view.browser()->textCursor().selectionStart();
        QVERIFY(view.find("Azure"));
        const int second = view.browser()->textCursor().selectionStart();
        QVERIFY(second > first);
        QVERIFY(view.find("Azure", true));
        QCOMPARE(view.browser()->textCursor().selectionStart(), first);
        QVERIFY(view.find("azure")); // case-insensitive
        QVERIFY(!view.find("no such text anywhere"));
        QCOMPARE(view.matchCount(), 0);

        // Typing in the find field searches; the field is where Ctrl+F goes while the view has focus.
        view.setParallel(true);
        view.setSecondLanguage("ja");
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.browser()->setFocus();
        QTest::keyClick(view.browser(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(view.findField()->hasFocus());
        QTest::keyClicks(view.findField(), "OpenAI");
        QCOMPARE(view.browser()->textCursor().selectedText(), QStringLiteral("OpenAI"));
        view.findField()->setText("独占"); // typed through an input method
        QVERIFY(view.matchCount() > 0);
        QCOMPARE(view.browser()->textCursor().selectedText(), QStringLiteral("独占"));
    }

    void loadsNoResources()
    {
        ArticleView view;
        ArticleBrowser *browser = view.browser();
        for (const char *url : {"file:///etc/passwd", "https://example.org/image.png", "http://example.org/x.css",
                                "qrc:/data/microsoft-openai.json", "data:image/png;base64,AAAA", "image.png"}) {
            for (int type :
                 {QTextDocument::ImageResource, QTextDocument::StyleSheetResource, QTextDocument::HtmlResource})
                QVERIFY2(browser->loadResource(type, QUrl(url)).isNull(), url);
        }
        QVERIFY(!browser->openLinks());
        QVERIFY(!browser->openExternalLinks());
    }

    void showsRawHtmlAsText()
    {
        const QByteArray data
            = "---\nid: sample\nlang: en\ntitle: <b>Title</b>\n---\n\n"
              "{#p-a}\nText <b>bold</b> <img src=\"file:///etc/passwd\"> &amp; <a href=\"x\">y</a>.\n\n"
              "## Sources {#h-sources}\n\n{#p-sources}\n- [Example](https://example.org/)\n";
        const ArticleParseResult result = ArticleParser().parse(data, "sample/en.md");
        QVERIFY(!result.ok()); // reported, and kept as text
        ArticleView view;
        view.showArticles(result.article);
        const QString text = view.browser()->toPlainText();
        QVERIFY(text.contains("<b>Title</b>"));
        QVERIFY(text.contains("Text <b>bold</b> <img src=\"file:///etc/passwd\"> &amp; <a href=\"x\">y</a>."));
        const QTextDocument *document = view.browser()->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                QVERIFY(!format.isImageFormat());
                QVERIFY(format.anchorHref().isEmpty() || format.anchorHref() == QLatin1String("https://example.org/"));
                if (it.fragment().text().contains("bold"))
                    QVERIFY(format.fontWeight() <= QFont::Normal);
            }
        }
    }

    void drawsNoMissingGlyphs_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("scriptFont"); // the font the view prefers for the language, if installed
        QTest::newRow("ja") << "ja"
                            << "Noto Sans CJK JP";
        QTest::newRow("zh-Hans") << "zh-Hans"
                                 << "Noto Sans CJK SC";
        QTest::newRow("ko") << "ko"
                            << "Noto Sans CJK KR";
        QTest::newRow("th") << "th"
                            << "Noto Sans Thai";
        QTest::newRow("hi") << "hi"
                            << "Noto Sans Devanagari";
        QTest::newRow("de") << "de" << QString();
    }

    void drawsNoMissingGlyphs()
    {
        QFETCH(QString, lang);
        QFETCH(QString, scriptFont);
        // Drawing a script with a font that cannot shape it is as bad as tofu.
        QTest::failOnWarning(QRegularExpression("OpenType support missing"));
        ArticleView view;
        view.setArticle(Agreement);
        view.setLanguage("en");
        view.setSecondLanguage(lang);
        view.setParallel(true);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const QList<QGlyphRun> runs = renderedGlyphRuns(view, 1);
        QVERIFY(runs.size() > 20);
        QStringList families;
        int glyphs = 0;
        for (const QGlyphRun &run : runs) {
            const QString family = run.rawFont().familyName();
            if (!families.contains(family))
                families.append(family);
            // A shaper draws a dotted circle where a combining mark lost its base: a broken cluster.
            const QList<quint32> circle = run.rawFont().glyphIndexesForString(QStringLiteral("\u25CC"));
            const quint32 dottedCircle = circle.isEmpty() ? 0 : circle.first();
            for (quint32 glyph : run.glyphIndexes()) {
                ++glyphs;
                QVERIFY2(dottedCircle == 0 || glyph != dottedCircle,
                         qPrintable(QStringLiteral("broken cluster in %1, font %2").arg(lang, family)));
                // Glyph 0 is the font's "missing glyph" box (tofu).
                QVERIFY2(glyph != 0,
                         qPrintable(QStringLiteral("missing glyph in %1 (fonts tried: %2); install "
                                                   "fonts-noto-core and fonts-noto-cjk")
                                        .arg(lang, families.join(", "))));
            }
        }
        QVERIFY(glyphs > 1000);
        if (!scriptFont.isEmpty() && QFontDatabase::hasFamily(scriptFont))
            QVERIFY2(families.contains(scriptFont), qPrintable(families.join(", ")));
        qInfo("%s drawn with: %s", qPrintable(lang), qPrintable(families.join(", ")));
    }

    void mainWindowWiresTheArticlesView()
    {
        DatasetDocument document;
        QVERIFY(document.openBundled().isEmpty());
        MainWindow window(&document);
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        ArticleView *view = window.articleView();
        QVERIFY(view);
        QCOMPARE(view->parentWidget()->objectName(), QStringLiteral("articlesPage"));

        // Selecting a clause anywhere marks its paragraphs.
        QVERIFY(window.selectItem("C1"));
        QCOMPARE(view->highlightedClause(), QStringLiteral("C1"));
        QVERIFY(!view->highlightedAnchors().isEmpty());
        QVERIFY(window.selectItem(document.dataset()->events.constFirst().id)); // events mark nothing
        QVERIFY(view->highlightedClause().isEmpty());

        // A clause link selects the clause in tree and timeline, and shows it in the Explorer.
        window.showPage(MainWindow::Page::Articles);
        view->setArticle(Agreement);
        QTest::qWait(50);
        const int position = linkPosition(view->browser()->document(), "clause:C14");
        QVERIFY(position > 0);
        clickAt(view->browser(), position);
        QCOMPARE(window.selectionModel()->currentIndex().data(AgreementModel::IdRole).toString(),
                 QStringLiteral("C14"));
        QCOMPARE(view->highlightedClause(), QStringLiteral("C14"));
        QCOMPARE(window.currentPage(), MainWindow::Page::Explorer);

        // Ctrl+F in the articles searches the article, not the clauses.
        window.showPage(MainWindow::Page::Articles);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        view->browser()->setFocus();
        QTest::keyClick(view->browser(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(view->findField()->hasFocus());
        QVERIFY(!window.findChild<QToolBar *>("findToolBar")->isVisible());
    }

    void screenshotOfParallelArticles()
    {
        DatasetDocument document;
        QVERIFY(document.openBundled().isEmpty());
        MainWindow window(&document);
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::Articles);
        ArticleView *view = window.articleView();
        view->setArticle(Agreement);
        view->setLanguage("en");
        view->setSecondLanguage("ja");
        view->setParallel(true);
        QTest::qWait(100); // let the view take its width before it scrolls to the marked paragraph
        QVERIFY(window.selectItem("C1"));
        QTest::qWait(100);

        QVERIFY(view->isVisible());
        QVERIFY(view->width() > 780);
        QVERIFY(view->browser()->viewport()->height() > 400);
        const QImage shot = window.grab().toImage();
        QCOMPARE(shot.size(), QSize(1600, 900) * shot.devicePixelRatio());
        const QString outputDir = qEnvironmentVariable("DEALSCOPE_TEST_OUTPUT_DIR", QDir::tempPath());
        QDir().mkpath(outputDir);
        const QString path = QDir(outputDir).filePath("articles.png");
        QVERIFY(shot.save(path));
        qInfo("screenshot: %s", qPrintable(QDir::toNativeSeparators(path)));

        // Rows stay aligned in the laid-out document: each right cell starts where its left cell starts.
        QTextTable *table = articleTable(*view);
        QVERIFY(table);
        QAbstractTextDocumentLayout *layout = view->browser()->document()->documentLayout();
        for (int row = 0; row < table->rows(); ++row) {
            const qreal left = layout->blockBoundingRect(table->cellAt(row, 0).firstCursorPosition().block()).top();
            const qreal right = layout->blockBoundingRect(table->cellAt(row, 1).firstCursorPosition().block()).top();
            QVERIFY2(qAbs(left - right) < 1.0, qPrintable(view->rowAnchors().at(row)));
        }
    }
};

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
