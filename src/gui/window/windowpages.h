// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QActionGroup;
class QKeySequence;
class QMenu;
class QTabWidget;
class QVariant;
class QWidget;

namespace Dealscope {

/// The window's views, one at a time and each with the whole of the window: a tab each, and a checked
/// action each in the View menu. Until the window puts a view in (setView()), a page shows a "Loading…"
/// placeholder, so that the remembered page can be restored before the first frame.
class WindowPages : public QObject
{
    Q_OBJECT

public:
    /// The views, in the order of their tabs.
    enum class Page {
        Glance, ///< the deal at a glance: the start page
        Explorer,
        Scenario,
        Articles,
        Compare,
        Questions,
    };

    /// Makes the tabs, with @p explorer as the Explorer's page, and adds one action per page at the top of
    /// @p viewMenu.
    WindowPages(QWidget *explorer, QMenu *viewMenu, QObject *parent);

    QTabWidget *tabs() const { return m_tabs; }
    /// Puts @p view into @p page in place of its placeholder.
    void setView(Page page, QWidget *view);

    Page current() const;
    void show(Page page);

    /// The page as settings remember it ("explorer", …), and back. An index, as earlier versions
    /// remembered the page, is read too; the start page when @p value names none.
    static QString key(Page page);
    /// The page's shortcut: Alt+Home for the start page, Ctrl+1 to Ctrl+5 for the others.
    static QKeySequence shortcut(Page page);
    static Page fromSetting(const QVariant &value);

    void retranslate();

Q_SIGNALS:
    void currentChanged(Dealscope::WindowPages::Page page);

private:
    QTabWidget *m_tabs;
    QActionGroup *m_actions;
};

} // namespace Dealscope
