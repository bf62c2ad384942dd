// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/agreementstate.h"
#include "timeline/timelinestyle.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Dealscope {

/// One symbol the clause tree or the timeline draws, named by the enum value it is drawn for.
struct LegendSymbol
{
    enum class Kind {
        ChangeBadge, ///< the tree's change column; value: ChangeKind
        StatusBadge, ///< the tree's status column; value: ClauseStatus
        LaterBadge, ///< the tree's status column for an event after the version shown
        ConfidenceBadge, ///< the tree's confidence column; text: the code
        BarStatus, ///< a timeline bar by its clause's status; value: ClauseStatus
        BarEnd, ///< a timeline bar by how its end is known; value: AgreementModel::EndKind
        ComparedTerm, ///< compare mode's outline of the other version's term
        ChangeIcon, ///< the timeline's change icon; value: ChangeKind
        EventMarker, ///< an event's marker; value: an Event::Kind of the shape
        ImpreciseDate, ///< an event known only to the month or year; value: an Event::Kind
        TodayRule,
        VersionRule, ///< value: 1 for the version shown, 0 for the others
    };

    Kind kind = Kind::ChangeBadge;
    int value = 0;
    QString text; ///< what a badge says
};

struct LegendEntry
{
    LegendSymbol symbol;
    QString label;
    QString meaning;
};

struct LegendSection
{
    QString title;
    QString intro;
    QList<LegendEntry> entries;
};

/// Every symbol of the clause tree and the timeline with what it means, in the interface language. The
/// entries are walked from the enums the views draw from, so a new status, change or event kind gets its
/// entry without a list to keep in step.
class LegendCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Dealscope::LegendView)

public:
    static QList<LegendSection> sections();

private:
    static LegendSection treeSection();
    static LegendSection barSection();
    static LegendSection changeIconSection();
    static LegendSection eventSection();
    static LegendSection ruleSection();
    static QString changeMeaning(ChangeKind change);
    static QString statusMeaning(ClauseStatus status);
    static QString shapeLabel(MarkerShape shape);
    static QString shapeMeaning(MarkerShape shape);
};

} // namespace Dealscope
