// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/dataset.h"

#include <QCoreApplication>

namespace Dealscope {

/// An open question as escaped HTML, for the open questions view and the report: its title, kind and
/// summary, each claim with its confidence code and sources, and the clauses it touches as "clause:"
/// links. Dataset text is untrusted: all of it is escaped; the only other links are the sources' https URLs.
class OpenQuestionsHtml
{
    Q_DECLARE_TR_FUNCTIONS(Dealscope::OpenQuestionsHtml)

public:
    static QString question(const Dataset &dataset, const OpenQuestion &question, const QString &language);
    /// "Conflicting reports" or "Unknown".
    static QString kindName(OpenQuestion::Kind kind);
};

} // namespace Dealscope
