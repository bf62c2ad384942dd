// SPDX-License-Identifier: GPL-3.0-or-later
#include "glance/startpagehtml.h"

#include "agreement/agreementmodel.h"
#include "explorer/detailsformatter.h"
#include "widgets/colourmix.h"

#include <QColor>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace Dealscope {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString tag(const char *name, const QString &content)
{
    const QString element = QString::fromLatin1(name);
    return QStringLiteral("<%1>%2</%1>").arg(element, content);
}

/// The locale's long date without the weekday: "dddd, d MMMM yyyy" becomes "d MMMM yyyy".
QString longDayFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(QStringLiteral("dddd"));
    const auto isField = [](QChar c) { return c == u'd' || c == u'M' || c == u'y'; };
    const auto first = std::find_if(format.cbegin(), format.cend(), isField);
    const auto last = std::find_if(format.crbegin(), format.crend(), isField);
    if (first == format.cend())
        return locale.dateFormat(QLocale::ShortFormat);
    // Up to the last field, and what closes it directly ("日", "일"): not the separators the weekday left.
    qsizetype end = format.size() - (last - format.crbegin());
    while (end < format.size() && format.at(end).isLetter() && !isField(format.at(end)))
        ++end;
    return format.mid(first - format.cbegin(), end - (first - format.cbegin())).trimmed();
}

} // namespace

StartPageHtml::StartPageHtml(const DealSummary &summary, const QLocale &locale, const QPalette &palette)
    : m_summary(summary)
    , m_locale(locale)
    // Secondary text between the text and the base colour: readable on light and dark palettes alike.
    , m_mutedColor(mixColours(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.3).name())
{ }

QString StartPageHtml::dayText(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    if (date.month() == 12 && date.day() == 31)
        return tr("the end of %1").arg(date.year());
    return locale.toString(date, longDayFormat(locale));
}

QString StartPageHtml::html() const
{
    QString html = header();
    if (m_summary.versionId.isEmpty())
        return html + tag("p", esc(tr("The dataset has no version of the agreement yet.")));
    // What the version changed comes first: it is the news a returning reader looks for, and short.
    return html + changesSection() + groupsSection() + datesSection() + questionsSection();
}

QString StartPageHtml::header() const
{
    QString html = tag("h1", esc(m_summary.title));
    if (!m_summary.versionId.isEmpty()) {
        html += tag("p",
                    esc(tr("Version shown: %1, %2.").arg(m_summary.versionLabel, day(m_summary.versionDate)))
                        + QLatin1Char(' ')
                        + esc(tr("Every line links to its clause; select it to see the details and sources.")));
    }
    if (!m_summary.description.isEmpty())
        html += tag("p", esc(m_summary.description));
    QString checked;
    if (m_summary.factsCheckedOn.isValid())
        checked = esc(tr("Facts checked on %1.").arg(day(m_summary.factsCheckedOn)));
    if (!m_summary.coverageNote.isEmpty())
        checked += QLatin1Char(' ') + esc(m_summary.coverageNote);
    if (!checked.isEmpty())
        html += tag("p", muted(checked.trimmed()));
    return html;
}

QString StartPageHtml::groupsSection() const
{
    QString html = tag("h2", esc(tr("Who gets what")));
    if (m_summary.groups.isEmpty())
        return html + tag("p", esc(tr("No clause is in force as of this version.")));
    for (const SummaryGroup &group : m_summary.groups) {
        html += tag("h3", esc(group.title));
        if (!group.description.isEmpty())
            html += tag("p", muted(esc(group.description)));
        // Sub-terms nest under their clause when it is listed too; otherwise they stand on their own.
        QString items;
        QString nested;
        const auto flushNested = [&] {
            if (!nested.isEmpty())
                items += tag("ul", nested);
            nested.clear();
        };
        for (const SummaryTerm &term : group.terms) {
            const bool nests = !term.parentId.isEmpty()
                && std::any_of(group.terms.cbegin(), group.terms.cend(),
                               [&term](const SummaryTerm &other) { return other.clauseId == term.parentId; });
            if (nests) {
                nested += tag("li", termItem(term));
                continue;
            }
            flushNested();
            items += QStringLiteral("<li>") + termItem(term);
        }
        flushNested();
        // A <li> is closed by the next one or the list's end, so that nested lists stay inside their item.
        html += tag("ul", items);
    }
    return html;
}

QString StartPageHtml::termItem(const SummaryTerm &term) const
{
    QString line = clauseLink(term.clauseId) + QStringLiteral(" — ") + esc(endPhrase(term.end));
    if (term.status == ClauseStatus::Unknown)
        line += QStringLiteral(" · <i>%1</i>").arg(esc(statusName(term.status)));
    line += QStringLiteral(" · ") + muted(esc(tr("confidence %1").arg(term.confidence.code())));
    if (term.standingConfidence) {
        //: How sure it is that a clause still stands as of the version shown, when that differs from the clause's
        line += QStringLiteral(" · ")
            + muted(esc(tr("still standing: confidence %1").arg(term.standingConfidence->code())));
    }
    if (!term.wording.isEmpty())
        line += QStringLiteral("<br>") + muted(esc(term.wording));
    return line;
}

QString StartPageHtml::endPhrase(const TermEnd &end) const
{
    switch (end.kind) {
    case TermEnd::Kind::None:
        return tr("no end date stated");
    case TermEnd::Kind::Date:
    case TermEnd::Kind::Milestone:
        return tr("until %1").arg(endPoint(end));
    case TermEnd::Kind::EarliestOf: {
        QStringList points;
        for (const TermEnd &alternative : end.alternatives)
            points.append(endPoint(alternative));
        return tr("until the earlier of %1").arg(m_locale.createSeparatedList(points));
    }
    }
    return {};
}

QString StartPageHtml::endPoint(const TermEnd &end) const
{
    switch (end.kind) {
    case TermEnd::Kind::Date:
        return day(end.date.lastDay());
    case TermEnd::Kind::Milestone: {
        // The milestone's own title, with what the reader must know about its date.
        const QString title = m_summary.milestoneTitle(end.milestone);
        if (const QDate assumed = m_summary.assumedDate(end.milestone); assumed.isValid())
            return tr("%1 (assumed for %2)").arg(title, day(assumed));
        return tr("%1 (no date known)").arg(title);
    }
    case TermEnd::Kind::EarliestOf:
        return endPhrase(end);
    case TermEnd::Kind::None:
        break;
    }
    return tr("no end date stated");
}

QString StartPageHtml::datesSection() const
{
    QString items;
    for (const SummaryDate &date : m_summary.dates)
        items += tag("li", dateItem(date));
    return tag("h2", esc(tr("Key dates"))) + tag("ul", items);
}

QString StartPageHtml::dateItem(const SummaryDate &date) const
{
    switch (date.kind) {
    case SummaryDate::Kind::Version: {
        const QString title = date.eventId.isEmpty() ? esc(date.title) : eventLink(date.eventId, date.title);
        QString line = QStringLiteral("<b>%1</b>: %2").arg(esc(day(date.date)), title);
        if (!date.summary.isEmpty())
            line += QStringLiteral(" — ") + esc(date.summary);
        QStringList figures;
        for (const Amount &amount : date.amounts) {
            const QString label = amount.label.text(m_summary.language);
            figures.append(label.isEmpty() ? DetailsFormatter::formatAmount(amount)
                                           : tr("%1 (%2)").arg(DetailsFormatter::formatAmount(amount), label));
        }
        if (!figures.isEmpty())
            line += QStringLiteral("<br>") + muted(esc(tr("Figures: %1").arg(m_locale.createSeparatedList(figures))));
        return line;
    }
    case SummaryDate::Kind::TermsEnd:
        return QStringLiteral("<b>%1</b>: %2")
            .arg(esc(day(date.date)), esc(tr("these terms run out:")) + QLatin1Char(' ') + clauseLinks(date.clauseIds));
    case SummaryDate::Kind::Milestone: {
        const QString when = date.date.isValid() ? tr("assumed for %1").arg(day(date.date)) : tr("no date known");
        QString line = QStringLiteral("<b>%1</b> (%2): %3")
                           .arg(esc(date.title), esc(when),
                                esc(tr("these terms end then:")) + QLatin1Char(' ') + clauseLinks(date.clauseIds));
        if (!date.summary.isEmpty())
            line += QStringLiteral("<br>") + muted(esc(date.summary));
        return line;
    }
    }
    return {};
}

QString StartPageHtml::changesSection() const
{
    QString html = tag("h2", esc(tr("What changed on %1").arg(day(m_summary.versionDate))));
    QString intro = QStringLiteral("<b>%1</b>").arg(esc(m_summary.versionLabel));
    if (!m_summary.versionSummary.isEmpty())
        intro += QStringLiteral(" — ") + esc(m_summary.versionSummary);
    if (!m_summary.previousVersionLabel.isEmpty()) {
        intro += QLatin1Char(' ')
            + muted(esc(
                tr("Compared with %1, %2.").arg(m_summary.previousVersionLabel, day(m_summary.previousVersionDate))));
    }
    html += tag("p", intro);
    if (m_summary.changes.isEmpty())
        return html + tag("p", esc(tr("This version changed no clause.")));

    for (qsizetype i = 0; i < m_summary.changes.size();) {
        const ChangeKind kind = m_summary.changes[i].change;
        QString items;
        for (; i < m_summary.changes.size() && m_summary.changes[i].change == kind; ++i) {
            const SummaryChange &change = m_summary.changes[i];
            QString line = clauseLink(change.clauseId);
            if (!change.wording.isEmpty())
                line += QStringLiteral(": ") + esc(change.wording);
            if (!change.note.isEmpty())
                line += QStringLiteral("<br>") + muted(esc(change.note));
            items += tag("li", line);
        }
        html += tag("h3", esc(changeName(kind))) + tag("ul", items);
    }
    return html;
}

QString StartPageHtml::questionsSection() const
{
    QString html = tag("h2", esc(tr("Still unknown")));
    if (m_summary.questions.isEmpty())
        return html + tag("p", esc(tr("The dataset lists no open question for this version.")));
    QString items;
    for (const SummaryQuestion &question : m_summary.questions) {
        const QString kind = question.kind == OpenQuestion::Kind::Conflict ? tr("Conflicting reports") : tr("Unknown");
        QString line = QStringLiteral("<b>%1</b> — %2").arg(esc(question.title), muted(esc(kind)));
        if (!question.summary.isEmpty())
            line += QStringLiteral("<br>") + esc(question.summary);
        if (!question.clauseIds.isEmpty())
            line += QStringLiteral("<br>") + esc(tr("Clauses:")) + QLatin1Char(' ') + clauseLinks(question.clauseIds);
        items += tag("li", line);
    }
    return html + tag("ul", items);
}

QString StartPageHtml::clauseLink(const QString &id) const
{
    return QStringLiteral("<a href=\"clause:%1\">%2</a>")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(id)), esc(m_summary.itemTitle(id)));
}

QString StartPageHtml::eventLink(const QString &id, const QString &text) const
{
    return QStringLiteral("<a href=\"event:%1\">%2</a>")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(id)), esc(text));
}

QString StartPageHtml::clauseLinks(const QStringList &ids) const
{
    QStringList links;
    for (const QString &id : ids)
        links.append(clauseLink(id));
    return m_locale.createSeparatedList(links);
}

QString StartPageHtml::muted(const QString &escapedHtml) const
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(m_mutedColor, escapedHtml);
}

} // namespace Dealscope
