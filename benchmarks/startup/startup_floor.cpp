// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for Dealscope's cold start: the least a Qt Widgets program does to show a main window. It
// shows an empty QMainWindow of Dealscope's first-start size and quits once the window has painted its
// first frame, the same way `dealscope` does with DEALSCOPE_QUIT_AFTER_FIRST_PAINT=1; with `--stay` it
// stays open (for measuring its idle memory). scripts/benchmark-startup times both side by side.
//
// With `--text` it shows what any window a person can read needs beyond that: a menu bar and one page of
// rich text (headings, bold words, links) in a QTextBrowser. Not a bar, a reference: how much of
// Dealscope's start is the first text every Qt program pays for (fonts found, loaded and shaped).
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QTextBrowser>
#include <QTimer>

namespace {

class QuitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            qApp->removeEventFilter(this);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};

/// About a screenful of text in the start page's styles.
QWidget *pageOfText()
{
    QString html;
    for (int section = 1; section <= 12; ++section) {
        html += QStringLiteral("<h2>Section %1</h2><h3>Terms</h3><ul><li><b>Term %1</b>: a line of ordinary "
                               "words with a <a href=\"clause:%1\">link to a clause</a>, long enough to "
                               "wrap.</li><li><span style=\"color:#666\">A quieter note under it.</span>"
                               "</li></ul>")
                    .arg(section);
    }
    auto *browser = new QTextBrowser;
    browser->setHtml(html);
    return browser;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (!arguments.contains(QLatin1String("--stay")))
        app.installEventFilter(new QuitAfterFirstPaint(&app));
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Startup floor"));
    if (arguments.contains(QLatin1String("--text"))) {
        for (const char *menu : {"&File", "&Edit", "&View", "&Help"})
            window.menuBar()->addMenu(QString::fromLatin1(menu))->addAction(QStringLiteral("Action"));
        window.setCentralWidget(pageOfText());
    }
    window.resize(1600, 900);
    window.show();
    return app.exec();
}
