// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/scenariodocument.h"

#include <QUndoCommand>

#include <functional>

namespace Dealscope {

/// One undoable change of the scenario document: its whole state before and after (a scenario is a regime,
/// a horizon and a small map of overrides, so a snapshot is cheap and undo restores exactly).
///
/// Changes with the same non-zero merge key collapse into one step: the document gives every slider drag
/// its own key, so a drag is one undo step while each keyboard step or spin-box edit stays a step of its own.
class ScenarioChangeCommand : public QUndoCommand
{
public:
    static constexpr int CommandId = 0x5ce1;
    using State = ScenarioDocument::State;
    using Apply = std::function<void(const State &)>;
    using StepName = ScenarioDocument::StepName;

    ScenarioChangeCommand(StepName name, State before, State after, Apply apply, quint64 mergeKey = 0);

    /// Names the step again, in the current language.
    void rename() { setText(m_name()); }
    /// Edits the states before and after the step, leaving what the step does the same (a name in another
    /// language).
    void editStates(const std::function<void(State &)> &edit)
    {
        edit(m_before);
        edit(m_after);
    }

    void undo() override;
    void redo() override;
    int id() const override { return CommandId; }
    bool mergeWith(const QUndoCommand *other) override;

    const State &before() const { return m_before; }
    const State &after() const { return m_after; }

private:
    StepName m_name;
    State m_before;
    State m_after;
    Apply m_apply;
    quint64 m_mergeKey;
};

} // namespace Dealscope
