// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/agreementmodel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QModelIndex>
#include <QString>
#include <QStringList>

namespace Dealscope {

/// The timeline's words for how a term ends, and the tooltips that carry them. The texts keep the
/// translation context of TimelineView, which shows them.
class TimelineEndText
{
    Q_DECLARE_TR_FUNCTIONS(Dealscope::TimelineView)

public:
    /// A sentence on how the clause at @p index ends, or an empty string when there is nothing to say.
    static QString explanation(const QModelIndex &index, const QLocale &locale);
    /// The tooltip of @p index: the model's own tooltip (or title, dates and confidence), then how it ends.
    static QString toolTip(const QModelIndex &index, const QLocale &locale);
    /// The short note drawn after a bar whose end waits for @p milestones ("until AGI · date unknown").
    static QString endNote(AgreementModel::EndKind kind, const QStringList &milestones);
};

} // namespace Dealscope
