// SPDX-License-Identifier: GPL-3.0-or-later
// The source view: an entry's exact text with its file's line numbers, the whole file scrolled to the
// entry, highlighting that follows the palette, and the highlighter CMake chose.
#include "agreement/agreementmodel.h"
#include "dataset/datasetloader.h"
#include "source/sourceview.h"
#include "source/syntaxhighlighting.h"

#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <set>

using namespace Dealscope;

class TestSourceView : public QObject
{
    Q_OBJECT

    DatasetPtr m_dataset;

    static QByteArray spanText(const Dataset &dataset, const TextSpan &span)
    {
        return dataset.sourceText.mid(span.begin, span.end - span.begin);
    }

    /// The text as the view holds it, as UTF-8. Unlike toPlainText(), keeps no-break spaces as they are.
    static QByteArray shownText(const SourceView &view)
    {
        QString text = view.editor()->document()->toRawText();
        text.replace(QChar::ParagraphSeparator, u'\n');
        return text.toUtf8();
    }

    /// The foreground colours the highlighter gave to the document's characters.
    static QList<QColor> foregrounds(const QTextDocument *document)
    {
        QList<QColor> colours;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (range.length > 0 && range.format.hasProperty(QTextFormat::ForegroundBrush))
                    colours.append(range.format.foreground().color());
            }
        }
        return colours;
    }

    static int distinctColours(const QList<QColor> &colours)
    {
        std::set<QRgb> distinct;
        for (const QColor &colour : colours)
            distinct.insert(colour.rgb());
        return int(distinct.size());
    }

    static double meanLightness(const QList<QColor> &colours)
    {
        double sum = 0;
        for (const QColor &colour : colours)
            sum += colour.lightness();
        return colours.isEmpty() ? 0 : sum / double(colours.size());
    }

    static QPalette palette(const QColor &base, const QColor &text)
    {
        QPalette palette;
        for (QPalette::ColorRole role : {QPalette::Base, QPalette::Window, QPalette::Button})
            palette.setColor(role, base);
        for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
            palette.setColor(role, text);
        return palette;
    }

    /// The clause whose entry starts furthest down the file, to test scrolling.
    const Clause &lastClause() const
    {
        return *std::max_element(m_dataset->clauses.cbegin(), m_dataset->clauses.cend(),
                                 [](const Clause &a, const Clause &b) { return a.span.line < b.span.line; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        const DatasetLoadResult result = DatasetLoader::loadBundled();
        QVERIFY(result.ok());
        m_dataset = result.dataset;
        QVERIFY(!m_dataset->sourceText.isEmpty());
        QVERIFY(m_dataset->clauses.size() > 3);
        QVERIFY(!m_dataset->events.isEmpty());
    }

    void backendIsTheOneCMakeChose()
    {
        QCOMPARE(SyntaxHighlighting::backendName(), QStringLiteral(DEALSCOPE_EXPECTED_HIGHLIGHTER));
    }

    void selectedClauseShowsTheExactBytesOfItsSpan()
    {
        AgreementModel model;
        model.setDataset(m_dataset);
        SourceView view;
        view.setModel(&model);
        QCOMPARE(view.mode(), SourceView::Mode::SelectedItem);

        for (const Clause &clause : m_dataset->clauses) {
            QVERIFY2(clause.span.isValid(), qPrintable(clause.id));
            const QModelIndex index = model.indexForId(clause.id);
            QVERIFY(index.isValid());
            view.showItem(index);
            const QByteArray expected = spanText(*m_dataset, clause.span);
            QVERIFY(expected.startsWith('{') && expected.endsWith('}'));
            QCOMPARE(shownText(view), expected);
            // Numbered as in the file: the span's line is the line its first byte is on.
            QCOMPARE(view.firstLineNumber(), clause.span.line);
            QCOMPARE(int(m_dataset->sourceText.left(clause.span.begin).count('\n')) + 1, clause.span.line);
            QVERIFY(view.caption().contains(QString::number(clause.span.line)));
        }
    }

    void selectedEventShowsTheExactBytesOfItsSpan()
    {
        AgreementModel model;
        model.setDataset(m_dataset);
        SourceView view;
        view.setModel(&model);
        for (const Event &event : m_dataset->events) {
            view.showItem(model.indexForId(event.id));
            QCOMPARE(shownText(view), spanText(*m_dataset, event.span));
            QCOMPARE(view.firstLineNumber(), event.span.line);
        }
    }

    void windowsLineEndingsKeepTheFilesLineNumbers()
    {
        QByteArray data = m_dataset->sourceText;
        data.replace("\n", "\r\n");
        const DatasetLoadResult result = DatasetLoader::loadData(data, QStringLiteral("crlf.json"));
        QVERIFY(result.ok());
        AgreementModel model;
        model.setDataset(result.dataset);
        SourceView view;
        view.setModel(&model);

        const Clause &clause = result.dataset->clauses.last();
        view.showItem(model.indexForId(clause.id));
        QCOMPARE(view.firstLineNumber(), clause.span.line);
        QCOMPARE(view.editor()->document()->blockCount(), int(spanText(*result.dataset, clause.span).count('\n')) + 1);
        QByteArray withoutCr = spanText(*result.dataset, clause.span);
        withoutCr.replace("\r\n", "\n");
        QCOMPARE(shownText(view), withoutCr);

        view.setMode(SourceView::Mode::WholeDataset);
        QCOMPARE(view.editor()->textCursor().blockNumber() + 1, clause.span.line);
        // On the entry's "{", after its indentation.
        const qsizetype lineStart = result.dataset->sourceText.lastIndexOf('\n', clause.span.begin - 1) + 1;
        QCOMPARE(view.editor()->textCursor().positionInBlock(), int(clause.span.begin - lineStart));
    }

    void categoriesAndNothingShowAnExplanation()
    {
        AgreementModel model;
        model.setDataset(m_dataset);
        SourceView view;
        view.setModel(&model);

        view.showItem({});
        QVERIFY(view.editor()->toPlainText().isEmpty());
        QVERIFY(!view.editor()->placeholderText().isEmpty());

        const QModelIndex category = model.index(0, 0);
        QCOMPARE(model.nodeKind(category), AgreementModel::NodeKind::Category);
        view.showItem(category);
        QVERIFY(view.editor()->toPlainText().isEmpty());
        QVERIFY(view.editor()->placeholderText().contains(category.data().toString()));

        // Back to an entry, the explanation gives way to the text.
        view.showItem(model.indexForId(m_dataset->clauses.first().id));
        QVERIFY(!view.editor()->toPlainText().isEmpty());
    }

    void wholeDatasetModeShowsTheFileScrolledToTheItem()
    {
        AgreementModel model;
        model.setDataset(m_dataset);
        SourceView view;
        view.setModel(&model);
        view.resize(700, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QSignalSpy modeChanged(&view, &SourceView::modeChanged);
        view.setMode(SourceView::Mode::WholeDataset);
        QCOMPARE(modeChanged.size(), 1);
        QCOMPARE(view.findChild<QComboBox *>(QStringLiteral("sourceModeCombo"))->currentIndex(), 1);

        const Clause &clause = lastClause();
        QVERIFY2(clause.span.line > 100, "the test needs a clause far down the file");
        view.showItem(model.indexForId(clause.id));
        QCOMPARE(shownText(view), m_dataset->sourceText);
        QCOMPARE(view.firstLineNumber(), 1);
        QVERIFY(view.caption().contains(QString::number(clause.span.line)));

        // The cursor is on the entry's first line, and that line is on screen near the top.
        QPlainTextEdit *editor = view.editor();
        QCOMPARE(editor->textCursor().blockNumber() + 1, clause.span.line);
        const int firstVisibleLine = editor->cursorForPosition(QPoint(2, 2)).blockNumber() + 1;
        QVERIFY2(firstVisibleLine > 1 && firstVisibleLine <= clause.span.line,
                 qPrintable(
                     QStringLiteral("first visible line %1, entry at %2").arg(firstVisibleLine).arg(clause.span.line)));
        QVERIFY(editor->viewport()->rect().contains(editor->cursorRect().center()));

        // Another entry: the same file, scrolled elsewhere.
        const Event &event = m_dataset->events.first();
        view.showItem(model.indexForId(event.id));
        QCOMPARE(editor->textCursor().blockNumber() + 1, event.span.line);
        QVERIFY(editor->viewport()->rect().contains(editor->cursorRect().center()));
        QCOMPARE(editor->document()->blockCount(), int(m_dataset->sourceText.count('\n')) + 1);

        // Back to the entry alone.
        view.setMode(SourceView::Mode::SelectedItem);
        QCOMPARE(shownText(view), spanText(*m_dataset, event.span));
        QCOMPARE(view.firstLineNumber(), event.span.line);
    }

    void highlightsJson()
    {
        AgreementModel model;
        model.setDataset(m_dataset);
        SourceView view;
        view.setModel(&model);
        view.showItem(model.indexForId(m_dataset->clauses.first().id));
        const QTextDocument *document = view.editor()->document();
        QVERIFY(SyntaxHighlighting::of(document));
        QCOMPARE(SyntaxHighlighting::of(document)->languageName(), QStringLiteral("JSON"));
        // Keys, strings and punctuation at least get colours of their own.
        QTRY_VERIFY(distinctColours(foregrounds(document)) >= 3);
    }

    void rehighlightsWhenThePaletteChanges()
    {
        AgreementModel model;
        model.setDataset(m_dataset);
        SourceView view;
        view.setModel(&model);
        view.setPalette(palette(Qt::white, Qt::black));
        view.showItem(model.indexForId(m_dataset->clauses.first().id));
        const QTextDocument *document = view.editor()->document();
        QTRY_VERIFY(!foregrounds(document).isEmpty());
        const QList<QColor> light = foregrounds(document);

        view.setPalette(palette(QColor(0x20, 0x20, 0x24), QColor(0xe8, 0xe8, 0xe8)));
        QTRY_VERIFY(foregrounds(document) != light);
        const QList<QColor> dark = foregrounds(document);
        // A dark theme for a dark base: the text got lighter.
        QVERIFY2(meanLightness(dark) > meanLightness(light) + 40,
                 qPrintable(QStringLiteral("%1 vs %2").arg(meanLightness(dark)).arg(meanLightness(light))));

        view.setPalette(palette(Qt::white, Qt::black));
        QTRY_COMPARE(foregrounds(document), light);
    }

    void attachingTwiceKeepsOneHighlighting()
    {
        QTextDocument document;
        document.setPlainText(QStringLiteral("{\n  \"key\": [1, 2.5e3, true, null, \"text\"]\n}\n"));
        SyntaxHighlighting *first = SyntaxHighlighting::attach(&document, QStringLiteral("a.json"), QPalette());
        SyntaxHighlighting *second = SyntaxHighlighting::attach(&document, QStringLiteral("b.json"), QPalette());
        QCOMPARE(first, second);
        QCOMPARE(second->fileName(), QStringLiteral("b.json"));
        QCOMPARE(document.findChildren<SyntaxHighlighting *>().size(), 1);
        QTRY_VERIFY(distinctColours(foregrounds(&document)) >= 3);
    }

    void showsOtherDocuments()
    {
        AgreementModel model;
        model.setDataset(m_dataset);
        SourceView view;
        view.setModel(&model);
        view.setMode(SourceView::Mode::WholeDataset);
        view.showItem(model.indexForId(m_dataset->clauses.first().id));

        const QString text = QStringLiteral("{\n  \"scenario\": \"base\",\n  \"growth\": 0.25\n}\n");
        view.showDocument(QStringLiteral("Base case"), QStringLiteral("base.json"), text);
        QCOMPARE(view.editor()->toPlainText(), text);
        QCOMPARE(view.firstLineNumber(), 1);
        QCOMPARE(view.caption(), QStringLiteral("Base case"));
        QTRY_VERIFY(distinctColours(foregrounds(view.editor()->document())) >= 2);

        // The next selection brings the dataset back.
        view.showItem(model.indexForId(m_dataset->clauses.first().id));
        QCOMPARE(shownText(view), m_dataset->sourceText);
    }

    void anotherDatasetClearsTheItem()
    {
        AgreementModel model;
        model.setDataset(m_dataset);
        SourceView view;
        view.setModel(&model);
        view.showItem(model.indexForId(m_dataset->clauses.first().id));
        QVERIFY(!view.editor()->toPlainText().isEmpty());

        const DatasetLoadResult again = DatasetLoader::loadBundled();
        QVERIFY(again.ok());
        model.setDataset(again.dataset);
        QVERIFY(view.editor()->toPlainText().isEmpty());

        model.setDataset(nullptr);
        view.setMode(SourceView::Mode::WholeDataset);
        QVERIFY(view.editor()->toPlainText().isEmpty());
        QVERIFY(!view.editor()->placeholderText().isEmpty());
    }

    void screenshot()
    {
        // The picture of the source view docs/ci.md shows, taken by the Debian 13 lane with KSyntaxHighlighting:
        // the longest entry that fits, highlighted.
        const auto lines = [&](const Clause &c) { return spanText(*m_dataset, c.span).count('\n'); };
        const auto entry = std::max_element(
            m_dataset->clauses.cbegin(), m_dataset->clauses.cend(), [&](const Clause &a, const Clause &b) {
                return std::min<qsizetype>(lines(a), 30) < std::min<qsizetype>(lines(b), 30);
            });
        QVERIFY(entry != m_dataset->clauses.cend());
        AgreementModel model;
        model.setDataset(m_dataset);
        SourceView view;
        view.setModel(&model);
        view.resize(900, 560);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showItem(model.indexForId(entry->id));
        QTRY_VERIFY(distinctColours(foregrounds(view.editor()->document())) >= 3);

        const QImage shot = view.grab().toImage();
        QVERIFY(!shot.isNull());
        // Highlighted text shows on screen: the text area holds several colours besides its background.
        const QRect area(view.editor()->viewport()->mapTo(&view, QPoint(0, 0)), view.editor()->viewport()->size());
        std::set<QRgb> colours;
        for (int y = area.top(); y < area.bottom(); y += 2) {
            for (int x = area.left(); x < area.right(); x += 2)
                colours.insert(shot.pixel(x * shot.devicePixelRatio(), y * shot.devicePixelRatio()));
        }
        QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
        const QString name = QStringLiteral("sourceview-%1.png").arg(SyntaxHighlighting::backendName().toLower());
        QVERIFY(shot.save(QDir(qEnvironmentVariable("DEALSCOPE_TEST_OUTPUT_DIR", QDir::tempPath())).filePath(name)));
    }
};

QTEST_MAIN(TestSourceView)
#include "tst_sourceview.moc"
