// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenarioengine.h"

#include <algorithm>
#include <cmath>

namespace Dealscope {

namespace {

using Id = AssumptionId;

/// A moment far outside any horizon, finite so that no subtraction can produce NaN.
constexpr double Far = 1.0e6;

/// Growth that fades from @p first towards @p longRun: longRun + (first − longRun) × fadePower, written as a
/// weighted mean so that rounding keeps it exactly monotonic in both rates.
double fadedGrowth(double first, double longRun, double fadePower)
{
    return first * fadePower + longRun * (1.0 - fadePower);
}

/// Decimal year at which a right ends, given the AGI year (start of that year).
double endOf(const RightEnd &right, double agi)
{
    if (!right.held)
        return -Far;
    double end = right.lastDay.isValid() ? ScenarioEngine::endAsDecimalYear(right.lastDay) : Far;
    if (right.endsAtAgi)
        end = std::min(end, agi);
    return end;
}

/// Fraction of calendar @p year before @p end.
double activeFraction(double end, int year)
{
    return std::clamp(end - double(year), 0.0, 1.0);
}

} // namespace

const ProjectionYear *Projection::at(int year) const
{
    const int index = year - firstYear();
    if (years.empty() || index < 0 || index >= int(years.size()))
        return nullptr;
    return &years[std::size_t(index)];
}

double Projection::cumulativeAzure(int from, int to) const
{
    double sum = 0.0;
    for (const ProjectionYear &y : years) {
        if (y.year >= from && y.year <= to)
            sum += y.azureTotal();
    }
    return sum;
}

double Projection::cumulativeRevenueShare(int from, int to) const
{
    double sum = 0.0;
    for (const ProjectionYear &y : years) {
        if (y.year >= from && y.year <= to)
            sum += y.revenueShare;
    }
    return sum;
}

double Projection::cumulativeMicrosoft(int from, int to) const
{
    return cumulativeAzure(from, to) + cumulativeRevenueShare(from, to);
}

double ScenarioEngine::endAsDecimalYear(const QDate &lastDay)
{
    const QDate next = lastDay.addDays(1);
    return next.year() + double(next.dayOfYear() - 1) / double(next.daysInYear());
}

int ScenarioEngine::medianAgiYear(const AssumptionValues &values)
{
    return int(std::lround(values[Id::AgiMedianYear]));
}

double ScenarioEngine::calendarAzure2025(const AssumptionValues &values)
{
    return values[Id::AzureFy25Revenue] * std::sqrt(1.0 + values[Id::AzureRecentGrowth]);
}

Projection ScenarioEngine::project(const ContractRegime &regime, const AssumptionValues &v, std::optional<int> agiYear,
                                   int horizon)
{
    horizon = std::clamp(horizon, BaseYear, MaxHorizon);
    Projection projection;
    projection.regime = regime.id;
    projection.agiYear = agiYear && *agiYear <= horizon ? agiYear : std::nullopt;
    projection.years.reserve(std::size_t(horizon - BaseYear + 1));

    const double agi = agiYear ? double(*agiYear) : Far;
    const double exclusivityEnd = endOf(regime.apiExclusivity, agi);
    const double ipEnd = endOf(regime.modelIp, agi);
    const double ipExclusivityEnd = endOf(regime.modelIpExclusivity, agi);
    const double researchIpEnd = endOf(regime.researchIp, agi);
    const double revenueShareEnd = endOf(regime.revenueShare, agi);
    const double shareToOpenaiEnd = endOf(regime.shareToOpenai, agi);

    // Base-year calibration: calendar 2025 Azure split by the assumed layer shares.
    const double azure2025 = calendarAzure2025(v);
    const double layerShare[3] = {v[Id::IaasShare2025], v[Id::PaasShare2025],
                                  std::max(0.0, 1.0 - v[Id::IaasShare2025] - v[Id::PaasShare2025])};
    double baseline[3] = {0.0, 0.0, 0.0};

    const double openai2025 = v[Id::OpenaiRevenue2025];
    const double retention = regime.azureFirstSince.isValid() ? v[Id::PaasRetentionAzureFirst] : v[Id::PaasRetention];
    const int commitmentStart = int(std::lround(v[Id::CommitmentStartYear]));
    const int commitmentYears = std::max(1, int(std::lround(v[Id::CommitmentYears])));

    double openaiRevenue = openai2025;
    double adoption = 1.0;
    double openaiFadePower = 1.0; // fade^(year − 2026)
    double fadePower = 1.0;
    double paidShare = 0.0; // revenue share paid so far, for the cap

    for (int year = BaseYear; year <= horizon; ++year) {
        const int k = year - BaseYear;
        const double baselineGrowth = fadedGrowth(v[Id::BaselineGrowth], v[Id::BaselineLongRunGrowth], fadePower);
        if (k > 0) {
            openaiRevenue *= 1.0 + fadedGrowth(v[Id::OpenaiRevenueGrowth], v[Id::OpenaiLongRunGrowth], openaiFadePower);
            adoption *= 1.0 + fadedGrowth(v[Id::SaasAdoptionGrowth], v[Id::SaasLongRunGrowth], fadePower);
            openaiFadePower *= v[Id::OpenaiGrowthFade];
            fadePower *= v[Id::GrowthFade];
        }
        const double towards2030 = std::min(k, 5) / 5.0;

        ProjectionYear y;
        y.year = year;
        y.openaiRevenue = openaiRevenue;

        // IaaS: OpenAI's compute on Azure, floored by this year's slice of the commitment.
        const double computeShare = v[Id::AzureComputeShare2025]
            + (v[Id::AzureComputeShare2030] - v[Id::AzureComputeShare2025]) * towards2030;
        y.openaiComputeOnAzure = openaiRevenue * v[Id::ComputeCostRatio] * computeShare;
        const int j = year - commitmentStart;
        if (regime.azureCommitment && j >= 0 && j < commitmentYears) {
            const double n = commitmentYears;
            y.commitmentFloor
                = v[Id::CommitmentTotal] * (1.0 + v[Id::CommitmentRamp] * ((2.0 * j + 1.0) / n - 1.0)) / n;
        }
        y.iaas.openai = std::max(y.openaiComputeOnAzure, y.commitmentFloor);

        // PaaS: grows with OpenAI; once API exclusivity ends only the retained share stays.
        y.apiExclusivity = activeFraction(exclusivityEnd, year);
        y.paas.openai = v[Id::OpenaiPaas2025] * (openaiRevenue / openai2025)
            * (y.apiExclusivity + (1.0 - y.apiExclusivity) * retention);

        // SaaS: adoption growth, eroded when the licence turns non-exclusive, the IP term or research IP ends.
        y.saasDifferentiation = (1.0 - v[Id::NonExclusiveErosion] * (1.0 - activeFraction(ipExclusivityEnd, year)))
            * (1.0 - v[Id::IpEndErosion] * (1.0 - activeFraction(ipEnd, year)))
            * (1.0 - v[Id::ResearchIpErosion] * (1.0 - activeFraction(researchIpEnd, year)));
        y.saas.openai = v[Id::OpenaiSaas2025] * adoption * y.saasDifferentiation;

        // Baselines: what the assumed split leaves in 2025, then fading growth.
        const double openaiParts[3] = {y.iaas.openai, y.paas.openai, y.saas.openai};
        for (int layer = 0; layer < 3; ++layer) {
            if (k == 0)
                baseline[layer] = std::max(0.0, azure2025 * layerShare[layer] - openaiParts[layer]);
            else
                baseline[layer] *= 1.0 + baselineGrowth;
        }
        y.iaas.baseline = baseline[0];
        y.paas.baseline = baseline[1];
        y.saas.baseline = baseline[2];

        // Revenue share OpenAI → Microsoft: a rate path, the regime's end and, if capped, the total cap.
        y.revenueShareRate
            = v[Id::RevenueShareRate2025] + (v[Id::RevenueShareRate2030] - v[Id::RevenueShareRate2025]) * towards2030;
        double share = y.revenueShareRate * openaiRevenue * activeFraction(revenueShareEnd, year);
        if (regime.revenueShareCapped)
            share = std::min(share, std::max(0.0, v[Id::RevenueShareCap] - paidShare));
        y.revenueShare = share;
        paidShare += share;

        // Microsoft → OpenAI: a share of the OpenAI-driven PaaS (Azure OpenAI Service), until it ends.
        y.shareToOpenai = v[Id::ShareToOpenaiRate] * y.paas.openai * activeFraction(shareToOpenaiEnd, year);

        projection.years.push_back(y);
    }
    return projection;
}

} // namespace Dealscope
