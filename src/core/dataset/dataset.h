// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/confidence.h"
#include "dataset/localizedtext.h"
#include "dataset/partialdate.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <vector>

namespace Dealscope {

/// Where an entry stands in the file it was read from: byte range and first line, for the source view.
struct TextSpan
{
    qsizetype begin = 0;
    qsizetype end = 0;
    int line = 0;

    bool isValid() const { return end > begin; }
};

/// Where a statement comes from. The URL is shown and opened on request, never fetched.
struct Source
{
    enum class Kind { Official, Filing, Press, Analysis, Other };

    QString id;
    QString publisher;
    QString title; ///< the page's own title, untranslated; may be empty
    QUrl url;
    PartialDate date; ///< may be invalid (unknown)
    Kind kind = Kind::Other;
};

/// An uncertain future event that can end a term, e.g. "AGI verified by the expert panel".
/// Its date is not data: the user or a scenario assumes one, or it stays unresolved.
struct Milestone
{
    QString id;
    LocalizedText title;
    LocalizedText description;
    Confidence confidence;
    QStringList sources;
};

/// A dated state of the agreement: a signed agreement, an amendment, a memorandum or a statement.
struct Version
{
    enum class Kind { Agreement, Amendment, Memorandum, Statement };

    QString id;
    QDate date;
    LocalizedText label;
    LocalizedText summary;
    Kind kind = Kind::Agreement;
    bool binding = true;
    Confidence confidence;
    QStringList sources;
};

struct Category
{
    QString id;
    LocalizedText title;
    LocalizedText description;
};

/// How a term ends: on a date, at a milestone, or at the earliest of several ends.
struct TermEnd
{
    enum class Kind { None, Date, Milestone, EarliestOf };

    Kind kind = Kind::None;
    PartialDate date; ///< Kind::Date: ends with the last day of this period
    QString milestone; ///< Kind::Milestone
    std::vector<TermEnd> alternatives; ///< Kind::EarliestOf

    static TermEnd onDate(const PartialDate &date);
    static TermEnd atMilestone(const QString &milestone);
    static TermEnd earliestOf(std::vector<TermEnd> ends);
};

struct Term
{
    PartialDate start; ///< invalid: from the version that introduced the clause
    TermEnd end;
};

/// What a version did to a clause.
enum class ChangeKind { Introduced, Unchanged, Amended, Ended, NotRestated };

struct HistoryEntry
{
    QString version;
    ChangeKind change = ChangeKind::Introduced;
    LocalizedText text; ///< new wording; empty unless the entry rewords the clause
    std::optional<Term> term; ///< new term from this version on, if any
    std::optional<Confidence> confidence; ///< support for this change, when it differs from the clause's
    QStringList sources;
    QStringList related; ///< clauses that replace or restate this one
    LocalizedText note;
};

/// The parts of the scenario model a clause affects.
enum class Layer { IaaS, PaaS, SaaS, RevenueShare, Equity };

struct Clause
{
    QString id;
    QString category;
    QString parent; ///< empty for a top-level clause of its category
    LocalizedText title;
    LocalizedText summary;
    Confidence confidence;
    QStringList sources;
    QList<Layer> layers;
    Term term;
    QList<HistoryEntry> history; ///< in version order; the first entry introduces the clause
    LocalizedText notes;
    TextSpan span;
};

struct Amount
{
    enum class Unit { USD, Percent, GW, MW };
    enum class Qualifier { Exact, About, UpTo, MoreThan };

    double value = 0.0;
    Unit unit = Unit::USD;
    Qualifier qualifier = Qualifier::Exact;
    LocalizedText label;
};

struct Event
{
    enum class Kind {
        Investment,
        Agreement,
        Amendment,
        Statement,
        CloudDeal,
        Earnings,
        Dispute,
        Governance,
        Product,
        Funding,
        Legal,
        Report,
    };

    QString id;
    PartialDate date;
    Kind kind = Kind::Report;
    LocalizedText title;
    LocalizedText summary;
    QList<Amount> amounts;
    Confidence confidence;
    QStringList sources;
    QString version; ///< the version this event created, if any
    QStringList clauses;
    TextSpan span;
};

/// A claim in a conflict between sources.
struct Claim
{
    LocalizedText text;
    Confidence confidence;
    QStringList sources;
};

/// A conflict between sources, or something nobody has disclosed: shown as open, never as fact.
struct OpenQuestion
{
    enum class Kind { Conflict, Unknown };

    QString id;
    Kind kind = Kind::Unknown;
    LocalizedText title;
    LocalizedText summary;
    QList<Claim> claims;
    QStringList clauses;
    QStringList events;
    QStringList sources;
};

/// A word or phrase of the agreement that a newcomer may not know, with what it means. Views mark the term
/// (or one of its aliases) where a text uses it and show the definition on hover.
struct GlossaryEntry
{
    QString id;
    LocalizedText term;
    LocalizedText definition;
    QList<LocalizedText> aliases; ///< other names of the term, e.g. an abbreviation spelled out
    QStringList sources; ///< the sources of any statement about this agreement the definition makes
};

/// A loaded, validated agreement. Immutable once loaded; shared between views with DatasetPtr.
class Dataset
{
public:
    QString id;
    LocalizedText title;
    LocalizedText description;
    QStringList languages;
    QDate factsCheckedOn;
    LocalizedText coverageNote;
    QByteArray sourceText; ///< the file's bytes as read, so views can show an entry's exact text

    QList<Source> sources;
    QList<Milestone> milestones;
    QList<Version> versions; ///< sorted by date
    QList<Category> categories;
    QList<Clause> clauses;
    QList<Event> events;
    QList<OpenQuestion> openQuestions;
    QList<GlossaryEntry> glossary;

    /// Rebuilds the id lookups; the loader calls it once the lists are final.
    void buildIndex();

    const Source *source(const QString &id) const { return find(sources, m_sourceIndex, id); }
    const Milestone *milestone(const QString &id) const { return find(milestones, m_milestoneIndex, id); }
    const Version *version(const QString &id) const { return find(versions, m_versionIndex, id); }
    const Category *category(const QString &id) const { return find(categories, m_categoryIndex, id); }
    const Clause *clause(const QString &id) const { return find(clauses, m_clauseIndex, id); }
    const Event *event(const QString &id) const { return find(events, m_eventIndex, id); }
    const GlossaryEntry *glossaryEntry(const QString &id) const { return find(glossary, m_glossaryIndex, id); }

    /// Clauses whose parent is @p parentId (empty: top-level clauses) within @p categoryId, in file order.
    QList<const Clause *> childClauses(const QString &categoryId, const QString &parentId = {}) const;
    /// Open questions that name the clause @p clauseId.
    QList<const OpenQuestion *> openQuestionsForClause(const QString &clauseId) const;

private:
    template<typename T>
    static const T *find(const QList<T> &list, const QHash<QString, qsizetype> &index, const QString &id)
    {
        const auto it = index.constFind(id);
        return it == index.constEnd() ? nullptr : &list.at(*it);
    }

    QHash<QString, qsizetype> m_sourceIndex;
    QHash<QString, qsizetype> m_milestoneIndex;
    QHash<QString, qsizetype> m_versionIndex;
    QHash<QString, qsizetype> m_categoryIndex;
    QHash<QString, qsizetype> m_clauseIndex;
    QHash<QString, qsizetype> m_eventIndex;
    QHash<QString, qsizetype> m_glossaryIndex;
};

using DatasetPtr = std::shared_ptr<const Dataset>;

} // namespace Dealscope
