// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/dataset.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dealscope {

/// The dataset milestone whose date the assumed AGI year sets: terms that end at AGI end then.
inline const QString AgiMilestoneId = QStringLiteral("agi-verified");

/// The two regimes scenario files have always named by an alias ("oct2025", "apr2026"). Any other version of
/// the dataset whose terms can be read is a regime too (RegimeCatalog); these two are the defaults.
enum class RegimeKind {
    Oct2025, ///< the definitive agreement of 28 Oct 2025 (version v2025-10-28)
    Apr2026, ///< the amended agreement of 27 Apr 2026 (version v2026-04-27)
};

/// A contract regime: the id of the dataset version whose terms it reads. Two ids are equal when their
/// version ids are; the version's date, when known, only names the regime (regimeLabel()).
class RegimeId
{
public:
    RegimeId() = default;
    explicit RegimeId(QString versionId, QDate versionDate = {});
    RegimeId(RegimeKind alias); // NOLINT(google-explicit-constructor): the aliases are regimes

    const QString &versionId() const { return m_versionId; }
    QDate versionDate() const { return m_versionDate; }
    bool isNull() const { return m_versionId.isEmpty(); }
    /// The alias this regime has in scenario files, if any.
    std::optional<RegimeKind> alias() const;

    friend bool operator==(const RegimeId &a, const RegimeId &b) { return a.m_versionId == b.m_versionId; }

private:
    QString m_versionId;
    QDate m_versionDate;
};

/// How long one contractual right lasts, as the scenario engine needs it.
///
/// The right was in force before the base year (2025) unless `held` is false. It lasts through
/// `lastDay` (invalid: no fixed end) and, when `endsAtAgi` is set, ends earlier if AGI is verified
/// first. A right with neither a date nor AGI runs past any horizon.
struct RightEnd
{
    bool held = true;
    QDate lastDay;
    bool endsAtAgi = false;

    bool isOpen() const { return held && !lastDay.isValid() && !endsAtAgi; }
    friend bool operator==(const RightEnd &, const RightEnd &) = default;
};

/// The contract terms as dates and flags, derived from the dataset (see deriveContractRegime()).
/// The scenario engine reads this struct only; it holds no contract dates of its own.
struct ContractRegime
{
    RegimeId id = RegimeKind::Apr2026; ///< the regime, with its version's date
    QString versionId; ///< the dataset version the terms are read from
    QDate versionDate;

    RightEnd apiExclusivity; ///< C1: OpenAI APIs served on Azure only
    QDate azureFirstSince; ///< N1: products ship first on Azure from this day; invalid: no such clause
    RightEnd modelIp; ///< C3 / N3: Microsoft's licence to OpenAI model and product IP
    RightEnd modelIpExclusivity; ///< C3 exclusive, until N3 makes it non-exclusive
    RightEnd researchIp; ///< C4: research IP, the earlier of AGI and 2030
    RightEnd revenueShare; ///< C9 (until AGI), then N5 (through 2030)
    bool revenueShareCapped = false; ///< N5: subject to a total cap
    RightEnd shareToOpenai; ///< Microsoft's share of Azure OpenAI revenue to OpenAI, until N4 ends it
    bool azureCommitment = false; ///< C10: the incremental Azure commitment applies

    friend bool operator==(const ContractRegime &, const ContractRegime &) = default;
};

struct ContractRegimeResult
{
    std::optional<ContractRegime> regime; ///< empty when the dataset lacks what the regime needs
    QStringList problems; ///< why, one line each

    bool ok() const { return regime.has_value(); }
};

/// Reads the terms of the version @p regime names from @p dataset with asOf() on that version: clauses C1,
/// C3, C4, C9, C10 (which must be agreed by then) and N1, N3, N4, N5 (where in force) and the milestone
/// "agi-verified" (docs/scenario-model.md, "Contract regime").
ContractRegimeResult deriveContractRegime(const Dataset &dataset, const RegimeId &regime);

/// The terms a comparison sets beside @p regime: the Apr 2026 terms beside the Oct 2025 ones, the Oct 2025
/// terms beside any other.
RegimeId otherRegime(const RegimeId &regime);
/// What scenario files and the command line write: "oct2025" / "apr2026" for the aliases, else the version id.
QString regimeKey(const RegimeId &regime);
/// The regime @p key names: an alias, or a version id (whether the dataset has it is checked later).
/// Empty for text that cannot be an id.
std::optional<RegimeId> regimeFromKey(QStringView key);
/// "Oct 2025 terms" / "Apr 2026 terms", and for any other version "Jan 2027 terms" from its date, in the
/// interface language.
QString regimeLabel(const RegimeId &regime);
/// The aliases' version ids: "v2025-10-28" / "v2026-04-27".
QString regimeVersionId(RegimeKind kind);

} // namespace Dealscope
