// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportinputs.h"

#include <QCoreApplication>

namespace Dealscope {

/// The report's "Open questions" section: every open question of the dataset, with the competing claims
/// of each conflict, their confidence and sources, and the clauses it touches.
class ReportQuestions
{
    Q_DECLARE_TR_FUNCTIONS(Dealscope::ReportQuestions)

public:
    /// The section as HTML; empty when the dataset has no open question.
    static QString html(const ExportInputs &inputs);
};

} // namespace Dealscope
