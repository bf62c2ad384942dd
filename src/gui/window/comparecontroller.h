// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QToolBar;

namespace Dealscope {

class CompareView;
class MainWindow;

/// Joins the Compare view to the window: View › Compare Versions… shows it; the Compare toggle beside the
/// version combo outlines version A's terms under the timeline's bars; version B follows the version the
/// window shows, and A starts as the one before it; a row chosen in the view is selected everywhere, and a
/// selection elsewhere shows in the view; the view's Export saves the redline PDF or CSV. The view is built
/// when the Compare page is first shown, or when the toggle needs its version A.
class CompareController : public QObject
{
    Q_OBJECT

public:
    /// Puts its actions in @p viewMenu and, after @p besideAction, in @p toolBar.
    CompareController(MainWindow *window, QMenu *viewMenu, QToolBar *toolBar, QAction *besideAction);

    /// Joins @p view, just built, to the window: it shows the window's dataset, version and selection.
    void setView(CompareView *view);

    QAction *compareVersionsAction() const { return m_showAction; }
    QAction *compareToggle() const { return m_toggle; }

Q_SIGNALS:
    /// A comparison was written to @p path.
    void exported(const QString &path);

private:
    void followModelVersion();
    void followDataset();
    void versionsChosen(const QString &versionA, const QString &versionB);
    void updateTimeline();
    void followSelection();
    void exportComparison();
    void retranslate();
    /// The toggle's tooltip names the versions it compares.
    void updateToggleToolTip();
    QString earlierVersion() const;
    bool eventFilter(QObject *watched, QEvent *event) override;

    MainWindow *m_window;
    CompareView *m_view = nullptr;
    QAction *m_showAction;
    QAction *m_toggle;
};

} // namespace Dealscope
