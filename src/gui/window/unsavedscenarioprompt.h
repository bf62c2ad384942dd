// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QWidget;

namespace Dealscope {

class ScenarioDocument;
class ScenarioFiles;

/// The question a close asks when the scenario has edits in no file: they would be gone after a clean
/// close, since the autosave is only for crashes.
class UnsavedScenarioPrompt
{
    Q_DECLARE_TR_FUNCTIONS(Dealscope::UnsavedScenarioPrompt)

public:
    /// Offers to save @p document's unsaved edits through @p files' Save As. True when closing may go on
    /// (nothing unsaved, saved, or discarded); false when the user cancels or the save does not happen.
    static bool mayClose(QWidget *parent, const ScenarioDocument *document, ScenarioFiles *files);
};

} // namespace Dealscope
