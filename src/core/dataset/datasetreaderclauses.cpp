// SPDX-License-Identifier: GPL-3.0-or-later
// The dataset reader: clauses, with their terms and histories.
#include "dataset/datasetreader.h"

namespace Dealscope {

namespace {

constexpr std::array ChangeKinds = {
    JsonName<ChangeKind> {u"introduced", ChangeKind::Introduced},
    JsonName<ChangeKind> {u"unchanged", ChangeKind::Unchanged},
    JsonName<ChangeKind> {u"amended", ChangeKind::Amended},
    JsonName<ChangeKind> {u"ended", ChangeKind::Ended},
    JsonName<ChangeKind> {u"notRestated", ChangeKind::NotRestated},
};

constexpr std::array Layers = {
    JsonName<Layer> {u"iaas", Layer::IaaS},     JsonName<Layer> {u"paas", Layer::PaaS},
    JsonName<Layer> {u"saas", Layer::SaaS},     JsonName<Layer> {u"revenueShare", Layer::RevenueShare},
    JsonName<Layer> {u"equity", Layer::Equity},
};

} // namespace

void DatasetReader::readClause(const JsonNode &node)
{
    warnUnknownFields(node,
                      {u"id", u"category", u"parent", u"title", u"summary", u"confidence", u"sources", u"layers",
                       u"term", u"history", u"notes"});
    Clause clause;
    clause.id = readUniqueId(node, m_clauseIds, QStringLiteral("clause"));
    clause.category = readRef(node, u"category", RefKind::Category, Need::Required);
    clause.parent = readRef(node, u"parent", RefKind::Clause, Need::Optional);
    clause.title = readText(node, u"title", Need::Required);
    clause.summary = readText(node, u"summary", Need::Required);
    clause.confidence = readConfidence(node, Need::Required).value_or(Confidence());
    clause.sources = readRefs(node, u"sources", RefKind::Source, Need::Required);
    if (const JsonNode *layers = field(node, u"layers", JsonNode::Type::Array, Need::Optional)) {
        forEachItem(*layers, JsonNode::Type::String, [&](const JsonNode &item) {
            if (const auto layer = enumValue(item, Layers, u"layer"))
                clause.layers.append(*layer);
        });
    }
    if (auto term = readTerm(node))
        clause.term = std::move(*term);
    readHistory(node, clause);
    clause.notes = readText(node, u"notes", Need::Optional);
    clause.span = {node.begin, node.end(), node.line};
    if (!clause.id.isEmpty()) {
        m_clauseNodes.insert(clause.id, &node);
        m_dataset->clauses.append(std::move(clause));
    }
}

std::optional<Term> DatasetReader::readTerm(const JsonNode &object)
{
    const JsonNode *node = field(object, u"term", JsonNode::Type::Object, Need::Optional);
    if (!node)
        return std::nullopt;
    warnUnknownFields(*node, {u"start", u"end"});
    Term term;
    term.start = readPartialDate(*node, u"start", Need::Optional);
    if (const JsonNode *end = node->member(u"end")) {
        if (auto parsed = readEnd(*end))
            term.end = std::move(*parsed);
    }
    return term;
}

std::optional<TermEnd> DatasetReader::readEnd(const JsonNode &node)
{
    if (!expectType(node, JsonNode::Type::Object))
        return std::nullopt;
    warnUnknownFields(node, {u"date", u"milestone", u"earliestOf"});
    const int forms = int(node.member(u"date") != nullptr) + int(node.member(u"milestone") != nullptr)
        + int(node.member(u"earliestOf") != nullptr);
    if (forms != 1) {
        error(node, QStringLiteral("an end needs exactly one of \"date\", \"milestone\" or \"earliestOf\""));
        return std::nullopt;
    }
    if (node.member(u"date")) {
        const PartialDate date = readPartialDate(node, u"date", Need::Required);
        return date.isValid() ? std::optional(TermEnd::onDate(date)) : std::nullopt;
    }
    if (node.member(u"milestone")) {
        const QString milestone = readRef(node, u"milestone", RefKind::Milestone, Need::Required);
        return milestone.isEmpty() ? std::nullopt : std::optional(TermEnd::atMilestone(milestone));
    }
    const JsonNode *list = field(node, u"earliestOf", JsonNode::Type::Array, Need::Required);
    if (!list)
        return std::nullopt;
    if (list->items().size() < 2) {
        error(*list, QStringLiteral("needs at least two ends, found %1").arg(list->items().size()));
        return std::nullopt;
    }
    std::vector<TermEnd> ends;
    for (const JsonNode &item : list->items()) {
        if (auto end = readEnd(item))
            ends.push_back(std::move(*end));
    }
    if (ends.size() != list->items().size())
        return std::nullopt;
    return TermEnd::earliestOf(std::move(ends));
}

void DatasetReader::readHistory(const JsonNode &clauseNode, Clause &clause)
{
    const JsonNode *list = field(clauseNode, u"history", JsonNode::Type::Array, Need::Required);
    if (!list)
        return;
    if (list->items().empty()) {
        error(*list, QStringLiteral("must not be empty"));
        return;
    }
    clause.history.reserve(qsizetype(list->items().size())); // most clauses keep it for good: no spare room
    const Version *previousVersion = nullptr;
    std::optional<ChangeKind> previousChange;
    forEachItem(*list, JsonNode::Type::Object, [&](const JsonNode &node) {
        warnUnknownFields(node,
                          {u"version", u"change", u"text", u"term", u"confidence", u"sources", u"related", u"note"});
        HistoryEntry entry;
        const Version *version = nullptr;
        if (const JsonNode *versionNode = field(node, u"version", JsonNode::Type::String, Need::Required)) {
            entry.version = versionNode->string();
            version = m_dataset->version(entry.version);
            if (!version) {
                error(*versionNode, QStringLiteral("unknown version \"%1\"").arg(entry.version.left(80)));
            } else if (previousVersion && previousVersion->id == version->id) {
                error(*versionNode,
                      QStringLiteral("version \"%1\" already has an entry in this history").arg(version->id));
            } else if (previousVersion && version->date < previousVersion->date) {
                error(*versionNode,
                      QStringLiteral("version \"%1\" (%2) comes before the previous entry's version \"%3\" (%4); "
                                     "entries must follow the versions' date order")
                          .arg(version->id, version->date.toString(Qt::ISODate), previousVersion->id,
                               previousVersion->date.toString(Qt::ISODate)));
            }
        }
        const auto change = readEnum(node, u"change", Need::Required, ChangeKinds, u"change");
        if (change) {
            entry.change = *change;
            const JsonNode &changeNode = *node.member(u"change");
            if (!previousChange && *change != ChangeKind::Introduced)
                error(changeNode,
                      QStringLiteral("the first entry must be \"introduced\", not \"%1\"").arg(changeNode.string()));
            else if (previousChange == ChangeKind::Ended && *change != ChangeKind::Introduced)
                error(changeNode,
                      QStringLiteral("only \"introduced\" may follow \"ended\", not \"%1\"").arg(changeNode.string()));
            previousChange = *change;
        }
        if (change == ChangeKind::Amended && !node.member(u"text"))
            error(node, u"text", QStringLiteral("missing required field (an \"amended\" entry gives the new wording)"));
        entry.text = readText(node, u"text", Need::Optional);
        entry.term = readTerm(node);
        entry.confidence = readConfidence(node, Need::Optional);
        entry.sources = readRefs(node, u"sources", RefKind::Source, Need::Optional);
        entry.related = readRefs(node, u"related", RefKind::Clause, Need::Optional);
        entry.note = readText(node, u"note", Need::Optional);
        if (version)
            previousVersion = version;
        clause.history.append(std::move(entry));
    });
}

} // namespace Dealscope
