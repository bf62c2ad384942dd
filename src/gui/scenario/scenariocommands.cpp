// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenariocommands.h"

#include <utility>

namespace Dealscope {

ScenarioChangeCommand::ScenarioChangeCommand(StepName name, State before, State after, Apply apply, quint64 mergeKey)
    : QUndoCommand(name())
    , m_name(std::move(name))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_apply(std::move(apply))
    , m_mergeKey(mergeKey)
{ }

void ScenarioChangeCommand::undo()
{
    m_apply(m_before);
}

void ScenarioChangeCommand::redo()
{
    m_apply(m_after);
}

bool ScenarioChangeCommand::mergeWith(const QUndoCommand *other)
{
    if (other->id() != id())
        return false;
    const auto *next = static_cast<const ScenarioChangeCommand *>(other);
    if (m_mergeKey == 0 || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    // A drag that ends where it started changes nothing: drop it from the stack.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace Dealscope
