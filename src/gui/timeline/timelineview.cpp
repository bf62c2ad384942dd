// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelineview.h"

#include "legend/legendbutton.h"
#include "timeline/timelineaccessibility.h"
#include "timeline/timelinecontextmenu.h"
#include "timeline/timelineendtext.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinestyle.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QApplication>
#include <QContextMenuEvent>
#include <QGestureEvent>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QTextDocument>
#include <QToolTip>
#include <QWheelEvent>

namespace Dealscope {

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_geometry(font())
    , m_navigator(m_scene, m_geometry)
    , m_scrollBars(horizontalScrollBar(), verticalScrollBar())
    , m_colors(std::make_unique<TimelineColors>(palette()))
    , m_labels(std::make_unique<TimelineLabelCache>())
    , m_today(QDate::currentDate())
{
    installTimelineAccessibility();
    setFocusPolicy(Qt::StrongFocus);
    retranslate();
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->grabGesture(Qt::PinchGesture);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    LegendButton::addTo(this, LegendView::Part::Timeline); // beside the scroll bar, which is always there
    m_geometry.setViewportSize(viewport()->size());
    m_geometry.scale().fit(TimeScale::dayOf(m_today) - 365.0 * 5, TimeScale::dayOf(m_today) + 365.0 * 5, 800);
}

TimelineView::~TimelineView() = default;

void TimelineView::retranslate()
{
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("Clauses of the agreement as bars from start to end, and events as markers, "
                                "in one lane per category"));
}

void TimelineView::setModel(QAbstractItemModel *model)
{
    if (model == m_model)
        return;
    for (const auto &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_model = model;
    if (model) {
        // Any change may move bars, so all of them just mark the scene stale; it is rebuilt once, lazily.
        const auto stale = [this] { invalidateScene(); };
        m_modelConnections = {
            connect(model, &QAbstractItemModel::modelReset, this, stale),
            connect(model, &QAbstractItemModel::rowsInserted, this, stale),
            connect(model, &QAbstractItemModel::rowsRemoved, this, stale),
            connect(model, &QAbstractItemModel::rowsMoved, this, stale),
            connect(model, &QAbstractItemModel::layoutChanged, this, stale),
            connect(model, &QAbstractItemModel::dataChanged, this, stale),
            connect(model, &QAbstractItemModel::destroyed, this, stale),
        };
    }
    m_fitPending = true;
    if (!m_selectionModel || m_selectionModel->model() != model)
        setSelectionModel(model ? new QItemSelectionModel(model, this) : nullptr);
    invalidateScene();
}

void TimelineView::setSelectionModel(QItemSelectionModel *selectionModel)
{
    if (selectionModel == m_selectionModel)
        return;
    for (const auto &connection : std::as_const(m_selectionConnections))
        disconnect(connection);
    m_selectionConnections.clear();
    if (m_selectionModel && m_selectionModel->parent() == this)
        m_selectionModel->deleteLater();
    m_selectionModel = selectionModel;
    if (selectionModel) {
        m_selectionConnections = {
            connect(selectionModel, &QItemSelectionModel::currentChanged, this,
                    [this](const QModelIndex &current) { onCurrentChanged(current); }),
            connect(selectionModel, &QItemSelectionModel::selectionChanged, this, &TimelineView::onSelectionChanged),
        };
    }
    syncSelection();
    viewport()->update();
}

void TimelineView::setVersionMarks(const QList<VersionMark> &marks)
{
    m_versionMarks = marks;
    viewport()->update();
}

void TimelineView::setCurrentVersion(const QString &id)
{
    m_currentVersion = id;
    viewport()->update();
}

void TimelineView::setToday(const QDate &today)
{
    if (today == m_today || !today.isValid())
        return;
    m_today = today;
    invalidateScene(); // certain and uncertain parts of bars split at today
}

void TimelineView::setShowChanges(bool show)
{
    m_showChanges = show;
    viewport()->update();
}

void TimelineView::setComparedTerms(const QHash<QString, TimelineComparedTerm> &terms)
{
    m_comparedTerms = terms;
    viewport()->update();
}

// ---- Geometry ---------------------------------------------------------------------------------------

double TimelineView::xForDate(const QDate &date) const
{
    return m_geometry.xForDate(date);
}

QDate TimelineView::dateAtX(double x) const
{
    return m_geometry.dateAtX(x);
}

void TimelineView::zoomBy(double factor, double anchorX)
{
    m_navigator.zoomBy(factor, anchorX);
    viewChanged();
}

void TimelineView::zoomIn()
{
    zoomBy(TimelineNavigator::ZoomStep, viewport()->width() / 2.0);
}

void TimelineView::zoomOut()
{
    zoomBy(1.0 / TimelineNavigator::ZoomStep, viewport()->width() / 2.0);
}

void TimelineView::setVisibleRange(const QDate &first, const QDate &last)
{
    m_fitPending = false;
    m_navigator.showRange(first, last);
    viewChanged();
}

QDate TimelineView::firstVisibleDate() const
{
    return dateAtX(0);
}

QDate TimelineView::lastVisibleDate() const
{
    return dateAtX(viewport()->width() - 1);
}

TickUnit TimelineView::tickUnit() const
{
    return m_geometry.tickUnit();
}

void TimelineView::fitAll()
{
    ensureScene();
    m_navigator.fitAll(m_versionMarks, m_today);
    m_fitPending = false;
    viewChanged();
}

void TimelineView::zoomToFit()
{
    ensureScene();
    QList<int> selected;
    for (int item = 0; item < m_scene.items().size(); ++item) {
        if (m_selection.isSelected(item))
            selected.append(item);
    }
    if (selected.isEmpty()) {
        fitAll();
        return;
    }
    m_navigator.fitItems(selected);
    m_fitPending = false;
    viewChanged();
}

void TimelineView::resetZoom()
{
    fitAll();
    m_geometry.setScrollY(0);
    viewChanged();
}

int TimelineView::axisHeight() const
{
    return m_geometry.metrics().axisHeight;
}

int TimelineView::lanesHeight() const
{
    ensureScene();
    return m_geometry.contentHeight();
}

QList<int> TimelineView::rowBoundaries() const
{
    ensureScene();
    const LaneStack &lanes = m_geometry.lanes();
    QList<int> boundaries;
    for (int lane = 0; lane < lanes.laneCount(); ++lane) {
        boundaries.append(lanes.laneTop(lane));
        if (lanes.isCollapsed(lane))
            continue;
        for (int row = 0; row < m_scene.lanes()[lane].rows.size(); ++row)
            boundaries.append(lanes.rowTop(lane, row));
    }
    boundaries.append(lanes.contentHeight());
    return boundaries;
}

void TimelineView::scrollLanesTo(int y)
{
    ensureScene();
    m_geometry.setScrollY(y);
    viewChanged();
}

int TimelineView::laneCount() const
{
    ensureScene();
    return int(m_scene.lanes().size());
}

QString TimelineView::laneTitle(int lane) const
{
    ensureScene();
    return lane >= 0 && lane < m_scene.lanes().size() ? m_scene.lanes()[lane].title : QString();
}

QRect TimelineView::laneHeaderRect(int lane) const
{
    ensureScene();
    if (lane < 0 || lane >= m_geometry.lanes().laneCount())
        return {};
    return m_geometry.laneHeaderRect(lane);
}

bool TimelineView::isLaneCollapsed(int lane) const
{
    ensureScene();
    return lane >= 0 && lane < m_scene.lanes().size() && m_collapsedLanes.value(m_scene.lanes()[lane].id);
}

void TimelineView::setLaneCollapsed(int lane, bool collapsed)
{
    ensureScene();
    if (lane < 0 || lane >= m_scene.lanes().size() || isLaneCollapsed(lane) == collapsed)
        return;
    m_collapsedLanes.insert(m_scene.lanes()[lane].id, collapsed);
    layoutLanes();
    viewChanged();
}

void TimelineView::toggleLane(int lane)
{
    setLaneCollapsed(lane, !isLaneCollapsed(lane));
}

int TimelineView::itemCount() const
{
    ensureScene();
    return int(m_scene.items().size());
}

QModelIndex TimelineView::itemIndex(int item) const
{
    ensureScene();
    return item >= 0 && item < m_scene.items().size() ? m_scene.items()[item].index : QModelIndex();
}

int TimelineView::itemOf(const QModelIndex &index) const
{
    ensureScene();
    return m_scene.itemOf(index);
}

bool TimelineView::isItemSelected(int item) const
{
    ensureScene();
    return m_selection.isSelected(item);
}

int TimelineView::currentItem() const
{
    ensureScene();
    return m_selection.current();
}

QRect TimelineView::itemRect(int item) const
{
    ensureScene();
    if (item < 0 || item >= m_scene.items().size())
        return {};
    const TimelineItem &it = m_scene.items()[item];
    if (isLaneCollapsed(it.lane))
        return {};
    return m_geometry.shapeRect(it).toAlignedRect();
}

QRect TimelineView::visualRect(const QModelIndex &index) const
{
    return itemRect(itemOf(index));
}

QModelIndex TimelineView::indexAt(const QPoint &point) const
{
    return itemIndex(itemAt(point));
}

int TimelineView::itemAt(const QPoint &point) const
{
    ensureScene();
    if (const int item = m_navigator.itemAt(point); item >= 0)
        return item;
    // A title or end note drawn beside its bar or marker answers for it, as the bar does.
    if (point.y() < m_geometry.metrics().axisHeight)
        return -1;
    for (const PlacedLabel &label : m_placedLabels) {
        if (label.item >= 0 && label.item < m_scene.items().size() && label.rect.contains(point))
            return label.item;
    }
    return -1;
}

void TimelineView::scrollTo(const QModelIndex &index)
{
    const int item = itemOf(index);
    if (item < 0)
        return;
    const int lane = m_scene.items()[item].lane;
    if (isLaneCollapsed(lane))
        setLaneCollapsed(lane, false);
    m_navigator.scrollToItem(item);
    viewChanged();
}

QString TimelineView::toolTipFor(const QModelIndex &index) const
{
    return TimelineEndText::toolTip(index, locale());
}

// ---- Model and selection ----------------------------------------------------------------------------

void TimelineView::invalidateScene()
{
    // A timeline that showed nothing fits itself to what comes next; one that showed bars keeps the user's
    // zoom and pan through a change of version, language or assumed AGI year.
    if (!m_sceneDirty && m_scene.items().isEmpty())
        m_fitPending = true;
    m_sceneDirty = true;
    m_scene.clear(); // its indexes may already be stale
    m_labels->clear();
    m_placedLabels.clear();
    m_packedPixelsPerDay = 0.0;
    layoutLanes();
    m_selection.clear();
    m_hoveredItem = -1;
    viewport()->update();
    // Scroll bars need the new extent; rebuild after the model has finished this round of changes.
    QMetaObject::invokeMethod(
        this, [this] { ensureScene(); }, Qt::QueuedConnection);
}

void TimelineView::ensureScene() const
{
    if (m_sceneDirty)
        const_cast<TimelineView *>(this)->rebuildScene();
}

void TimelineView::rebuildScene()
{
    m_sceneDirty = false;
    m_scene.rebuild(m_model, m_today);
    notifyTimelineItemsChanged(this);
    m_packedPixelsPerDay = 0.0;
    packRowsForZoom();
    syncSelection();
    if (m_fitPending && !m_scene.items().isEmpty() && m_geometry.width() > 0)
        fitAll();
    else
        updateScrollBars();
}

void TimelineView::layoutLanes()
{
    QList<bool> collapsed;
    collapsed.reserve(m_scene.lanes().size());
    for (const TimelineLane &lane : m_scene.lanes())
        collapsed.append(m_collapsedLanes.value(lane.id));
    m_geometry.layoutLanes(m_scene, collapsed);
}

void TimelineView::packRowsForZoom()
{
    const double pixelsPerDay = m_geometry.scale().pixelsPerDay();
    if (pixelsPerDay == m_packedPixelsPerDay)
        return;
    m_packedPixelsPerDay = pixelsPerDay;
    m_scene.repack([this](int item) {
        const TimelineItem &it = m_scene.items()[item];
        return m_geometry.itemSpan(it, m_labels->titleWidth(item, it, m_geometry.metrics().fm));
    });
    layoutLanes();
}

void TimelineView::syncSelection()
{
    m_selection.sync(m_scene, m_sceneDirty ? nullptr : m_selectionModel.data());
}

void TimelineView::onCurrentChanged(const QModelIndex &current)
{
    ensureScene();
    m_selection.setCurrent(m_scene.itemOf(current));
    if (m_selection.current() >= 0) {
        m_focusedLane = -1;
        scrollTo(current);
    }
    notifyAccessibleFocus();
    viewport()->update();
}

void TimelineView::onSelectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    ensureScene();
    m_selection.update(m_scene, selected, deselected);
    viewport()->update();
}

void TimelineView::selectItem(int item)
{
    if (!m_selectionModel || item < 0)
        return;
    const QModelIndex index = m_scene.items()[item].index;
    m_selectionModel->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_selectionModel->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
}

void TimelineView::focusLane(int lane)
{
    m_focusedLane = lane;
    m_navigator.scrollToLane(lane);
    viewChanged();
}

void TimelineView::applyFocusMove(const FocusMove &move)
{
    switch (move.kind) {
    case FocusMove::Kind::Stay:
        break;
    case FocusMove::Kind::SelectItem:
        selectItem(move.target);
        break;
    case FocusMove::Kind::FocusLane:
        focusLane(move.target);
        break;
    case FocusMove::Kind::CollapseLane:
    case FocusMove::Kind::ExpandLane:
        setLaneCollapsed(move.target, move.kind == FocusMove::Kind::CollapseLane);
        break;
    }
}

void TimelineView::notifyAccessibleFocus()
{
    notifyTimelineCurrentItem(this, m_selection.current());
}

// ---- Scroll bars ------------------------------------------------------------------------------------

void TimelineView::updateScrollBars()
{
    m_scrollBars.show(m_scene, m_geometry);
}

void TimelineView::viewChanged()
{
    packRowsForZoom();
    updateScrollBars();
    viewport()->update();
}

void TimelineView::scrollContentsBy(int dx, int dy)
{
    m_scrollBars.follow(m_geometry, dx, dy);
    viewport()->update();
}

// ---- Events -----------------------------------------------------------------------------------------

void TimelineView::paintEvent(QPaintEvent *)
{
    ensureScene();
    m_geometry.setViewportSize(viewport()->size());
    const bool focused = hasFocus();
    const TimelineDecorations decorations {m_selection.flags(),
                                           m_hoveredItem,
                                           focused ? m_selection.current() : -1,
                                           focused ? m_focusedLane : -1,
                                           m_versionMarks,
                                           m_currentVersion,
                                           m_today,
                                           m_showChanges,
                                           locale(),
                                           m_comparedTerms};
    QPainter painter(viewport());
    TimelinePainter timelinePainter(painter, m_scene, m_geometry, *m_colors, *m_labels, decorations);
    timelinePainter.paint();
    m_placedLabels = timelinePainter.placedLabels();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    m_geometry.setViewportSize(viewport()->size());
    ensureScene();
    if (m_fitPending && !m_scene.items().isEmpty())
        fitAll();
    else
        updateScrollBars();
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        m_geometry.setFont(font());
        m_labels->clear();
        m_packedPixelsPerDay = 0.0; // titles take other widths
        packRowsForZoom();
        updateScrollBars();
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_colors = std::make_unique<TimelineColors>(palette());
    } else if (event->type() == QEvent::LanguageChange) {
        // Texts drawn from the model follow its dataChanged(); the view's own words are drawn at paint time,
        // apart from the notes after uncertain ends, which are laid out once.
        retranslate();
        m_labels->clear();
        viewport()->update();
    }
    QAbstractScrollArea::changeEvent(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_navigator.press(event->position().toPoint());
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (!(event->buttons() & Qt::LeftButton)) {
        if (const int hovered = itemAt(pos); hovered != m_hoveredItem) {
            m_hoveredItem = hovered;
            viewport()->update();
        }
        return;
    }
    const bool wasDragging = m_navigator.isDragging();
    m_navigator.dragTo(pos, QApplication::startDragDistance());
    if (!m_navigator.isDragging())
        return;
    if (!wasDragging)
        viewport()->setCursor(Qt::ClosedHandCursor);
    viewChanged();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (m_navigator.release()) {
        viewport()->unsetCursor();
        return;
    }
    ensureScene();
    const QPoint pos = event->position().toPoint();
    const int lane = m_geometry.laneAtY(pos.y());
    if (lane >= 0 && pos.y() >= m_geometry.metrics().axisHeight && m_geometry.laneHeaderRect(lane).contains(pos)) {
        m_focusedLane = lane;
        toggleLane(lane);
        return;
    }
    if (const int item = itemAt(pos); item >= 0) {
        m_focusedLane = -1;
        selectItem(item);
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const QModelIndex index = indexAt(event->position().toPoint()); index.isValid())
        Q_EMIT activated(index);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (!m_navigator.wheel(event->angleDelta(), event->modifiers(), event->position().x())) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    viewChanged();
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    ensureScene();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        return;
    case Qt::Key_0:
        fitAll();
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        applyFocusMove(m_navigator.focusMove(event->key(), m_selection.current(), m_focusedLane));
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_focusedLane >= 0) {
            toggleLane(m_focusedLane);
            return;
        }
        if (m_selection.current() >= 0) {
            Q_EMIT activated(m_scene.items()[m_selection.current()].index);
            return;
        }
        break;
    case Qt::Key_F10:
        // The Menu key arrives as a context menu event; Shift+F10, its usual stand-in, does not.
        if (event->modifiers() == Qt::ShiftModifier) {
            showKeyboardContextMenu();
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    notifyAccessibleFocus();
    viewport()->update();
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

bool TimelineView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        if (index.isValid())
            // Escaped: dataset text that starts with a tag would otherwise be rich text that loads images.
            QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(toolTipFor(index)), viewport(),
                               visualRect(index));
        else
            QToolTip::hideText();
        return true;
    }
    case QEvent::Leave:
        if (m_hoveredItem >= 0) {
            m_hoveredItem = -1;
            viewport()->update();
        }
        break;
    case QEvent::Gesture: {
        auto *gestureEvent = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestureEvent->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
                const QPointF center = viewport()->mapFromGlobal(pinch->centerPoint());
                zoomBy(pinch->scaleFactor(), center.x());
            }
            gestureEvent->accept(pinch);
            return true;
        }
        break;
    }
    case QEvent::NativeGesture: {
        const auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + gesture->value(), gesture->position().x());
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

// ---- Context menu: the assumed AGI year ------------------------------------------------------------

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    event->accept();
    if (event->reason() == QContextMenuEvent::Keyboard) {
        showKeyboardContextMenu();
        return;
    }
    // From the mouse the event comes through the viewport, in its coordinates.
    const std::unique_ptr<QMenu> menu(createContextMenu(event->pos()));
    menu->exec(event->globalPos());
}

QMenu *TimelineView::createContextMenu(const QPoint &viewportPos)
{
    return createContextMenuForYear(dateAtX(viewportPos.x()).year());
}

void TimelineView::showKeyboardContextMenu()
{
    // The year of the item with the keyboard focus, else of the middle of the view.
    ensureScene();
    const int item = m_focusedLane < 0 ? m_selection.current() : -1;
    const QRect itemArea = item >= 0 ? itemRect(item).intersected(viewport()->rect()) : QRect();
    const int year = item >= 0 ? TimeScale::dateOf(m_scene.items()[item].startDay).year()
                               : dateAtX(viewport()->width() / 2.0).year();
    const QPoint at = itemArea.isEmpty() ? viewport()->rect().center() : itemArea.bottomLeft();
    const std::unique_ptr<QMenu> menu(createContextMenuForYear(year));
    menu->exec(viewport()->mapToGlobal(at));
}

QMenu *TimelineView::createContextMenuForYear(int year)
{
    return TimelineContextMenu::create(year, this, [this](int chosen) { Q_EMIT agiYearRequested(chosen); });
}

} // namespace Dealscope
