// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/windowpages.h"

#include "widgets/loadingplaceholder.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QKeySequence>
#include <QMenu>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QVariant>

namespace Dealscope {

namespace {

constexpr int PageCount = WindowPages::PageCount;

// The explorer keeps Ctrl+1 to Ctrl+4 as before the start page came first; the start page is the home page.
const QKeySequence Shortcuts[PageCount] = {
    QKeySequence(Qt::ALT | Qt::Key_Home), QKeySequence(Qt::CTRL | Qt::Key_1), QKeySequence(Qt::CTRL | Qt::Key_2),
    QKeySequence(Qt::CTRL | Qt::Key_3),   QKeySequence(Qt::CTRL | Qt::Key_4), QKeySequence(Qt::CTRL | Qt::Key_5),
};

const char *const Keys[PageCount] = {"glance", "explorer", "scenario", "articles", "compare", "questions"};

QWidget *createPlaceholderPage(const QString &objectName)
{
    auto *page = new QWidget;
    page->setObjectName(objectName);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new LoadingPlaceholder);
    return page;
}

/// Gives the focus to @p view or the first of its descendants, which follow it in the chain, that takes it by
/// Tab.
void focusFirstField(QWidget *view)
{
    for (QWidget *widget = view; widget == view || view->isAncestorOf(widget); widget = widget->nextInFocusChain()) {
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(view) && widget->isEnabled()) {
            widget->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

} // namespace

WindowPages::WindowPages(QWidget *explorer, QMenu *viewMenu, QObject *parent)
    : QObject(parent), m_tabs(new QTabWidget), m_actions(new QActionGroup(this))
{
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_tabs->setDocumentMode(true);
    m_actions->setExclusive(true);
    QAction *first = viewMenu->actions().value(0);
    m_tabs->setAccessibleName(tr("Pages"));
    for (int page = 0; page < PageCount; ++page) {
        const QString name = QLatin1String(Keys[page]) + QStringLiteral("Page");
        QWidget *tab = Page(page) == Page::Explorer ? explorer : createPlaceholderPage(name);
        if (Page(page) == Page::Explorer)
            m_views[page] = explorer;
        m_tabs->addTab(tab, QString());
        QAction *action = m_actions->addAction(QString());
        action->setObjectName(QLatin1String(Keys[page]) + QStringLiteral("PageAction"));
        action->setCheckable(true);
        action->setShortcut(Shortcuts[page]);
        action->setData(page);
        viewMenu->insertAction(first, action);
    }
    viewMenu->insertSeparator(first);
    m_actions->actions().at(m_tabs->currentIndex())->setChecked(true);
    // Chosen from the menu or by its shortcut, a page takes the keyboard too, so that Tab goes on in it; a
    // click on its tab leaves the focus on the tabs, as tabs do.
    connect(m_actions, &QActionGroup::triggered, this, [this](QAction *action) {
        const Page page = Page(action->data().toInt());
        m_tabs->setCurrentIndex(int(page));
        focusPage(page);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int page) {
        view(Page(page)); // built before it paints
        m_actions->actions().at(page)->setChecked(true);
        Q_EMIT currentChanged(Page(page));
    });
}

void WindowPages::setBuilder(Page page, Builder builder)
{
    m_builders[int(page)] = std::move(builder);
    if (page == current())
        view(page);
}

QWidget *WindowPages::view(Page page)
{
    QWidget *&built = m_views[int(page)];
    if (built || !m_builders[int(page)])
        return built;
    QWidget *container = m_tabs->widget(int(page));
    const bool hadFocus = container->hasFocus();
    built = m_builders[int(page)]();
    QLayout *layout = container->layout();
    QLayoutItem *placeholder = layout->takeAt(0);
    delete placeholder->widget();
    delete placeholder;
    layout->addWidget(built);
    built->show(); // now, not on the next turn of the event loop: the page may be on screen already
    // The tab widget gave the focus to the page, which held nothing to take it: as for a page it has, the
    // focus goes to the view's first field.
    if (hadFocus)
        focusFirstField(built);
    return built;
}

WindowPages::Page WindowPages::current() const
{
    return Page(m_tabs->currentIndex());
}

void WindowPages::show(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

void WindowPages::focusPage(Page page)
{
    QWidget *shown = view(page);
    if (!shown || shown->isAncestorOf(QApplication::focusWidget()))
        return;
    if (shown->focusProxy())
        shown->setFocus(Qt::ShortcutFocusReason);
    else
        focusFirstField(shown);
}

QKeySequence WindowPages::shortcut(Page page)
{
    return Shortcuts[int(page)];
}

QString WindowPages::key(Page page)
{
    return QLatin1String(Keys[int(page)]);
}

WindowPages::Page WindowPages::fromSetting(const QVariant &value)
{
    const QString text = value.toString();
    for (int page = 0; page < PageCount; ++page) {
        if (text == QLatin1String(Keys[page]))
            return Page(page);
    }
    // Earlier versions kept the index of a tab bar that began with the Explorer.
    bool isIndex = false;
    const int index = text.toInt(&isIndex);
    if (isIndex && index >= 0 && index <= int(Page::Compare) - int(Page::Explorer))
        return Page(int(Page::Explorer) + index);
    return Page::Glance;
}

void WindowPages::retranslate()
{
    const QString titles[PageCount] = {tr("At a Glance"), tr("Explorer"), tr("Scenario (illustrative)"),
                                       tr("Articles"),    tr("Compare"),  tr("Open Questions")};
    const QString actionTexts[PageCount]
        = {tr("The Deal at a &Glance"), tr("&Explorer"), tr("&Scenario"), tr("&Articles"), tr("Co&mpare"),
           tr("Open &Questions")};
    const QString toolTips[PageCount]
        = {tr("What each party gets, the key dates, what changed last and what is still unknown"),
           tr("The clauses, their timeline and the details of the selected one"),
           tr("An illustrative model of Azure revenue under the agreement's terms"),
           tr("Explainer articles on the agreement and its amendment"),
           tr("Two versions of the agreement compared, wording beside wording"),
           tr("Every point the sources disagree on or leave unknown, with each claim and its sources")};
    for (int page = 0; page < PageCount; ++page) {
        m_tabs->setTabText(page, titles[page]);
        m_tabs->setTabToolTip(page, toolTips[page]);
        QAction *action = m_actions->actions().at(page);
        action->setText(actionTexts[page]);
        action->setToolTip(toolTips[page]);
    }
}

} // namespace Dealscope
