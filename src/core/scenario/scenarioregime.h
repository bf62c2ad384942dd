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

/// The contract terms a scenario runs under.
enum class RegimeKind {
    Oct2025, ///< the definitive agreement of 28 Oct 2025 (version v2025-10-28)
    Apr2026, ///< the amended agreement of 27 Apr 2026 (version v2026-04-27)
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
    RegimeKind kind = RegimeKind::Apr2026;
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

/// Reads the regime's terms from @p dataset with asOf() on the regime's version: clauses C1, C3, C4, C9,
/// C10 and N1, N3, N4, N5 and the milestone "agi-verified" (docs/scenario-model.md, "Contract regime").
ContractRegimeResult deriveContractRegime(const Dataset &dataset, RegimeKind kind);

/// The terms a comparison sets beside @p kind: the other of the two regimes.
RegimeKind otherRegime(RegimeKind kind);
/// "oct2025" / "apr2026", as in scenario files.
QString regimeKey(RegimeKind kind);
std::optional<RegimeKind> regimeFromKey(QStringView key);
/// "Oct 2025 terms" / "Apr 2026 terms".
QString regimeLabel(RegimeKind kind);
/// "v2025-10-28" / "v2026-04-27": the dataset version each regime reads.
QString regimeVersionId(RegimeKind kind);

} // namespace Dealscope
