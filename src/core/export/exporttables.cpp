// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exporttables.h"

#include "agreement/agreementstate.h"

#include <algorithm>

namespace Dealscope::ExportTables {

namespace {

QString joined(const QStringList &list)
{
    return list.join(u' ');
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString amountText(const Amount &amount)
{
    QString qualifier;
    switch (amount.qualifier) {
    case Amount::Qualifier::Exact:
        break;
    case Amount::Qualifier::About:
        qualifier = QStringLiteral("~");
        break;
    case Amount::Qualifier::UpTo:
        qualifier = QStringLiteral("<=");
        break;
    case Amount::Qualifier::MoreThan:
        qualifier = QStringLiteral(">");
        break;
    }
    QString unit;
    switch (amount.unit) {
    case Amount::Unit::USD:
        unit = QStringLiteral("USD");
        break;
    case Amount::Unit::Percent:
        unit = QStringLiteral("percent");
        break;
    case Amount::Unit::GW:
        unit = QStringLiteral("GW");
        break;
    case Amount::Unit::MW:
        unit = QStringLiteral("MW");
        break;
    }
    return qualifier + csvNumber(amount.value) + u' ' + unit;
}

void appendPercentiles(QStringList &row, const Percentiles &p)
{
    row << csvNumber(p.p10) << csvNumber(p.p50) << csvNumber(p.p90);
}

} // namespace

QString statusKey(int status)
{
    switch (ClauseStatus(status)) {
    case ClauseStatus::NotYetInForce:
        return QStringLiteral("notYetInForce");
    case ClauseStatus::InForce:
        return QStringLiteral("inForce");
    case ClauseStatus::Unknown:
        return QStringLiteral("notRestated");
    case ClauseStatus::Ended:
        return QStringLiteral("ended");
    case ClauseStatus::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

QString eventKindKey(Event::Kind kind)
{
    switch (kind) {
    case Event::Kind::Investment:
        return QStringLiteral("investment");
    case Event::Kind::Agreement:
        return QStringLiteral("agreement");
    case Event::Kind::Amendment:
        return QStringLiteral("amendment");
    case Event::Kind::Statement:
        return QStringLiteral("statement");
    case Event::Kind::CloudDeal:
        return QStringLiteral("cloudDeal");
    case Event::Kind::Earnings:
        return QStringLiteral("earnings");
    case Event::Kind::Dispute:
        return QStringLiteral("dispute");
    case Event::Kind::Governance:
        return QStringLiteral("governance");
    case Event::Kind::Product:
        return QStringLiteral("product");
    case Event::Kind::Funding:
        return QStringLiteral("funding");
    case Event::Kind::Legal:
        return QStringLiteral("legal");
    case Event::Kind::Report:
        return QStringLiteral("report");
    }
    return {};
}

CsvTable projection(const Projection &projection)
{
    CsvTable table;
    table.header = {QStringLiteral("year"),
                    QStringLiteral("iaas_baseline_usd_bn"),
                    QStringLiteral("iaas_openai_usd_bn"),
                    QStringLiteral("paas_baseline_usd_bn"),
                    QStringLiteral("paas_openai_usd_bn"),
                    QStringLiteral("saas_baseline_usd_bn"),
                    QStringLiteral("saas_openai_usd_bn"),
                    QStringLiteral("azure_total_usd_bn"),
                    QStringLiteral("revenue_share_usd_bn"),
                    QStringLiteral("microsoft_total_usd_bn"),
                    QStringLiteral("share_to_openai_usd_bn"),
                    QStringLiteral("openai_revenue_usd_bn"),
                    QStringLiteral("revenue_share_rate"),
                    QStringLiteral("api_exclusivity")};
    for (const ProjectionYear &y : projection.years) {
        table.rows.append({QString::number(y.year), csvNumber(y.iaas.baseline), csvNumber(y.iaas.openai),
                           csvNumber(y.paas.baseline), csvNumber(y.paas.openai), csvNumber(y.saas.baseline),
                           csvNumber(y.saas.openai), csvNumber(y.azureTotal()), csvNumber(y.revenueShare),
                           csvNumber(y.microsoftTotal()), csvNumber(y.shareToOpenai), csvNumber(y.openaiRevenue),
                           csvNumber(y.revenueShareRate), csvNumber(y.apiExclusivity)});
    }
    return table;
}

CsvTable tornado(const TornadoResult &result)
{
    CsvTable table;
    table.header = {QStringLiteral("rank"),
                    QStringLiteral("assumption"),
                    QStringLiteral("label"),
                    QStringLiteral("low_value"),
                    QStringLiteral("high_value"),
                    QStringLiteral("low_delta_usd_bn"),
                    QStringLiteral("high_delta_usd_bn"),
                    QStringLiteral("swing_usd_bn"),
                    QStringLiteral("base_usd_bn"),
                    QStringLiteral("from_year"),
                    QStringLiteral("to_year")};
    int rank = 0;
    for (const TornadoBar &bar : result.bars) {
        const AssumptionInfo &info = ScenarioAssumptions::info(bar.id);
        table.rows.append({QString::number(++rank), info.key, ScenarioAssumptions::displayLabel(bar.id),
                           csvNumber(bar.lowValue), csvNumber(bar.highValue), csvNumber(bar.lowDelta),
                           csvNumber(bar.highDelta), csvNumber(bar.swing), csvNumber(result.baseValue),
                           QString::number(result.fromYear), QString::number(result.toYear)});
    }
    return table;
}

CsvTable bridge(const BridgeResult &result)
{
    CsvTable table;
    table.header = {QStringLiteral("row"),
                    QStringLiteral("term"),
                    QStringLiteral("label"),
                    QStringLiteral("clauses"),
                    QStringLiteral("microsoft_usd_bn"),
                    QStringLiteral("revenue_share_usd_bn"),
                    QStringLiteral("from_regime"),
                    QStringLiteral("to_regime"),
                    QStringLiteral("from_year"),
                    QStringLiteral("to_year")};
    const auto row = [&](const QString &kind, const QString &term, const QString &label, const QString &clauses,
                         const BridgeMeasures &value) {
        table.rows.append({kind, term, label, clauses, csvNumber(value.microsoft), csvNumber(value.revenueShare),
                           regimeKey(result.from), regimeKey(result.to), QString::number(result.firstYear),
                           QString::number(result.lastYear)});
    };
    row(QStringLiteral("start"), QString(), regimeLabel(result.from), QString(), result.start);
    for (const BridgeStep &step : result.steps)
        row(QStringLiteral("step"), ScenarioBridge::termKey(step.term), ScenarioBridge::termLabel(step.term),
            ScenarioBridge::clauses(step.term).join(u' '), step.change);
    row(QStringLiteral("end"), QString(), regimeLabel(result.to), QString(), result.end);
    return table;
}

CsvTable fan(const MonteCarloResult &result)
{
    CsvTable table;
    table.header = {QStringLiteral("year")};
    for (const QString &series : {QStringLiteral("azure_total"), QStringLiteral("iaas"), QStringLiteral("paas"),
                                  QStringLiteral("saas"), QStringLiteral("revenue_share")}) {
        for (const QString &p : {QStringLiteral("p10"), QStringLiteral("p50"), QStringLiteral("p90")})
            table.header.append(series + u'_' + p + QStringLiteral("_usd_bn"));
    }
    for (std::size_t i = 0; i < result.years.size(); ++i) {
        QStringList row = {QString::number(result.years[i])};
        appendPercentiles(row, result.azureTotal[i]);
        appendPercentiles(row, result.iaas[i]);
        appendPercentiles(row, result.paas[i]);
        appendPercentiles(row, result.saas[i]);
        appendPercentiles(row, result.revenueShare[i]);
        table.rows.append(row);
    }
    return table;
}

CsvTable clauses(const Dataset &dataset, const QString &versionId, const QString &language)
{
    CsvTable table;
    table.header = {QStringLiteral("id"),     QStringLiteral("parent"),        QStringLiteral("category"),
                    QStringLiteral("title"),  QStringLiteral("status"),        QStringLiteral("start"),
                    QStringLiteral("end"),    QStringLiteral("end_waits_for"), QStringLiteral("confidence"),
                    QStringLiteral("sources")};
    const AgreementState state = asOf(dataset, versionId);
    for (const ClauseState &clause : state.clauses) {
        if (clause.status == ClauseStatus::NotYetInForce)
            continue;
        table.rows.append({clause.clause->id, clause.clause->parent, clause.clause->category,
                           clause.clause->title.text(language), statusKey(int(clause.status)), dateText(clause.start),
                           dateText(clause.end.date), joined(clause.end.pendingMilestones),
                           clause.clause->confidence.code(), joined(clause.clause->sources)});
    }
    return table;
}

CsvTable events(const Dataset &dataset, const QDate &through, const QString &language)
{
    CsvTable table;
    table.header = {QStringLiteral("id"),      QStringLiteral("date"),    QStringLiteral("kind"),
                    QStringLiteral("title"),   QStringLiteral("amounts"), QStringLiteral("confidence"),
                    QStringLiteral("version"), QStringLiteral("clauses"), QStringLiteral("sources")};
    QList<const Event *> sorted;
    for (const Event &event : dataset.events) {
        if (!through.isValid() || event.date.firstDay() <= through)
            sorted.append(&event);
    }
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Event *a, const Event *b) { return a->date.firstDay() < b->date.firstDay(); });
    for (const Event *event : std::as_const(sorted)) {
        QStringList amounts;
        for (const Amount &amount : event->amounts)
            amounts.append(amountText(amount));
        table.rows.append({event->id, event->date.toString(), eventKindKey(event->kind), event->title.text(language),
                           amounts.join(QStringLiteral("; ")), event->confidence.code(), event->version,
                           joined(event->clauses), joined(event->sources)});
    }
    return table;
}

} // namespace Dealscope::ExportTables
