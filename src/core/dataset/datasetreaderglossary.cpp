// SPDX-License-Identifier: GPL-3.0-or-later
// The dataset reader: the glossary.
#include "dataset/datasetreader.h"

namespace Dealscope {

void DatasetReader::readGlossaryEntry(const JsonNode &node)
{
    warnUnknownFields(node, {u"id", u"term", u"definition", u"aliases", u"sources"});
    GlossaryEntry entry;
    entry.id = readUniqueId(node, m_glossaryIds, QStringLiteral("glossary entry"));
    entry.term = readText(node, u"term", Need::Required);
    if (const JsonNode *term = node.member(u"term"); term && term->isObject())
        checkTermIsNew(*term, entry.id);
    entry.definition = readText(node, u"definition", Need::Required);
    if (const JsonNode *aliases = field(node, u"aliases", JsonNode::Type::Array, Need::Optional)) {
        forEachItem(*aliases, JsonNode::Type::Object, [&](const JsonNode &alias) {
            entry.aliases.append(readTextValue(alias));
            checkTermIsNew(alias, entry.id);
        });
    }
    entry.sources = readRefs(node, u"sources", RefKind::Source, Need::Optional);
    if (!entry.id.isEmpty())
        m_dataset->glossary.append(std::move(entry));
}

/// A name may stand for one entry only, or a view could not tell which definition to show. Names compare
/// per language and case-insensitively, as the views match them in texts.
void DatasetReader::checkTermIsNew(const JsonNode &text, const QString &entryId)
{
    if (entryId.isEmpty())
        return; // an entry without a valid id is reported already and not kept
    for (const JsonMember &member : text.members()) {
        if (!member.value.isString() || !isSupportedLanguage(member.key))
            continue; // reported by readTextValue()
        const QString name = member.value.string().simplified();
        if (name.isEmpty())
            continue;
        const QString key = member.key + u'\n' + name.toCaseFolded();
        const auto it = m_glossaryTerms.constFind(key);
        if (it == m_glossaryTerms.constEnd()) {
            m_glossaryTerms.insert(key, entryId);
        } else if (*it != entryId) {
            error(member.value, QStringLiteral("\"%1\" already names glossary entry \"%2\"").arg(name.left(80), *it));
        }
    }
}

} // namespace Dealscope
