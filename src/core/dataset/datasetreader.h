// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to DatasetLoader: the reader of a parsed dataset file, split by what it reads.
//   datasetreader.cpp             the top level, the values every entry uses, the cross-checks
//   datasetreadercollections.cpp  sources, milestones, versions, categories
//   datasetreaderclauses.cpp      clauses: terms and histories
//   datasetreaderevents.cpp       events with their amounts, open questions with their claims
//   datasetreaderglossary.cpp     the glossary

#include "dataset/dataset.h"
#include "json/jsonreader.h"

#include <QHash>

#include <memory>
#include <optional>

namespace Dealscope {

/// Reads a dataset (docs/dataset-format.md) from a JsonNode tree into a Dataset, reporting every problem
/// through the JsonReader and going on after each.
class DatasetReader : public JsonReader
{
public:
    using JsonReader::JsonReader;

    /// The dataset, or nullptr when the root is not a Dealscope dataset at all. It is usable only when no
    /// error was reported (errorCount()).
    std::shared_ptr<Dataset> read();

    /// The collections whose ids others refer to.
    enum class RefKind { Source, Milestone, Category, Clause, Event };

private:
    /// A reference to an id of another collection, checked once every collection has been read.
    struct PendingRef
    {
        RefKind kind;
        const JsonNode *node; ///< the string holding the id
    };

    /// Where each id of one collection was first defined, to report duplicates with that position.
    using IdPositions = QHash<QString, const JsonNode *>;

    // ---- values every entry uses (datasetreader.cpp) ---------------------------------------------
    QString readPlainText(const JsonNode &object, QStringView key, Need need);
    bool checkTextLength(const JsonNode &node);
    QString readId(const JsonNode &object, QStringView key = u"id");
    QString readUniqueId(const JsonNode &object, IdPositions &seen, const QString &what);
    LocalizedText readText(const JsonNode &object, QStringView key, Need need);
    /// A text object itself, e.g. an item of an array of texts.
    LocalizedText readTextValue(const JsonNode &node);
    std::optional<Confidence> readConfidence(const JsonNode &object, Need need);
    QDate readDay(const JsonNode &object, QStringView key, Need need);
    PartialDate readPartialDate(const JsonNode &object, QStringView key, Need need);
    QStringList readRefs(const JsonNode &object, QStringView key, RefKind kind, Need need);
    QString readRef(const JsonNode &object, QStringView key, RefKind kind, Need need);
    void checkSourced(const JsonNode &object, const std::optional<Confidence> &confidence, const QStringList &sources);
    template<typename ReadItem> void readList(QStringView key, ReadItem readItem)
    {
        if (const JsonNode *list = field(root(), key, JsonNode::Type::Array, Need::Optional))
            forEachItem(*list, JsonNode::Type::Object, readItem);
    }

    // ---- top level (datasetreader.cpp) -----------------------------------------------------------
    template<typename T> void reserveFor(QStringView key, QList<T> &list, IdPositions &ids);
    void readLanguages();

    // ---- collections (datasetreadercollections.cpp) ----------------------------------------------
    void readSource(const JsonNode &node);
    void readMilestone(const JsonNode &node);
    void readVersion(const JsonNode &node);
    void readCategory(const JsonNode &node);

    // ---- clauses (datasetreaderclauses.cpp) ------------------------------------------------------
    void readClause(const JsonNode &node);
    std::optional<Term> readTerm(const JsonNode &object);
    std::optional<TermEnd> readEnd(const JsonNode &node);
    void readHistory(const JsonNode &clauseNode, Clause &clause);

    // ---- events and open questions (datasetreaderevents.cpp) -------------------------------------
    void readEvent(const JsonNode &node);
    void readAmounts(const JsonNode &eventNode, Event &event);
    void readOpenQuestion(const JsonNode &node);

    // ---- glossary (datasetreaderglossary.cpp) ----------------------------------------------------
    void readGlossaryEntry(const JsonNode &node);
    void checkTermIsNew(const JsonNode &text, const QString &entryId);

    // ---- cross-checks (datasetreader.cpp) --------------------------------------------------------
    bool exists(RefKind kind, const QString &id) const;
    void resolveReferences();
    void checkClauseTree();

    Dataset *m_dataset = nullptr;
    QList<PendingRef> m_refs;
    IdPositions m_sourceIds, m_milestoneIds, m_versionIds, m_categoryIds, m_clauseIds, m_eventIds, m_questionIds,
        m_glossaryIds;
    /// Each term and alias, case-folded per language, and the entry that defines it: one name, one meaning.
    QHash<QString, QString> m_glossaryTerms;
    QHash<QDate, QString> m_versionDates;
    QHash<QString, const JsonNode *> m_clauseNodes; ///< each clause's object, for messages about its parent
};

} // namespace Dealscope
