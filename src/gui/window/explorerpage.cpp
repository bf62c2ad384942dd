// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/explorerpage.h"

#include "widgets/loadingplaceholder.h"

#include <QDataStream>
#include <QIODevice>
#include <QResizeEvent>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace Dealscope {

namespace {

// Default shares of the page. The tree gets room for titles, statuses and ends, and no more; the timeline
// takes what grows, and keeps at least 40% of the width; beside it the details get a column wide enough for
// prose. With the details under the timeline the tree can take a larger share.
constexpr double TreeShareBeside = 0.34;
constexpr double TreeShareBelow = 0.45;
constexpr int TreeMinimumWidth = 400;
constexpr int TreeMaximumWidth = 600;
constexpr int TreeMaximumWidthBeside = 560;
constexpr double DetailsBesideShare = 0.24;
constexpr int DetailsMinimumWidth = 360;
constexpr int DetailsMaximumWidth = 480;
constexpr double TimelineBelowShare = 0.55; ///< of the height, with the details under the timeline

constexpr quint32 StateVersion = 1;

int boundedShare(int total, double share, int minimum, int maximum)
{
    return std::clamp(int(total * share), minimum, maximum);
}

void replacePane(QSplitter *splitter, int index, QWidget *pane)
{
    delete splitter->replaceWidget(index, pane); // the placeholder
}

} // namespace

ExplorerPage::ExplorerPage(QWidget *parent)
    : QWidget(parent), m_outer(new QSplitter(Qt::Horizontal, this)), m_inner(new QSplitter(Qt::Vertical))
{
    setObjectName(QStringLiteral("explorerPage"));
    m_outer->setObjectName(QStringLiteral("explorerSplitter"));
    m_inner->setObjectName(QStringLiteral("timelineDetailsSplitter"));
    m_outer->addWidget(new LoadingPlaceholder);
    m_outer->addWidget(m_inner);
    m_inner->addWidget(new LoadingPlaceholder);
    m_inner->addWidget(new LoadingPlaceholder);
    // A pane dragged to nothing would be lost to a user who does not know the handle is there.
    m_outer->setChildrenCollapsible(false);
    m_inner->setChildrenCollapsible(false);
    m_outer->setStretchFactor(0, 0); // a wider window widens the timeline, not the tree
    m_outer->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_outer);

    connect(m_outer, &QSplitter::splitterMoved, this, &ExplorerPage::rememberSizes);
    connect(m_inner, &QSplitter::splitterMoved, this, &ExplorerPage::rememberSizes);
}

void ExplorerPage::setPanes(QWidget *tree, QWidget *timeline, QWidget *details)
{
    replacePane(m_outer, 0, tree);
    replacePane(m_inner, 0, timeline);
    replacePane(m_inner, 1, details);
    setFocusProxy(tree); // the page's keyboard starts in the clause tree
    applySizes();
}

Qt::Orientation ExplorerPage::detailsPlacement() const
{
    return m_inner->orientation();
}

QByteArray ExplorerPage::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << StateVersion << m_outerSizes << m_besideSizes << m_belowSizes;
    return state;
}

void ExplorerPage::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    quint32 version = 0;
    QList<int> outer, beside, below;
    stream >> version >> outer >> beside >> below;
    if (stream.status() != QDataStream::Ok || version != StateVersion)
        return; // nothing remembered, or from another release: the defaults
    const auto usable = [](const QList<int> &sizes) {
        return sizes.size() == 2 && std::all_of(sizes.begin(), sizes.end(), [](int size) { return size > 0; });
    };
    m_outerSizes = usable(outer) ? outer : QList<int>();
    m_besideSizes = usable(beside) ? beside : QList<int>();
    m_belowSizes = usable(below) ? below : QList<int>();
    applySizes();
}

void ExplorerPage::resetLayout()
{
    m_outerSizes.clear();
    m_besideSizes.clear();
    m_belowSizes.clear();
    applySizes();
}

void ExplorerPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeFor(event->size().width());
}

void ExplorerPage::arrangeFor(int width)
{
    const Qt::Orientation placement = width >= WideLayoutWidth ? Qt::Horizontal : Qt::Vertical;
    // Until the user drags a handle, the panes keep their default shares of whatever width the window has.
    const bool chosen
        = !m_outerSizes.isEmpty() || !(placement == Qt::Horizontal ? m_besideSizes : m_belowSizes).isEmpty();
    if (placement == m_inner->orientation() && m_sized && chosen)
        return;
    m_inner->setOrientation(placement);
    // Beside, the details keep their column as the window grows; under the timeline both share the height.
    m_inner->setStretchFactor(0, 1);
    m_inner->setStretchFactor(1, placement == Qt::Horizontal ? 0 : 1);
    applySizes();
}

/// The remembered sizes of the current arrangement, or the default shares where nothing is remembered.
void ExplorerPage::applySizes()
{
    const int width = this->width();
    const int height = this->height();
    if (width <= 0 || height <= 0)
        return; // not laid out yet: resizeEvent() comes back here
    m_applying = true;
    m_sized = true;
    const bool beside = m_inner->orientation() == Qt::Horizontal;
    const int tree = beside ? boundedShare(width, TreeShareBeside, TreeMinimumWidth, TreeMaximumWidthBeside)
                            : boundedShare(width, TreeShareBelow, TreeMinimumWidth, TreeMaximumWidth);
    m_outer->setSizes(m_outerSizes.isEmpty() ? QList<int> {tree, width - tree} : m_outerSizes);
    if (beside) {
        const int rest = width - tree;
        const int details = boundedShare(width, DetailsBesideShare, DetailsMinimumWidth, DetailsMaximumWidth);
        m_inner->setSizes(m_besideSizes.isEmpty() ? QList<int> {rest - details, details} : m_besideSizes);
    } else {
        const int timeline = int(height * TimelineBelowShare);
        m_inner->setSizes(m_belowSizes.isEmpty() ? QList<int> {timeline, height - timeline} : m_belowSizes);
    }
    m_applying = false;
}

void ExplorerPage::rememberSizes()
{
    if (m_applying)
        return;
    m_outerSizes = m_outer->sizes();
    (m_inner->orientation() == Qt::Horizontal ? m_besideSizes : m_belowSizes) = m_inner->sizes();
}

} // namespace Dealscope
