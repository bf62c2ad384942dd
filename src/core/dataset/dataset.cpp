// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/dataset.h"

namespace Dealscope {

TermEnd TermEnd::onDate(const PartialDate &date)
{
    TermEnd end;
    end.kind = Kind::Date;
    end.date = date;
    return end;
}

TermEnd TermEnd::atMilestone(const QString &milestone)
{
    TermEnd end;
    end.kind = Kind::Milestone;
    end.milestone = milestone;
    return end;
}

TermEnd TermEnd::earliestOf(std::vector<TermEnd> ends)
{
    TermEnd end;
    end.kind = Kind::EarliestOf;
    end.alternatives = std::move(ends);
    return end;
}

namespace {

template<typename T> QHash<QString, qsizetype> indexById(const QList<T> &list)
{
    QHash<QString, qsizetype> index;
    index.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        index.insert(list.at(i).id, i);
    return index;
}

} // namespace

void Dataset::buildIndex()
{
    m_sourceIndex = indexById(sources);
    m_milestoneIndex = indexById(milestones);
    m_versionIndex = indexById(versions);
    m_categoryIndex = indexById(categories);
    m_clauseIndex = indexById(clauses);
    m_eventIndex = indexById(events);
    m_glossaryIndex = indexById(glossary);
}

QList<const Clause *> Dataset::childClauses(const QString &categoryId, const QString &parentId) const
{
    QList<const Clause *> children;
    for (const Clause &clause : clauses) {
        if (clause.category == categoryId && clause.parent == parentId)
            children.append(&clause);
    }
    return children;
}

QList<const OpenQuestion *> Dataset::openQuestionsForClause(const QString &clauseId) const
{
    QList<const OpenQuestion *> result;
    for (const OpenQuestion &question : openQuestions) {
        if (question.clauses.contains(clauseId))
            result.append(&question);
    }
    return result;
}

} // namespace Dealscope
