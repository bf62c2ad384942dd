// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/redlinehtml.h"

#include <QStringList>

namespace Dealscope {

namespace {

using Kind = WordDiff::Segment::Kind;
using Field = ItemChange::Field;

// Colours that read on paper and on the view's light or dark base: a tinted background under dark text.
const QString DeletedStyle = QStringLiteral("color:#9f1d1d; background-color:#fde7e7; text-decoration:line-through;");
const QString InsertedStyle = QStringLiteral("color:#14612a; background-color:#e3f4e6; text-decoration:underline;");
const QString NoteStyle = QStringLiteral("color:#666666;");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}

QString marked(const QString &text, Kind kind)
{
    if (kind == Kind::Same)
        return escaped(text);
    return QStringLiteral("<span style=\"%1\">%2</span>")
        .arg(kind == Kind::Deleted ? DeletedStyle : InsertedStyle, escaped(text));
}

QString publishers(const Dataset &dataset, const QStringList &sourceIds)
{
    QStringList names;
    for (const QString &id : sourceIds) {
        const Source *source = dataset.source(id);
        const QString name = source ? source->publisher : id;
        if (!names.contains(name))
            names.append(name);
    }
    return names.join(QStringLiteral(", "));
}

/// A value of one side, marked as a whole when it differs from the other side's.
QString fieldValue(const ItemChange &change, Field field, bool sideB, const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("—");
    if (!change.fields.contains(field))
        return escaped(text);
    return marked(text, sideB ? Kind::Inserted : Kind::Deleted);
}

} // namespace

QString RedlineHtml::side(const QList<WordDiff::Segment> &segments, bool sideB)
{
    QString html;
    for (const WordDiff::Segment &segment : segments) {
        if (segment.kind == (sideB ? Kind::Deleted : Kind::Inserted))
            continue;
        html += marked(segment.text, segment.kind);
    }
    return html;
}

QString RedlineHtml::merged(const QList<WordDiff::Segment> &segments)
{
    QString html;
    const WordDiff::Segment *previous = nullptr;
    for (const WordDiff::Segment &segment : segments) {
        // A deletion and the insertion that replaces it meet in the merged text: keep their words apart.
        const bool replacement
            = previous && previous->kind != Kind::Same && segment.kind != Kind::Same && previous->kind != segment.kind;
        if (replacement && !previous->text.isEmpty() && !previous->text.back().isSpace() && !segment.text.isEmpty()
            && !segment.text.front().isSpace())
            html += u' ';
        html += marked(segment.text, segment.kind);
        previous = &segment;
    }
    return html;
}

QString RedlineHtml::cell(const Dataset &dataset, const ItemChange &change, bool sideB)
{
    const ComparedSide &side = sideB ? change.b : change.a;
    QString html;
    if (side.wording.isEmpty()) {
        html += QStringLiteral("<p style=\"%1\"><i>%2</i></p>")
                    .arg(NoteStyle, escaped(sideB ? tr("Not in version B") : tr("Not in version A")));
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(RedlineHtml::side(WordDiff::compare(change.a.wording, change.b.wording), sideB));
    }
    QStringList details;
    if (change.item == ItemChange::Item::Clause) {
        details.append(tr("Ends: %1").arg(fieldValue(change, Field::End, sideB, side.end)));
        details.append(tr("Status: %1").arg(fieldValue(change, Field::Status, sideB, side.status)));
    }
    if (!side.sources.isEmpty())
        details.append(tr("Sources: %1").arg(escaped(publishers(dataset, side.sources))));
    html += QStringLiteral("<p style=\"%1\">%2</p>").arg(NoteStyle, details.join(QStringLiteral("<br/>")));
    return html;
}

QString RedlineHtml::itemCell(const ItemChange &change)
{
    // Clauses go by their short ids (C9); an event's id is a long slug, so it goes by its title alone.
    const bool event = change.item == ItemChange::Item::Event;
    QString html
        = QStringLiteral("<p><b>%1</b> %2</p><p style=\"%3\">%4")
              .arg(escaped(event ? change.title : change.id), escaped(event ? QString() : change.title), NoteStyle,
                   escaped(change.item == ItemChange::Item::Event ? tr("New event")
                                                                  : VersionComparison::kindName(change.kind)));
    if (change.kind == VersionChangeKind::Ended && !change.b.clauses.isEmpty() && !change.b.clauses.contains(change.id))
        html
            += QStringLiteral("<br/>") + escaped(tr("Replaced by %1").arg(change.b.clauses.join(QStringLiteral(", "))));
    if (!change.replaces.isEmpty())
        html += QStringLiteral("<br/>") + escaped(tr("Replaces %1").arg(change.replaces.join(QStringLiteral(", "))));
    return html + QStringLiteral("</p>");
}

QString RedlineHtml::versionLabel(const Dataset &dataset, const QString &versionId, const QString &language)
{
    const Version *version = dataset.version(versionId);
    if (!version)
        return versionId;
    return QStringLiteral("%1 — %2").arg(version->date.toString(Qt::ISODate), version->label.text(language));
}

QString RedlineHtml::legend()
{
    return tr("%1 only in version A; %2 only in version B.")
        .arg(marked(tr("Struck through:"), Kind::Deleted), marked(tr("underlined:"), Kind::Inserted));
}

QString RedlineHtml::document(const Dataset &dataset, const VersionComparison &comparison, const QString &heading)
{
    const QString language = comparison.language();
    QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(heading));
    html += QStringLiteral("<p><b>%1</b> %2<br/><b>%3</b> %4</p>")
                .arg(escaped(tr("Version A:")), escaped(versionLabel(dataset, comparison.versionA(), language)),
                     escaped(tr("Version B:")), escaped(versionLabel(dataset, comparison.versionB(), language)));
    html += QStringLiteral("<p>%1</p>").arg(legend());
    if (comparison.changes().isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("No clause or event differs between these versions.")));
    for (const ItemChange &change : comparison.changes()) {
        const QList<WordDiff::Segment> segments = WordDiff::compare(change.a.wording, change.b.wording);
        const bool event = change.item == ItemChange::Item::Event;
        html += QStringLiteral("<h3>%1%2 — %3</h3>")
                    .arg(event ? QString() : escaped(change.id) + QStringLiteral(" · "), escaped(change.title),
                         escaped(change.item == ItemChange::Item::Event ? tr("New event")
                                                                        : VersionComparison::kindName(change.kind)));
        if (!change.a.wording.isEmpty() && !change.b.wording.isEmpty() && WordDiff::hasChanges(segments))
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(escaped(tr("Redline:")), merged(segments));
        // Each wording whole, one under the other, so that both read (and copy) as they stand.
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(escaped(tr("Version A:")),
                         change.a.wording.isEmpty() ? QStringLiteral("—") : escaped(change.a.wording));
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(escaped(tr("Version B:")),
                         change.b.wording.isEmpty() ? QStringLiteral("—") : escaped(change.b.wording));
        QString rows;
        for (const Field field : {Field::End, Field::Status, Field::Sources}) {
            if (!change.fields.contains(field))
                continue;
            const auto value = [&](bool sideB) {
                const QString text = field == Field::Sources
                    ? publishers(dataset, sideB ? change.b.sources : change.a.sources)
                    : change.value(field, sideB);
                return fieldValue(change, field, sideB, text);
            };
            rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>")
                        .arg(escaped(VersionComparison::fieldName(field)), value(false), value(true));
        }
        if (!rows.isEmpty())
            html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                                   "<tr><th></th><th>%1</th><th>%2</th></tr>%3</table>")
                        .arg(escaped(tr("Version A")), escaped(tr("Version B")), rows);
    }
    return html;
}

} // namespace Dealscope
