// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QSplitter;

namespace Dealscope {

/// The Explorer view: the clause tree on the left, the timeline beside it, and the details under the
/// timeline, or beside it once the window is wide enough for three readable columns. The split follows the
/// window's width as it changes, and remembers what the user dragged for each arrangement.
///
/// The panes are given later than the page is built: the window's first frame shows the page with
/// placeholders, and setPanes() puts the views in their places.
class ExplorerPage : public QWidget
{
    Q_OBJECT

public:
    /// From this page width on, the details stand beside the timeline rather than under it.
    static constexpr int WideLayoutWidth = 1440;

    explicit ExplorerPage(QWidget *parent = nullptr);

    /// Puts @p tree, @p timeline and @p details in the places of the placeholders (which are deleted).
    void setPanes(QWidget *tree, QWidget *timeline, QWidget *details);

    /// Qt::Horizontal when the details stand beside the timeline, Qt::Vertical when under it.
    Qt::Orientation detailsPlacement() const;

    /// The pane sizes the user chose, for QSettings; restoreState() ignores data it cannot read.
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);
    /// Forgets the user's sizes: the default shares for the current width.
    void resetLayout();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrangeFor(int width);
    void applyDefaultSizes();
    void applySizes();
    void rememberSizes();

    QSplitter *m_outer; ///< tree | the rest
    QSplitter *m_inner; ///< timeline and details
    // What the user dragged, per arrangement; empty means "the default shares".
    QList<int> m_outerSizes;
    QList<int> m_besideSizes;
    QList<int> m_belowSizes;
    bool m_applying = false;
    bool m_sized = false; ///< sizes applied once the page had a size
};

} // namespace Dealscope
