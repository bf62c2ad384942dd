// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/agreementstate.h"
#include "dataset/dataset.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dealscope {

/// A clause that applies as of the summary's version: what it grants, and until when.
struct SummaryTerm
{
    QString clauseId;
    QString title;
    QString wording; ///< the latest wording as of the version
    ClauseStatus status = ClauseStatus::InForce; ///< InForce, or Unknown when a later version did not restate it
    QString parentId; ///< the clause this is a sub-term of; empty for a top-level clause
    TermEnd end; ///< as the dataset states it, so a dated end keeps its precision ("2032")
    ResolvedEnd resolvedEnd; ///< with the assumed milestone dates
    QStringList pendingMilestones; ///< titles of the milestones the end waits for
    Confidence confidence; ///< the clause's, as the tree shows it
    /// How sure it is that the clause stands as of the version, where the version's history entry says so
    /// and differs (a clause not restated: X).
    std::optional<Confidence> standingConfidence;
};

/// The applicable clauses of one category. The dataset has no notion of parties: its categories, and their
/// descriptions, say whose rights and duties the clauses are.
struct SummaryGroup
{
    QString categoryId;
    QString title;
    QString description;
    QList<SummaryTerm> terms;
};

/// A key date of the deal: a version up to the summary's, the day applicable terms run out, or a milestone
/// that ends terms on a date nobody knows.
struct SummaryDate
{
    enum class Kind { Version, TermsEnd, Milestone };

    Kind kind = Kind::Version;
    QDate date; ///< invalid for a milestone without an assumed date
    QString id; ///< Version: the version's id; Milestone: the milestone's id; TermsEnd: empty
    QString title; ///< Version: its label; Milestone: its title; TermsEnd: empty
    QString summary; ///< Version: its summary
    QString eventId; ///< Version: the event that made it, if any
    QList<Amount> amounts; ///< Version: the figures that event names
    QStringList clauseIds; ///< TermsEnd and Milestone: the clauses that end then
};

/// What the summary's version did to one clause, from the clause's history.
struct SummaryChange
{
    QString clauseId;
    QString title;
    ChangeKind change = ChangeKind::Introduced;
    QString wording; ///< the new wording of an amended clause; else empty
    QString note; ///< the history entry's note, if any
};

/// An open question that bears on the agreement as of the summary's version.
struct SummaryQuestion
{
    QString id;
    OpenQuestion::Kind kind = OpenQuestion::Kind::Unknown;
    QString title;
    QString summary;
    QStringList clauseIds;
};

/// The deal at a glance as of one version, built from the dataset alone: what each category grants,
/// the key dates, what the version changed and what is still open. Texts are in the requested language
/// (English where the dataset lacks it); dates are left to the view to word.
class DealSummary
{
public:
    /// The summary as of @p versionId (the latest version when empty or unknown), with @p milestones assumed.
    static DealSummary build(const Dataset &dataset, const QString &versionId, const MilestoneDates &milestones,
                             const QString &language);

    QString language; ///< the language of the texts
    QString title;
    QString description;
    QString coverageNote;
    QDate factsCheckedOn;

    QString versionId; ///< empty when the dataset has no version
    QString versionLabel;
    QDate versionDate;
    QString versionSummary;
    QString previousVersionLabel; ///< empty for the first version
    QDate previousVersionDate;

    QList<SummaryGroup> groups; ///< categories in dataset order; categories with no applicable clause left out
    QList<SummaryDate> dates; ///< versions and term ends in date order, then undated milestones
    QList<SummaryChange> changes; ///< new, amended, ended, then not restated; dataset order within each
    QList<SummaryQuestion> questions;

    /// The title of the clause or event @p id in the summary's language, or @p id itself when unknown.
    QString itemTitle(const QString &id) const { return m_itemTitles.value(id, id); }
    /// The title of the milestone @p id, or @p id itself when unknown.
    QString milestoneTitle(const QString &id) const { return m_milestoneTitles.value(id, id); }
    /// The date assumed for the milestone @p id, or an invalid date: nobody knows when it happens.
    QDate assumedDate(const QString &milestoneId) const { return m_assumedDates.value(milestoneId); }
    /// The term of an applicable clause, or null.
    const SummaryTerm *term(const QString &clauseId) const;

private:
    QHash<QString, QString> m_itemTitles;
    QHash<QString, QString> m_milestoneTitles;
    MilestoneDates m_assumedDates;
};

} // namespace Dealscope
