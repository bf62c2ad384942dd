// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelineendtext.h"

#include <QDate>

namespace Dealscope {

namespace {

using EndKind = AgreementModel::EndKind;

const QString DateFormat = QStringLiteral("d MMM yyyy");

} // namespace

QString TimelineEndText::explanation(const QModelIndex &index, const QLocale &locale)
{
    const QStringList milestones = index.data(AgreementModel::PendingMilestonesRole).toStringList();
    const QString milestone = milestones.isEmpty() ? tr("an unresolved milestone") : milestones.join(tr(" or "));
    const QDate end = index.data(AgreementModel::EndDateRole).toDate();
    switch (EndKind(index.data(AgreementModel::EndKindRole).toInt())) {
    case EndKind::None:
        return tr("No end stated: runs on indefinitely.");
    case EndKind::Definite:
        return end.isValid() ? tr("Ends %1.").arg(locale.toString(end, DateFormat)) : QString();
    case EndKind::Milestone:
        return tr("Ends at the milestone \"%1\"; no date is known.").arg(milestone);
    case EndKind::MilestoneOrDate:
        return tr("Ends at the earlier of \"%1\" and %2.").arg(milestone, locale.toString(end, DateFormat));
    }
    return {};
}

QString TimelineEndText::toolTip(const QModelIndex &index, const QLocale &locale)
{
    if (!index.isValid())
        return {};
    const bool isEvent
        = AgreementModel::NodeKind(index.data(AgreementModel::NodeKindRole).toInt()) == AgreementModel::NodeKind::Event;
    QStringList lines;
    if (const QString modelText = index.data(Qt::ToolTipRole).toString(); !modelText.isEmpty()) {
        lines.append(modelText);
    } else {
        lines.append(index.data(Qt::DisplayRole).toString());
        if (const QDate start = index.data(AgreementModel::StartDateRole).toDate(); start.isValid())
            lines.append((isEvent ? tr("Date: %1") : tr("From %1")).arg(locale.toString(start, DateFormat)));
        if (const QString confidence = index.data(AgreementModel::ConfidenceRole).toString(); !confidence.isEmpty())
            lines.append(tr("Confidence: %1").arg(confidence));
    }
    if (!isEvent) {
        if (const QString end = explanation(index, locale); !end.isEmpty())
            lines.append(end);
    }
    return lines.join(u'\n');
}

QString TimelineEndText::endNote(AgreementModel::EndKind kind, const QStringList &milestones)
{
    const QString names = milestones.isEmpty() ? tr("a milestone") : milestones.join(tr(" or "));
    return kind == EndKind::Milestone ? tr("until %1 · date unknown").arg(names) : tr("or sooner, at %1").arg(names);
}

} // namespace Dealscope
