// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenarioregime.h"

#include "agreement/agreementstate.h"

#include <QCoreApplication>

namespace Dealscope {

namespace {

/// Reads one right from the clause states of one version.
class RegimeReader
{
public:
    RegimeReader(const Dataset &dataset, const QString &versionId)
        : m_dataset(dataset), m_version(dataset.version(versionId))
    {
        if (m_version)
            m_state = asOf(dataset, m_version->date);
    }

    const Version *version() const { return m_version; }
    QStringList problems() const { return m_problems; }

    const ClauseState *state(const QString &clauseId)
    {
        const ClauseState *state = m_state.clause(clauseId);
        if (!state)
            m_problems.append(QStringLiteral("the dataset has no clause \"%1\"").arg(clauseId));
        return state;
    }

    /// The end of the right @p clauseId grants, as of the version.
    RightEnd end(const QString &clauseId)
    {
        const ClauseState *s = state(clauseId);
        RightEnd right;
        if (!s || s->status == ClauseStatus::NotYetInForce) {
            right.held = false;
            return right;
        }
        if (s->status == ClauseStatus::Ended) {
            // Ended by a version: in force until the day before it, and until AGI if that came first.
            const Version *endedBy = m_dataset.version(s->entry->version);
            const QDate lastDay = (endedBy ? endedBy->date : m_version->date).addDays(-1);
            const ClauseState before = clauseStateAt(m_dataset, *s->clause, lastDay);
            right.lastDay = before.end.date.isValid() && before.end.date < lastDay ? before.end.date : lastDay;
            right.endsAtAgi = before.end.pendingMilestones.contains(AgiMilestoneId);
            return right;
        }
        // In force, not restated (last known state), or expired: the term's own end.
        right.lastDay = s->end.date;
        right.endsAtAgi = s->end.pendingMilestones.contains(AgiMilestoneId);
        return right;
    }

    /// True when @p clauseId is in force (or in force as far as anyone knows) as of the version.
    bool applies(const QString &clauseId)
    {
        const ClauseState *s = state(clauseId);
        return s && s->isApplicable();
    }

    QDate start(const QString &clauseId)
    {
        const ClauseState *s = state(clauseId);
        return s ? s->start : QDate();
    }

private:
    const Dataset &m_dataset;
    const Version *m_version = nullptr;
    AgreementState m_state;
    QStringList m_problems;
};

/// The earlier of two ends: a right that is cut short by another.
RightEnd earlier(const RightEnd &a, const RightEnd &b)
{
    if (!a.held || !b.held)
        return RightEnd {false, {}, false};
    RightEnd result;
    if (a.lastDay.isValid() && b.lastDay.isValid())
        result.lastDay = std::min(a.lastDay, b.lastDay);
    else
        result.lastDay = a.lastDay.isValid() ? a.lastDay : b.lastDay;
    result.endsAtAgi = a.endsAtAgi || b.endsAtAgi;
    return result;
}

} // namespace

ContractRegimeResult deriveContractRegime(const Dataset &dataset, RegimeKind kind)
{
    ContractRegimeResult result;
    const QString versionId = regimeVersionId(kind);
    RegimeReader reader(dataset, versionId);
    if (!reader.version()) {
        result.problems.append(QStringLiteral("the dataset has no version \"%1\"").arg(versionId));
        return result;
    }
    if (!dataset.milestone(AgiMilestoneId))
        result.problems.append(QStringLiteral("the dataset has no milestone \"%1\"").arg(AgiMilestoneId));

    ContractRegime regime;
    regime.kind = kind;
    regime.versionId = versionId;
    regime.versionDate = reader.version()->date;

    // C1: API exclusivity; ended by the Apr 2026 terms, which put N1 (Azure first) in its place.
    regime.apiExclusivity = reader.end(QStringLiteral("C1"));
    if (reader.applies(QStringLiteral("N1")))
        regime.azureFirstSince = reader.start(QStringLiteral("N1"));

    // C3 / N3: the IP licence; N3 restates its end and makes it non-exclusive from its start.
    regime.modelIp = reader.end(QStringLiteral("C3"));
    regime.modelIpExclusivity = regime.modelIp;
    if (reader.applies(QStringLiteral("N3"))) {
        const RightEnd n3 = reader.end(QStringLiteral("N3"));
        if (n3.held)
            regime.modelIp = n3;
        regime.modelIpExclusivity = earlier(regime.modelIpExclusivity,
                                            RightEnd {true, reader.start(QStringLiteral("N3")).addDays(-1), false});
    }

    // C4: research IP, the earlier of AGI and the end of 2030.
    regime.researchIp = reader.end(QStringLiteral("C4"));

    // C9: revenue share until AGI; N5 continues it through 2030, capped, regardless of AGI.
    const RightEnd c9 = reader.end(QStringLiteral("C9"));
    regime.revenueShare = c9;
    if (reader.applies(QStringLiteral("N5"))) {
        regime.revenueShare = reader.end(QStringLiteral("N5"));
        regime.revenueShareCapped = true;
    }
    // The share Microsoft paid OpenAI ran with the two-way revenue share (C9) until N4 ended it.
    regime.shareToOpenai = c9;
    if (reader.applies(QStringLiteral("N4")))
        regime.shareToOpenai = earlier(c9, RightEnd {true, reader.start(QStringLiteral("N4")).addDays(-1), false});

    // C10: the $250B commitment (not restated in 2026, believed to stand).
    regime.azureCommitment = reader.applies(QStringLiteral("C10"));

    result.problems += reader.problems();
    if (result.problems.isEmpty())
        result.regime = regime;
    return result;
}

RegimeKind otherRegime(RegimeKind kind)
{
    return kind == RegimeKind::Oct2025 ? RegimeKind::Apr2026 : RegimeKind::Oct2025;
}

QString regimeKey(RegimeKind kind)
{
    return kind == RegimeKind::Oct2025 ? QStringLiteral("oct2025") : QStringLiteral("apr2026");
}

std::optional<RegimeKind> regimeFromKey(QStringView key)
{
    if (key == u"oct2025")
        return RegimeKind::Oct2025;
    if (key == u"apr2026")
        return RegimeKind::Apr2026;
    return std::nullopt;
}

QString regimeLabel(RegimeKind kind)
{
    // Shown in the panel, the chart title and exports: in the interface language.
    return kind == RegimeKind::Oct2025 ? QCoreApplication::translate("Dealscope::ScenarioRegime", "Oct 2025 terms")
                                       : QCoreApplication::translate("Dealscope::ScenarioRegime", "Apr 2026 terms");
}

QString regimeVersionId(RegimeKind kind)
{
    return kind == RegimeKind::Oct2025 ? QStringLiteral("v2025-10-28") : QStringLiteral("v2026-04-27");
}

} // namespace Dealscope
