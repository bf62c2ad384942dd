// SPDX-License-Identifier: GPL-3.0-or-later
// The dataset reader: the top level, the values every entry uses, and the checks across collections.
#include "dataset/datasetreader.h"

#include "dataset/datasetloader.h"

#include <QRegularExpression>

#include <algorithm>

namespace Dealscope {

namespace {

constexpr JsonFormat DatasetFormat {u"dealscope-dataset", 1, JsonReader::sixDigitNumber};

QString unknownLanguage(const QString &code)
{
    return QStringLiteral("unknown language \"%1\" (expected one of: %2)")
        .arg(code.left(80), supportedLanguages().join(QStringLiteral(", ")));
}

QString refKindName(DatasetReader::RefKind kind)
{
    switch (kind) {
    case DatasetReader::RefKind::Source:
        return QStringLiteral("source");
    case DatasetReader::RefKind::Milestone:
        return QStringLiteral("milestone");
    case DatasetReader::RefKind::Category:
        return QStringLiteral("category");
    case DatasetReader::RefKind::Clause:
        return QStringLiteral("clause");
    case DatasetReader::RefKind::Event:
        return QStringLiteral("event");
    }
    return {};
}

} // namespace

std::shared_ptr<Dataset> DatasetReader::read()
{
    const JsonNode &root = this->root();
    if (!expectType(root, JsonNode::Type::Object))
        return nullptr;
    warnUnknownFields(root,
                      {u"format", u"formatVersion", u"id", u"title", u"description", u"languages", u"factsCheckedOn",
                       u"coverageNote", u"sources", u"milestones", u"versions", u"categories", u"clauses", u"events",
                       u"openQuestions", u"glossary"});
    if (!checkFormat(DatasetFormat))
        return nullptr; // not a Dealscope dataset: further messages would only be noise

    auto dataset = std::make_shared<Dataset>();
    m_dataset = dataset.get();
    reserveFor(u"clauses", m_dataset->clauses, m_clauseIds);
    reserveFor(u"events", m_dataset->events, m_eventIds);
    readLanguages();
    m_dataset->id = readId(root);
    m_dataset->title = readText(root, u"title", Need::Required);
    m_dataset->description = readText(root, u"description", Need::Optional);
    m_dataset->factsCheckedOn = readDay(root, u"factsCheckedOn", Need::Required);
    m_dataset->coverageNote = readText(root, u"coverageNote", Need::Optional);

    readList(u"sources", [this](const JsonNode &node) { readSource(node); });
    readList(u"milestones", [this](const JsonNode &node) { readMilestone(node); });
    readList(u"versions", [this](const JsonNode &node) { readVersion(node); });
    std::stable_sort(m_dataset->versions.begin(), m_dataset->versions.end(),
                     [](const Version &a, const Version &b) { return a.date < b.date; });
    m_dataset->buildIndex(); // histories below look versions up by id
    readList(u"categories", [this](const JsonNode &node) { readCategory(node); });
    readList(u"clauses", [this](const JsonNode &node) { readClause(node); });
    readList(u"events", [this](const JsonNode &node) { readEvent(node); });
    readList(u"openQuestions", [this](const JsonNode &node) { readOpenQuestion(node); });
    readList(u"glossary", [this](const JsonNode &node) { readGlossaryEntry(node); });
    m_dataset->buildIndex();

    resolveReferences();
    checkClauseTree();
    return dataset;
}

/// Sizes @p list and @p ids for the array @p key of the root, so that a large dataset grows them in one step.
/// Only objects with an id can become entries: counting those, a file of empty objects reserves nothing.
template<typename T> void DatasetReader::reserveFor(QStringView key, QList<T> &list, IdPositions &ids)
{
    const JsonNode *array = root().member(key);
    if (!array || !array->isArray())
        return;
    qsizetype entries = 0;
    for (const JsonNode &item : array->items())
        entries += qsizetype(item.isObject() && item.member(u"id"));
    list.reserve(entries);
    ids.reserve(entries);
}

void DatasetReader::readLanguages()
{
    const JsonNode *list = field(root(), u"languages", JsonNode::Type::Array, Need::Optional);
    if (!list)
        return;
    QStringList languages;
    forEachItem(*list, JsonNode::Type::String, [&](const JsonNode &item) {
        if (!isSupportedLanguage(item.string()))
            error(item, unknownLanguage(item.string()));
        else if (!languages.contains(item.string()))
            languages.append(item.string());
    });
    if (!languages.contains(QStringLiteral("en")))
        error(*list, QStringLiteral("must include \"en\""));
    languages.removeAll(QStringLiteral("en")); // English is required anyway; only the others are checked
    m_dataset->languages = languages;
}

// ---- values every entry uses ---------------------------------------------------------------------

QString DatasetReader::readPlainText(const JsonNode &object, QStringView key, Need need)
{
    const JsonNode *node = field(object, key, JsonNode::Type::String, need);
    if (!node || !checkNotBlank(*node) || !checkTextLength(*node))
        return {};
    return node->string();
}

bool DatasetReader::checkTextLength(const JsonNode &node)
{
    return checkLength(node, DatasetLoader::MaxTextLength);
}

QString DatasetReader::readId(const JsonNode &object, QStringView key)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    const JsonNode *node = field(object, key, JsonNode::Type::String, Need::Required);
    if (!node)
        return {};
    if (!pattern.match(node->string()).hasMatch()) {
        error(*node,
              QStringLiteral("invalid id \"%1\" (use 1 to 64 letters, digits, '.', '_' or '-', starting with a "
                             "letter or digit)")
                  .arg(node->string().left(80)));
        return {};
    }
    return node->string();
}

QString DatasetReader::readUniqueId(const JsonNode &object, IdPositions &seen, const QString &what)
{
    const QString id = readId(object);
    if (id.isEmpty())
        return {};
    const JsonNode *idNode = object.member(u"id");
    if (const JsonNode *first = seen.value(id)) {
        error(*idNode,
              QStringLiteral("duplicate %1 id \"%2\" (first defined at line %3)").arg(what, id).arg(first->line));
        return {};
    }
    seen.insert(id, idNode);
    return id;
}

LocalizedText DatasetReader::readText(const JsonNode &object, QStringView key, Need need)
{
    const JsonNode *node = field(object, key, JsonNode::Type::Object, need);
    return node ? readTextValue(*node) : LocalizedText();
}

LocalizedText DatasetReader::readTextValue(const JsonNode &node)
{
    LocalizedText text;
    text.reserve(qsizetype(node.members().size()));
    for (const JsonMember &member : node.members()) {
        if (!isSupportedLanguage(member.key)) {
            error(member.value, unknownLanguage(member.key));
            continue;
        }
        if (expectType(member.value, JsonNode::Type::String) && checkNotBlank(member.value)
            && checkTextLength(member.value))
            text.set(member.key, member.value.string());
    }
    if (!node.member(u"en")) {
        error(node, QStringLiteral("text has no English (\"en\") version"));
        return text;
    }
    for (const QString &language : std::as_const(m_dataset->languages)) {
        if (!node.member(language))
            warning(node, QStringLiteral("text has no \"%1\" version (English is shown instead)").arg(language));
    }
    return text;
}

std::optional<Confidence> DatasetReader::readConfidence(const JsonNode &object, Need need)
{
    return readParsed(object, u"confidence", need, Confidence::parse, u"confidence",
                      u"expected A, B, C, X or a range such as A/B");
}

QDate DatasetReader::readDay(const JsonNode &object, QStringView key, Need need)
{
    return readParsed(object, key, need, PartialDate::parseDay, u"date", u"expected a calendar day as YYYY-MM-DD")
        .value_or(QDate());
}

PartialDate DatasetReader::readPartialDate(const JsonNode &object, QStringView key, Need need)
{
    return readParsed(object, key, need, PartialDate::parse, u"date", u"expected YYYY, YYYY-MM or YYYY-MM-DD")
        .value_or(PartialDate());
}

QStringList DatasetReader::readRefs(const JsonNode &object, QStringView key, RefKind kind, Need need)
{
    const JsonNode *node = field(object, key, JsonNode::Type::Array, need);
    if (!node)
        return {};
    if (need == Need::Required && node->items().empty())
        error(*node, QStringLiteral("must not be empty"));
    QStringList ids;
    forEachItem(*node, JsonNode::Type::String, [&](const JsonNode &item) {
        m_refs.append({kind, &item}); // checked once every collection has been read
        ids.append(item.string());
    });
    return ids;
}

QString DatasetReader::readRef(const JsonNode &object, QStringView key, RefKind kind, Need need)
{
    const JsonNode *node = field(object, key, JsonNode::Type::String, need);
    if (!node)
        return {};
    m_refs.append({kind, node});
    return node->string();
}

/// A statement with confidence A, B or C must name what supports it; without a source it can only be X.
/// Clauses and events require sources anyway (an error when missing), so this matters for milestones,
/// versions and the claims of open questions, whose sources are optional for X statements.
void DatasetReader::checkSourced(const JsonNode &object, const std::optional<Confidence> &confidence,
                                 const QStringList &sources)
{
    if (!confidence || confidence->isUnverified() || !sources.isEmpty())
        return;
    warning(*object.member(u"confidence"),
            QStringLiteral("confidence %1 but no source; a statement without a source is X").arg(confidence->code()));
}

// ---- cross-checks --------------------------------------------------------------------------------

bool DatasetReader::exists(RefKind kind, const QString &id) const
{
    switch (kind) {
    case RefKind::Source:
        return m_sourceIds.contains(id);
    case RefKind::Milestone:
        return m_milestoneIds.contains(id);
    case RefKind::Category:
        return m_categoryIds.contains(id);
    case RefKind::Clause:
        return m_clauseIds.contains(id);
    case RefKind::Event:
        return m_eventIds.contains(id);
    }
    return false;
}

void DatasetReader::resolveReferences()
{
    for (const PendingRef &ref : std::as_const(m_refs)) {
        if (!exists(ref.kind, ref.node->string()))
            error(*ref.node,
                  QStringLiteral("unknown %1 \"%2\"").arg(refKindName(ref.kind), ref.node->string().left(80)));
    }
}

/// Parents must exist in the same category and never lead back to the clause itself.
void DatasetReader::checkClauseTree()
{
    QHash<QString, int> state; // absent: unvisited, 1: on the current chain, 2: done
    for (const Clause &clause : std::as_const(m_dataset->clauses)) {
        QStringList chain;
        QString id = clause.id;
        while (!id.isEmpty() && !state.contains(id)) {
            const Clause *current = m_dataset->clause(id);
            if (!current)
                break; // unknown parent: reported with the references
            state.insert(id, 1);
            chain.append(id);
            if (!current->parent.isEmpty()) {
                const Clause *parent = m_dataset->clause(current->parent);
                if (parent && parent->category != current->category) {
                    error(*m_clauseNodes.value(current->id)->member(u"parent"),
                          QStringLiteral("parent clause \"%1\" is in category \"%2\", not \"%3\"")
                              .arg(parent->id, parent->category, current->category));
                }
            }
            id = current->parent;
        }
        if (!id.isEmpty() && state.value(id) == 1) {
            // The chain ran into itself: the cycle starts at the first occurrence of `id`.
            const QStringList cycle = chain.mid(chain.indexOf(id));
            error(*m_clauseNodes.value(cycle.last())->member(u"parent"),
                  QStringLiteral("parent chain forms a cycle: %1 → %2")
                      .arg(cycle.join(QStringLiteral(" → ")), cycle.first()));
        }
        for (const QString &visited : std::as_const(chain))
            state.insert(visited, 2);
    }
}

} // namespace Dealscope
