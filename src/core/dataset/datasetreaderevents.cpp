// SPDX-License-Identifier: GPL-3.0-or-later
// The dataset reader: events with their amounts, open questions with their claims.
#include "dataset/datasetreader.h"

namespace Dealscope {

namespace {

constexpr std::array EventKinds = {
    JsonName<Event::Kind> {u"investment", Event::Kind::Investment},
    JsonName<Event::Kind> {u"agreement", Event::Kind::Agreement},
    JsonName<Event::Kind> {u"amendment", Event::Kind::Amendment},
    JsonName<Event::Kind> {u"statement", Event::Kind::Statement},
    JsonName<Event::Kind> {u"cloudDeal", Event::Kind::CloudDeal},
    JsonName<Event::Kind> {u"earnings", Event::Kind::Earnings},
    JsonName<Event::Kind> {u"dispute", Event::Kind::Dispute},
    JsonName<Event::Kind> {u"governance", Event::Kind::Governance},
    JsonName<Event::Kind> {u"product", Event::Kind::Product},
    JsonName<Event::Kind> {u"funding", Event::Kind::Funding},
    JsonName<Event::Kind> {u"legal", Event::Kind::Legal},
    JsonName<Event::Kind> {u"report", Event::Kind::Report},
};

constexpr std::array AmountUnits = {
    JsonName<Amount::Unit> {u"USD", Amount::Unit::USD},
    JsonName<Amount::Unit> {u"percent", Amount::Unit::Percent},
    JsonName<Amount::Unit> {u"GW", Amount::Unit::GW},
    JsonName<Amount::Unit> {u"MW", Amount::Unit::MW},
};

constexpr std::array AmountQualifiers = {
    JsonName<Amount::Qualifier> {u"exact", Amount::Qualifier::Exact},
    JsonName<Amount::Qualifier> {u"about", Amount::Qualifier::About},
    JsonName<Amount::Qualifier> {u"upTo", Amount::Qualifier::UpTo},
    JsonName<Amount::Qualifier> {u"moreThan", Amount::Qualifier::MoreThan},
};

constexpr std::array QuestionKinds = {
    JsonName<OpenQuestion::Kind> {u"conflict", OpenQuestion::Kind::Conflict},
    JsonName<OpenQuestion::Kind> {u"unknown", OpenQuestion::Kind::Unknown},
};

} // namespace

void DatasetReader::readEvent(const JsonNode &node)
{
    warnUnknownFields(
        node,
        {u"id", u"date", u"kind", u"title", u"summary", u"amounts", u"confidence", u"sources", u"version", u"clauses"});
    Event event;
    event.id = readUniqueId(node, m_eventIds, QStringLiteral("event"));
    event.date = readPartialDate(node, u"date", Need::Required);
    event.kind = readEnum(node, u"kind", Need::Required, EventKinds, u"event kind").value_or(Event::Kind::Report);
    event.title = readText(node, u"title", Need::Required);
    event.summary = readText(node, u"summary", Need::Optional);
    readAmounts(node, event);
    event.confidence = readConfidence(node, Need::Required).value_or(Confidence());
    event.sources = readRefs(node, u"sources", RefKind::Source, Need::Required);
    if (const JsonNode *version = field(node, u"version", JsonNode::Type::String, Need::Optional)) {
        event.version = version->string();
        if (!m_dataset->version(event.version))
            error(*version, QStringLiteral("unknown version \"%1\"").arg(event.version.left(80)));
    }
    event.clauses = readRefs(node, u"clauses", RefKind::Clause, Need::Optional);
    event.span = {node.begin, node.end(), node.line};
    if (!event.id.isEmpty() && event.date.isValid())
        m_dataset->events.append(std::move(event));
}

void DatasetReader::readAmounts(const JsonNode &eventNode, Event &event)
{
    const JsonNode *list = field(eventNode, u"amounts", JsonNode::Type::Array, Need::Optional);
    if (!list)
        return;
    forEachItem(*list, JsonNode::Type::Object, [&](const JsonNode &node) {
        warnUnknownFields(node, {u"value", u"unit", u"qualifier", u"label"});
        Amount amount;
        const std::optional<double> value = readNumber(node, u"value", Need::Required);
        if (value)
            amount.value = *value;
        const auto unit = readEnum(node, u"unit", Need::Required, AmountUnits, u"unit");
        amount.unit = unit.value_or(Amount::Unit::USD);
        amount.qualifier = readEnum(node, u"qualifier", Need::Optional, AmountQualifiers, u"qualifier")
                               .value_or(Amount::Qualifier::Exact);
        amount.label = readText(node, u"label", Need::Optional);
        if (value && unit)
            event.amounts.append(std::move(amount));
    });
}

void DatasetReader::readOpenQuestion(const JsonNode &node)
{
    warnUnknownFields(node, {u"id", u"kind", u"title", u"summary", u"claims", u"clauses", u"events", u"sources"});
    OpenQuestion question;
    question.id = readUniqueId(node, m_questionIds, QStringLiteral("open question"));
    const auto kind = readEnum(node, u"kind", Need::Required, QuestionKinds, u"kind");
    question.kind = kind.value_or(OpenQuestion::Kind::Unknown);
    question.title = readText(node, u"title", Need::Required);
    question.summary = readText(node, u"summary", Need::Optional);
    const JsonNode *claims = field(node, u"claims", JsonNode::Type::Array, Need::Optional);
    if (claims) {
        forEachItem(*claims, JsonNode::Type::Object, [&](const JsonNode &claimNode) {
            warnUnknownFields(claimNode, {u"text", u"confidence", u"sources"});
            Claim claim;
            claim.text = readText(claimNode, u"text", Need::Required);
            const std::optional<Confidence> confidence = readConfidence(claimNode, Need::Required);
            claim.confidence = confidence.value_or(Confidence());
            claim.sources = readRefs(claimNode, u"sources", RefKind::Source, Need::Optional);
            checkSourced(claimNode, confidence, claim.sources);
            question.claims.append(std::move(claim));
        });
    }
    if (kind == OpenQuestion::Kind::Conflict && question.claims.size() < 2) {
        const QString message = QStringLiteral("a conflict needs at least two claims, found %1")
                                    .arg(claims ? qsizetype(claims->items().size()) : 0);
        if (claims)
            error(*claims, message);
        else
            error(node, u"claims", message);
    }
    question.clauses = readRefs(node, u"clauses", RefKind::Clause, Need::Optional);
    question.events = readRefs(node, u"events", RefKind::Event, Need::Optional);
    question.sources = readRefs(node, u"sources", RefKind::Source, Need::Optional);
    if (!question.id.isEmpty())
        m_dataset->openQuestions.append(std::move(question));
}

} // namespace Dealscope
