// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenariomontecarlo.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace Dealscope {

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

double normalQuantile(double p)
{
    // Acklam's rational approximations: a central region and two tails.
    static constexpr std::array<double, 6> a = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                                                1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr std::array<double, 5> b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                                6.680131188771972e+01, -1.328068155288572e+01};
    static constexpr std::array<double, 6> c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                                -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr std::array<double, 4> d
        = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
    constexpr double low = 0.02425;

    auto tail = [](double q) {
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    };
    if (p < low)
        return tail(std::sqrt(-2.0 * std::log(p)));
    if (p > 1.0 - low)
        return -tail(std::sqrt(-2.0 * std::log1p(-p)));
    const double q = p - 0.5;
    const double r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
        / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
}

AgiYearDistribution AgiYearDistribution::fromAssumptions(const AssumptionValues &values, int horizon)
{
    AgiYearDistribution distribution;
    distribution.median = values[AssumptionId::AgiMedianYear];
    distribution.spread = values[AssumptionId::AgiSpreadYears];
    distribution.notWithinHorizon = values[AssumptionId::AgiNotWithinHorizonProbability];
    distribution.horizon = horizon;
    return distribution;
}

std::optional<int> AgiYearDistribution::sample(double u) const
{
    return AgiYearSampler(*this).sample(u);
}

AgiYearSampler::AgiYearSampler(const AgiYearDistribution &distribution)
    : m_distribution(distribution)
    , m_spread(std::max(distribution.spread, 1e-6))
    // Whole years earliest..horizon cover [earliest − ½, horizon + ½) of the continuous normal.
    , m_lowP(normalCdf((distribution.earliest - 0.5 - distribution.median) / m_spread))
    , m_highP(normalCdf((distribution.horizon + 0.5 - distribution.median) / m_spread))
{ }

std::optional<int> AgiYearSampler::sample(double u) const
{
    const AgiYearDistribution &d = m_distribution;
    if (d.horizon < d.earliest || u < d.notWithinHorizon)
        return std::nullopt;
    if (!(m_highP > m_lowP)) // the whole window lies far in a tail: take its end nearest the median
        return d.median < d.earliest ? d.earliest : d.horizon;
    // Rescale u to the truncated normal.
    const double rest = (u - d.notWithinHorizon) / (1.0 - d.notWithinHorizon);
    const double p = std::clamp(m_lowP + rest * (m_highP - m_lowP), 1e-300, 1.0 - 0x1.0p-53);
    const double year = d.median + m_spread * normalQuantile(p);
    if (!std::isfinite(year))
        return d.horizon;
    return int(std::clamp(std::lround(year), long(d.earliest), long(d.horizon)));
}

namespace {

/// Nearest-rank percentiles of values that occur `count` times each.
Percentiles weightedPercentiles(std::vector<std::pair<double, int>> &valueCounts, int total)
{
    std::sort(valueCounts.begin(), valueCounts.end());
    auto rank = [total](double p) { return std::max(1, int(std::ceil(p * total - 1e-9))); };
    const int ranks[3] = {rank(0.10), rank(0.50), rank(0.90)};
    double result[3] = {0.0, 0.0, 0.0};
    int seen = 0;
    int next = 0;
    for (const auto &[value, count] : valueCounts) {
        seen += count;
        while (next < 3 && seen >= ranks[next])
            result[next++] = value;
    }
    while (next < 3 && !valueCounts.empty())
        result[next++] = valueCounts.back().first;
    return {result[0], result[1], result[2]};
}

} // namespace

MonteCarloResult ScenarioMonteCarlo::run(const ContractRegime &regime, const AssumptionValues &values, int horizon,
                                         const MonteCarloSettings &settings)
{
    horizon = std::clamp(horizon, ScenarioEngine::BaseYear, ScenarioEngine::MaxHorizon);
    const AgiYearDistribution distribution = AgiYearDistribution::fromAssumptions(values, horizon);

    MonteCarloResult result;
    result.samples = std::max(1, settings.samples);
    result.seed = settings.seed;
    result.earliestAgiYear = distribution.earliest;
    const int agiYears = std::max(0, horizon - distribution.earliest + 1);
    result.agiYearCounts.assign(std::size_t(agiYears), 0);

    SplitMix64 random(settings.seed);
    const AgiYearSampler sampler(distribution);
    for (int i = 0; i < result.samples; ++i) {
        if (const std::optional<int> year = sampler.sample(random.nextDouble()))
            ++result.agiYearCounts[std::size_t(*year - distribution.earliest)];
        else
            ++result.notWithinHorizon;
    }

    // One projection per outcome that occurred; outcome agiYears stands for "not within the horizon".
    std::vector<std::pair<Projection, int>> outcomes;
    for (int i = 0; i <= agiYears; ++i) {
        const int count = i < agiYears ? result.agiYearCounts[std::size_t(i)] : result.notWithinHorizon;
        if (count == 0)
            continue;
        const std::optional<int> agi = i < agiYears ? std::optional<int>(distribution.earliest + i) : std::nullopt;
        outcomes.emplace_back(ScenarioEngine::project(regime, values, agi, horizon), count);
    }

    const std::size_t yearCount = outcomes.front().first.years.size();
    std::vector<std::pair<double, int>> scratch;
    scratch.reserve(outcomes.size());
    auto percentilesOf = [&](std::size_t index, auto metric) {
        scratch.clear();
        for (const auto &[projection, count] : outcomes)
            scratch.emplace_back(metric(projection.years[index]), count);
        return weightedPercentiles(scratch, result.samples);
    };
    for (std::size_t i = 0; i < yearCount; ++i) {
        result.years.push_back(outcomes.front().first.years[i].year);
        result.azureTotal.push_back(percentilesOf(i, [](const ProjectionYear &y) { return y.azureTotal(); }));
        result.iaas.push_back(percentilesOf(i, [](const ProjectionYear &y) { return y.iaas.total(); }));
        result.paas.push_back(percentilesOf(i, [](const ProjectionYear &y) { return y.paas.total(); }));
        result.saas.push_back(percentilesOf(i, [](const ProjectionYear &y) { return y.saas.total(); }));
        result.revenueShare.push_back(percentilesOf(i, [](const ProjectionYear &y) { return y.revenueShare; }));
    }
    return result;
}

} // namespace Dealscope
