// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelinelayout.h"

#include <QAbstractScrollArea>
#include <QColor>
#include <QDate>
#include <QFont>
#include <QItemSelection>
#include <QList>
#include <QPointer>
#include <QString>

#include <memory>

class QAbstractItemModel;
class QItemSelectionModel;
class QPainter;

namespace Dealscope {

/// The Explorer's timeline: one lane per top-level row of the agreement model (categories, then events),
/// clauses as bars from start to end, events as markers, on a date axis that zooms from decades to
/// months. It reads the same model and selection model as the clause tree, so selecting in either shows
/// in both.
///
/// The model needs only QAbstractItemModel and the roles of AgreementModel, so a filter proxy in between
/// is fine. Coordinates of the public API are the viewport's.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    /// A version of the agreement, drawn as a vertical rule with a short label on the axis.
    struct VersionMark
    {
        QDate date;
        QString label;
        QString id;
    };

    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    /// Shows @p model; creates a selection model for it unless setSelectionModel() provides one later.
    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    /// Shares @p selectionModel (over the same model) with other views.
    void setSelectionModel(QItemSelectionModel *selectionModel);
    QItemSelectionModel *selectionModel() const { return m_selectionModel; }

    void setVersionMarks(const QList<VersionMark> &marks);
    QList<VersionMark> versionMarks() const { return m_versionMarks; }
    /// Emphasises the rule of the version with @p id: the one the model shows the terms as of.
    void setCurrentVersion(const QString &id);
    QString currentVersion() const { return m_currentVersion; }

    /// The date of the "today" line, which also splits certain from uncertain parts of bars.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    /// Marks clauses with what the current version did to them (introduced, amended, ended, …).
    void setShowChanges(bool show);
    bool showChanges() const { return m_showChanges; }

    double xForDate(const QDate &date) const;
    QDate dateAtX(double x) const;
    double pixelsPerDay() const { return m_scale.pixelsPerDay(); }
    /// Zooms by @p factor keeping the date at @p anchorX where it is.
    void zoomBy(double factor, double anchorX);
    /// Shows [first, last] across the viewport.
    void setVisibleRange(const QDate &first, const QDate &last);
    QDate firstVisibleDate() const;
    QDate lastVisibleDate() const;
    /// The granularity of the axis ticks at the current zoom.
    TickUnit tickUnit() const;

    /// The clause or event drawn at @p point, or an invalid index.
    QModelIndex indexAt(const QPoint &point) const;
    /// Where @p index is drawn (clipped to nothing when outside the view), or an empty rect.
    QRect visualRect(const QModelIndex &index) const;
    /// Scrolls so that @p index is visible, expanding its lane if needed.
    void scrollTo(const QModelIndex &index);
    /// The tooltip of @p index: the model's own tooltip (or title, dates and confidence), then how it ends.
    QString toolTipFor(const QModelIndex &index) const;

    int laneCount() const;
    QString laneTitle(int lane) const;
    QRect laneHeaderRect(int lane) const;
    bool isLaneCollapsed(int lane) const;
    void setLaneCollapsed(int lane, bool collapsed);

    /// The clauses and events drawn, in the order accessibility exposes them.
    int itemCount() const;
    QModelIndex itemIndex(int item) const;
    int itemOf(const QModelIndex &index) const;
    QRect itemRect(int item) const;
    bool isItemSelected(int item) const;
    /// The item with the keyboard focus (the selection model's current index), or -1.
    int currentItem() const;

public Q_SLOTS:
    void fitAll();
    void zoomIn();
    void zoomOut();

Q_SIGNALS:
    /// An item was double-clicked or Enter was pressed on it.
    void activated(const QModelIndex &index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Metrics;
    struct Colors;
    /// Vertical position of a lane in content coordinates (before scrolling and the axis band).
    struct LaneGeometry
    {
        int top = 0;
        int headerHeight = 0;
        int height = 0; ///< header included
    };

    void invalidateScene();
    void ensureScene() const;
    void rebuildScene();
    void layoutLanes() const;
    void updateScrollBars();
    void updateMetrics();
    void updateColors();
    void clampPan();
    void syncSelection();
    void onCurrentChanged(const QModelIndex &current);
    void onSelectionChanged(const QItemSelection &selected, const QItemSelection &deselected);
    void selectItem(int item);
    void moveFocus(int key);
    void toggleLane(int lane);
    void notifyAccessibleFocus();

    int laneAtY(int y) const;
    int rowTop(int lane, int row) const; ///< viewport y of a row
    QRectF barRect(const TimelineItem &item) const;
    QRectF markerRect(const TimelineItem &item) const;
    QString endExplanation(const QModelIndex &index) const;

    void paintGrid(QPainter &painter, const QList<QDate> &majorTicks, const QList<QDate> &minorTicks) const;
    void paintLanes(QPainter &painter, const QRect &clip) const;
    void paintLaneHeader(QPainter &painter, int lane, const QRect &rect) const;
    void paintLaneSummary(QPainter &painter, const TimelineLane &lane, const QRect &rect) const;
    void paintBar(QPainter &painter, const TimelineItem &item, int itemNumber, double nextX) const;
    void paintMarker(QPainter &painter, const TimelineItem &item, int itemNumber, double labelRoom) const;
    void paintLabel(QPainter &painter, const TimelineItem &item, const QPointF &topLeft, double room,
                    const QColor &color) const;
    bool paintEndNote(QPainter &painter, const TimelineItem &item, const QPointF &topLeft, double room,
                      double height) const;
    void paintChangeBadge(QPainter &painter, const TimelineItem &item, const QRectF &bar) const;
    void paintRules(QPainter &painter) const;
    void paintAxis(QPainter &painter, const QList<QDate> &majorTicks, const QList<QDate> &minorTicks) const;
    void paintFocus(QPainter &painter) const;

    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selectionModel;
    QList<QMetaObject::Connection> m_modelConnections;
    QList<QMetaObject::Connection> m_selectionConnections;

    mutable TimelineScene m_scene;
    mutable bool m_sceneDirty = true;
    mutable QList<LaneGeometry> m_laneGeometry;
    mutable int m_contentHeight = 0;
    QHash<QString, bool> m_collapsedLanes; ///< by lane id, so it survives model resets
    QList<bool> m_selected; ///< per item
    int m_currentItem = -1;
    int m_focusedLane = -1; ///< a lane header has the keyboard focus instead of an item
    int m_hoveredItem = -1;

    TimeScale m_scale;
    bool m_fitPending = true; ///< fit all once the first data and a size are known
    bool m_syncingScrollBars = false;
    double m_scrollFirstDay = 0.0; ///< the day at horizontal scroll bar value 0

    QList<VersionMark> m_versionMarks;
    QString m_currentVersion;
    QDate m_today;
    bool m_showChanges = false;

    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_dragging = false;

    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<Colors> m_colors;
};

} // namespace Dealscope
