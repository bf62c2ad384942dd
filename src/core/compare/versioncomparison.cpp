// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/versioncomparison.h"

#include "agreement/agreementmodel.h"

#include <QLocale>

namespace Dealscope {

namespace {

using Field = ItemChange::Field;

bool isPresent(const ClauseState &state)
{
    return state.entry && state.status != ClauseStatus::Ended && state.status != ClauseStatus::Expired;
}

void appendNew(QStringList &list, const QStringList &more)
{
    for (const QString &item : more) {
        if (!list.contains(item))
            list.append(item);
    }
}

/// The sources behind a clause's state: those of the entry that set it, else the clause's own.
QStringList sourcesOf(const ClauseState &state)
{
    if (state.entry && !state.entry->sources.isEmpty())
        return state.entry->sources;
    return state.clause->sources;
}

ComparedSide clauseSide(const Dataset &dataset, const ClauseState &state, const QString &language)
{
    ComparedSide side;
    side.present = isPresent(state);
    side.status = statusName(state.status);
    if (!state.entry)
        return side; // not yet agreed: nothing to show but that
    side.clauses = {state.clause->id};
    side.sources = sourcesOf(state);
    if (side.present) {
        side.wording = state.wording ? state.wording->text(language) : state.clause->summary.text(language);
        side.end = VersionComparison::describeEnd(dataset, state.term.end, language);
    }
    return side;
}

/// B's side of a clause B ended in favour of others: their wording, ends and sources.
void showReplacements(const Dataset &dataset, const AgreementState &stateB, const ClauseState &ended,
                      const QString &language, ComparedSide *side)
{
    if (ended.status != ClauseStatus::Ended || !ended.entry)
        return;
    QList<const ClauseState *> replacements;
    for (const QString &id : ended.entry->related) {
        if (const ClauseState *state = stateB.clause(id); state && isPresent(*state))
            replacements.append(state);
    }
    if (replacements.isEmpty())
        return;
    QStringList wordings;
    QStringList ends;
    side->clauses.clear();
    for (const ClauseState *state : replacements) {
        const ComparedSide replacement = clauseSide(dataset, *state, language);
        wordings.append(replacement.wording);
        ends.append(replacements.size() == 1 ? replacement.end
                                             : QStringLiteral("%1: %2").arg(state->clause->id, replacement.end));
        appendNew(side->sources, replacement.sources);
        side->clauses.append(state->clause->id);
    }
    side->wording = wordings.join(u'\n');
    side->end = ends.join(QStringLiteral("; "));
}

QList<Field> differingFields(const ComparedSide &a, const ComparedSide &b)
{
    QList<Field> fields;
    if (a.wording != b.wording)
        fields.append(Field::Wording);
    if (a.end != b.end)
        fields.append(Field::End);
    if (a.status != b.status)
        fields.append(Field::Status);
    if (a.sources != b.sources)
        fields.append(Field::Sources);
    return fields;
}

std::optional<VersionChangeKind> clauseChangeKind(const ClauseState &a, const ClauseState &b,
                                                  const QList<Field> &fields)
{
    const bool presentA = isPresent(a);
    const bool presentB = isPresent(b);
    if (!presentA && !presentB)
        return std::nullopt; // in neither agreement
    if (!presentA)
        return VersionChangeKind::Added;
    if (!presentB)
        return VersionChangeKind::Ended;
    if (b.status == ClauseStatus::Unknown && a.status != ClauseStatus::Unknown)
        return VersionChangeKind::NotRestated;
    // New sources alone (a reaffirmation) change no term.
    if (fields.contains(Field::Wording) || fields.contains(Field::End) || fields.contains(Field::Status))
        return VersionChangeKind::Amended;
    return std::nullopt;
}

ItemChange eventChange(const Event &event, const QString &language)
{
    ItemChange change;
    change.id = event.id;
    change.item = ItemChange::Item::Event;
    change.title = event.title.text(language);
    change.kind = VersionChangeKind::Added;
    change.b.present = true;
    change.b.wording = event.summary.text(language);
    change.b.sources = event.sources;
    change.fields = differingFields(change.a, change.b);
    return change;
}

} // namespace

QString ItemChange::value(Field field, bool sideB) const
{
    const ComparedSide &side = sideB ? b : a;
    switch (field) {
    case Field::Wording:
        return side.wording;
    case Field::End:
        return side.end;
    case Field::Status:
        return side.status;
    case Field::Sources:
        return side.sources.join(QStringLiteral("; "));
    }
    return {};
}

VersionComparison VersionComparison::compare(const Dataset &dataset, const QString &versionA, const QString &versionB,
                                             const QString &language, const MilestoneDates &milestones)
{
    VersionComparison comparison;
    comparison.m_versionA = versionA;
    comparison.m_versionB = versionB;
    comparison.m_language = language;
    const Version *a = dataset.version(versionA);
    const Version *b = dataset.version(versionB);
    if (!a || !b)
        return comparison;
    comparison.m_valid = true;

    const AgreementState stateA = asOf(dataset, a->date, milestones);
    const AgreementState stateB = asOf(dataset, b->date, milestones);
    for (qsizetype i = 0; i < stateA.clauses.size(); ++i) {
        const ClauseState &clauseA = stateA.clauses.at(i);
        const ClauseState &clauseB = stateB.clauses.at(i);
        ItemChange change;
        change.id = clauseA.clause->id;
        change.title = clauseA.clause->title.text(language);
        change.a = clauseSide(dataset, clauseA, language);
        change.b = clauseSide(dataset, clauseB, language);
        if (isPresent(clauseA))
            showReplacements(dataset, stateB, clauseB, language, &change.b);
        change.fields = differingFields(change.a, change.b);
        const std::optional<VersionChangeKind> kind = clauseChangeKind(clauseA, clauseB, change.fields);
        if (!kind)
            continue;
        change.kind = *kind;
        comparison.m_changes.append(change);
    }
    // An added clause that an ended one names as its replacement says so.
    for (const ItemChange &ended : std::as_const(comparison.m_changes)) {
        if (ended.kind != VersionChangeKind::Ended || ended.b.clauses.contains(ended.id))
            continue;
        for (ItemChange &added : comparison.m_changes) {
            if (added.kind == VersionChangeKind::Added && ended.b.clauses.contains(added.id))
                added.replaces.append(ended.id);
        }
    }
    if (a->date < b->date) {
        for (const Event &event : dataset.events) {
            const QDate day = event.date.firstDay();
            if (day > a->date && day <= b->date)
                comparison.m_changes.append(eventChange(event, language));
        }
    }
    return comparison;
}

const ItemChange *VersionComparison::change(const QString &id) const
{
    for (const ItemChange &change : m_changes) {
        if (change.id == id)
            return &change;
    }
    return nullptr;
}

CsvTable VersionComparison::table() const
{
    CsvTable table;
    table.header = {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("field"), QStringLiteral("A"),
                    QStringLiteral("B")};
    for (const ItemChange &change : m_changes) {
        for (const Field field : change.fields)
            table.rows.append({change.id, kindKey(change.kind), fieldKey(field), change.value(field, false),
                               change.value(field, true)});
    }
    return table;
}

QString VersionComparison::previousVersion(const Dataset &dataset, const QString &versionId)
{
    const Version *version = dataset.version(versionId);
    if (!version)
        return {};
    const Version *previous = nullptr;
    for (const Version &other : dataset.versions) {
        if (other.date < version->date && (!previous || other.date >= previous->date))
            previous = &other;
    }
    return previous ? previous->id : QString();
}

QString VersionComparison::describeEnd(const Dataset &dataset, const TermEnd &end, const QString &language)
{
    const QLocale locale;
    switch (end.kind) {
    case TermEnd::Kind::None:
        return tr("no end stated");
    case TermEnd::Kind::Date:
        switch (end.date.precision()) {
        case PartialDate::Precision::Year:
            return tr("through %1").arg(end.date.yearValue());
        case PartialDate::Precision::Month:
            return tr("through %1").arg(locale.toString(end.date.firstDay(), QStringLiteral("MMMM yyyy")));
        case PartialDate::Precision::Day:
            break;
        }
        return tr("until %1").arg(locale.toString(end.date.firstDay(), QLocale::ShortFormat));
    case TermEnd::Kind::Milestone: {
        const Milestone *milestone = dataset.milestone(end.milestone);
        return tr("until %1").arg(milestone ? milestone->title.text(language) : end.milestone);
    }
    case TermEnd::Kind::EarliestOf: {
        QStringList parts;
        for (const TermEnd &alternative : end.alternatives)
            parts.append(describeEnd(dataset, alternative, language));
        return tr("%1, whichever comes first").arg(parts.join(tr(" or ")));
    }
    }
    return {};
}

QString VersionComparison::kindKey(VersionChangeKind kind)
{
    switch (kind) {
    case VersionChangeKind::Added:
        return QStringLiteral("added");
    case VersionChangeKind::Ended:
        return QStringLiteral("ended");
    case VersionChangeKind::Amended:
        return QStringLiteral("amended");
    case VersionChangeKind::NotRestated:
        return QStringLiteral("not-restated");
    }
    return {};
}

QString VersionComparison::kindName(VersionChangeKind kind)
{
    switch (kind) {
    case VersionChangeKind::Added:
        return tr("Added");
    case VersionChangeKind::Ended:
        return tr("Ended");
    case VersionChangeKind::Amended:
        return tr("Amended");
    case VersionChangeKind::NotRestated:
        return tr("Not restated");
    }
    return {};
}

QString VersionComparison::fieldKey(Field field)
{
    switch (field) {
    case Field::Wording:
        return QStringLiteral("wording");
    case Field::End:
        return QStringLiteral("end");
    case Field::Status:
        return QStringLiteral("status");
    case Field::Sources:
        return QStringLiteral("sources");
    }
    return {};
}

QString VersionComparison::fieldName(Field field)
{
    switch (field) {
    case Field::Wording:
        return tr("Wording");
    case Field::End:
        return tr("End");
    case Field::Status:
        return tr("Status");
    case Field::Sources:
        return tr("Sources");
    }
    return {};
}

} // namespace Dealscope
