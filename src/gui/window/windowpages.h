// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <array>
#include <functional>

class QActionGroup;
class QKeySequence;
class QMenu;
class QTabWidget;
class QVariant;
class QWidget;

namespace Dealscope {

/// The window's views, one at a time and each with the whole of the window: a tab each, and a checked
/// action each in the View menu. A page's view is built when the page is first shown or asked for
/// (view()), by the builder the window gives it: a start builds only the page it shows. Until then the page
/// holds a "Loading…" placeholder, so that the remembered page can be restored before the first frame.
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
    static constexpr int PageCount = int(Page::Questions) + 1;

    /// Makes the tabs, with @p explorer as the Explorer's page, and adds one action per page at the top of
    /// @p viewMenu.
    WindowPages(QWidget *explorer, QMenu *viewMenu, QObject *parent);

    using Builder = std::function<QWidget *()>;

    QTabWidget *tabs() const { return m_tabs; }
    /// Builds @p page's view with @p builder when the page is first shown or asked for; at once if it is
    /// the current page.
    void setBuilder(Page page, Builder builder);
    /// The view of @p page, built now if it was not yet; null while the page has no builder.
    QWidget *view(Page page);
    /// The view of @p page if it is built, else null.
    QWidget *builtView(Page page) const { return m_views[int(page)]; }

    Page current() const;
    void show(Page page);
    /// Moves the keyboard focus into @p page's view (its focus proxy, else its first field), unless it is
    /// there already.
    void focusPage(Page page);

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
    std::array<Builder, PageCount> m_builders;
    std::array<QWidget *, PageCount> m_views {};
};

} // namespace Dealscope
