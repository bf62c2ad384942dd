// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/agreementstate.h"
#include "dataset/dataset.h"
#include "export/csv.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dealscope {

/// What happened to a clause or event between version A and version B.
enum class VersionChangeKind {
    Added, ///< in B, not in A: a new clause, or an event after A's date
    Ended, ///< in A, ended or expired in B
    Amended, ///< in both, with other wording, end or status
    NotRestated, ///< in both, but B did not restate it: its status is unknown
};

/// One side of a change: the clause as one version leaves it, in the compared language.
struct ComparedSide
{
    bool present = false; ///< agreed and not ended, or (events) known as of that version
    QString wording; ///< empty where the side has none (not yet agreed, ended without a replacement)
    QString end; ///< how its term ends, in words ("until AGI verified by the expert panel", "through 2030")
    QString status; ///< "In force", "Not restated", …
    QStringList sources; ///< source ids, in dataset order of citation
    QStringList clauses; ///< the clauses shown: the clause itself, or those that replaced it in B
};

/// A clause or event that differs between the two versions.
struct ItemChange
{
    enum class Item { Clause, Event };
    enum class Field { Wording, End, Status, Sources };

    QString id;
    Item item = Item::Clause;
    QString title; ///< in the compared language
    VersionChangeKind kind = VersionChangeKind::Amended;
    ComparedSide a;
    ComparedSide b;
    QList<Field> fields; ///< the fields whose A and B differ, in Field order
    QStringList replaces; ///< for an added clause: the clauses A had that it replaces

    QString value(Field field, bool sideB) const;
};

/// Every clause and event that differs between two versions of a dataset: added, ended, amended or not
/// restated, with both sides' wording, end, status and sources in one language. A clause that B ended in
/// favour of others (the dataset's `related` ids) shows those others as its B side, so a replaced term
/// reads as wording against wording ("until AGI is verified" against "through 2030").
///
/// Events count when A comes before B: those dated after A's date, up to B's, are added. Comparing a
/// later A with an earlier B lists the clauses only.
class VersionComparison
{
    Q_DECLARE_TR_FUNCTIONS(Dealscope::VersionComparison)

public:
    /// Compares @p versionA with @p versionB; an unknown id gives no changes and isValid() false.
    static VersionComparison compare(const Dataset &dataset, const QString &versionA, const QString &versionB,
                                     const QString &language = QStringLiteral("en"),
                                     const MilestoneDates &milestones = {});

    bool isValid() const { return m_valid; }
    QString versionA() const { return m_versionA; }
    QString versionB() const { return m_versionB; }
    QString language() const { return m_language; }
    const QList<ItemChange> &changes() const { return m_changes; }
    const ItemChange *change(const QString &id) const;

    /// One row per differing field: id, kind, field, A, B (keys in English, texts in the language).
    CsvTable table() const;

    /// The version before @p versionId in date order, or an empty string.
    static QString previousVersion(const Dataset &dataset, const QString &versionId);
    /// How @p end reads in @p language: "through 2030", "until AGI verified by the expert panel", ….
    static QString describeEnd(const Dataset &dataset, const TermEnd &end, const QString &language);

    static QString kindKey(VersionChangeKind kind); ///< "added", "ended", "amended", "not-restated"
    static QString kindName(VersionChangeKind kind); ///< translated
    static QString fieldKey(ItemChange::Field field); ///< "wording", "end", "status", "sources"
    static QString fieldName(ItemChange::Field field); ///< translated

private:
    bool m_valid = false;
    QString m_versionA;
    QString m_versionB;
    QString m_language;
    QList<ItemChange> m_changes;
};

} // namespace Dealscope
