// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for Dealscope's cold start: the least a Qt Widgets program does to show a main window. It
// shows an empty QMainWindow of Dealscope's first-start size and quits once the window has painted its
// first frame, the same way `dealscope` does with DEALSCOPE_QUIT_AFTER_FIRST_PAINT=1; with `--stay` it
// stays open (for measuring its idle memory). scripts/benchmark-startup times both side by side.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
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

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (!QCoreApplication::arguments().contains(QLatin1String("--stay")))
        app.installEventFilter(new QuitAfterFirstPaint(&app));
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Startup floor"));
    window.resize(1600, 900);
    window.show();
    return app.exec();
}
