// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenarioregime.h"

#include "agreement/agreementstate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

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

    /// Notes a problem unless @p clauseId was agreed by the version: the model cannot run without it.
    void requireAgreed(const QString &clauseId)
    {
        const ClauseState *s = state(clauseId);
        if (s && s->status == ClauseStatus::NotYetInForce)
            m_problems.append(
                QStringLiteral("clause \"%1\" is not yet agreed in version \"%2\"").arg(clauseId, m_version->id));
    }

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

ContractRegimeResult deriveContractRegime(const Dataset &dataset, const RegimeId &id)
{
    ContractRegimeResult result;
    const QString &versionId = id.versionId();
    RegimeReader reader(dataset, versionId);
    if (!reader.version()) {
        result.problems.append(QStringLiteral("the dataset has no version \"%1\"").arg(versionId));
        return result;
    }
    if (!dataset.milestone(AgiMilestoneId))
        result.problems.append(QStringLiteral("the dataset has no milestone \"%1\"").arg(AgiMilestoneId));
    for (const QString &clause : {QStringLiteral("C1"), QStringLiteral("C3"), QStringLiteral("C4"),
                                  QStringLiteral("C9"), QStringLiteral("C10")})
        reader.requireAgreed(clause);

    ContractRegime regime;
    regime.id = RegimeId(versionId, reader.version()->date);
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
    result.problems.removeDuplicates();
    if (result.problems.isEmpty())
        result.regime = regime;
    return result;
}

RegimeId::RegimeId(QString versionId, QDate versionDate) : m_versionId(std::move(versionId)), m_versionDate(versionDate)
{ }

RegimeId::RegimeId(RegimeKind alias)
    : m_versionId(regimeVersionId(alias))
    , m_versionDate(alias == RegimeKind::Oct2025 ? QDate(2025, 10, 28) : QDate(2026, 4, 27))
{ }

std::optional<RegimeKind> RegimeId::alias() const
{
    for (const RegimeKind kind : {RegimeKind::Oct2025, RegimeKind::Apr2026}) {
        if (m_versionId == regimeVersionId(kind))
            return kind;
    }
    return std::nullopt;
}

RegimeId otherRegime(const RegimeId &regime)
{
    return regime == RegimeKind::Oct2025 ? RegimeKind::Apr2026 : RegimeKind::Oct2025;
}

QString regimeKey(const RegimeId &regime)
{
    if (const auto alias = regime.alias())
        return *alias == RegimeKind::Oct2025 ? QStringLiteral("oct2025") : QStringLiteral("apr2026");
    return regime.versionId();
}

std::optional<RegimeId> regimeFromKey(QStringView key)
{
    if (key == u"oct2025")
        return RegimeKind::Oct2025;
    if (key == u"apr2026")
        return RegimeKind::Apr2026;
    // The dataset's id syntax (docs/dataset-format.md); whether the version exists is the dataset's to say.
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    // A QString, not the view: match(QStringView) is deprecated from Qt 6.8 and matchView() is not in 6.4.
    const QString id = key.toString();
    if (idPattern.match(id).hasMatch())
        return RegimeId(id);
    return std::nullopt;
}

QString regimeLabel(const RegimeId &regime)
{
    // Shown in the panel, the chart title and exports: in the interface language.
    if (const auto alias = regime.alias()) {
        return *alias == RegimeKind::Oct2025
            ? QCoreApplication::translate("Dealscope::ScenarioRegime", "Oct 2025 terms")
            : QCoreApplication::translate("Dealscope::ScenarioRegime", "Apr 2026 terms");
    }
    if (!regime.versionDate().isValid())
        return QCoreApplication::translate("Dealscope::ScenarioRegime", "Terms of version %1").arg(regime.versionId());
    //: A QDate format for the month and year of a version whose terms are a regime, as in "Oct 2025 terms".
    const QString format = QCoreApplication::translate("Dealscope::ScenarioRegime", "MMM yyyy");
    return QCoreApplication::translate("Dealscope::ScenarioRegime", "%1 terms")
        .arg(QLocale().toString(regime.versionDate(), format));
}

QString regimeVersionId(RegimeKind kind)
{
    return kind == RegimeKind::Oct2025 ? QStringLiteral("v2025-10-28") : QStringLiteral("v2026-04-27");
}

} // namespace Dealscope
