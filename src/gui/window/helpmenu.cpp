// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/helpmenu.h"

#include "dataset/datasetdocument.h"
#include "glossary/glossaryview.h"
#include "help/helptopic.h"
#include "legend/legenddialog.h"
#include "session/languagemanager.h"
#include "window/windowpages.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>

namespace Dealscope {

namespace {

/// A help window: a top-level window of its own, so that it can sit beside the main one, closed with it.
void makeHelpWindow(QWidget *help, QWidget *mainWindow)
{
    help->setWindowFlag(Qt::Window);
    help->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(mainWindow, &QObject::destroyed, help, &QObject::deleteLater);
    // Closed from the keyboard like a dialog: Escape, or the platform's Close (Ctrl+W).
    auto *close = new QAction(help);
    close->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Close)});
    close->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(close, &QAction::triggered, help, &QWidget::close);
    help->addAction(close);
}

void raise(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace

HelpMenu::HelpMenu(QMenu *menu, QAction *aboutAction, DatasetDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_glance(new QAction(QIcon::fromTheme(QStringLiteral("go-home")), QString(), this))
    , m_userGuide(new QAction(QIcon::fromTheme(QStringLiteral("help-contents")), QString(), this))
    , m_legend(new QAction(QString(), this))
    , m_glossary(new QAction(QString(), this))
{
    m_legend->setObjectName(QStringLiteral("legendAction"));
    m_glance->setObjectName(QStringLiteral("glanceHelpAction"));
    m_userGuide->setObjectName(QStringLiteral("userGuideAction"));
    m_glossary->setObjectName(QStringLiteral("glossaryAction"));
    m_userGuide->setShortcuts(QKeySequence::HelpContents);
    connect(m_glance, &QAction::triggered, this, &HelpMenu::glanceRequested);
    connect(m_userGuide, &QAction::triggered, this, &HelpMenu::showContextHelp);
    connect(m_legend, &QAction::triggered, this, [this] { LegendDialog::showFor(m_window); });
    connect(m_glossary, &QAction::triggered, this, &HelpMenu::showGlossary);
    menu->insertActions(aboutAction, {m_glance, m_userGuide, m_legend, m_glossary});
    menu->insertSeparator(aboutAction);
    connect(aboutAction, &QAction::triggered, this, &HelpMenu::showAbout);
    connect(m_document, &DatasetDocument::datasetChanged, this, &HelpMenu::updateGlossary);
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &HelpMenu::updateGlossary);
    // The menu is told of a change of language; this object, not being a widget, is not.
    menu->installEventFilter(this);
    retranslate();
}

GlossaryView *HelpMenu::glossaryWindow() const
{
    return qobject_cast<GlossaryView *>(m_glossaryWindow.data());
}

void HelpMenu::showContextHelp()
{
    const UserGuide::Topic topic = helpTopicFor(QApplication::focusWidget());
    if (!m_guideWindow) {
        m_guideWindow = new UserGuideWindow;
        makeHelpWindow(m_guideWindow, m_window);
    }
    m_guideWindow->showTopic(topic);
}

void HelpMenu::showGlossary()
{
    if (!m_glossaryWindow) {
        auto *glossary = new GlossaryView;
        glossary->setObjectName(QStringLiteral("glossaryWindow"));
        glossary->resize(560, 600);
        makeHelpWindow(glossary, m_window);
        m_glossaryWindow = glossary;
        updateGlossary();
        retranslate();
    }
    raise(m_glossaryWindow);
}

void HelpMenu::updateGlossary()
{
    if (GlossaryView *glossary = glossaryWindow()) {
        glossary->setDataset(m_document->dataset());
        glossary->setLanguage(LanguageManager::instance()->language());
    }
}

bool HelpMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void HelpMenu::retranslate()
{
    // The page's own shortcut, named as menus name shortcuts: this action shows the page it switches to.
    m_glance->setText(tr("The Deal at a &Glance") + u'\t'
                      + WindowPages::shortcut(WindowPages::Page::Glance).toString(QKeySequence::NativeText));
    m_glance->setToolTip(tr("What each party gets, the key dates, what changed last and what is still unknown"));
    m_userGuide->setText(tr("&User Guide"));
    m_userGuide->setToolTip(tr("Open the guide at the part about the pane you are in"));
    m_legend->setText(tr("&Legend"));
    m_legend->setToolTip(tr("What every badge, icon, shape and colour of the views means"));
    m_glossary->setText(tr("Gl&ossary"));
    m_glossary->setToolTip(tr("The terms of the agreement and of the trade, explained"));
    if (m_glossaryWindow)
        m_glossaryWindow->setWindowTitle(tr("Glossary"));
}

void HelpMenu::showAbout()
{
    QMessageBox::about(m_window, tr("About Dealscope"),
                       tr("<h3>Dealscope %1</h3>"
                          "<p>An explorer for business agreements: their clauses, versions and timeline.</p>"
                          "<p>The bundled dataset describes the Microsoft–OpenAI partnership from public "
                          "sources; it is not legal or investment advice.</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace Dealscope
