// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelineview.h"

#include "agreement/agreementmodel.h"
#include "timeline/timelineaccessibility.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QApplication>
#include <QFontMetrics>
#include <QGestureEvent>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLinearGradient>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPinchGesture>
#include <QScrollBar>
#include <QTextDocument>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Dealscope {

namespace {

using EndKind = AgreementModel::EndKind;

enum class Status { NotYetInForce, InForce, Unknown, Ended, Expired };
enum class Change { Introduced, Unchanged, Amended, Ended, NotRestated };

constexpr double PanPadDays = 365.0; ///< how far panning may go beyond the data
constexpr double ZoomStep = 1.25; ///< one key press or one wheel notch

QColor withAlpha(QColor color, double alpha)
{
    color.setAlphaF(float(alpha));
    return color;
}

/// @p color at @p amount (0–1) blended towards @p other: derives tints that stay readable in light and
/// dark palettes alike.
QColor mix(const QColor &color, const QColor &other, double amount)
{
    const auto channel = [amount](double a, double b) { return a + (b - a) * amount; };
    return QColor::fromRgbF(float(channel(color.redF(), other.redF())), float(channel(color.greenF(), other.greenF())),
                            float(channel(color.blueF(), other.blueF())));
}

QColor rotateHue(const QColor &color, int degrees)
{
    const QColor hsv = color.toHsv();
    const int hue = hsv.hsvHue() < 0 ? 210 : hsv.hsvHue();
    return QColor::fromHsv((hue + degrees) % 360, std::max(hsv.hsvSaturation(), 120), hsv.value());
}

/// Events are told apart by shape first (colour-blind safe), colour second.
enum class MarkerShape { Circle, Diamond, Square, Triangle, Cross };

MarkerShape shapeForEventKind(int kind)
{
    switch (kind) {
    case 0: // Investment
    case 5: // Earnings
    case 9: // Funding
        return MarkerShape::Circle;
    case 1: // Agreement
    case 2: // Amendment
        return MarkerShape::Diamond;
    case 4: // CloudDeal
    case 8: // Product
        return MarkerShape::Square;
    case 6: // Dispute
    case 10: // Legal
        return MarkerShape::Cross;
    default: // Statement, Governance, Report
        return MarkerShape::Triangle;
    }
}

int colorGroupForEventKind(int kind)
{
    switch (shapeForEventKind(kind)) {
    case MarkerShape::Circle:
        return 1; // money
    case MarkerShape::Diamond:
        return 0; // the agreement itself
    case MarkerShape::Cross:
        return 2; // conflict
    case MarkerShape::Square:
    case MarkerShape::Triangle:
        return 3; // everything else
    }
    return 3;
}

/// A vertical line as a one- or two-pixel rectangle: the cheapest thing to fill, see Colors.
void fillVerticalLine(QPainter &painter, double x, int top, int bottom, const QColor &color, int width = 1)
{
    painter.fillRect(QRect(int(std::floor(x)), top, width, bottom - top), color);
}

QString changeGlyph(int change)
{
    switch (Change(change)) {
    case Change::Introduced:
        return QStringLiteral("+");
    case Change::Amended:
        return QStringLiteral("Δ");
    case Change::Ended:
        return QStringLiteral("×");
    case Change::NotRestated:
        return QStringLiteral("?");
    case Change::Unchanged:
        break;
    }
    return {};
}

} // namespace

/// Sizes derived from the font, recomputed when it changes.
struct TimelineView::Metrics
{
    explicit Metrics(const QFont &baseFont) : font(baseFont), boldFont(baseFont), smallFont(baseFont), fm(baseFont)
    {
        boldFont.setBold(true);
        smallFont.setPointSizeF(baseFont.pointSizeF() > 0 ? baseFont.pointSizeF() * 0.85 : 8.0);
        const QFontMetrics small(smallFont);
        const int line = fm.height();
        tickLineHeight = line + 6;
        versionLineHeight = small.height() + 2;
        axisHeight = tickLineHeight + 2 * versionLineHeight + 4;
        headerHeight = line + 10;
        rowHeight = line + 12;
        barHeight = line + 6;
        subBarHeight = line + 1;
        summaryHeight = std::max(10, line / 2 + 6);
        lanePadding = 4;
        markerSize = std::max(8, line * 2 / 3);
        labelPadding = 5;
        minTickSpacing = fm.horizontalAdvance(QStringLiteral("Mmm 0000")) + 16;
        minLabelRoom = fm.horizontalAdvance(QStringLiteral("Mm…"));
    }

    QFont font;
    QFont boldFont;
    QFont smallFont;
    QFontMetrics fm;
    int tickLineHeight, versionLineHeight, axisHeight, headerHeight, rowHeight, barHeight, subBarHeight;
    int summaryHeight, lanePadding, markerSize, labelPadding, minTickSpacing, minLabelRoom;
};

/// Colours derived from the palette, recomputed when it changes.
struct TimelineView::Colors
{
    explicit Colors(const QPalette &palette)
    {
        base = palette.color(QPalette::Base);
        text = palette.color(QPalette::Text);
        highlight = palette.color(QPalette::Highlight);
        highlightedText = palette.color(QPalette::HighlightedText);
        header = palette.color(QPalette::Window);
        headerText = palette.color(QPalette::WindowText);
        mutedText = mix(text, base, 0.45);
        // Opaque tints rather than alpha: opaque rectangles are plain memory fills for the raster engine,
        // while translucent full-height lines are blended span by span (and handed to worker threads).
        majorGrid = mix(text, base, 0.86);
        minorGrid = mix(text, base, 0.95);
        separator = mix(text, base, 0.78);
        barFill = mix(highlight, base, 0.45);
        barBorder = highlight;
        pendingFill = mix(highlight, base, 0.82);
        endedFill = mix(text, base, 0.86);
        endedBorder = mix(text, base, 0.6);
        selectedFill = mix(highlight, base, 0.15);
        version = mix(text, base, 0.65);
        currentVersion = highlight;
        today = rotateHue(highlight, 150); // a warm accent opposite the bars' hue
        for (int group = 0; group < 4; ++group)
            eventColors[group] = group == 3 ? mix(text, base, 0.3) : rotateHue(highlight, group * 120);
    }

    QColor base, text, highlight, highlightedText, header, headerText, mutedText, majorGrid, minorGrid, separator;
    QColor barFill, barBorder, pendingFill, endedFill, endedBorder, selectedFill, version, currentVersion, today;
    QColor eventColors[4];
};

TimelineView::TimelineView(QWidget *parent) : QAbstractScrollArea(parent), m_today(QDate::currentDate())
{
    installTimelineAccessibility();
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("Clauses of the agreement as bars from start to end, and events as markers, "
                                "in one lane per category"));
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->grabGesture(Qt::PinchGesture);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    updateMetrics();
    updateColors();
    m_scale.fit(TimeScale::dayOf(m_today) - 365.0 * 5, TimeScale::dayOf(m_today) + 365.0 * 5, 800);
}

TimelineView::~TimelineView() = default;

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

// ---- Geometry ---------------------------------------------------------------------------------------

double TimelineView::xForDate(const QDate &date) const
{
    return m_scale.xForDay(TimeScale::dayOf(date));
}

QDate TimelineView::dateAtX(double x) const
{
    return TimeScale::dateOf(m_scale.dayAtX(x));
}

void TimelineView::zoomBy(double factor, double anchorX)
{
    if (!(factor > 0.0))
        return;
    m_scale.zoomBy(factor, anchorX);
    updateScrollBars();
    viewport()->update();
}

void TimelineView::zoomIn()
{
    zoomBy(ZoomStep, viewport()->width() / 2.0);
}

void TimelineView::zoomOut()
{
    zoomBy(1.0 / ZoomStep, viewport()->width() / 2.0);
}

void TimelineView::setVisibleRange(const QDate &first, const QDate &last)
{
    m_fitPending = false;
    m_scale.fit(TimeScale::dayOf(first), TimeScale::dayOf(last) + 1.0, viewport()->width());
    updateScrollBars();
    viewport()->update();
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
    return tickUnitFor(m_scale.pixelsPerDay(), m_metrics->minTickSpacing);
}

void TimelineView::fitAll()
{
    ensureScene();
    double first = m_scene.firstDay();
    double last = m_scene.lastDay();
    if (m_scene.items().isEmpty()) {
        first = TimeScale::dayOf(m_today) - 365.0;
        last = TimeScale::dayOf(m_today) + 365.0;
    }
    for (const VersionMark &mark : std::as_const(m_versionMarks)) {
        first = std::min(first, TimeScale::dayOf(mark.date));
        last = std::max(last, TimeScale::dayOf(mark.date) + 1.0);
    }
    const double margin = (last - first) * 0.03 + 15.0;
    m_scale.fit(first - margin, last + margin, std::max(1, viewport()->width()));
    m_fitPending = false;
    updateScrollBars();
    viewport()->update();
}

void TimelineView::clampPan()
{
    const double visibleDays = viewport()->width() / m_scale.pixelsPerDay();
    const double first = m_scene.firstDay() - PanPadDays;
    const double last = m_scene.lastDay() + PanPadDays;
    if (visibleDays < last - first)
        m_scale.setOriginDay(std::clamp(m_scale.originDay(), first, last - visibleDays));
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
    if (lane < 0 || lane >= m_laneGeometry.size())
        return {};
    const LaneGeometry &geometry = m_laneGeometry[lane];
    return QRect(0, m_metrics->axisHeight + geometry.top - verticalScrollBar()->value(), viewport()->width(),
                 geometry.headerHeight);
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
    updateScrollBars();
    viewport()->update();
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
    return item >= 0 && item < m_selected.size() && m_selected[item];
}

int TimelineView::currentItem() const
{
    ensureScene();
    return m_currentItem;
}

int TimelineView::rowTop(int lane, int row) const
{
    const LaneGeometry &geometry = m_laneGeometry[lane];
    return m_metrics->axisHeight + geometry.top + geometry.headerHeight + m_metrics->lanePadding
        + row * m_metrics->rowHeight - verticalScrollBar()->value();
}

QRectF TimelineView::barRect(const TimelineItem &item) const
{
    const double left = m_scale.xForDay(item.startDay);
    const double right = std::isinf(item.endDay) ? viewport()->width() - 1.0 : m_scale.xForDay(item.endDay);
    const int height = item.depth == 0 ? m_metrics->barHeight : m_metrics->subBarHeight;
    const double top = rowTop(item.lane, item.row) + (m_metrics->rowHeight - height) / 2.0;
    // Sub-terms are indented a little so that they read as part of the clause above them.
    const double indent = std::min(4.0 * item.depth, std::max(0.0, (right - left) / 4.0));
    return QRectF(left + indent, top, std::max(2.0, right - left - indent), height);
}

QRectF TimelineView::markerRect(const TimelineItem &item) const
{
    const double size = m_metrics->markerSize;
    const double x = m_scale.xForDay(item.startDay);
    const double top = rowTop(item.lane, item.row) + (m_metrics->rowHeight - size) / 2.0;
    return QRectF(x - size / 2.0, top, size, size);
}

QRect TimelineView::itemRect(int item) const
{
    ensureScene();
    if (item < 0 || item >= m_scene.items().size())
        return {};
    const TimelineItem &it = m_scene.items()[item];
    if (isLaneCollapsed(it.lane))
        return {};
    const QRectF rect = it.shape == TimelineItem::Shape::Event ? markerRect(it) : barRect(it);
    return rect.toAlignedRect();
}

QRect TimelineView::visualRect(const QModelIndex &index) const
{
    return itemRect(itemOf(index));
}

int TimelineView::laneAtY(int y) const
{
    const int contentY = y - m_metrics->axisHeight + verticalScrollBar()->value();
    for (qsizetype lane = 0; lane < m_laneGeometry.size(); ++lane) {
        const LaneGeometry &geometry = m_laneGeometry[lane];
        if (contentY >= geometry.top && contentY < geometry.top + geometry.height)
            return int(lane);
    }
    return -1;
}

QModelIndex TimelineView::indexAt(const QPoint &point) const
{
    ensureScene();
    if (point.y() < m_metrics->axisHeight)
        return {};
    const int lane = laneAtY(point.y());
    if (lane < 0 || isLaneCollapsed(lane))
        return {};
    const int row = (point.y() - rowTop(lane, 0)) / m_metrics->rowHeight;
    const TimelineLane &laneData = m_scene.lanes()[lane];
    if (point.y() < rowTop(lane, 0) || row >= laneData.rows.size())
        return {};
    const TimelineRow &rowData = laneData.rows[row];
    const double slack = m_metrics->markerSize / m_scale.pixelsPerDay();
    const double day = m_scale.dayAtX(point.x());
    QModelIndex hit;
    for (qsizetype i = rowData.firstReaching(day - slack); i < rowData.items.size(); ++i) {
        const TimelineItem &item = m_scene.items()[rowData.items[i]];
        if (item.startDay > day + slack)
            break;
        const QRectF rect
            = item.shape == TimelineItem::Shape::Event ? markerRect(item).adjusted(-2, -2, 2, 2) : barRect(item);
        if (rect.contains(point))
            hit = item.index; // the last one drawn is on top
    }
    return hit;
}

void TimelineView::scrollTo(const QModelIndex &index)
{
    const int item = itemOf(index);
    if (item < 0)
        return;
    const TimelineItem &it = m_scene.items()[item];
    if (isLaneCollapsed(it.lane))
        setLaneCollapsed(it.lane, false);

    // Vertically: the whole row below the axis.
    const int top = rowTop(it.lane, it.row);
    const int bottom = top + m_metrics->rowHeight;
    QScrollBar *vertical = verticalScrollBar();
    if (top < m_metrics->axisHeight)
        vertical->setValue(vertical->value() - (m_metrics->axisHeight - top));
    else if (bottom > viewport()->height())
        vertical->setValue(vertical->value() + std::min(bottom - viewport()->height(), top - m_metrics->axisHeight));

    // Horizontally: leave the view alone while a useful part of the item shows, so that clicking a long
    // bar does not jump; otherwise bring its start in.
    const QRectF rect = it.shape == TimelineItem::Shape::Event ? markerRect(it) : barRect(it);
    const double width = viewport()->width();
    const double visiblePart = std::min(rect.right(), width) - std::max(rect.left(), 0.0);
    if (visiblePart >= std::min(rect.width(), 40.0))
        return;
    const double targetX = rect.width() < width * 0.8 ? (width - rect.width()) / 2.0 : width * 0.1;
    m_scale.setOriginDay(m_scale.originDay() + (rect.left() - targetX) / m_scale.pixelsPerDay());
    updateScrollBars();
    viewport()->update();
}

// ---- Model and selection ----------------------------------------------------------------------------

void TimelineView::invalidateScene()
{
    m_sceneDirty = true;
    m_scene.clear(); // its indexes may already be stale
    m_laneGeometry.clear();
    m_selected.clear();
    m_currentItem = -1;
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
    const bool wasEmpty = m_scene.items().isEmpty();
    m_scene.rebuild(m_model, m_today);
    layoutLanes();
    syncSelection();
    if ((m_fitPending || wasEmpty) && !m_scene.items().isEmpty() && viewport()->width() > 0)
        fitAll();
    else
        updateScrollBars();
}

void TimelineView::layoutLanes() const
{
    m_laneGeometry.clear();
    int top = 0;
    for (qsizetype lane = 0; lane < m_scene.lanes().size(); ++lane) {
        LaneGeometry geometry;
        geometry.top = top;
        geometry.headerHeight = m_metrics->headerHeight;
        const int rows = int(m_scene.lanes()[lane].rows.size());
        const int body = isLaneCollapsed(int(lane)) ? m_metrics->summaryHeight
                                                    : rows * m_metrics->rowHeight + 2 * m_metrics->lanePadding;
        geometry.height = geometry.headerHeight + body;
        top += geometry.height;
        m_laneGeometry.append(geometry);
    }
    m_contentHeight = top;
}

void TimelineView::syncSelection()
{
    m_selected.fill(false, m_scene.items().size());
    m_currentItem = -1;
    if (!m_selectionModel || m_sceneDirty)
        return;
    const QModelIndexList rows = m_selectionModel->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const int item = m_scene.itemOf(index); item >= 0)
            m_selected[item] = true;
    }
    m_currentItem = m_scene.itemOf(m_selectionModel->currentIndex());
}

void TimelineView::onCurrentChanged(const QModelIndex &current)
{
    ensureScene();
    m_currentItem = m_scene.itemOf(current);
    if (m_currentItem >= 0) {
        m_focusedLane = -1;
        scrollTo(current);
    }
    notifyAccessibleFocus();
    viewport()->update();
}

void TimelineView::onSelectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    ensureScene();
    const auto mark = [this](const QItemSelection &selection, bool on) {
        for (const QItemSelectionRange &range : selection) {
            for (int row = range.top(); row <= range.bottom(); ++row) {
                if (const int item = m_scene.itemOf(range.model()->index(row, 0, range.parent())); item >= 0)
                    m_selected[item] = on;
            }
        }
    };
    mark(deselected, false);
    mark(selected, true);
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

void TimelineView::notifyAccessibleFocus()
{
    if (m_currentItem < 0)
        return;
    QAccessibleEvent selection(this, QAccessible::Selection);
    selection.setChild(m_currentItem);
    QAccessible::updateAccessibility(&selection);
    if (hasFocus()) {
        QAccessibleEvent focus(this, QAccessible::Focus);
        focus.setChild(m_currentItem);
        QAccessible::updateAccessibility(&focus);
    }
}

QString TimelineView::endExplanation(const QModelIndex &index) const
{
    const QLocale locale = this->locale();
    const QString dateFormat = QStringLiteral("d MMM yyyy");
    const QStringList milestones = index.data(AgreementModel::PendingMilestonesRole).toStringList();
    const QString milestone = milestones.isEmpty() ? tr("an unresolved milestone") : milestones.join(tr(" or "));
    const QDate end = index.data(AgreementModel::EndDateRole).toDate();
    switch (EndKind(index.data(AgreementModel::EndKindRole).toInt())) {
    case EndKind::None:
        return tr("No end stated: runs on indefinitely.");
    case EndKind::Definite:
        return end.isValid() ? tr("Ends %1.").arg(locale.toString(end, dateFormat)) : QString();
    case EndKind::Milestone:
        return tr("Ends at the milestone \"%1\"; no date is known.").arg(milestone);
    case EndKind::MilestoneOrDate:
        return tr("Ends at the earlier of \"%1\" and %2.").arg(milestone, locale.toString(end, dateFormat));
    }
    return {};
}

QString TimelineView::toolTipFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const bool isEvent = index.data(AgreementModel::NodeKindRole).toInt() == int(AgreementModel::NodeKind::Event);
    QStringList lines;
    if (const QString modelText = index.data(Qt::ToolTipRole).toString(); !modelText.isEmpty()) {
        lines.append(modelText);
    } else {
        const QLocale locale = this->locale();
        const QString dateFormat = QStringLiteral("d MMM yyyy");
        lines.append(index.data(Qt::DisplayRole).toString());
        if (const QDate start = index.data(AgreementModel::StartDateRole).toDate(); start.isValid())
            lines.append((isEvent ? tr("Date: %1") : tr("From %1")).arg(locale.toString(start, dateFormat)));
        if (const QString confidence = index.data(AgreementModel::ConfidenceRole).toString(); !confidence.isEmpty())
            lines.append(tr("Confidence: %1").arg(confidence));
    }
    if (!isEvent) {
        if (const QString end = endExplanation(index); !end.isEmpty())
            lines.append(end);
    }
    return lines.join(u'\n');
}

// ---- Scroll bars, metrics, colours -----------------------------------------------------------------

void TimelineView::updateScrollBars()
{
    m_syncingScrollBars = true;
    const double width = viewport()->width();
    const double ppd = m_scale.pixelsPerDay();
    const double visibleFirst = m_scale.originDay();
    const double visibleLast = m_scale.dayAtX(width);
    // The range always contains the current view so that setting it never moves the view.
    m_scrollFirstDay = std::min(m_scene.firstDay() - PanPadDays, visibleFirst);
    const double scrollLastDay = std::max(m_scene.lastDay() + PanPadDays, visibleLast);
    QScrollBar *horizontal = horizontalScrollBar();
    horizontal->setRange(0, int(std::lround((scrollLastDay - m_scrollFirstDay) * ppd - width)));
    horizontal->setPageStep(int(width));
    horizontal->setSingleStep(std::max(1, int(width / 20)));
    horizontal->setValue(int(std::lround((visibleFirst - m_scrollFirstDay) * ppd)));

    QScrollBar *vertical = verticalScrollBar();
    const int visibleHeight = viewport()->height() - m_metrics->axisHeight;
    vertical->setRange(0, std::max(0, m_contentHeight - visibleHeight));
    vertical->setPageStep(std::max(1, visibleHeight));
    vertical->setSingleStep(m_metrics->rowHeight);
    m_syncingScrollBars = false;
}

void TimelineView::scrollContentsBy(int dx, int)
{
    if (!m_syncingScrollBars && dx != 0)
        m_scale.setOriginDay(m_scrollFirstDay + horizontalScrollBar()->value() / m_scale.pixelsPerDay());
    viewport()->update();
}

void TimelineView::updateMetrics()
{
    m_metrics = std::make_unique<Metrics>(font());
    for (const TimelineItem &item : m_scene.items()) {
        item.titleWidth = item.labelWidthKey = -1;
        item.endNote = QStaticText();
    }
    layoutLanes();
}

void TimelineView::updateColors()
{
    m_colors = std::make_unique<Colors>(palette());
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    ensureScene();
    if (m_fitPending && !m_scene.items().isEmpty())
        fitAll();
    else
        updateScrollBars();
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        updateMetrics();
        updateScrollBars();
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        updateColors();
    } else if (event->type() == QEvent::LanguageChange) {
        // Texts drawn from the model follow its dataChanged(); the view's own words are drawn at paint time.
        setAccessibleName(tr("Timeline"));
        viewport()->update();
    }
    QAbstractScrollArea::changeEvent(event);
}

// ---- Input ------------------------------------------------------------------------------------------

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_pressPos = m_lastDragPos = event->position().toPoint();
    m_dragging = false;
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (!(event->buttons() & Qt::LeftButton)) {
        const int hovered = itemOf(indexAt(pos));
        if (hovered != m_hoveredItem) {
            m_hoveredItem = hovered;
            viewport()->update();
        }
        return;
    }
    if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        const QPoint delta = pos - m_lastDragPos;
        m_lastDragPos = pos;
        m_scale.setOriginDay(m_scale.originDay() - delta.x() / m_scale.pixelsPerDay());
        clampPan();
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        updateScrollBars();
        viewport()->update();
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (m_dragging) {
        m_dragging = false;
        viewport()->unsetCursor();
        return;
    }
    const QPoint pos = event->position().toPoint();
    const int lane = laneAtY(pos.y());
    if (lane >= 0 && pos.y() >= m_metrics->axisHeight && laneHeaderRect(lane).contains(pos)) {
        m_focusedLane = lane;
        toggleLane(lane);
        return;
    }
    if (const int item = itemOf(indexAt(pos)); item >= 0) {
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
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(ZoomStep, delta.y() / 120.0), event->position().x());
        event->accept();
        return;
    }
    // Horizontal wheels and Shift pan in time; a vertical wheel scrolls the lanes, or pans when they fit.
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    int timeDelta = delta.x();
    if (shift)
        timeDelta = delta.y() ? delta.y() : delta.x();
    else if (timeDelta == 0 && verticalScrollBar()->maximum() == 0)
        timeDelta = delta.y();
    if (timeDelta == 0) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    m_scale.setOriginDay(m_scale.originDay() - timeDelta / 120.0 * viewport()->width() / 10.0 / m_scale.pixelsPerDay());
    clampPan();
    updateScrollBars();
    viewport()->update();
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
        moveFocus(event->key());
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_focusedLane >= 0) {
            toggleLane(m_focusedLane);
            return;
        }
        if (m_currentItem >= 0) {
            Q_EMIT activated(m_scene.items()[m_currentItem].index);
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TimelineView::moveFocus(int key)
{
    const QList<TimelineItem> &items = m_scene.items();
    const QList<TimelineLane> &lanes = m_scene.lanes();
    if (lanes.isEmpty())
        return;
    const auto focusLane = [this](int lane) {
        m_focusedLane = lane;
        const LaneGeometry &geometry = m_laneGeometry[lane];
        QScrollBar *vertical = verticalScrollBar();
        const int visibleHeight = viewport()->height() - m_metrics->axisHeight;
        if (geometry.top < vertical->value())
            vertical->setValue(geometry.top);
        else if (geometry.top + geometry.headerHeight > vertical->value() + visibleHeight)
            vertical->setValue(geometry.top + geometry.headerHeight - visibleHeight);
        viewport()->update();
    };
    // The item of @p row nearest in time to @p day.
    const auto nearestInRow = [&](const TimelineRow &row, double day) {
        int best = -1;
        double bestDistance = 0.0;
        for (int item : row.items) {
            const double end = std::isinf(items[item].endDay) ? day : items[item].endDay;
            const double distance = day < items[item].startDay ? items[item].startDay - day : std::max(0.0, day - end);
            if (best < 0 || distance < bestDistance) {
                best = item;
                bestDistance = distance;
            }
        }
        return best;
    };

    if (m_currentItem < 0 && m_focusedLane < 0) {
        focusLane(0);
        return;
    }
    if (m_focusedLane >= 0) {
        const int lane = m_focusedLane;
        if (key == Qt::Key_Left || key == Qt::Key_Right) {
            setLaneCollapsed(lane, key == Qt::Key_Left);
        } else if (key == Qt::Key_Up) {
            if (lane == 0)
                return;
            if (isLaneCollapsed(lane - 1) || lanes[lane - 1].rows.isEmpty())
                focusLane(lane - 1);
            else
                selectItem(nearestInRow(lanes[lane - 1].rows.last(), m_scale.dayAtX(viewport()->width() / 2.0)));
        } else if (key == Qt::Key_Down) {
            if (!isLaneCollapsed(lane) && !lanes[lane].rows.isEmpty())
                selectItem(nearestInRow(lanes[lane].rows.first(), m_scale.dayAtX(viewport()->width() / 2.0)));
            else if (lane + 1 < lanes.size())
                focusLane(lane + 1);
        }
        return;
    }

    const TimelineItem &current = items[m_currentItem];
    const TimelineLane &lane = lanes[current.lane];
    if (key == Qt::Key_Left || key == Qt::Key_Right) {
        const qsizetype position = lane.items.indexOf(m_currentItem) + (key == Qt::Key_Left ? -1 : 1);
        if (position >= 0 && position < lane.items.size())
            selectItem(lane.items[position]);
        return;
    }
    const double day = std::max(current.startDay, m_scale.originDay());
    if (key == Qt::Key_Up) {
        if (current.row == 0)
            focusLane(current.lane);
        else
            selectItem(nearestInRow(lane.rows[current.row - 1], day));
    } else {
        if (current.row + 1 < lane.rows.size())
            selectItem(nearestInRow(lane.rows[current.row + 1], day));
        else if (current.lane + 1 < lanes.size())
            focusLane(current.lane + 1);
    }
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

// ---- Painting ---------------------------------------------------------------------------------------

void TimelineView::paintEvent(QPaintEvent *)
{
    ensureScene();
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), m_colors->base);
    painter.setFont(m_metrics->font);

    const double firstDay = m_scale.originDay();
    const double lastDay = m_scale.dayAtX(viewport()->width());
    const TickUnit unit = tickUnit();
    const QList<QDate> majorTicks = tickDates(firstDay, lastDay, unit);
    QList<QDate> minorTicks;
    if (const TickUnit minor = finerUnit(unit); minor != unit)
        minorTicks = tickDates(firstDay, lastDay, minor);

    const QRect content(0, m_metrics->axisHeight, viewport()->width(), viewport()->height() - m_metrics->axisHeight);
    painter.setClipRect(content);
    paintGrid(painter, majorTicks, minorTicks);
    paintLanes(painter, content);
    paintRules(painter);
    paintFocus(painter);
    painter.setClipping(false);
    paintAxis(painter, majorTicks, minorTicks);
}

void TimelineView::paintGrid(QPainter &painter, const QList<QDate> &majorTicks, const QList<QDate> &minorTicks) const
{
    const int top = m_metrics->axisHeight;
    const int bottom = viewport()->height();
    if (minorTicks.size() > 1 && xForDate(minorTicks[1]) - xForDate(minorTicks[0]) >= 6.0) {
        for (const QDate &date : minorTicks)
            fillVerticalLine(painter, xForDate(date), top, bottom, m_colors->minorGrid);
    }
    for (const QDate &date : majorTicks)
        fillVerticalLine(painter, xForDate(date), top, bottom, m_colors->majorGrid);
}

void TimelineView::paintLanes(QPainter &painter, const QRect &clip) const
{
    const double firstDay = m_scale.originDay();
    const double lastDay = m_scale.dayAtX(viewport()->width());
    const QList<TimelineLane> &lanes = m_scene.lanes();
    for (qsizetype laneNumber = 0; laneNumber < lanes.size(); ++laneNumber) {
        const TimelineLane &lane = lanes[laneNumber];
        const LaneGeometry &geometry = m_laneGeometry[laneNumber];
        const int top = m_metrics->axisHeight + geometry.top - verticalScrollBar()->value();
        if (top >= clip.bottom())
            break;
        if (top + geometry.height < clip.top())
            continue;
        const QRect header(0, top, viewport()->width(), geometry.headerHeight);
        if (isLaneCollapsed(int(laneNumber))) {
            paintLaneSummary(painter, lane,
                             QRect(0, header.bottom() + 1, viewport()->width(), m_metrics->summaryHeight));
        } else {
            for (qsizetype rowNumber = 0; rowNumber < lane.rows.size(); ++rowNumber) {
                const int y = rowTop(int(laneNumber), int(rowNumber));
                if (y >= clip.bottom())
                    break;
                if (y + m_metrics->rowHeight < clip.top())
                    continue;
                const TimelineRow &row = lane.rows[rowNumber];
                for (qsizetype i = row.firstReaching(firstDay); i < row.items.size(); ++i) {
                    const int itemNumber = row.items[i];
                    const TimelineItem &item = m_scene.items()[itemNumber];
                    if (item.startDay > lastDay)
                        break;
                    const double nextX = i + 1 < row.items.size()
                        ? m_scale.xForDay(m_scene.items()[row.items[i + 1]].startDay)
                        : viewport()->width();
                    if (item.shape == TimelineItem::Shape::Bar)
                        paintBar(painter, item, itemNumber, nextX);
                    else
                        paintMarker(painter, item, itemNumber, nextX - m_scale.xForDay(item.startDay));
                }
            }
        }
        paintLaneHeader(painter, int(laneNumber), header);
    }
}

void TimelineView::paintLaneHeader(QPainter &painter, int laneNumber, const QRect &rect) const
{
    const TimelineLane &lane = m_scene.lanes()[laneNumber];
    painter.fillRect(rect, m_colors->header);
    painter.setPen(m_colors->separator);
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());
    painter.drawLine(rect.topLeft(), rect.topRight());

    // A disclosure triangle: pointing right when collapsed, down when expanded.
    const double size = m_metrics->fm.height() * 0.45;
    const QPointF centre(10.0 + size / 2.0, rect.center().y() + 0.5);
    QPolygonF triangle;
    if (isLaneCollapsed(laneNumber))
        triangle << centre + QPointF(-size / 3, -size / 2) << centre + QPointF(size / 2, 0)
                 << centre + QPointF(-size / 3, size / 2);
    else
        triangle << centre + QPointF(-size / 2, -size / 3) << centre + QPointF(size / 2, -size / 3)
                 << centre + QPointF(0, size / 2);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_colors->headerText);
    painter.drawPolygon(triangle);
    painter.setRenderHint(QPainter::Antialiasing, false);

    const int textLeft = int(centre.x() + size + 6);
    painter.setPen(m_colors->headerText);
    painter.setFont(m_metrics->boldFont);
    const QRect textRect(textLeft, rect.top(), rect.width() - textLeft, rect.height());
    QRect titleBounds;
    painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, lane.title, &titleBounds);
    painter.setFont(m_metrics->font);
    painter.setPen(m_colors->mutedText);
    const int n = int(lane.items.size());
    const QString count = lane.isEventGroup ? (n == 1 ? tr("1 event") : tr("%1 events").arg(n))
                                            : (n == 1 ? tr("1 clause") : tr("%1 clauses").arg(n));
    painter.drawText(textRect.adjusted(titleBounds.width() + 10, 0, 0, 0),
                     Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, count);
}

void TimelineView::paintLaneSummary(QPainter &painter, const TimelineLane &lane, const QRect &rect) const
{
    // One thin strip where the lane has anything at all, so a collapsed lane still shows its extent.
    const QRectF strip(0, rect.top() + rect.height() / 4.0, 0, rect.height() / 2.0);
    const double width = viewport()->width();
    for (const auto &[start, end] : lane.coverage) {
        const double left = std::max(-1.0, m_scale.xForDay(start));
        const double right = std::isinf(end) ? width : std::min(width + 1.0, m_scale.xForDay(end));
        if (right < 0 || left > width)
            continue;
        const QRectF bar(left, strip.top(), std::max(2.0, right - left), strip.height());
        painter.fillRect(bar, lane.isEventGroup ? m_colors->eventColors[3] : m_colors->barFill);
    }
}

void TimelineView::paintBar(QPainter &painter, const TimelineItem &item, int itemNumber, double nextX) const
{
    const QRectF full = barRect(item);
    const double width = viewport()->width();
    // Clamp to the view so that extreme zooms never hand the rasteriser huge coordinates.
    const double left = std::max(full.left(), -4.0);
    const double right = std::min(full.right(), width + 4.0);
    if (right <= left)
        return;
    const QRectF bar(left, full.top(), right - left, full.height());
    const bool selected = m_selected.value(itemNumber);
    const bool muted = item.status == int(Status::Ended) || item.status == int(Status::Expired);
    const bool pending = item.status == int(Status::NotYetInForce);
    const QColor fill = selected ? m_colors->selectedFill
        : muted                  ? m_colors->endedFill
        : pending                ? m_colors->pendingFill
                                 : m_colors->barFill;
    const QColor border = muted ? m_colors->endedBorder : m_colors->barBorder;
    const double certainRight = std::clamp(m_scale.xForDay(item.certainUntilDay), left, right);

    switch (EndKind(item.endKind)) {
    case EndKind::Milestone: {
        // No end date: solid while certain, then fading out, since no one knows when it ends.
        painter.fillRect(QRectF(left, bar.top(), certainRight - left, bar.height()), fill);
        QLinearGradient fade(m_scale.xForDay(item.certainUntilDay), 0, full.right(), 0);
        fade.setColorAt(0, fill);
        fade.setColorAt(1, withAlpha(fill, 0.0));
        painter.fillRect(QRectF(certainRight, bar.top(), right - certainRight, bar.height()), fade);
        painter.setPen(border);
        painter.drawLine(QLineF(left, bar.top(), left, bar.bottom()));
        break;
    }
    case EndKind::MilestoneOrDate: {
        // Ends by the date at the latest, maybe sooner: the part after today is hatched.
        painter.fillRect(QRectF(left, bar.top(), certainRight - left, bar.height()), fill);
        const QRectF uncertain(certainRight, bar.top(), right - certainRight, bar.height());
        painter.fillRect(uncertain, withAlpha(fill, 0.45));
        painter.fillRect(uncertain, QBrush(withAlpha(border, 0.55), Qt::BDiagPattern));
        painter.setPen(border);
        painter.drawLine(QLineF(left, bar.top(), left, bar.bottom()));
        painter.setPen(QPen(border, 1, Qt::DashLine));
        painter.drawLine(QLineF(right - 0.5, bar.top(), right - 0.5, bar.bottom()));
        break;
    }
    case EndKind::Definite:
    case EndKind::None: {
        painter.fillRect(bar, fill);
        const bool unknown = item.status == int(Status::Unknown) || pending;
        painter.setPen(QPen(border, 1, unknown ? Qt::DashLine : Qt::SolidLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(bar.adjusted(0.5, 0.5, -0.5, -0.5));
        if (EndKind(item.endKind) == EndKind::None) {
            // Open-ended: an arrow at the view's edge says it runs on.
            const double tip = std::isinf(item.endDay) ? width - 2.0 : right;
            const double h = bar.height() / 2.0;
            const QPointF points[] = {{tip - h, bar.top() - 2}, {tip, bar.center().y()}, {tip - h, bar.bottom() + 2}};
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.setBrush(border);
            painter.setPen(Qt::NoPen);
            painter.drawPolygon(points, 3);
            painter.setRenderHint(QPainter::Antialiasing, false);
        }
        break;
    }
    }

    if (selected || itemNumber == m_hoveredItem) {
        painter.setPen(QPen(selected ? m_colors->text : border, selected ? 2 : 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(left, bar.top(), std::max(certainRight, std::min(right, left + 8)) - left, bar.height())
                             .adjusted(0.5, 0.5, -0.5, -0.5));
    }

    double textLeft = std::max(left, 0.0) + m_metrics->labelPadding;
    if (m_showChanges && item.change >= 0 && item.change != int(Change::Unchanged)) {
        paintChangeBadge(painter, item, QRectF(textLeft - 2, bar.top(), bar.height(), bar.height()));
        textLeft += bar.height();
    }
    // After the bar: what an uncertain end waits for, or else the title of a bar too short to hold it.
    const bool uncertainEnd
        = EndKind(item.endKind) == EndKind::Milestone || EndKind(item.endKind) == EndKind::MilestoneOrDate;
    const double roomAfter = std::min(nextX, width) - right - 2 * m_metrics->labelPadding;
    const bool noteShown = uncertainEnd && full.right() < width
        && paintEndNote(painter, item, QPointF(right + m_metrics->labelPadding, bar.top()), roomAfter, bar.height());

    const double arrowRoom = EndKind(item.endKind) == EndKind::None ? bar.height() / 2.0 : 0.0;
    const double textRight = std::min(right, width) - m_metrics->labelPadding - arrowRoom;
    const QColor textColor = muted ? m_colors->mutedText : m_colors->text;
    const double textTop = bar.top() + (bar.height() - m_metrics->fm.height()) / 2.0;
    if (item.titleWidth < 0)
        item.titleWidth = m_metrics->fm.horizontalAdvance(item.title);
    if (!noteShown && textRight - textLeft < item.titleWidth && roomAfter > textRight - textLeft)
        paintLabel(painter, item, QPointF(right + m_metrics->labelPadding, textTop), roomAfter, textColor);
    else
        paintLabel(painter, item, QPointF(textLeft, textTop), textRight - textLeft, textColor);
}

bool TimelineView::paintEndNote(QPainter &painter, const TimelineItem &item, const QPointF &topLeft, double room,
                                double height) const
{
    // Says in words what the fade or hatching means: the term waits for a milestone nobody can date.
    if (item.endNote.text().isEmpty()) {
        const QString milestones
            = item.pendingMilestones.isEmpty() ? tr("a milestone") : item.pendingMilestones.join(tr(" or "));
        item.endNote.setText(EndKind(item.endKind) == EndKind::Milestone ? tr("until %1 · date unknown").arg(milestones)
                                                                         : tr("or sooner, at %1").arg(milestones));
        item.endNote.setTextFormat(Qt::PlainText);
        item.endNote.prepare(QTransform(), m_metrics->smallFont);
    }
    if (item.endNote.size().width() > room)
        return false;
    painter.setFont(m_metrics->smallFont);
    painter.setPen(m_colors->mutedText);
    painter.drawStaticText(topLeft + QPointF(0, (height - item.endNote.size().height()) / 2.0), item.endNote);
    painter.setFont(m_metrics->font);
    return true;
}

void TimelineView::paintChangeBadge(QPainter &painter, const TimelineItem &item, const QRectF &rect) const
{
    const QRectF circle = rect.adjusted(2, 2, -2, -2);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_colors->highlight);
    painter.drawEllipse(circle);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(m_colors->highlightedText);
    painter.setFont(m_metrics->boldFont);
    painter.drawText(circle, Qt::AlignCenter, changeGlyph(item.change));
    painter.setFont(m_metrics->font);
}

void TimelineView::paintLabel(QPainter &painter, const TimelineItem &item, const QPointF &topLeft, double room,
                              const QColor &color) const
{
    if (room < m_metrics->minLabelRoom)
        return;
    if (item.titleWidth < 0)
        item.titleWidth = m_metrics->fm.horizontalAdvance(item.title);
    // Widths are bucketed so that zooming re-elides a label only every few pixels.
    constexpr int Bucket = 8;
    const int key = item.titleWidth <= room ? std::numeric_limits<int>::max() : int(room) / Bucket * Bucket;
    if (key != item.labelWidthKey) {
        item.labelWidthKey = key;
        const QString text = key == std::numeric_limits<int>::max()
            ? item.title
            : m_metrics->fm.elidedText(item.title, Qt::ElideRight, key);
        item.label.setText(text);
        item.label.setTextFormat(Qt::PlainText);
        item.label.setPerformanceHint(QStaticText::AggressiveCaching);
    }
    painter.setPen(color);
    painter.drawStaticText(topLeft, item.label);
}

void TimelineView::paintMarker(QPainter &painter, const TimelineItem &item, int itemNumber, double labelRoom) const
{
    const QRectF marker = markerRect(item);
    const QColor color = m_colors->eventColors[colorGroupForEventKind(item.eventKind)];
    const bool precise = item.datePrecision == 2;
    const bool selected = m_selected.value(itemNumber);

    if (!precise) {
        // Known only to the month or year: a thin span over the period under a hollow marker.
        const double left = std::max(-4.0, m_scale.xForDay(item.startDay));
        const double right = std::min(viewport()->width() + 4.0, m_scale.xForDay(item.endDay));
        painter.fillRect(QRectF(left, marker.center().y() - 1.5, std::max(1.0, right - left), 3.0),
                         withAlpha(color, 0.35));
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(color, precise ? 1.0 : 1.6));
    painter.setBrush(precise ? QBrush(color) : QBrush(m_colors->base));
    const QRectF r = marker.adjusted(0.5, 0.5, -0.5, -0.5);
    switch (shapeForEventKind(item.eventKind)) {
    case MarkerShape::Circle:
        painter.drawEllipse(r);
        break;
    case MarkerShape::Diamond: {
        const QPointF points[] = {{r.center().x(), r.top() - 1},
                                  {r.right() + 1, r.center().y()},
                                  {r.center().x(), r.bottom() + 1},
                                  {r.left() - 1, r.center().y()}};
        painter.drawPolygon(points, 4);
        break;
    }
    case MarkerShape::Square:
        painter.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
        break;
    case MarkerShape::Triangle: {
        const QPointF points[] = {{r.center().x(), r.top()}, r.bottomRight(), r.bottomLeft()};
        painter.drawPolygon(points, 3);
        break;
    }
    case MarkerShape::Cross:
        painter.setPen(QPen(color, 2.2));
        painter.drawLine(r.topLeft(), r.bottomRight());
        painter.drawLine(r.topRight(), r.bottomLeft());
        break;
    }
    if (selected || itemNumber == m_hoveredItem) {
        painter.setPen(QPen(selected ? m_colors->text : color, selected ? 2.0 : 1.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(marker.adjusted(-3, -3, 3, 3));
    }
    painter.setRenderHint(QPainter::Antialiasing, false);

    const double textLeft = marker.right() + 4;
    const double room = std::min(labelRoom, viewport()->width() - m_scale.xForDay(item.startDay)) - marker.width() - 8;
    paintLabel(painter, item, QPointF(textLeft, marker.center().y() - m_metrics->fm.height() / 2.0), room,
               m_colors->text);
}

void TimelineView::paintRules(QPainter &painter) const
{
    const int top = m_metrics->axisHeight;
    const int bottom = viewport()->height();
    const int width = viewport()->width();
    for (const VersionMark &mark : m_versionMarks) {
        const double x = xForDate(mark.date);
        if (x < -2 || x > width + 2)
            continue;
        const bool current = mark.id == m_currentVersion;
        fillVerticalLine(painter, x, top, bottom, current ? m_colors->currentVersion : m_colors->version,
                         current ? 2 : 1);
    }
    // Today: dashed, so it reads apart from the version rules.
    const double x = xForDate(m_today);
    if (x < -2 || x > width + 2)
        return;
    constexpr int Dash = 6;
    for (int y = top; y < bottom; y += 2 * Dash)
        fillVerticalLine(painter, x, y, std::min(bottom, y + Dash), m_colors->today, 2);
}

void TimelineView::paintAxis(QPainter &painter, const QList<QDate> &majorTicks, const QList<QDate> &minorTicks) const
{
    const int width = viewport()->width();
    const QRect axis(0, 0, width, m_metrics->axisHeight);
    painter.fillRect(axis, m_colors->header);
    painter.setPen(m_colors->separator);
    painter.drawLine(axis.bottomLeft(), axis.bottomRight());

    // Ticks and their labels on the first line.
    const TickUnit unit = tickUnit();
    const int tickBottom = m_metrics->tickLineHeight;
    painter.setPen(m_colors->mutedText);
    for (const QDate &date : minorTicks) {
        const double x = std::round(xForDate(date)) + 0.5;
        painter.drawLine(QLineF(x, tickBottom - 4, x, tickBottom));
    }
    for (qsizetype i = 0; i < majorTicks.size(); ++i) {
        const double x = std::round(xForDate(majorTicks[i])) + 0.5;
        painter.setPen(m_colors->mutedText);
        painter.drawLine(QLineF(x, 2, x, tickBottom));
        // The label of a tick just left of the view stays readable at the left edge, unless the next
        // label needs the room.
        const QString label = tickLabel(locale(), majorTicks[i], unit);
        const double labelX = std::max(x + 4, 2.0);
        const double nextX = i + 1 < majorTicks.size() ? xForDate(majorTicks[i + 1]) : width;
        if (labelX + m_metrics->fm.horizontalAdvance(label) + 4 > nextX)
            continue;
        painter.setPen(m_colors->headerText);
        painter.drawText(QPointF(labelX, 2 + m_metrics->fm.ascent()), label);
    }

    // Versions and today on the two lines below, stacked so that their labels never overlap; the current
    // version and today are placed first so they are never the ones hidden.
    struct AxisLabel
    {
        double x;
        QString text;
        QColor color;
        bool bold;
    };
    QList<AxisLabel> labels;
    for (const VersionMark &mark : m_versionMarks) {
        const bool current = mark.id == m_currentVersion;
        const AxisLabel label {xForDate(mark.date), mark.label,
                               current ? m_colors->currentVersion : m_colors->headerText, current};
        if (current)
            labels.prepend(label);
        else
            labels.append(label);
    }
    labels.insert(labels.isEmpty() || m_versionMarks.isEmpty() ? 0 : 1,
                  AxisLabel {xForDate(m_today), tr("Today"), m_colors->today, true});

    QFont bold = m_metrics->smallFont;
    bold.setBold(true);
    const QFontMetrics smallMetrics(m_metrics->smallFont);
    const QFontMetrics boldMetrics(bold);
    QList<std::pair<double, double>> spans;
    for (const AxisLabel &label : std::as_const(labels)) {
        const int textWidth = (label.bold ? boldMetrics : smallMetrics).horizontalAdvance(label.text);
        spans.append({label.x - textWidth / 2.0, label.x + textWidth / 2.0});
    }
    const QList<int> lines = stackLabels(spans, 2, 6.0);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const double x = std::round(labels[i].x) + 0.5;
        if (x < -100 || x > width + 100)
            continue;
        const int lineTop = tickBottom + 2 + std::max(0, lines[i]) * m_metrics->versionLineHeight;
        painter.setPen(withAlpha(labels[i].color, 0.7));
        painter.drawLine(
            QLineF(x, lines[i] < 0 ? tickBottom + 2 : lineTop + m_metrics->versionLineHeight - 1, x, axis.bottom()));
        if (lines[i] < 0)
            continue;
        painter.setFont(labels[i].bold ? bold : m_metrics->smallFont);
        painter.setPen(labels[i].color);
        const double textWidth = spans[i].second - spans[i].first;
        const QRectF textRect(spans[i].first, lineTop, textWidth + 1, m_metrics->versionLineHeight);
        painter.fillRect(textRect.adjusted(-2, 0, 2, 0), m_colors->header);
        painter.drawText(textRect, Qt::AlignCenter | Qt::TextSingleLine, labels[i].text);
    }
    painter.setFont(m_metrics->font);
}

void TimelineView::paintFocus(QPainter &painter) const
{
    if (!hasFocus())
        return;
    QRect rect;
    if (m_focusedLane >= 0)
        rect = laneHeaderRect(m_focusedLane).adjusted(1, 1, -2, -2);
    else if (m_currentItem >= 0)
        rect = itemRect(m_currentItem).adjusted(-3, -3, 3, 3).intersected(viewport()->rect().adjusted(1, 0, -2, 0));
    if (rect.isEmpty())
        return;
    painter.setPen(QPen(m_colors->highlight, 2.0, Qt::SolidLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
}

} // namespace Dealscope
