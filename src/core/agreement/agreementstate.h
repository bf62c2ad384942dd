// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/dataset.h"

#include <QDate>
#include <QHash>

#include <optional>

namespace Dealscope {

/// Dates assumed for milestones, by milestone id. A milestone without a date stays unresolved.
using MilestoneDates = QHash<QString, QDate>;

/// A term's end once milestone dates are applied.
///
/// - no end stated: isOpen()
/// - a known end: date set, no pending milestones
/// - an end at an unresolved milestone: no date, pendingMilestones non-empty
/// - "the earlier of AGI verification and 2030" with AGI unresolved: date is the latest possible end
///   (2030-12-31), pendingMilestones names AGI, which may end the term sooner.
struct ResolvedEnd
{
    QDate date;
    QStringList pendingMilestones;
    QString decidedBy; ///< the milestone id that set `date`, if a milestone did

    bool isOpen() const { return !date.isValid() && pendingMilestones.isEmpty(); }
    bool isDefinite() const { return date.isValid() && pendingMilestones.isEmpty(); }
    bool isUncertain() const { return !pendingMilestones.isEmpty(); }
};

ResolvedEnd resolveEnd(const TermEnd &end, const MilestoneDates &milestones);

/// Where a clause stands at a date.
enum class ClauseStatus {
    NotYetInForce, ///< no version up to the date introduced it, or its term starts later
    InForce,
    Unknown, ///< the latest version did not restate it: last known state, unconfirmed
    Ended, ///< a version ended it
    Expired, ///< its term ran out
};

struct ClauseState
{
    const Clause *clause = nullptr;
    const HistoryEntry *entry = nullptr; ///< the latest history entry up to the date; null if none
    ClauseStatus status = ClauseStatus::NotYetInForce;
    QDate start;
    Term term; ///< the term in effect (amendments may replace it)
    ResolvedEnd end;
    const LocalizedText *wording = nullptr; ///< the latest wording: an amendment's text or the summary

    /// In force, or in force as far as anyone knows (not restated since).
    bool isApplicable() const { return status == ClauseStatus::InForce || status == ClauseStatus::Unknown; }
};

/// The agreement as of one date: every clause of the dataset with its state then.
class AgreementState
{
public:
    QDate date;
    QList<ClauseState> clauses; ///< in dataset order

    const ClauseState *clause(const QString &id) const;
    QList<const ClauseState *> applicable() const;
};

/// The agreement as it stood on @p date, with the given milestone dates.
AgreementState asOf(const Dataset &dataset, const QDate &date, const MilestoneDates &milestones = {});
/// The agreement as a version left it (on the version's date). Empty state for an unknown version id.
AgreementState asOf(const Dataset &dataset, const QString &versionId, const MilestoneDates &milestones = {});

/// The state of one clause on @p date.
ClauseState clauseStateAt(const Dataset &dataset, const Clause &clause, const QDate &date,
                          const MilestoneDates &milestones = {});

/// Where a dated event stands as of a version.
enum class EventTiming {
    Earlier, ///< on or before the previous version's date
    New, ///< after the previous version's date, up to the version's own: new in that version
    Later, ///< after the version's date: not yet known as of that version
};

/// Where @p event stands as of the version @p versionId. An event counts from the first day its date may
/// mean ("2021" is 1 January 2021), so it is only "later" when all of it is. Later for an unknown version.
EventTiming eventTiming(const Dataset &dataset, const Event &event, const QString &versionId);

} // namespace Dealscope
