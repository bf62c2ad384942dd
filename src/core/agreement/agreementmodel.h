// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/agreementstate.h"
#include "dataset/dataset.h"

#include <QAbstractItemModel>

#include <initializer_list>
#include <memory>

namespace Dealscope {

/// The agreement as a tree for views: one top-level row per category (categories → clauses → sub-terms),
/// then one "Events" row whose children are the dated events.
///
/// Every view of the agreement — the clause tree, the timeline, the details pane — reads this one model,
/// usually through AgreementFilterModel, and shares one selection model over it. The model shows the
/// agreement *as of* a version: statuses, wording and ends follow that version, and the milestone dates
/// assumed by the user (or a scenario) resolve uncertain ends.
class AgreementModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    /// ChangeColumn says what the selected version did to the item (views show it in "changes" mode);
    /// EndColumn holds a clause's end and an event's date.
    enum Column { TitleColumn, ChangeColumn, StatusColumn, EndColumn, ConfidenceColumn, ColumnCount };

    enum class NodeKind { Category, Clause, EventGroup, Event };
    Q_ENUM(NodeKind)

    /// How a clause's end is known, as of the selected version (EndKindRole).
    enum class EndKind {
        None, ///< no end stated
        Definite, ///< a date: a term end, a version that ended it, or an assumed milestone date
        Milestone, ///< at an unresolved milestone: no date at all
        MilestoneOrDate, ///< the earlier of an unresolved milestone and a date (EndDateRole: the latest end)
    };
    Q_ENUM(EndKind)

    enum Role {
        NodeKindRole = Qt::UserRole + 1, ///< NodeKind as int
        IdRole, ///< QString: category, clause or event id ("events" for the event group)
        LaneRole, ///< QString: the top-level row's id the item belongs to (its timeline lane)
        StartDateRole, ///< QDate: term start, or the event's first day
        EndDateRole, ///< QDate: resolved end; for MilestoneOrDate the latest possible end; else invalid
        EndKindRole, ///< EndKind as int
        PendingMilestonesRole, ///< QStringList: titles of the unresolved milestones the end waits for
        StatusRole, ///< ClauseStatus as int (clauses only)
        /// ChangeKind as int of the selected version's entry for the clause, or Introduced for an event new in
        /// that version (EventTiming::New); -1 if none
        ChangeRole,
        ConfidenceRole, ///< QString: "A", "B/C", …
        EventKindRole, ///< Event::Kind as int (events only)
        DatePrecisionRole, ///< PartialDate::Precision as int of an event's date
        SummaryRole, ///< QString: current wording of a clause, summary of an event
        SearchTextRole, ///< QString: title, summary and source publishers, for filtering
        AffectsLayersRole, ///< QStringList: scenario layers the clause affects ("iaas", "paas", …)
        /// bool: the title is shown in English because the dataset lacks the display language (views show it
        /// in italics; the tooltip says so)
        UntranslatedRole,
        /// bool: an event dated after the selected version (EventTiming::Later); views mark it as later
        AfterVersionRole,
        /// QString: a shorter form of the cell's text, for a column too narrow for it: a clause's end as its
        /// date alone ("Ended" is the status's to say), "No end", "by 2030" for the earlier of a milestone and
        /// a date. Empty where the text is short already.
        CompactTextRole,
    };
    Q_ENUM(Role)

    explicit AgreementModel(QObject *parent = nullptr);
    ~AgreementModel() override;

    void setDataset(DatasetPtr dataset);
    DatasetPtr dataset() const { return m_dataset; }

    /// Shows the agreement as the version @p versionId left it. Defaults to the latest version.
    void setVersion(const QString &versionId);
    QString version() const { return m_versionId; }
    /// The version before the selected one, or an empty string.
    QString previousVersion() const;

    /// Dates assumed for milestones (e.g. AGI verification); missing ones stay unresolved.
    void setMilestoneDates(const MilestoneDates &dates);
    MilestoneDates milestoneDates() const { return m_milestoneDates; }

    /// The display language of texts; English is the fallback.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    const AgreementState &state() const { return m_state; }
    const ClauseState *clauseState(const QModelIndex &index) const;
    const Clause *clause(const QModelIndex &index) const;
    const Event *eventAt(const QModelIndex &index) const;
    NodeKind nodeKind(const QModelIndex &index) const;
    /// The index of the clause or event with @p id in column 0, or an invalid index.
    QModelIndex indexForId(const QString &id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void versionChanged(const QString &versionId);
    void milestoneDatesChanged();

private:
    struct Node;
    void rebuild();
    QVariant accessibleData(const QModelIndex &index, int role) const;
    void recomputeState();
    void refresh();
    Node *nodeFor(const QModelIndex &index) const;
    QVariant clauseData(const Node &node, int column, int role) const;
    QVariant eventData(const Node &node, int column, int role) const;
    QVariant groupData(const Node &node, int column, int role) const;
    EventTiming timingOf(const Event &event) const;
    ResolvedEnd effectiveEnd(const ClauseState &state) const;
    bool isFallback(const LocalizedText &text) const;
    QString withFallbackNote(const QString &tip, std::initializer_list<const LocalizedText *> texts) const;

    DatasetPtr m_dataset;
    QString m_versionId;
    QString m_language = QStringLiteral("en");
    MilestoneDates m_milestoneDates;
    AgreementState m_state;
    std::unique_ptr<Node> m_root;
};

QString statusName(ClauseStatus status);
QString changeName(ChangeKind change);
/// What the status column says of an event as of a version: "Later" for a later one, else nothing.
QString timingName(EventTiming timing);

} // namespace Dealscope
