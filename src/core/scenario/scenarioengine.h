// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/scenarioassumptions.h"
#include "scenario/scenarioregime.h"

#include <optional>
#include <vector>

namespace Dealscope {

/// One layer of the Azure stack in one year, USD billions.
struct LayerRevenue
{
    double baseline = 0.0; ///< revenue OpenAI does not drive
    double openai = 0.0; ///< revenue OpenAI drives

    double total() const { return baseline + openai; }
};

/// One calendar year of a projection, USD billions (rates as fractions).
struct ProjectionYear
{
    int year = 0;
    LayerRevenue iaas; ///< raw compute
    LayerRevenue paas; ///< model APIs served on Azure
    LayerRevenue saas; ///< Microsoft products built on OpenAI IP
    double revenueShare = 0.0; ///< OpenAI → Microsoft, outside the Azure stack
    double shareToOpenai = 0.0; ///< Microsoft → OpenAI (a cost to Microsoft), outside the stack

    // Drivers, for tooltips and explanations.
    double openaiRevenue = 0.0;
    double openaiComputeOnAzure = 0.0; ///< before the commitment floor
    double commitmentFloor = 0.0; ///< this year's slice of the commitment
    double revenueShareRate = 0.0;
    double apiExclusivity = 0.0; ///< fraction of the year API exclusivity held
    double saasDifferentiation = 1.0; ///< factor left after the IP erosions

    double azureTotal() const { return iaas.total() + paas.total() + saas.total(); }
    double baselineTotal() const { return iaas.baseline + paas.baseline + saas.baseline; }
    double openaiTotal() const { return iaas.openai + paas.openai + saas.openai; }
    /// The Azure stack plus the revenue share OpenAI pays Microsoft.
    double microsoftTotal() const { return azureTotal() + revenueShare; }
};

/// A yearly projection from the base year to the horizon.
struct Projection
{
    RegimeId regime = RegimeKind::Apr2026;
    std::optional<int> agiYear; ///< empty: not verified within the horizon
    std::vector<ProjectionYear> years; ///< base year first, one entry per calendar year

    int firstYear() const { return years.empty() ? 0 : years.front().year; }
    int lastYear() const { return years.empty() ? 0 : years.back().year; }
    /// The entry for @p year, or nullptr outside the projection.
    const ProjectionYear *at(int year) const;

    /// Sums over the years from..to (clipped to the projection).
    double cumulativeAzure(int from, int to) const;
    double cumulativeRevenueShare(int from, int to) const;
    double cumulativeMicrosoft(int from, int to) const; ///< Azure stack + revenue share
};

/// The scenario model: a pure, deterministic function of the contract regime, the assumptions and the
/// AGI year. Formulas and defaults: docs/scenario-model.md. Illustrative, not a forecast.
class ScenarioEngine
{
public:
    static constexpr int BaseYear = 2025;
    static constexpr int DefaultHorizon = 2035;
    static constexpr int MinHorizon = 2030;
    static constexpr int MaxHorizon = 2040;

    /// Projects @p horizon years (clamped to BaseYear..MaxHorizon). @p agiYear is the calendar year
    /// at whose start the panel verifies AGI; empty means not within the projection. Values outside
    /// their ranges are the caller's problem (AssumptionValues::isValid()); in range, every figure is
    /// finite and no layer is negative.
    static Projection project(const ContractRegime &regime, const AssumptionValues &values, std::optional<int> agiYear,
                              int horizon = DefaultHorizon);

    /// The AGI year a single projection uses: the assumed median year.
    static int medianAgiYear(const AssumptionValues &values);

    /// Calendar 2025 Azure revenue from the fiscal figure: FY25 × (1 + recent growth)^0.5.
    static double calendarAzure2025(const AssumptionValues &values);

    /// The moment just after @p lastDay as a decimal year: 2026-04-26 → 2026 + 116/365, 2030-12-31 → 2031.
    static double endAsDecimalYear(const QDate &lastDay);
};

} // namespace Dealscope
