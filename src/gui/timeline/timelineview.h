// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelinegeometry.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinenavigator.h"
#include "timeline/timelinescene.h"
#include "timeline/timelinescrollbars.h"
#include "timeline/timelineselection.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QHash>
#include <QItemSelection>
#include <QList>
#include <QPointer>
#include <QString>

#include <memory>

class QAbstractItemModel;
class QItemSelectionModel;
class QMenu;

namespace Dealscope {

class TimelineLabelCache;
struct TimelineColors;

/// The Explorer's timeline: one lane per top-level row of the agreement model (categories, then events),
/// clauses as bars from start to end, events as markers, on a date axis that zooms from decades to
/// months. It reads the same model and selection model as the clause tree, so selecting in either shows
/// in both.
///
/// The model needs only QAbstractItemModel and the roles of AgreementModel, so a filter proxy in between
/// is fine. Coordinates of the public API are the viewport's.
///
/// The view joins the timeline's parts: TimelineScene reads the model, TimelineGeometry lays it out,
/// TimelinePainter draws it, TimelineNavigator finds and moves, TimelineEndText words the tooltips and
/// TimelineContextMenu offers the AGI year. The view keeps the selection (TimelineSelection), the focus
/// and the folded lanes, shows the geometry in the scroll bars (TimelineScrollBars), and turns events
/// into calls on those parts.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    /// A version of the agreement, drawn as a vertical rule with its month, in the view's locale, on the axis.
    using VersionMark = TimelineVersionMark;

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

    /// Compare mode: draws each clause's term in another version (by clause id) as a thin outline under
    /// its bar, so that a shortened or extended term shows; an empty hash ends compare mode.
    void setComparedTerms(const QHash<QString, TimelineComparedTerm> &terms);
    QHash<QString, TimelineComparedTerm> comparedTerms() const { return m_comparedTerms; }

    double xForDate(const QDate &date) const;
    QDate dateAtX(double x) const;
    double pixelsPerDay() const { return m_geometry.scale().pixelsPerDay(); }
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

    /// Every text the last paint placed (axis dates, version and today labels, titles, end notes), in
    /// viewport coordinates.
    QList<PlacedLabel> placedLabels() const { return m_placedLabels; }

    /// The height of the axis band above the lanes.
    int axisHeight() const;
    /// The height of all lanes, below the axis band.
    int lanesHeight() const;
    /// Where the lanes may be split across pages without cutting a row: the lanes' y (0 is the top of the
    /// first lane) at the top of every lane header and row, and at the bottom of the last lane.
    QList<int> rowBoundaries() const;
    /// Scrolls the lanes so that lanes' y @p y is at the top, under the axis band.
    void scrollLanesTo(int y);
    int lanesScroll() const { return m_geometry.scrollY(); }

    /// The context menu for @p viewportPos: assume AGI verified in the year under that point, or not at
    /// all. The actions emit agiYearRequested(); the caller owns (and deletes) the menu.
    QMenu *createContextMenu(const QPoint &viewportPos);

public Q_SLOTS:
    void fitAll();
    /// Fits the selected clauses and events across the view, or everything when nothing is selected.
    void zoomToFit();
    /// Back to the view the timeline opens with: everything fitted, lanes scrolled to the top.
    void resetZoom();
    void zoomIn();
    void zoomOut();

Q_SIGNALS:
    /// An item was double-clicked or Enter was pressed on it.
    void activated(const QModelIndex &index);
    /// The user asked, from the context menu, to assume AGI verified in @p year (0: not assumed).
    void agiYearRequested(int year);

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
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void retranslate();
    int itemAt(const QPoint &point) const;
    void invalidateScene();
    void ensureScene() const;
    void rebuildScene();
    void layoutLanes();
    /// Packs rows again when the zoom changed since the last packing, so that titles keep their room.
    void packRowsForZoom();
    void updateScrollBars();
    void viewChanged(); ///< after zooming, panning or scrolling: scroll bars and a repaint
    void syncSelection(); ///< after the scene was rebuilt
    void onCurrentChanged(const QModelIndex &current);
    void onSelectionChanged(const QItemSelection &selected, const QItemSelection &deselected);
    void selectItem(int item);
    void applyFocusMove(const FocusMove &move);
    void focusLane(int lane);
    void toggleLane(int lane);
    void notifyAccessibleFocus();
    void showKeyboardContextMenu();
    QMenu *createContextMenuForYear(int year);

    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selectionModel;
    QList<QMetaObject::Connection> m_modelConnections;
    QList<QMetaObject::Connection> m_selectionConnections;

    TimelineScene m_scene;
    bool m_sceneDirty = true;
    TimelineGeometry m_geometry;
    TimelineNavigator m_navigator;
    TimelineScrollBars m_scrollBars;
    TimelineSelection m_selection;
    std::unique_ptr<TimelineColors> m_colors;
    std::unique_ptr<TimelineLabelCache> m_labels;

    QHash<QString, bool> m_collapsedLanes; ///< by lane id, so it survives model resets
    int m_focusedLane = -1; ///< a lane header has the keyboard focus instead of an item
    int m_hoveredItem = -1;

    bool m_fitPending = true; ///< fit all once the first data and a size are known
    double m_packedPixelsPerDay = 0.0; ///< the zoom the rows were last packed for; 0: not yet
    QList<PlacedLabel> m_placedLabels; ///< from the last paint

    QList<VersionMark> m_versionMarks;
    QString m_currentVersion;
    QDate m_today;
    bool m_showChanges = false;
    QHash<QString, TimelineComparedTerm> m_comparedTerms;
};

} // namespace Dealscope
