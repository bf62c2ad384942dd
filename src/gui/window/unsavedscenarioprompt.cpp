// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/unsavedscenarioprompt.h"

#include "scenario/scenariodocument.h"
#include "scenario/scenariofiles.h"

#include <QMessageBox>

namespace Dealscope {

bool UnsavedScenarioPrompt::mayClose(QWidget *parent, const ScenarioDocument *document, ScenarioFiles *files)
{
    if (!document->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Scenario"),
                    tr("The scenario has changes that are not saved to a file."),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("unsavedScenarioDialog"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Save them before closing? Discarded changes cannot be recovered."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return files->chooseFileToSave();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

} // namespace Dealscope
