// SPDX-License-Identifier: GPL-3.0-or-later
#include "legend/legendcatalog.h"

#include "agreement/agreementmodel.h"
#include "explorer/detailsformatter.h"
#include "timeline/timelineglyphs.h"
#include "timeline/timelinestyle.h"

#include <QMetaEnum>

namespace Dealscope {

namespace {

using Kind = LegendSymbol::Kind;

/// Every value of an enum the core names, walked until the naming function has no name: statusName() and
/// changeName() return an empty string past the last value.
template<typename Enum> QList<Enum> namedValues(QString (*name)(Enum))
{
    QList<Enum> values;
    for (int value = 0; !name(Enum(value)).isEmpty(); ++value)
        values.append(Enum(value));
    return values;
}

/// The confidence codes Confidence::parse() accepts: the single levels, then the ranges.
QList<Confidence> confidenceCodes(bool ranges)
{
    QList<Confidence> codes;
    for (char16_t best = u'A'; best <= u'Z'; ++best) {
        for (char16_t worst = u'A'; worst <= u'Z'; ++worst) {
            const QString code = ranges ? QString(QChar(best)) + u'/' + QChar(worst) : QString(QChar(best));
            if (const auto confidence = Confidence::parse(code))
                codes.append(*confidence);
            if (!ranges)
                break;
        }
    }
    return codes;
}

} // namespace

QList<LegendSection> LegendCatalog::sections()
{
    return {treeSection(), barSection(), changeIconSection(), eventSection(), ruleSection()};
}

QString LegendCatalog::changeMeaning(ChangeKind change)
{
    switch (change) {
    case ChangeKind::Introduced:
        return tr("The version shown brought this clause in.");
    case ChangeKind::Unchanged:
        return tr("The version shown confirmed the clause as it was.");
    case ChangeKind::Amended:
        return tr("The version shown changed the clause's wording or term.");
    case ChangeKind::Ended:
        return tr("The version shown ended the clause.");
    case ChangeKind::NotRestated:
        return tr("The version shown did not mention the clause: it may still apply, but nobody has confirmed it.");
    }
    return {};
}

QString LegendCatalog::statusMeaning(ClauseStatus status)
{
    switch (status) {
    case ClauseStatus::NotYetInForce:
        return tr("Agreed, but its term starts later; or not yet agreed as of the version shown.");
    case ClauseStatus::InForce:
        return tr("Applies as of the version shown.");
    case ClauseStatus::Unknown:
        return tr("A later version did not mention the clause, so its status is unknown. It is shown as it "
                  "last stood, with a dashed outline.");
    case ClauseStatus::Ended:
        return tr("A version ended the clause.");
    case ClauseStatus::Expired:
        return tr("Its term ran out.");
    }
    return {};
}

LegendSection LegendCatalog::treeSection()
{
    LegendSection section {tr("Badges in the clause tree"),
                           tr("The tree's columns say what the version shown did to each item, where it stands "
                              "and how well its facts are sourced."),
                           {}};
    for (const ChangeKind change : namedValues(&changeName))
        section.entries.append(
            {{Kind::ChangeBadge, int(change), changeName(change)}, changeName(change), changeMeaning(change)});
    for (const ClauseStatus status : namedValues(&statusName))
        section.entries.append(
            {{Kind::StatusBadge, int(status), statusName(status)}, statusName(status), statusMeaning(status)});
    const QString later = timingName(EventTiming::Later);
    section.entries.append({{Kind::LaterBadge, 0, later},
                            later,
                            tr("An event dated after the version shown: it was not yet known then. Its row is "
                               "greyed.")});
    for (const Confidence &confidence : confidenceCodes(false))
        section.entries.append({{Kind::ConfidenceBadge, int(confidence.best()), confidence.code()},
                                confidence.code(),
                                DetailsFormatter::confidenceMeaning(confidence)});
    const QList<Confidence> ranges = confidenceCodes(true);
    if (!ranges.isEmpty()) {
        const Confidence &range = ranges.constFirst();
        section.entries.append({{Kind::ConfidenceBadge, int(range.worst()), range.code()},
                                range.code(),
                                DetailsFormatter::confidenceMeaning(range) + QStringLiteral(". ")
                                    + tr("A range is coloured by its weaker end.")});
    }
    return section;
}

LegendSection LegendCatalog::barSection()
{
    LegendSection section {tr("Bars on the timeline"),
                           tr("Each clause is a bar from its start to its end, in the lane of its category."),
                           {}};
    for (const ClauseStatus status : namedValues(&statusName))
        section.entries.append({{Kind::BarStatus, int(status), {}}, statusName(status), statusMeaning(status)});

    const QMetaEnum ends = QMetaEnum::fromType<AgreementModel::EndKind>();
    for (int i = 0; i < ends.keyCount(); ++i) {
        const auto end = AgreementModel::EndKind(ends.value(i));
        QString label;
        QString meaning;
        switch (end) {
        case AgreementModel::EndKind::None:
            label = tr("No end stated");
            meaning = tr("The clause states no end: the arrow says it runs on.");
            break;
        case AgreementModel::EndKind::Definite:
            label = tr("Known end");
            meaning = tr("Ends on a known date, or on the date assumed for a milestone.");
            break;
        case AgreementModel::EndKind::Milestone:
            label = tr("Fading end");
            meaning = tr("Ends at a milestone, such as AGI verification, that nobody can date: solid up to "
                         "today, then fading out.");
            break;
        case AgreementModel::EndKind::MilestoneOrDate:
            label = tr("Hatched end");
            meaning = tr("Ends on a date at the latest, sooner if a milestone comes first: the part after "
                         "today is hatched, and the dashed edge is the latest end.");
            break;
        }
        section.entries.append({{Kind::BarEnd, int(end), {}}, label, meaning});
    }
    section.entries.append(
        {{Kind::ComparedTerm, 0, {}},
         tr("Compared term"),
         tr("With the Compare toggle on, the dashed outline is the clause's term in the other version.")});
    return section;
}

LegendSection LegendCatalog::changeIconSection()
{
    LegendSection section {tr("Change icons on the timeline"),
                           tr("With View › Show Changes on, a bar starts with what the version shown did to it."),
                           {}};
    for (const ChangeKind change : namedValues(&changeName)) {
        const QString glyph = TimelineGlyphs::changeGlyph(change);
        if (!glyph.isEmpty())
            section.entries.append({{Kind::ChangeIcon, int(change), glyph},
                                    QStringLiteral("%1 %2").arg(glyph, changeName(change)),
                                    changeMeaning(change)});
    }
    return section;
}

LegendSection LegendCatalog::eventSection()
{
    LegendSection section {
        tr("Events on the timeline"), tr("Events are told apart by shape first, and by colour."), {}};
    // One entry per shape, drawn for the first event kind that has it: a shape always comes in one colour.
    QList<MarkerShape> shown;
    const QList<Event::Kind> kinds = allEventKinds();
    for (const Event::Kind kind : kinds) {
        const MarkerShape shape = markerShapeFor(kind);
        if (shown.contains(shape))
            continue;
        shown.append(shape);
        section.entries.append({{Kind::EventMarker, int(kind), {}}, shapeLabel(shape), shapeMeaning(shape)});
    }
    if (!kinds.isEmpty()) {
        section.entries.append({{Kind::ImpreciseDate, int(kinds.constFirst()), {}},
                                tr("Hollow marker on a line"),
                                tr("The date is known only to the month or the year: the line spans that "
                                   "period.")});
    }
    return section;
}

QString LegendCatalog::shapeLabel(MarkerShape shape)
{
    switch (shape) {
    case MarkerShape::Diamond:
        return tr("Diamond");
    case MarkerShape::Circle:
        return tr("Circle");
    case MarkerShape::Cross:
        return tr("Cross");
    case MarkerShape::Square:
        return tr("Square");
    case MarkerShape::Triangle:
        return tr("Triangle");
    }
    return {};
}

QString LegendCatalog::shapeMeaning(MarkerShape shape)
{
    switch (shape) {
    case MarkerShape::Diamond:
        return tr("An agreement or an amendment.");
    case MarkerShape::Circle:
        return tr("Money: an investment, funding or earnings.");
    case MarkerShape::Cross:
        return tr("A dispute or a legal step.");
    case MarkerShape::Square:
        return tr("A cloud deal or a product.");
    case MarkerShape::Triangle:
        return tr("A statement, a governance change or a report.");
    }
    return {};
}

LegendSection LegendCatalog::ruleSection()
{
    return {tr("Lines on the timeline"),
            {},
            {{{Kind::TodayRule, 0, {}},
              tr("Today"),
              tr("Today's date. After it, ends that wait for a milestone fade out or are hatched.")},
             {{Kind::VersionRule, 1, {}},
              tr("Version shown"),
              tr("The version the tree, the timeline and the details show the agreement as of; its month is "
                 "in bold on the axis.")},
             {{Kind::VersionRule, 0, {}},
              tr("Other versions"),
              tr("Every other version of the agreement, with its month on the axis.")}}};
}

} // namespace Dealscope
