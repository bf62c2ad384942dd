// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/scenarioassumptions.h"
#include "scenario/scenarioengine.h"
#include "scenario/scenarioregime.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dealscope {

/// One term of a ContractRegime, as the bridge switches it from one regime to another.
enum class ContractTerm {
    ApiExclusivity, ///< C1
    AzureFirst, ///< N1
    ModelIp, ///< C3 / N3: the licence's end
    ModelIpExclusivity, ///< C3 exclusive until N3
    ResearchIp, ///< C4
    RevenueShare, ///< C9 / N5: the share's end
    RevenueShareCap, ///< N5: the cap
    ShareToOpenai, ///< the share Microsoft paid OpenAI, until N4
    AzureCommitment, ///< C10
};

/// The two figures a bridge explains, cumulative over the projection's years, USD billions.
struct BridgeMeasures
{
    /// Microsoft's total: the OpenAI-driven part of the Azure stack plus the net revenue share.
    double microsoft = 0.0;
    /// The net revenue share: what OpenAI pays Microsoft less the share Microsoft paid OpenAI.
    double revenueShare = 0.0;

    BridgeMeasures &operator+=(const BridgeMeasures &other);
    friend BridgeMeasures operator-(const BridgeMeasures &a, const BridgeMeasures &b);
    friend bool operator==(const BridgeMeasures &, const BridgeMeasures &) = default;
};

struct BridgeStep
{
    ContractTerm term;
    BridgeMeasures change; ///< the term's Shapley value
};

/// The difference between two regimes' projections, split into one step per differing term.
struct BridgeResult
{
    RegimeId from;
    RegimeId to;
    int firstYear = 0;
    int lastYear = 0;
    BridgeMeasures start; ///< under `from`
    BridgeMeasures end; ///< under `to`
    QList<BridgeStep> steps; ///< the differing terms, in the order asked for

    /// The step of @p term; zero for a term that does not differ.
    BridgeMeasures step(ContractTerm term) const;
    BridgeMeasures stepSum() const;
};

/// The amendment bridge (docs/scenario-model.md, "Amendment bridge"): which changed term moves Microsoft's
/// projected revenue, and by how much. Switching terms one after another gives each a size that depends on
/// the order, so each step is the term's Shapley value, its marginal effect averaged over every order of
/// switching. For k differing terms that takes 2^k projections, one per subset of switched terms. The steps
/// add up to the total difference and do not depend on the order of the list.
class ScenarioBridge
{
public:
    /// Every term, in the order of ContractRegime.
    static QList<ContractTerm> allTerms();
    static bool differs(ContractTerm term, const ContractRegime &a, const ContractRegime &b);
    /// Sets @p term of @p target to what it is in @p source.
    static void adopt(ContractTerm term, ContractRegime &target, const ContractRegime &source);
    /// The clauses that set @p term, the likeliest to have changed it first ("N5" before "C9").
    static QStringList clauses(ContractTerm term);
    /// "apiExclusivity", … as in CSV files.
    static QString termKey(ContractTerm term);
    /// "API exclusivity", … in the interface language.
    static QString termLabel(ContractTerm term);

    /// The two measures of @p projection over all its years.
    static BridgeMeasures measure(const Projection &projection);

    /// The bridge from @p from to @p to for @p values, with the AGI year @p agiYear, from the base year to
    /// @p horizon. @p order orders the steps; terms it leaves out follow in the order of allTerms().
    static BridgeResult compute(const ContractRegime &from, const ContractRegime &to, const AssumptionValues &values,
                                std::optional<int> agiYear, int horizon = ScenarioEngine::DefaultHorizon,
                                const QList<ContractTerm> &order = allTerms());
};

} // namespace Dealscope
