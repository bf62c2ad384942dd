// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement/agreementstate.h"

namespace Dealscope {

ResolvedEnd resolveEnd(const TermEnd &end, const MilestoneDates &milestones)
{
    ResolvedEnd resolved;
    switch (end.kind) {
    case TermEnd::Kind::None:
        break;
    case TermEnd::Kind::Date:
        resolved.date = end.date.lastDay();
        break;
    case TermEnd::Kind::Milestone:
        if (const QDate date = milestones.value(end.milestone); date.isValid()) {
            resolved.date = date;
            resolved.decidedBy = end.milestone;
        } else {
            resolved.pendingMilestones.append(end.milestone);
        }
        break;
    case TermEnd::Kind::EarliestOf:
        for (const TermEnd &alternative : end.alternatives) {
            const ResolvedEnd part = resolveEnd(alternative, milestones);
            if (part.isOpen())
                continue; // an open alternative never ends the term first
            for (const QString &pending : part.pendingMilestones) {
                if (!resolved.pendingMilestones.contains(pending))
                    resolved.pendingMilestones.append(pending);
            }
            if (part.date.isValid() && (!resolved.date.isValid() || part.date < resolved.date)) {
                resolved.date = part.date;
                resolved.decidedBy = part.decidedBy;
            }
        }
        break;
    }
    return resolved;
}

ClauseState clauseStateAt(const Dataset &dataset, const Clause &clause, const QDate &date,
                          const MilestoneDates &milestones)
{
    ClauseState state;
    state.clause = &clause;
    state.term = clause.term;
    state.wording = &clause.summary;

    QDate introducedOn;
    for (const HistoryEntry &entry : clause.history) {
        const Version *version = dataset.version(entry.version);
        if (!version || version->date > date)
            break; // histories are in version order
        state.entry = &entry;
        if (entry.change == ChangeKind::Introduced) {
            introducedOn = version->date;
            state.term = clause.term; // a reintroduced clause starts from its own term again
            state.wording = &clause.summary;
        }
        if (entry.term)
            state.term = *entry.term;
        if (!entry.text.isEmpty())
            state.wording = &entry.text;
    }
    if (!state.entry)
        return state; // NotYetInForce

    state.start = state.term.start.isValid() ? state.term.start.firstDay() : introducedOn;
    state.end = resolveEnd(state.term.end, milestones);

    if (state.entry->change == ChangeKind::Ended)
        state.status = ClauseStatus::Ended;
    else if (state.end.date.isValid() && state.end.date < date)
        state.status = ClauseStatus::Expired; // a definite end, or the latest possible one, has passed
    else if (state.start.isValid() && state.start > date)
        state.status = ClauseStatus::NotYetInForce;
    else if (state.entry->change == ChangeKind::NotRestated)
        state.status = ClauseStatus::Unknown;
    else
        state.status = ClauseStatus::InForce;
    return state;
}

AgreementState asOf(const Dataset &dataset, const QDate &date, const MilestoneDates &milestones)
{
    AgreementState state;
    state.date = date;
    state.clauses.reserve(dataset.clauses.size());
    for (const Clause &clause : dataset.clauses)
        state.clauses.append(clauseStateAt(dataset, clause, date, milestones));
    return state;
}

AgreementState asOf(const Dataset &dataset, const QString &versionId, const MilestoneDates &milestones)
{
    const Version *version = dataset.version(versionId);
    if (!version)
        return {};
    return asOf(dataset, version->date, milestones);
}

EventTiming eventTiming(const Dataset &dataset, const Event &event, const QString &versionId)
{
    const Version *version = dataset.version(versionId);
    const QDate day = event.date.firstDay();
    if (!version || day > version->date)
        return EventTiming::Later;
    // The version before this one in date order; the first version finds none, so all before it is new.
    QDate previous;
    for (const Version &other : dataset.versions) {
        if (other.date < version->date && (!previous.isValid() || other.date > previous))
            previous = other.date;
    }
    return previous.isValid() && day <= previous ? EventTiming::Earlier : EventTiming::New;
}

const ClauseState *AgreementState::clause(const QString &id) const
{
    for (const ClauseState &state : clauses) {
        if (state.clause->id == id)
            return &state;
    }
    return nullptr;
}

QList<const ClauseState *> AgreementState::applicable() const
{
    QList<const ClauseState *> result;
    for (const ClauseState &state : clauses) {
        if (state.isApplicable())
            result.append(&state);
    }
    return result;
}

} // namespace Dealscope
