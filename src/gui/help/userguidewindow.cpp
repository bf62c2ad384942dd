// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/userguidewindow.h"

#include "session/languagemanager.h"

#include <QAction>
#include <QDesktopServices>
#include <QEvent>
#include <QIcon>
#include <QKeySequence>
#include <QStyle>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace Dealscope {

UserGuideWindow::UserGuideWindow(QWidget *parent) : QWidget(parent, Qt::Window), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuideWindow"));
    resize(720, 640);

    // Links are followed here so that nothing but the embedded guide is ever loaded into the browser.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuideWindow::openLink);

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back = toolBar->addAction(
        QIcon::fromTheme(QStringLiteral("go-previous"), style()->standardIcon(QStyle::SP_ArrowBack)), QString(),
        m_browser, &QTextBrowser::backward);
    m_back->setShortcuts(QKeySequence::Back);
    m_forward = toolBar->addAction(
        QIcon::fromTheme(QStringLiteral("go-next"), style()->standardIcon(QStyle::SP_ArrowForward)), QString(),
        m_browser, &QTextBrowser::forward);
    m_forward->setShortcuts(QKeySequence::Forward);
    m_contents
        = toolBar->addAction(QIcon::fromTheme(QStringLiteral("go-home"), style()->standardIcon(QStyle::SP_DirHomeIcon)),
                             QString(), this, [this] { showTopic(UserGuide::Topic::Contents); });
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QAction::setEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_browser);
    setFocusProxy(m_browser);
    retranslate();
}

void UserGuideWindow::showTopic(UserGuide::Topic topic)
{
    m_browser->setSource(UserGuide::topicUrl(LanguageManager::instance()->language(), topic));
    show();
    raise();
    activateWindow();
}

QUrl UserGuideWindow::source() const
{
    return m_browser->source();
}

QString UserGuideWindow::text() const
{
    return m_browser->toPlainText();
}

void UserGuideWindow::openLink(const QUrl &url)
{
    const QUrl resolved = m_browser->source().resolved(url);
    if (resolved.scheme() == u"qrc" && resolved.path() == m_browser->source().path()) {
        m_browser->setSource(resolved);
    } else if (url.scheme() == u"http" || url.scheme() == u"https") {
        QDesktopServices::openUrl(url);
    }
}

void UserGuideWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reloadInLanguage();
    }
    QWidget::changeEvent(event);
}

/// The same place in the guide of the new interface language; history across languages is dropped.
void UserGuideWindow::reloadInLanguage()
{
    if (m_browser->source().isEmpty())
        return;
    QUrl url = UserGuide::topicUrl(LanguageManager::instance()->language(), UserGuide::Topic::Contents);
    url.setFragment(m_browser->source().fragment());
    if (url.path() != m_browser->source().path()) {
        m_browser->setSource(url);
        m_browser->clearHistory();
    }
}

void UserGuideWindow::retranslate()
{
    setWindowTitle(tr("Dealscope User Guide"));
    m_back->setText(tr("Back"));
    m_forward->setText(tr("Forward"));
    m_contents->setText(tr("Contents"));
    m_browser->setAccessibleName(tr("User guide"));
}

} // namespace Dealscope
