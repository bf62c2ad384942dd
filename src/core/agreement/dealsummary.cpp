// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement/dealsummary.h"

#include <algorithm>
#include <map>

namespace Dealscope {

namespace {

/// The order the changes are listed in: what a reader looks for first.
int changeRank(ChangeKind change)
{
    switch (change) {
    case ChangeKind::Introduced:
        return 0;
    case ChangeKind::Amended:
        return 1;
    case ChangeKind::Ended:
        return 2;
    case ChangeKind::NotRestated:
        return 3;
    case ChangeKind::Unchanged:
        break;
    }
    return 4;
}

const Version *summaryVersion(const Dataset &dataset, const QString &versionId)
{
    if (const Version *version = dataset.version(versionId))
        return version;
    return dataset.versions.isEmpty() ? nullptr : &dataset.versions.constLast();
}

const Version *versionBefore(const Dataset &dataset, const Version &version)
{
    const Version *previous = nullptr;
    for (const Version &other : dataset.versions) {
        if (other.date < version.date && (!previous || other.date > previous->date))
            previous = &other;
    }
    return previous;
}

class SummaryBuilder
{
public:
    SummaryBuilder(const Dataset &dataset, const QString &language, const MilestoneDates &milestones)
        : m_dataset(dataset), m_language(language), m_milestones(milestones)
    { }

    QString text(const LocalizedText &text) const { return text.text(m_language); }

    void addGroups(DealSummary &summary, const AgreementState &state) const
    {
        for (const Category &category : m_dataset.categories) {
            SummaryGroup group {category.id, text(category.title), text(category.description), {}};
            for (const ClauseState &clause : state.clauses) {
                if (clause.clause->category == category.id && clause.isApplicable())
                    group.terms.append(termOf(clause));
            }
            if (!group.terms.isEmpty())
                summary.groups.append(group);
        }
    }

    void addDates(DealSummary &summary, const Version &asOf) const
    {
        for (const Version &version : m_dataset.versions) {
            if (version.date > asOf.date)
                continue;
            SummaryDate date;
            date.kind = SummaryDate::Kind::Version;
            date.id = version.id;
            date.date = version.date;
            date.title = text(version.label);
            date.summary = text(version.summary);
            for (const Event &event : m_dataset.events) {
                if (event.version == version.id) {
                    date.eventId = event.id;
                    date.amounts = event.amounts;
                    break;
                }
            }
            summary.dates.append(date);
        }

        // The days applicable terms run out, one entry per day; then the milestones they wait for.
        std::map<QDate, QStringList> endsByDay;
        QHash<QString, QStringList> waitingFor;
        for (const SummaryGroup &group : std::as_const(summary.groups)) {
            for (const SummaryTerm &term : group.terms) {
                if (term.resolvedEnd.date.isValid())
                    endsByDay[term.resolvedEnd.date].append(term.clauseId);
                const QString decidedBy = term.resolvedEnd.decidedBy;
                if (!decidedBy.isEmpty())
                    waitingFor[decidedBy].append(term.clauseId);
                for (const QString &milestone : term.resolvedEnd.pendingMilestones)
                    waitingFor[milestone].append(term.clauseId);
            }
        }
        for (const auto &[day, clauses] : endsByDay)
            summary.dates.append({SummaryDate::Kind::TermsEnd, day, {}, {}, {}, {}, {}, clauses});
        std::stable_sort(summary.dates.begin(), summary.dates.end(),
                         [](const SummaryDate &a, const SummaryDate &b) { return a.date < b.date; });
        for (const Milestone &milestone : m_dataset.milestones) {
            const QStringList clauses = waitingFor.value(milestone.id);
            if (!clauses.isEmpty())
                summary.dates.append({SummaryDate::Kind::Milestone,
                                      m_milestones.value(milestone.id),
                                      milestone.id,
                                      text(milestone.title),
                                      text(milestone.description),
                                      {},
                                      {},
                                      clauses});
        }
    }

    void addChanges(DealSummary &summary, const Version &version) const
    {
        for (const Clause &clause : m_dataset.clauses) {
            for (const HistoryEntry &entry : clause.history) {
                if (entry.version != version.id || entry.change == ChangeKind::Unchanged)
                    continue;
                summary.changes.append({clause.id, text(clause.title), entry.change,
                                        entry.change == ChangeKind::Amended ? text(entry.text) : QString(),
                                        text(entry.note)});
            }
        }
        std::stable_sort(
            summary.changes.begin(), summary.changes.end(),
            [](const SummaryChange &a, const SummaryChange &b) { return changeRank(a.change) < changeRank(b.change); });
    }

    void addQuestions(DealSummary &summary, const AgreementState &state, const Version &version) const
    {
        for (const OpenQuestion &question : m_dataset.openQuestions) {
            if (!bearsOn(question, state, version))
                continue;
            QStringList clauses;
            for (const QString &id : question.clauses) {
                if (const ClauseState *clause = state.clause(id); clause && clause->entry)
                    clauses.append(id);
            }
            summary.questions.append(
                {question.id, question.kind, text(question.title), text(question.summary), clauses});
        }
    }

private:
    SummaryTerm termOf(const ClauseState &state) const
    {
        SummaryTerm term;
        term.clauseId = state.clause->id;
        term.title = text(state.clause->title);
        term.wording = state.wording ? text(*state.wording) : QString();
        term.status = state.status;
        term.parentId = state.clause->parent;
        term.end = state.term.end;
        term.resolvedEnd = state.end;
        for (const QString &id : state.end.pendingMilestones) {
            const Milestone *milestone = m_dataset.milestone(id);
            term.pendingMilestones.append(milestone ? text(milestone->title) : id);
        }
        term.confidence = state.clause->confidence;
        if (state.entry && state.entry->confidence && state.entry->confidence->code() != term.confidence.code())
            term.standingConfidence = state.entry->confidence;
        return term;
    }

    /// Whether @p question is about anything known as of @p version; a question about nothing in particular
    /// always is.
    bool bearsOn(const OpenQuestion &question, const AgreementState &state, const Version &version) const
    {
        if (question.clauses.isEmpty() && question.events.isEmpty())
            return true;
        for (const QString &id : question.clauses) {
            if (const ClauseState *clause = state.clause(id); clause && clause->entry)
                return true;
        }
        for (const QString &id : question.events) {
            if (const Event *event = m_dataset.event(id);
                event && eventTiming(m_dataset, *event, version.id) != EventTiming::Later)
                return true;
        }
        return false;
    }

    const Dataset &m_dataset;
    const QString m_language;
    const MilestoneDates &m_milestones;
};

} // namespace

DealSummary DealSummary::build(const Dataset &dataset, const QString &versionId, const MilestoneDates &milestones,
                               const QString &language)
{
    const SummaryBuilder builder(dataset, language, milestones);
    DealSummary summary;
    summary.language = language;
    summary.title = builder.text(dataset.title);
    summary.description = builder.text(dataset.description);
    summary.coverageNote = builder.text(dataset.coverageNote);
    summary.factsCheckedOn = dataset.factsCheckedOn;
    for (const Clause &clause : dataset.clauses)
        summary.m_itemTitles.insert(clause.id, builder.text(clause.title));
    for (const Event &event : dataset.events)
        summary.m_itemTitles.insert(event.id, builder.text(event.title));
    for (const Milestone &milestone : dataset.milestones)
        summary.m_milestoneTitles.insert(milestone.id, builder.text(milestone.title));
    summary.m_assumedDates = milestones;

    const Version *version = summaryVersion(dataset, versionId);
    if (!version)
        return summary;
    summary.versionId = version->id;
    summary.versionLabel = builder.text(version->label);
    summary.versionDate = version->date;
    summary.versionSummary = builder.text(version->summary);
    if (const Version *previous = versionBefore(dataset, *version)) {
        summary.previousVersionLabel = builder.text(previous->label);
        summary.previousVersionDate = previous->date;
    }

    const AgreementState state = asOf(dataset, version->date, milestones);
    builder.addGroups(summary, state);
    builder.addDates(summary, *version);
    builder.addChanges(summary, *version);
    builder.addQuestions(summary, state, *version);
    return summary;
}

const SummaryTerm *DealSummary::term(const QString &clauseId) const
{
    for (const SummaryGroup &group : groups) {
        for (const SummaryTerm &term : group.terms) {
            if (term.clauseId == clauseId)
                return &term;
        }
    }
    return nullptr;
}

} // namespace Dealscope
