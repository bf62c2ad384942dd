// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenariobridge.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <vector>

namespace Dealscope {

namespace {

double factorial(int n)
{
    double result = 1.0;
    for (int i = 2; i <= n; ++i)
        result *= i;
    return result;
}

} // namespace

BridgeMeasures &BridgeMeasures::operator+=(const BridgeMeasures &other)
{
    microsoft += other.microsoft;
    revenueShare += other.revenueShare;
    return *this;
}

BridgeMeasures operator-(const BridgeMeasures &a, const BridgeMeasures &b)
{
    return {a.microsoft - b.microsoft, a.revenueShare - b.revenueShare};
}

BridgeMeasures BridgeResult::step(ContractTerm term) const
{
    for (const BridgeStep &s : steps) {
        if (s.term == term)
            return s.change;
    }
    return {};
}

BridgeMeasures BridgeResult::stepSum() const
{
    BridgeMeasures sum;
    for (const BridgeStep &s : steps)
        sum += s.change;
    return sum;
}

QList<ContractTerm> ScenarioBridge::allTerms()
{
    return {ContractTerm::ApiExclusivity,     ContractTerm::AzureFirst,    ContractTerm::ModelIp,
            ContractTerm::ModelIpExclusivity, ContractTerm::ResearchIp,    ContractTerm::RevenueShare,
            ContractTerm::RevenueShareCap,    ContractTerm::ShareToOpenai, ContractTerm::AzureCommitment};
}

bool ScenarioBridge::differs(ContractTerm term, const ContractRegime &a, const ContractRegime &b)
{
    ContractRegime switched = a;
    adopt(term, switched, b);
    return !(switched == a);
}

void ScenarioBridge::adopt(ContractTerm term, ContractRegime &target, const ContractRegime &source)
{
    switch (term) {
    case ContractTerm::ApiExclusivity:
        target.apiExclusivity = source.apiExclusivity;
        break;
    case ContractTerm::AzureFirst:
        target.azureFirstSince = source.azureFirstSince;
        break;
    case ContractTerm::ModelIp:
        target.modelIp = source.modelIp;
        break;
    case ContractTerm::ModelIpExclusivity:
        target.modelIpExclusivity = source.modelIpExclusivity;
        break;
    case ContractTerm::ResearchIp:
        target.researchIp = source.researchIp;
        break;
    case ContractTerm::RevenueShare:
        target.revenueShare = source.revenueShare;
        break;
    case ContractTerm::RevenueShareCap:
        target.revenueShareCapped = source.revenueShareCapped;
        break;
    case ContractTerm::ShareToOpenai:
        target.shareToOpenai = source.shareToOpenai;
        break;
    case ContractTerm::AzureCommitment:
        target.azureCommitment = source.azureCommitment;
        break;
    }
}

QStringList ScenarioBridge::clauses(ContractTerm term)
{
    // The clauses deriveContractRegime() reads each term from; the amending clause first.
    switch (term) {
    case ContractTerm::ApiExclusivity:
        return {QStringLiteral("C1")};
    case ContractTerm::AzureFirst:
        return {QStringLiteral("N1")};
    case ContractTerm::ModelIp:
        return {QStringLiteral("N3"), QStringLiteral("C3")};
    case ContractTerm::ModelIpExclusivity:
        return {QStringLiteral("N3"), QStringLiteral("C3")};
    case ContractTerm::ResearchIp:
        return {QStringLiteral("C4")};
    case ContractTerm::RevenueShare:
        return {QStringLiteral("N5"), QStringLiteral("C9")};
    case ContractTerm::RevenueShareCap:
        return {QStringLiteral("N5")};
    case ContractTerm::ShareToOpenai:
        return {QStringLiteral("N4"), QStringLiteral("C9")};
    case ContractTerm::AzureCommitment:
        return {QStringLiteral("C10")};
    }
    return {};
}

QString ScenarioBridge::termKey(ContractTerm term)
{
    switch (term) {
    case ContractTerm::ApiExclusivity:
        return QStringLiteral("apiExclusivity");
    case ContractTerm::AzureFirst:
        return QStringLiteral("azureFirst");
    case ContractTerm::ModelIp:
        return QStringLiteral("modelIp");
    case ContractTerm::ModelIpExclusivity:
        return QStringLiteral("modelIpExclusivity");
    case ContractTerm::ResearchIp:
        return QStringLiteral("researchIp");
    case ContractTerm::RevenueShare:
        return QStringLiteral("revenueShare");
    case ContractTerm::RevenueShareCap:
        return QStringLiteral("revenueShareCap");
    case ContractTerm::ShareToOpenai:
        return QStringLiteral("shareToOpenai");
    case ContractTerm::AzureCommitment:
        return QStringLiteral("azureCommitment");
    }
    return {};
}

QString ScenarioBridge::termLabel(ContractTerm term)
{
    switch (term) {
    case ContractTerm::ApiExclusivity:
        return QCoreApplication::translate("Dealscope::ScenarioBridge", "API exclusivity");
    case ContractTerm::AzureFirst:
        return QCoreApplication::translate("Dealscope::ScenarioBridge", "Azure first");
    case ContractTerm::ModelIp:
        return QCoreApplication::translate("Dealscope::ScenarioBridge", "IP licence");
    case ContractTerm::ModelIpExclusivity:
        return QCoreApplication::translate("Dealscope::ScenarioBridge", "IP exclusivity");
    case ContractTerm::ResearchIp:
        return QCoreApplication::translate("Dealscope::ScenarioBridge", "Research IP");
    case ContractTerm::RevenueShare:
        return QCoreApplication::translate("Dealscope::ScenarioBridge", "Revenue share term");
    case ContractTerm::RevenueShareCap:
        return QCoreApplication::translate("Dealscope::ScenarioBridge", "Revenue share cap");
    case ContractTerm::ShareToOpenai:
        return QCoreApplication::translate("Dealscope::ScenarioBridge", "Share paid to OpenAI");
    case ContractTerm::AzureCommitment:
        return QCoreApplication::translate("Dealscope::ScenarioBridge", "Azure commitment");
    }
    return {};
}

BridgeMeasures ScenarioBridge::measure(const Projection &projection)
{
    BridgeMeasures sum;
    for (const ProjectionYear &y : projection.years) {
        const double netShare = y.revenueShare - y.shareToOpenai;
        sum.microsoft += y.openaiTotal() + netShare;
        sum.revenueShare += netShare;
    }
    return sum;
}

BridgeResult ScenarioBridge::compute(const ContractRegime &from, const ContractRegime &to,
                                     const AssumptionValues &values, std::optional<int> agiYear, int horizon,
                                     const QList<ContractTerm> &order)
{
    // The differing terms in one fixed order, whatever the order asked for: every sum below then runs in
    // the same order, so reordering the list cannot change a step even in the last bit.
    QList<ContractTerm> differing;
    for (const ContractTerm term : allTerms()) {
        if (differs(term, from, to))
            differing.append(term);
    }
    const int k = int(differing.size());
    const std::size_t subsets = std::size_t(1) << k;

    // The value of every subset of switched terms: bit i set means differing[i] has `to`'s value.
    std::vector<BridgeMeasures> value(subsets);
    BridgeResult result;
    for (std::size_t mask = 0; mask < subsets; ++mask) {
        ContractRegime mixed = from;
        for (int i = 0; i < k; ++i) {
            if (mask & (std::size_t(1) << i))
                adopt(differing[i], mixed, to);
        }
        const Projection projection = ScenarioEngine::project(mixed, values, agiYear, horizon);
        value[mask] = measure(projection);
        if (mask == 0) {
            result.firstYear = projection.firstYear();
            result.lastYear = projection.lastYear();
        }
    }

    // Shapley weights by the size s of the subset a term joins: s! (k − s − 1)! / k!.
    std::vector<double> weight(std::size_t(std::max(k, 1)));
    for (int s = 0; s < k; ++s)
        weight[std::size_t(s)] = factorial(s) * factorial(k - s - 1) / factorial(k);

    QList<BridgeStep> steps;
    for (int i = 0; i < k; ++i) {
        const std::size_t bit = std::size_t(1) << i;
        BridgeMeasures shapley;
        for (std::size_t mask = 0; mask < subsets; ++mask) {
            if (mask & bit)
                continue;
            const double w = weight[std::size_t(std::popcount(mask))];
            const BridgeMeasures marginal = value[mask | bit] - value[mask];
            shapley.microsoft += w * marginal.microsoft;
            shapley.revenueShare += w * marginal.revenueShare;
        }
        steps.append({differing[i], shapley});
    }

    result.from = from.id;
    result.to = to.id;
    result.start = value.front();
    result.end = value.back();
    QList<ContractTerm> wanted;
    for (const ContractTerm term : order + allTerms()) {
        if (!wanted.contains(term))
            wanted.append(term);
    }
    for (const ContractTerm term : std::as_const(wanted)) {
        for (const BridgeStep &step : std::as_const(steps)) {
            if (step.term == term)
                result.steps.append(step);
        }
    }
    return result;
}

} // namespace Dealscope
