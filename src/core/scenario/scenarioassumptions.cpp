// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenarioassumptions.h"

#include <QCoreApplication>

#include <cmath>

namespace Dealscope {

namespace {

using Id = AssumptionId;
using Unit = AssumptionUnit;
using Group = AssumptionGroup;
using Level = Confidence::Level;

struct Row
{
    Id id;
    const char16_t *key;
    const char *label; ///< English, marked for translation (ScenarioAssumptions::displayLabel())
    Unit unit;
    Group group;
    double defaultValue, minimum, maximum, step;
    bool integer;
    bool monteCarloOnly;
    std::optional<Confidence> confidence;
    const char *rationale; ///< English, marked for translation (ScenarioAssumptions::displayRationale())
};

constexpr std::nullopt_t Assumed = std::nullopt;

/// Labels and rationales are marked with QT_TRANSLATE_NOOP and translated when shown, so a language switch reaches
/// them.
// Not named translate(): lupdate would read a call of it as a translation and skip the marked text inside.
QString translated(const char *english)
{
    return QCoreApplication::translate("Dealscope::ScenarioAssumptions", english);
}

QList<AssumptionInfo> buildCatalogue()
{
    const Confidence a(Level::A), b(Level::B), c(Level::C), ab(Level::A, Level::B);
    // clang-format off
    const Row rows[] = {
        {Id::AzureFy25Revenue, u"azureFy25Revenue", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Azure revenue FY25"), Unit::UsdBillions, Group::Azure,
         75, 60, 100, 1, false, false, a,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "facts.md §3a: Azure FY25 more than $75B, +34% (A)")},
        {Id::AzureRecentGrowth, u"azureRecentGrowth", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Azure growth, recent quarters"), Unit::Fraction, Group::Azure,
         0.39, 0.20, 0.60, 0.01, false, false, ab,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "facts.md §3a: Azure growth 39–40% from FY25 Q4 to FY26 Q3 (A/B); shifts FY25 to calendar 2025 as "
         "× (1 + g)^0.5 (assumption)")},
        {Id::BaselineGrowth, u"baselineGrowth", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Baseline growth 2026"), Unit::Fraction, Group::Azure,
         0.20, 0, 0.50, 0.01, false, false, Assumed,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Assumption: 2026 growth of the Azure revenue OpenAI does not drive, below the 39–40% total of "
         "facts.md §3a, which includes AI")},
        {Id::BaselineLongRunGrowth, u"baselineLongRunGrowth", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Baseline long-run growth"), Unit::Fraction,
         Group::Azure, 0.08, 0, 0.30, 0.01, false, false, Assumed,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Assumption: the growth rate the baseline fades towards")},
        {Id::GrowthFade, u"growthFade", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Baseline and SaaS growth fade"), Unit::Ratio, Group::Azure,
         0.75, 0.30, 0.95, 0.05, false, false, Assumed,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Assumption: each year keeps this fraction of the excess of baseline and SaaS adoption growth over "
         "their long-run rates")},

        {Id::IaasShare2025, u"iaasShare2025", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "IaaS share of Azure 2025"), Unit::Fraction, Group::Split,
         0.50, 0.30, 0.65, 0.01, false, false, Assumed,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Assumption: Microsoft never published the IaaS/PaaS/SaaS split (facts.md §3a, X)")},
        {Id::PaasShare2025, u"paasShare2025", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "PaaS share of Azure 2025"), Unit::Fraction, Group::Split,
         0.30, 0.10, 0.35, 0.01, false, false, Assumed,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Assumption: Microsoft never published the IaaS/PaaS/SaaS split (facts.md §3a, X); SaaS gets the rest")},

        {Id::OpenaiRevenue2025, u"openaiRevenue2025", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "OpenAI revenue 2025"), Unit::UsdBillions, Group::OpenAI,
         13, 8, 20, 0.5, false, false, b,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "facts.md §3b: OpenAI 2025 revenue ~$13B (B)")},
        {Id::OpenaiRevenueGrowth, u"openaiRevenueGrowth", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "OpenAI revenue growth 2026"), Unit::Fraction,
         Group::OpenAI, 1.20, 0, 2, 0.05, false, false, c,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "facts.md §3b: projection ~$30B for 2026 (C), about +130%; default +120%")},
        {Id::OpenaiLongRunGrowth, u"openaiLongRunGrowth", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "OpenAI long-run growth"), Unit::Fraction, Group::OpenAI,
         0.10, 0, 0.50, 0.01, false, false, Assumed,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Assumption: the rate OpenAI growth fades towards; the default path stays below the $200B projected "
         "for 2030 (facts.md §3b, C)")},
        {Id::OpenaiGrowthFade, u"openaiGrowthFade", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "OpenAI growth fade"), Unit::Ratio, Group::OpenAI,
         0.70, 0.30, 0.95, 0.05, false, false, Assumed,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Assumption: each year keeps this fraction of the excess of OpenAI growth over its long-run rate")},

        {Id::ComputeCostRatio, u"computeCostRatio", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "OpenAI compute spend per revenue dollar"), Unit::Ratio,
         Group::Compute, 0.80, 0.20, 2.00, 0.05, false, false, Assumed,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Assumption: facts.md §3b gives OpenAI's compute in GW only (1.9 GW in 2025, B), not in dollars")},
        {Id::AzureComputeShare2025, u"azureComputeShare2025", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Azure share of OpenAI compute 2025"),
         Unit::Fraction, Group::Compute, 0.70, 0.30, 1.00, 0.05, false, false, Assumed,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Assumption: Oracle, AWS, CoreWeave and Google also supply OpenAI (facts.md §3d, B)")},
        {Id::AzureComputeShare2030, u"azureComputeShare2030", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Azure share of OpenAI compute 2030"),
         Unit::Fraction, Group::Compute, 0.35, 0.05, 1.00, 0.05, false, false, Assumed,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Assumption: linear path from 2025, flat after 2030, as the Oracle and AWS contracts ramp up "
         "(facts.md §3d, B)")},

        {Id::CommitmentTotal, u"commitmentTotal", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Azure commitment"), Unit::UsdBillions, Group::Commitment,
         250, 0, 300, 10, false, false, a,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "facts.md §3c: $250B incremental Azure commitment (A)")},
        {Id::CommitmentStartYear, u"commitmentStartYear", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Commitment first year"), Unit::Year, Group::Commitment,
         2026, 2025, 2030, 1, true, false, Assumed,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Assumption: the payment schedule is undisclosed (facts.md §3c, X)")},
        {Id::CommitmentYears, u"commitmentYears", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Commitment duration"), Unit::Years, Group::Commitment,
         7, 3, 12, 1, true, false, Assumed,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Assumption: schedule undisclosed (X); one analyst guesses it runs to about 2032 (facts.md §1a, C10)")},
        {Id::CommitmentRamp, u"commitmentRamp", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Commitment ramp"), Unit::Ratio, Group::Commitment,
         0.80, 0, 1, 0.05, false, false, Assumed,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Assumption: 0 spreads the commitment evenly over its years, 1 ramps it up linearly")},

        {Id::OpenaiPaas2025, u"openaiPaas2025", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "OpenAI-driven PaaS 2025"), Unit::UsdBillions, Group::PaaS,
         6, 2, 20, 0.5, false, false, Assumed,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Assumption: with the SaaS part near Microsoft's AI run rate, > $13B (Jan 2025) to > $37B "
         "(Apr 2026) (facts.md §3a, B)")},
        {Id::PaasRetention, u"paasRetention", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "PaaS kept after exclusivity"), Unit::Fraction, Group::PaaS,
         0.40, 0.10, 1.00, 0.05, false, false, Assumed,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Assumption: share of OpenAI-driven PaaS that stays on Azure once API exclusivity ends, with no "
         "Azure-first clause")},
        {Id::PaasRetentionAzureFirst, u"paasRetentionAzureFirst", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "PaaS kept with Azure first"), Unit::Fraction,
         Group::PaaS, 0.70, 0.10, 1.00, 0.05, false, false, Assumed,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Assumption: the same share while OpenAI products ship first on Azure (N1, facts.md §1b, A)")},

        {Id::OpenaiSaas2025, u"openaiSaas2025", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "OpenAI-based SaaS 2025"), Unit::UsdBillions, Group::SaaS,
         8, 1, 20, 0.5, false, false, Assumed,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Assumption: Copilot, GitHub and Dynamics revenue built on OpenAI IP; see the AI run rate in "
         "facts.md §3a (B)")},
        {Id::SaasAdoptionGrowth, u"saasAdoptionGrowth", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "SaaS adoption growth 2026"), Unit::Fraction, Group::SaaS,
         0.50, 0, 1.50, 0.05, false, false, Assumed,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Assumption: below the +123% of Microsoft's AI run rate to Apr 2026 (facts.md §3a, B)")},
        {Id::SaasLongRunGrowth, u"saasLongRunGrowth", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "SaaS long-run growth"), Unit::Fraction, Group::SaaS,
         0.08, 0, 0.30, 0.01, false, false, Assumed,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Assumption: the rate SaaS adoption growth fades towards")},
        {Id::NonExclusiveErosion, u"nonExclusiveErosion", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "SaaS lost to a non-exclusive licence"), Unit::Fraction,
         Group::SaaS, 0.10, 0, 0.50, 0.01, false, false, Assumed,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Assumption: OpenAI-based SaaS lost once Microsoft's IP licence is non-exclusive (N3, facts.md §1b, A)")},
        {Id::IpEndErosion, u"ipEndErosion", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "SaaS lost when the IP term ends"), Unit::Fraction, Group::SaaS,
         0.30, 0, 0.80, 0.01, false, false, Assumed,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Assumption: OpenAI-based SaaS lost once the IP term ends (end of 2032, C3/N3, facts.md §1a, A)")},
        {Id::ResearchIpErosion, u"researchIpErosion", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "SaaS lost when research IP ends"), Unit::Fraction,
         Group::SaaS, 0.05, 0, 0.30, 0.01, false, false, Assumed,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Assumption: OpenAI-based SaaS lost once research IP ends (earlier of AGI and 2030, C4, facts.md §1a, "
         "A)")},

        {Id::RevenueShareRate2025, u"revenueShareRate2025", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Revenue share rate 2025"), Unit::Fraction,
         Group::RevenueShare, 0.20, 0, 0.30, 0.01, false, false, b,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "facts.md §3c: 20% reported (B); the Apr 2026 terms keep the same percentage (A)")},
        {Id::RevenueShareRate2030, u"revenueShareRate2030", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Revenue share rate 2030"), Unit::Fraction,
         Group::RevenueShare, 0.10, 0, 0.30, 0.01, false, false, b,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "facts.md §3c: planned decline to ~10% by 2030 (B), ~8% in a later report (C); linear from 2025")},
        {Id::RevenueShareCap, u"revenueShareCap", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Revenue share cap"), Unit::UsdBillions, Group::RevenueShare,
         38, 0, 200, 1, false, false, b,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "facts.md §3c: total cap reported at $38B (B); applies under the Apr 2026 terms")},
        {Id::ShareToOpenaiRate, u"shareToOpenaiRate", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Microsoft's share to OpenAI"), Unit::Fraction,
         Group::RevenueShare, 0.20, 0, 0.30, 0.01, false, false, b,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "facts.md §3c: ~20% of Azure OpenAI Service and Bing revenue (B); ended 27 Apr 2026 (A)")},

        {Id::AgiMedianYear, u"agiMedianYear", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "AGI verification year (median)"), Unit::Year, Group::Agi,
         2032, 2027, 2040, 1, true, false, Assumed,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Assumption: the panel, its criteria and any date are undisclosed (facts.md §1a, C2, X); nothing was "
         "verified up to Nov 2026")},
        {Id::AgiSpreadYears, u"agiSpreadYears", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "AGI year spread"), Unit::Years, Group::Agi,
         3, 0.5, 10, 0.5, false, true, Assumed,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Assumption: standard deviation of the verification year in the Monte Carlo")},
        {Id::AgiNotWithinHorizonProbability, u"agiNotWithinHorizonProbability", QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "AGI not within the horizon"),
         Unit::Fraction, Group::Agi, 0.25, 0, 0.90, 0.05, false, true, Assumed,
         QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Assumption: probability that no AGI verification happens within the horizon")},
    };
    // clang-format on

    QList<AssumptionInfo> list;
    list.reserve(AssumptionCount);
    for (const Row &row : rows) {
        Q_ASSERT(int(row.id) == list.size()); // the table follows the enum
        list.append({row.id, QString::fromUtf16(row.key), QString::fromUtf8(row.label), row.unit, row.group,
                     row.defaultValue, row.minimum, row.maximum, row.step, row.integer, row.monteCarloOnly,
                     row.confidence, QString::fromUtf8(row.rationale)});
    }
    Q_ASSERT(list.size() == AssumptionCount);
    return list;
}

} // namespace

const QList<AssumptionInfo> &ScenarioAssumptions::all()
{
    static const QList<AssumptionInfo> catalogue = buildCatalogue();
    return catalogue;
}

const AssumptionInfo &ScenarioAssumptions::info(AssumptionId id)
{
    return all().at(qsizetype(id));
}

const AssumptionInfo *ScenarioAssumptions::find(QStringView key)
{
    for (const AssumptionInfo &info : all()) {
        if (info.key == key)
            return &info;
    }
    return nullptr;
}

QString ScenarioAssumptions::groupKey(AssumptionGroup group)
{
    switch (group) {
    case Group::Azure:
        return QStringLiteral("azure");
    case Group::Split:
        return QStringLiteral("split");
    case Group::OpenAI:
        return QStringLiteral("openai");
    case Group::Compute:
        return QStringLiteral("compute");
    case Group::Commitment:
        return QStringLiteral("commitment");
    case Group::PaaS:
        return QStringLiteral("paas");
    case Group::SaaS:
        return QStringLiteral("saas");
    case Group::RevenueShare:
        return QStringLiteral("revenueShare");
    case Group::Agi:
        return QStringLiteral("agi");
    }
    return {};
}

QString ScenarioAssumptions::groupLabel(AssumptionGroup group)
{
    switch (group) {
    case Group::Azure:
        return translated(QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Azure and baseline growth"));
    case Group::Split:
        return translated(QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "IaaS / PaaS / SaaS split (assumed)"));
    case Group::OpenAI:
        return translated(QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "OpenAI revenue"));
    case Group::Compute:
        return translated(QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "IaaS: OpenAI compute on Azure"));
    case Group::Commitment:
        return translated(QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "$250B Azure commitment"));
    case Group::PaaS:
        return translated(QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "PaaS: OpenAI models on Azure"));
    case Group::SaaS:
        return translated(QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "SaaS: products on OpenAI IP"));
    case Group::RevenueShare:
        return translated(QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "Revenue share"));
    case Group::Agi:
        return translated(QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "AGI verification"));
    }
    return {};
}

QString ScenarioAssumptions::unitSymbol(AssumptionUnit unit)
{
    switch (unit) {
    case Unit::UsdBillions:
        return QStringLiteral("$B");
    case Unit::Fraction:
        return QStringLiteral("%");
    case Unit::Ratio:
        return QStringLiteral("×");
    case Unit::Year:
        return QString();
    case Unit::Years:
        return translated(QT_TRANSLATE_NOOP("Dealscope::ScenarioAssumptions", "years"));
    }
    return {};
}

AssumptionValues::AssumptionValues()
{
    const QList<AssumptionInfo> &catalogue = ScenarioAssumptions::all();
    for (qsizetype i = 0; i < catalogue.size(); ++i)
        m_values[std::size_t(i)] = catalogue.at(i).defaultValue;
}

bool AssumptionValues::isValid(QString *why) const
{
    for (const AssumptionInfo &info : ScenarioAssumptions::all()) {
        const double v = value(info.id);
        const bool ok = std::isfinite(v) && info.contains(v) && (!info.integer || v == std::floor(v));
        if (!ok) {
            if (why)
                *why = QStringLiteral("%1 = %2 is outside %3–%4")
                           .arg(info.key, QString::number(v), QString::number(info.minimum),
                                QString::number(info.maximum));
            return false;
        }
    }
    return true;
}

QString ScenarioAssumptions::displayLabel(AssumptionId id)
{
    return translated(info(id).label.toUtf8().constData());
}

QString ScenarioAssumptions::displayRationale(AssumptionId id)
{
    return translated(info(id).rationale.toUtf8().constData());
}

} // namespace Dealscope
