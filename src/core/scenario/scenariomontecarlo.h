// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/scenarioengine.h"

#include <QtGlobal>

#include <optional>
#include <vector>

namespace Dealscope {

/// SplitMix64 (Steele, Lea and Flood): a tiny generator whose sequence is the same on every platform.
class SplitMix64
{
public:
    explicit SplitMix64(quint64 seed) : m_state(seed) { }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /// Uniform in [0, 1), from the top 53 bits.
    double nextDouble() { return double(next() >> 11) * 0x1.0p-53; }

private:
    quint64 m_state;
};

/// The standard normal distribution function Φ(z).
double normalCdf(double z);
/// Its inverse Φ⁻¹(p) for 0 < p < 1 (Acklam's rational approximation, relative error below 1.2e-9).
double normalQuantile(double p);

/// The AGI verification year as a distribution: with probability `notWithinHorizon` no verification up
/// to the horizon; otherwise a normal (median, spread) truncated to earliest..horizon and rounded to a
/// whole year.
struct AgiYearDistribution
{
    static constexpr int EarliestYear = 2027; ///< nothing was verified up to Nov 2026 (facts.md)

    double median = 2032.0;
    double spread = 3.0;
    double notWithinHorizon = 0.25;
    int earliest = EarliestYear;
    int horizon = 2035;

    static AgiYearDistribution fromAssumptions(const AssumptionValues &values, int horizon);

    /// Inverse CDF: maps a uniform @p u in [0, 1) to a year, or to nothing (not within the horizon).
    std::optional<int> sample(double u) const;
};

/// AgiYearDistribution::sample() with the truncation bounds computed once, for many samples.
class AgiYearSampler
{
public:
    explicit AgiYearSampler(const AgiYearDistribution &distribution);
    std::optional<int> sample(double u) const;

private:
    AgiYearDistribution m_distribution;
    double m_spread;
    double m_lowP;
    double m_highP;
};

/// p10 ≤ p50 ≤ p90 of one quantity in one year (nearest-rank percentiles of the samples).
struct Percentiles
{
    double p10 = 0.0;
    double p50 = 0.0;
    double p90 = 0.0;
};

struct MonteCarloSettings
{
    static constexpr quint64 DefaultSeed = 20251028;

    int samples = 100000;
    quint64 seed = DefaultSeed;
};

struct MonteCarloResult
{
    int samples = 0;
    quint64 seed = 0;
    std::vector<int> years; ///< base year to horizon
    std::vector<Percentiles> azureTotal; ///< one per year
    std::vector<Percentiles> iaas;
    std::vector<Percentiles> paas;
    std::vector<Percentiles> saas;
    std::vector<Percentiles> revenueShare;
    int earliestAgiYear = AgiYearDistribution::EarliestYear;
    std::vector<int> agiYearCounts; ///< samples per AGI year, from earliestAgiYear to the horizon
    int notWithinHorizon = 0; ///< samples without AGI verification up to the horizon
};

/// Monte Carlo over the AGI verification year; every other assumption stays as given.
///
/// Deterministic: the same seed gives the same numbers on every platform. AGI years are whole years, so
/// each distinct year is projected once and the samples only count how often each occurs; percentiles
/// are exactly those of the sampled projections.
class ScenarioMonteCarlo
{
public:
    static MonteCarloResult run(const ContractRegime &regime, const AssumptionValues &values,
                                int horizon = ScenarioEngine::DefaultHorizon, const MonteCarloSettings &settings = {});
};

} // namespace Dealscope
