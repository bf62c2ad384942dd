// SPDX-License-Identifier: GPL-3.0-or-later
// Untrusted content in the widgets: dataset, scenario and article text that holds HTML, images (local,
// remote, data:), javascript:/file:/data: links, enormous strings, 1e308 and far-future dates is shown as
// text. Nothing it names is read from disk (an inotify watch on the directory the content points into
// sees every open), fetched (Qt Network is never loaded), or opened: links open in the browser only when
// clicked, and only http(s). Tooltips, which Qt would render as rich text, are escaped too.
#include "agreement/agreementmodel.h"
#include "articles/articleparser.h"
#include "articles/articleview.h"
#include "dataset/datasetdocument.h"
#include "dataset/datasetloader.h"
#include "explorer/clausetreepanel.h"
#include "explorer/detailspane.h"
#include "source/sourceview.h"
#include "timeline/timelineview.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QFile>
#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolTip>
#include <QTreeView>

#ifdef Q_OS_LINUX
#include <sys/inotify.h>
#include <unistd.h>
#endif

using namespace Dealscope;

namespace {

constexpr qint64 HangLimitMs = 120000; ///< generous: proves an end, not a speed (sanitizer builds are slow)

/// A directory whose files hostile content points at, and a record of every time one is opened or read.
class WatchedDirectory
{
public:
    WatchedDirectory()
    {
        QImage image(4, 4, QImage::Format_RGB32);
        image.fill(Qt::red);
        image.save(m_dir.filePath(QStringLiteral("image.png")));
        for (const char *name : {"secret.txt", "style.css"}) {
            QFile file(m_dir.filePath(QLatin1String(name)));
            if (file.open(QIODevice::WriteOnly))
                file.write("p { color: red }\n");
        }
#ifdef Q_OS_LINUX
        m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (m_fd >= 0
            && inotify_add_watch(m_fd, QFile::encodeName(m_dir.path()).constData(), IN_OPEN | IN_ACCESS) < 0) {
            ::close(m_fd);
            m_fd = -1;
        }
#endif
    }
    ~WatchedDirectory()
    {
#ifdef Q_OS_LINUX
        if (m_fd >= 0)
            ::close(m_fd);
#endif
    }
    WatchedDirectory(const WatchedDirectory &) = delete;
    WatchedDirectory &operator=(const WatchedDirectory &) = delete;

    bool isValid() const
    {
        return m_dir.isValid() && m_fd >= 0;
    }
    QString path(const char *name) const
    {
        return m_dir.filePath(QLatin1String(name));
    }
    QString url(const char *name) const
    {
        return QUrl::fromLocalFile(path(name)).toString();
    }

    /// The names of the files opened or read since the last call.
    QStringList accessed()
    {
        QStringList names;
#ifdef Q_OS_LINUX
        alignas(inotify_event) char buffer[4096];
        for (;;) {
            const ssize_t length = ::read(m_fd, buffer, sizeof buffer);
            if (length <= 0)
                break;
            for (ssize_t offset = 0; offset < length;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + offset);
                const QString name = event->len ? QFile::decodeName(event->name) : QStringLiteral("(directory)");
                if (!names.contains(name))
                    names.append(name);
                offset += ssize_t(sizeof(inotify_event) + event->len);
            }
        }
#endif
        return names;
    }

private:
    QTemporaryDir m_dir;
    int m_fd = -1;
};

/// HTML that would read, fetch or run something if it were interpreted. It starts with a tag, so that
/// Qt::mightBeRichText() takes it for rich text wherever a plain string is shown with Qt::AutoText.
QString hostileHtml(const WatchedDirectory &watched)
{
    return QStringLiteral("<img src=\"%1\"> <b>bold</b> <img src=\"%2\"> "
                          "<a href=\"javascript:alert(1)\">js</a> <a href=\"%3\">file</a> "
                          "<link rel=\"stylesheet\" href=\"%4\"><style>@import url(\"%4\");</style> "
                          "![md](%1) <img src=\"https://example.org/remote.png\"> "
                          "<img src=\"data:image/png;base64,iVBORw0KGgo=\"> <script>alert(1)</script>")
        .arg(watched.url("image.png"), watched.path("image.png"), watched.url("secret.txt"), watched.url("style.css"));
}

QByteArray jsonQuote(const QString &text)
{
    QByteArray quoted = text.toUtf8();
    quoted.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + quoted + '"';
}

/// The minimal dataset with hostile text in every kind of text field the views show, the longest
/// summary allowed (one unbreakable word), a 1e308 amount and an event in the year 9999.
QByteArray hostileDataset(const QString &html)
{
    QFile file(QStringLiteral(DEALSCOPE_TEST_DATA_DIR "/minimal.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the minimal dataset");
    QByteArray data = file.readAll();
    const QByteArray quoted = jsonQuote(html);
    auto replace = [&data](const QByteArray &from, const QByteArray &to) {
        if (data.count(from) != 1)
            qFatal("fixture replacement does not match exactly once: %s", from.constData());
        data.replace(from, to);
    };
    replace("\"title\": {\"en\": \"Minimal agreement\"}", "\"title\": {\"en\": " + quoted + "}");
    replace("{\"id\": \"k1\", \"title\": {\"en\": \"Category\"}}",
            "{\"id\": \"k1\", \"title\": {\"en\": " + quoted + "}, \"description\": {\"en\": " + quoted + "}}");
    replace("\"title\": {\"en\": \"Clause one\"}", "\"title\": {\"en\": " + quoted + "}");
    replace("\"summary\": {\"en\": \"What clause one says.\"}", "\"summary\": {\"en\": " + quoted + "}");
    replace("\"summary\": {\"en\": \"A sub-term.\"}",
            "\"summary\": {\"en\": \"" + QByteArray(DatasetLoader::MaxTextLength, 'x') + "\"}");
    replace("\"publisher\": \"Example\"", "\"publisher\": " + quoted);
    replace("\"date\": \"2025-03\", \"kind\": \"investment\", \"title\": {\"en\": \"Event\"}",
            "\"date\": \"9999-12-31\", \"kind\": \"investment\", \"title\": {\"en\": " + quoted + "}");
    replace("\"value\": 1e9", "\"value\": 1e308");
    replace("{\"en\": \"Question\"}", "{\"en\": " + quoted + "}");
    return data;
}

/// Records the URLs QDesktopServices would open, for every scheme a hostile file might use.
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    static QStringList schemes()
    {
        return {QStringLiteral("https"), QStringLiteral("http"), QStringLiteral("file"),  QStringLiteral("javascript"),
                QStringLiteral("data"),  QStringLiteral("ftp"),  QStringLiteral("mailto")};
    }
    UrlRecorder()
    {
        for (const QString &scheme : schemes())
            QDesktopServices::setUrlHandler(scheme, this, "open");
    }
    ~UrlRecorder() override
    {
        for (const QString &scheme : schemes())
            QDesktopServices::unsetUrlHandler(scheme);
    }

    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

/// A details pane that records every resource its document asks for.
class ObservedDetailsPane : public DetailsPane
{
public:
    QList<QUrl> requested;
    QVariant loadResource(int type, const QUrl &name) override
    {
        requested.append(name);
        return DetailsPane::loadResource(type, name);
    }
};

struct Link
{
    QString href;
    int position;
};

QList<Link> links(const QTextDocument *document)
{
    QList<Link> result;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QString href = it.fragment().charFormat().anchorHref();
            if (!href.isEmpty())
                result.append({href, it.fragment().position() + 1});
        }
    }
    return result;
}

bool hasImages(const QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                return true;
        }
    }
    return false;
}

void clickAt(QTextBrowser *browser, int position)
{
    QTextCursor cursor(browser->document());
    cursor.setPosition(position);
    browser->setTextCursor(cursor);
    browser->ensureCursorVisible();
    const QRect rect = browser->cursorRect(cursor);
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 1, rect.center().y()));
}

bool isAllowedLink(const QString &href)
{
    return href.startsWith(QLatin1String("https://")) || href.startsWith(QLatin1String("clause:"))
        || href.startsWith(QLatin1String("event:"));
}

/// The tooltip label Qt shows, if one is visible.
QLabel *visibleToolTip()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->inherits("QTipLabel") && widget->isVisible())
            return qobject_cast<QLabel *>(widget);
    }
    return nullptr;
}

/// The text @p label shows, as a reader sees it.
QString shownText(const QLabel &label)
{
    const bool rich = label.textFormat() == Qt::RichText
        || (label.textFormat() == Qt::AutoText && Qt::mightBeRichText(label.text()));
    if (!rich)
        return label.text();
    QTextDocument document;
    document.setHtml(label.text());
    return document.toPlainText().replace(QChar::LineSeparator, u'\n').replace(QChar::Nbsp, u' ');
}

bool networkLibraryLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libQt6Network");
}

} // namespace

class TestUntrustedContentGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_networkLinkedAtStart = networkLibraryLoaded();
#ifndef Q_OS_LINUX
        QSKIP("file access is observed with inotify, which only Linux has");
#endif
    }

    void cleanupTestCase()
    {
        // With KF6 SyntaxHighlighting, Qt Network comes in at start as a link-time dependency (the
        // framework's definition downloader, which Dealscope never calls), so a later load can't be seen.
        if (m_networkLinkedAtStart)
            QSKIP("Qt Network is linked in from the start (KSyntaxHighlighting); a load can't be observed");
        QVERIFY2(!networkLibraryLoaded(), "Qt Network was loaded: something may fetch URLs");
    }

    void theWatchSeesAReadWhenMarkupIsInterpreted()
    {
        // The control experiment: a plain QTextBrowser and a QLabel do read a local image named in HTML.
        WatchedDirectory watched;
        QVERIFY(watched.isValid());
        QTextBrowser browser;
        browser.setHtml(hostileHtml(watched));
        browser.resize(400, 300);
        browser.grab(); // lays out and paints, which loads the images
        const QStringList byBrowser = watched.accessed();
        QVERIFY2(byBrowser.contains(QStringLiteral("image.png")), qPrintable(byBrowser.join(u' ')));
        QLabel label(hostileHtml(watched)); // Qt::AutoText
        label.grab();
        const QStringList byLabel = watched.accessed();
        QVERIFY2(byLabel.contains(QStringLiteral("image.png")), qPrintable(byLabel.join(u' ')));
    }

    void detailsShowMarkupAsText()
    {
        WatchedDirectory watched;
        QVERIFY(watched.isValid());
        const QString html = hostileHtml(watched);
        const DatasetLoadResult result = DatasetLoader::loadData(hostileDataset(html), QStringLiteral("hostile.json"));
        QVERIFY2(result.ok(),
                 qPrintable(result.diagnostics.isEmpty() ? QString() : result.diagnostics.first().toString()));
        AgreementModel model;
        model.setDataset(result.dataset);
        ObservedDetailsPane pane;
        pane.resize(600, 800);
        pane.setModel(&model);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        watched.accessed();

        UrlRecorder recorder;
        QElapsedTimer timer;
        timer.start();
        const QList<QModelIndex> items
            = {QModelIndex(), model.indexForId(QStringLiteral("c1")), model.indexForId(QStringLiteral("c2")),
               model.indexForId(QStringLiteral("e1")), model.index(0, 0)};
        int httpsClicks = 0;
        for (const QModelIndex &item : items) {
            pane.showItem(item);
            pane.grab(); // paints, which would load images
            const QString text = pane.toPlainText();
            if (item == items.at(1) || item == items.at(3))
                QVERIFY2(text.contains(html), qPrintable(text.left(500)));
            QVERIFY(!hasImages(pane.document()));
            for (const Link &link : links(pane.document()))
                QVERIFY2(isAllowedLink(link.href), qPrintable(link.href));
            // Clicking every link: only https goes to the browser, clause and event links stay inside.
            for (const Link &link : links(pane.document())) {
                if (link.href.startsWith(QLatin1String("https:")))
                    ++httpsClicks;
                clickAt(&pane, link.position);
                pane.showItem(item); // a click may have asked for another item
            }
        }
        QVERIFY2(timer.elapsed() < HangLimitMs, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(httpsClicks > 0);
        QCOMPARE(recorder.urls.size(), httpsClicks);
        for (const QUrl &opened : std::as_const(recorder.urls))
            QCOMPARE(opened, QUrl(QStringLiteral("https://example.org/a")));
        QVERIFY2(pane.requested.isEmpty(), qPrintable(pane.requested.value(0).toString()));
        QCOMPARE(watched.accessed(), QStringList());
        QCOMPARE(pane.source(), QUrl());
    }

    void articleShowsMarkupAsText()
    {
        WatchedDirectory watched;
        QVERIFY(watched.isValid());
        const QString url = watched.url("image.png");
        const QByteArray data = "---\nid: sample\nlang: en\ntitle: <img src=\"" + url.toUtf8()
            + "\"> title\n---\n\n{#p-a}\nText <img src=\"" + url.toUtf8() + "\"> ![x](" + url.toUtf8() + ") [local]("
            + watched.url("secret.txt").toUtf8()
            + ") [js](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) "
              "![remote](https://example.org/remote.png) [clause](clause:C1).\n\n"
              "## Sources {#h-sources}\n\n{#p-sources}\n- [Example](https://example.org/a)\n"
              "- [Local]("
            + watched.url("secret.txt").toUtf8() + ")\n";
        ArticleParser parser;
        parser.setKnownClauses({QStringLiteral("C1")});
        const ArticleParseResult result = parser.parse(data, QStringLiteral("sample/en.md"));
        QVERIFY(!result.ok()); // every refusal is reported …
        QVERIFY(result.diagnostics.size() >= 6);
        ArticleView view; // … and the best effort is shown as text
        view.resize(700, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        watched.accessed();
        UrlRecorder recorder;
        QSignalSpy clauses(&view, &ArticleView::clauseActivated);
        view.showArticles(result.article);
        view.grab();
        const QString text = view.browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("<img src=\"%1\"> title").arg(url)), qPrintable(text));
        QVERIFY(!hasImages(view.browser()->document()));
        const QList<Link> found = links(view.browser()->document());
        QCOMPARE(found.size(), 2); // the clause link and the one https source
        for (const Link &link : found) {
            QVERIFY2(isAllowedLink(link.href), qPrintable(link.href));
            clickAt(view.browser(), link.position);
        }
        QCOMPARE(recorder.urls, QList<QUrl>({QUrl(QStringLiteral("https://example.org/a"))}));
        QCOMPARE(clauses.size(), 1);
        QCOMPARE(watched.accessed(), QStringList());
    }

    void sourceViewShowsTextAsIs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("HTML") << QStringLiteral("<img src=\"file:///etc/passwd\"><b>bold</b><script>x</script>");
        QTest::newRow("invalid UTF-8, decoded") << QString::fromUtf8("caf\xff\xfe \xc0\xaf \xed\xa0\x80");
        QTest::newRow("bidirectional override") << QStringLiteral("abc \u202e fed \u2066 x");
        QTest::newRow("NUL and controls") << QStringLiteral("a\u0000b\u0001c\u007f").replace(u'\0', QChar(0));
        QTest::newRow("enormous line") << QString(2 * 1024 * 1024, u'x');
        QTest::newRow("many lines") << QStringLiteral("{\"a\": [1e308, NaN, -Infinity]}\n").repeated(50000);
        QTest::newRow("deep nesting") << QString(100000, u'[') + QString(100000, u']');
    }

    void sourceViewShowsTextAsIs()
    {
        QFETCH(QString, text);
        SourceView view;
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QElapsedTimer timer;
        timer.start();
        view.showDocument(QStringLiteral("hostile"), QStringLiteral("hostile.json"), text);
        view.grab();
        QVERIFY2(timer.elapsed() < HangLimitMs, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(view.editor()->toPlainText().size(), text.size());
        QVERIFY(view.editor()->toPlainText() == text);
    }

    void windowShowsHostileDatasetAndEscapesToolTips()
    {
        WatchedDirectory watched;
        QVERIFY(watched.isValid());
        const QString html = hostileHtml(watched);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("hostile.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(hostileDataset(html));
        file.close();

        QElapsedTimer timer;
        timer.start();
        DatasetDocument document;
        const Diagnostics problems = document.open(file.fileName());
        QVERIFY2(!hasErrors(problems), qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));
        UrlRecorder recorder;
        MainWindow window(&document);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QString &id : {QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("e1")}) {
            QVERIFY(window.selectItem(id));
            window.grab();
        }

        // Tooltips: the clause tree's and the timeline's show the title as text, and load nothing.
        QTreeView *tree = window.clauseTree()->view();
        tree->expandAll();
        QTest::qWait(50);
        const QModelIndex treeIndex = window.selectionModel()->currentIndex();
        QVERIFY(treeIndex.isValid());
        window.selectItem(QStringLiteral("c1"));
        const QModelIndex current = window.selectionModel()->currentIndex();
        const QRect treeRect = tree->visualRect(current);
        QVERIFY(!treeRect.isEmpty());
        QHelpEvent treeHelp(QEvent::ToolTip, treeRect.center(), tree->viewport()->mapToGlobal(treeRect.center()));
        QApplication::sendEvent(tree->viewport(), &treeHelp);
        QLabel *tip = visibleToolTip();
        QVERIFY(tip);
        tip->grab();
        QVERIFY2(shownText(*tip).contains(html), qPrintable(tip->text().left(300)));
        QToolTip::hideText();

        TimelineView *timeline = window.timeline();
        const QModelIndex timelineIndex = window.agreementModel()->indexForId(QStringLiteral("c1"));
        QModelIndex viewIndex = timelineIndex;
        QRect timelineRect = timeline->visualRect(viewIndex);
        if (timelineRect.isEmpty()) { // the timeline may read the filter model
            viewIndex = current;
            timelineRect = timeline->visualRect(viewIndex);
        }
        if (!timelineRect.isEmpty()) {
            const QPoint point = timelineRect.intersected(timeline->viewport()->rect()).center();
            QHelpEvent help(QEvent::ToolTip, point, timeline->viewport()->mapToGlobal(point));
            QApplication::sendEvent(timeline->viewport(), &help);
            if (QLabel *timelineTip = visibleToolTip())
                timelineTip->grab();
            QToolTip::hideText();
        }
        QVERIFY2(timer.elapsed() < HangLimitMs, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(watched.accessed(), QStringList());
        QVERIFY(recorder.urls.isEmpty()); // showing a file opens nothing
    }

private:
    bool m_networkLinkedAtStart = false;
};

QTEST_MAIN(TestUntrustedContentGui)
#include "tst_untrustedcontent_gui.moc"
