// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/confidence.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Dealscope {

/// Every input of the scenario model, in the order the panel lists them (grouped).
/// docs/scenario-model.md gives each one's formula, default, range and source.
enum class AssumptionId : int {
    // Azure size and the growth of the part OpenAI does not drive
    AzureFy25Revenue,
    AzureRecentGrowth,
    BaselineGrowth,
    BaselineLongRunGrowth,
    GrowthFade,
    // The IaaS / PaaS / SaaS split of the base year (never published by Microsoft)
    IaasShare2025,
    PaasShare2025,
    // OpenAI's revenue, the driver of the OpenAI-driven parts
    OpenaiRevenue2025,
    OpenaiRevenueGrowth,
    OpenaiLongRunGrowth,
    OpenaiGrowthFade,
    // IaaS: OpenAI's compute spend on Azure
    ComputeCostRatio,
    AzureComputeShare2025,
    AzureComputeShare2030,
    // The $250B Azure commitment, a floor under that spend
    CommitmentTotal,
    CommitmentStartYear,
    CommitmentYears,
    CommitmentRamp,
    // PaaS: OpenAI models served on Azure
    OpenaiPaas2025,
    PaasRetention,
    PaasRetentionAzureFirst,
    // SaaS: Microsoft products built on OpenAI IP
    OpenaiSaas2025,
    SaasAdoptionGrowth,
    SaasLongRunGrowth,
    NonExclusiveErosion,
    IpEndErosion,
    ResearchIpErosion,
    // Revenue share, both directions
    RevenueShareRate2025,
    RevenueShareRate2030,
    RevenueShareCap,
    ShareToOpenaiRate,
    // AGI verification
    AgiMedianYear,
    AgiSpreadYears,
    AgiNotWithinHorizonProbability,
};

inline constexpr int AssumptionCount = int(AssumptionId::AgiNotWithinHorizonProbability) + 1;

/// How a value is shown and entered. Fractions are stored as 0–1 and shown as percent.
enum class AssumptionUnit {
    UsdBillions, ///< US dollars, billions
    Fraction, ///< a share or a rate, 0.39 = 39 %
    Ratio, ///< a multiplier such as "compute spend per dollar of revenue"
    Year, ///< a calendar year
    Years, ///< a duration in years
};

/// Which part of the model an assumption belongs to; the panel shows one box per group.
enum class AssumptionGroup { Azure, Split, OpenAI, Compute, Commitment, PaaS, SaaS, RevenueShare, Agi };

/// What a slider needs: identity, unit, bounds, step, group and where the default comes from.
struct AssumptionInfo
{
    AssumptionId id;
    QString key; ///< stable id used in scenario files, e.g. "openaiRevenueGrowth"
    QString label; ///< short English label; displayLabel() is the label in the interface language
    AssumptionUnit unit;
    AssumptionGroup group;
    double defaultValue;
    double minimum;
    double maximum;
    double step;
    bool integer; ///< whole numbers only (years, counts)
    bool monteCarloOnly; ///< shapes the AGI distribution; no effect on a single projection or the tornado
    /// The fact sheet's code when the default rests on a reported figure; empty for a pure assumption.
    std::optional<Confidence> confidence;
    /// One line: "facts.md §3a: …" naming the source, or starting with "Assumption"; in English,
    /// ScenarioAssumptions::displayRationale() gives it in the interface language.
    QString rationale;

    bool isAssumption() const { return !confidence.has_value(); }
    bool contains(double value) const { return value >= minimum && value <= maximum; }
};

/// The catalogue of assumptions: metadata only, no state.
class ScenarioAssumptions
{
public:
    /// All assumptions in AssumptionId order.
    static const QList<AssumptionInfo> &all();
    static const AssumptionInfo &info(AssumptionId id);
    /// The assumption whose key is @p key, or nullptr.
    static const AssumptionInfo *find(QStringView key);
    static QString groupKey(AssumptionGroup group); ///< "azure", "split", …
    /// The label of @p id in the interface language (English when there is no translation).
    static QString displayLabel(AssumptionId id);
    /// The rationale of @p id in the interface language (English when there is no translation).
    static QString displayRationale(AssumptionId id);
    static QString groupLabel(AssumptionGroup group); ///< group title in the interface language
    static QString unitSymbol(AssumptionUnit unit); ///< "$B", "%", "×", "", "years" (translated)
};

/// One value for every assumption: the defaults unless set otherwise. Cheap to copy.
class AssumptionValues
{
public:
    /// All defaults.
    AssumptionValues();

    double operator[](AssumptionId id) const { return m_values[std::size_t(id)]; }
    double value(AssumptionId id) const { return m_values[std::size_t(id)]; }
    /// Sets a value as given; isValid() tells whether every value lies in its range.
    void set(AssumptionId id, double value) { m_values[std::size_t(id)] = value; }

    /// True when every value is finite, in range and whole where required; otherwise names the first
    /// offender in @p why.
    bool isValid(QString *why = nullptr) const;

    friend bool operator==(const AssumptionValues &, const AssumptionValues &) = default;

private:
    std::array<double, AssumptionCount> m_values;
};

} // namespace Dealscope
