// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/detailsformatter.h"

#include <QCoreApplication>
#include <QLocale>

namespace Dealscope {

namespace {

QString tr(const char *text)
{
    // lupdate files the calls in member functions under the class and those in free functions under the
    // namespace ("Dealscope"); look in both, so either kind is translated.
    const QString translated = QCoreApplication::translate("Dealscope::DetailsFormatter", text);
    return translated != QString::fromUtf8(text) ? translated : QCoreApplication::translate("Dealscope", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// Plain text with its line breaks kept, escaped for HTML.
QString paragraph(const QString &text)
{
    return QStringLiteral("<p>") + esc(text).replace(u'\n', QStringLiteral("<br>")) + QStringLiteral("</p>");
}

QString heading(const QString &text)
{
    return QStringLiteral("<h4>") + esc(text) + QStringLiteral("</h4>");
}

QString levelMeaning(Confidence::Level level)
{
    switch (level) {
    case Confidence::Level::A:
        return tr("official text (company post, filing, earnings call)");
    case Confidence::Level::B:
        return tr("several independent reports agree");
    case Confidence::Level::C:
        return tr("a single or weak source, or sources disagree");
    case Confidence::Level::X:
        return tr("not verified: treat as unknown");
    }
    return {};
}

QString eventKindName(Event::Kind kind)
{
    switch (kind) {
    case Event::Kind::Investment:
        return tr("Investment");
    case Event::Kind::Agreement:
        return tr("Agreement");
    case Event::Kind::Amendment:
        return tr("Amendment");
    case Event::Kind::Statement:
        return tr("Statement");
    case Event::Kind::CloudDeal:
        return tr("Cloud deal");
    case Event::Kind::Earnings:
        return tr("Earnings");
    case Event::Kind::Dispute:
        return tr("Dispute");
    case Event::Kind::Governance:
        return tr("Governance");
    case Event::Kind::Product:
        return tr("Product");
    case Event::Kind::Funding:
        return tr("Funding");
    case Event::Kind::Legal:
        return tr("Legal");
    case Event::Kind::Report:
        return tr("Report");
    }
    return {};
}

QString dateText(const PartialDate &date)
{
    switch (date.precision()) {
    case PartialDate::Precision::Year:
        return QString::number(date.yearValue());
    case PartialDate::Precision::Month:
        return QLocale().toString(date.firstDay(), QStringLiteral("MMMM yyyy"));
    case PartialDate::Precision::Day:
        return QLocale().toString(date.firstDay(), QLocale::LongFormat);
    }
    return {};
}

} // namespace

DetailsFormatter::DetailsFormatter(const AgreementModel &model) : m_model(model) { }

QString DetailsFormatter::text(const LocalizedText &text) const
{
    return text.text(m_model.language());
}

QString DetailsFormatter::confidenceMeaning(const Confidence &confidence)
{
    if (!confidence.isRange())
        return QStringLiteral("%1 — %2").arg(confidence.code(), levelMeaning(confidence.best()));
    return tr("%1 — parts range from %2 to %3")
        .arg(confidence.code(), levelMeaning(confidence.best()), levelMeaning(confidence.worst()));
}

QString DetailsFormatter::formatAmount(const Amount &amount)
{
    const QLocale locale;
    QString value;
    switch (amount.unit) {
    case Amount::Unit::USD:
        if (amount.value >= 1e12)
            value = QStringLiteral("$%1T").arg(locale.toString(amount.value / 1e12, 'f', 2));
        else if (amount.value >= 1e9)
            value = QStringLiteral("$%1B").arg(locale.toString(amount.value / 1e9, 'f', 1));
        else
            value = QStringLiteral("$%1M").arg(locale.toString(amount.value / 1e6, 'f', 1));
        break;
    case Amount::Unit::Percent:
        value = QStringLiteral("%1%").arg(locale.toString(amount.value, 'g', 4));
        break;
    case Amount::Unit::GW:
        value = QStringLiteral("%1 GW").arg(locale.toString(amount.value, 'g', 4));
        break;
    case Amount::Unit::MW:
        value = QStringLiteral("%1 MW").arg(locale.toString(amount.value, 'g', 6));
        break;
    }
    switch (amount.qualifier) {
    case Amount::Qualifier::Exact:
        return value;
    case Amount::Qualifier::About:
        return tr("about %1").arg(value);
    case Amount::Qualifier::UpTo:
        return tr("up to %1").arg(value);
    case Amount::Qualifier::MoreThan:
        return tr("more than %1").arg(value);
    }
    return value;
}

QString DetailsFormatter::sourcesHtml(const QStringList &sourceIds) const
{
    const DatasetPtr dataset = m_model.dataset();
    if (sourceIds.isEmpty())
        return {};
    QString html = QStringLiteral("<ul>");
    for (const QString &id : sourceIds) {
        const Source *source = dataset->source(id);
        if (!source)
            continue;
        QString line = QStringLiteral("<a href=\"%1\">%2</a>")
                           .arg(esc(QString::fromUtf8(source->url.toEncoded())),
                                esc(source->title.isEmpty() ? source->url.host() : source->title));
        line += QStringLiteral(" — ") + esc(source->publisher);
        if (source->date.isValid())
            line += QStringLiteral(", ") + esc(source->date.toString());
        html += QStringLiteral("<li>") + line + QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

QString DetailsFormatter::historyHtml(const Clause &clause) const
{
    // One paragraph per entry rather than a table: a table's columns have a minimum width, paragraphs wrap
    // in a pane of any width.
    const DatasetPtr dataset = m_model.dataset();
    QString html;
    const Version *selected = dataset->version(m_model.version());
    for (const HistoryEntry &entry : clause.history) {
        const Version *version = dataset->version(entry.version);
        if (!version)
            continue;
        const bool future = selected && version->date > selected->date;
        QString note = esc(text(entry.note));
        if (!entry.related.isEmpty()) {
            QStringList links;
            for (const QString &id : entry.related)
                links.append(QStringLiteral("<a href=\"clause:%1\">%1</a>").arg(esc(id)));
            note += QStringLiteral(" ") + esc(tr("See:")) + QStringLiteral(" ") + links.join(QStringLiteral(", "));
        }
        html += QStringLiteral("<p%1><b>%2 · %3</b>%4</p>")
                    .arg(future ? QStringLiteral(" style=\"color: gray\"") : QString(),
                         esc(QLocale().toString(version->date, QLocale::ShortFormat)), esc(changeName(entry.change)),
                         note.isEmpty() ? QString() : QStringLiteral("<br>") + note);
    }
    return html;
}

QString DetailsFormatter::openQuestionsHtml(const QString &clauseId) const
{
    const DatasetPtr dataset = m_model.dataset();
    QString html;
    for (const OpenQuestion *question : dataset->openQuestionsForClause(clauseId)) {
        const QString kind = question->kind == OpenQuestion::Kind::Conflict ? tr("Conflicting reports") : tr("Unknown");
        html += QStringLiteral("<p><b>%1:</b> %2</p>").arg(esc(kind), esc(text(question->title)));
        if (!question->summary.isEmpty())
            html += paragraph(text(question->summary));
        if (!question->claims.isEmpty()) {
            html += QStringLiteral("<ul>");
            for (const Claim &claim : question->claims)
                html += QStringLiteral("<li>%1 <i>(%2)</i></li>")
                            .arg(esc(text(claim.text)), esc(claim.confidence.code()));
            html += QStringLiteral("</ul>");
        }
    }
    return html;
}

QString DetailsFormatter::clauseHtml(const QModelIndex &sourceIndex) const
{
    const Clause *clause = m_model.clause(sourceIndex);
    const ClauseState *state = m_model.clauseState(sourceIndex);
    if (!clause || !state)
        return {};
    const DatasetPtr dataset = m_model.dataset();
    const QModelIndex row = sourceIndex.siblingAtColumn(0);
    QString html = QStringLiteral("<h3>%1 · %2</h3>").arg(esc(clause->id), esc(text(clause->title)));
    const Version *version = dataset->version(m_model.version());
    const QString asOf = version ? text(version->label) : QString();
    const bool over = state->status == ClauseStatus::Ended || state->status == ClauseStatus::Expired;
    if (over) {
        // An ended clause binds no one: say so first, and give its wording as what it was, not what it is.
        const QString endDate
            = QLocale().toString(row.data(AgreementModel::EndDateRole).toDate(), QLocale::ShortFormat);
        const QString ended
            = state->status == ClauseStatus::Ended ? tr("Ended on %1").arg(endDate) : tr("Expired on %1").arg(endDate);
        html += QStringLiteral("<p><b>%1</b> — %2</p>").arg(esc(ended), esc(tr("as of %1").arg(asOf)));
        if (state->status == ClauseStatus::Ended && state->entry && !state->entry->note.isEmpty())
            html += paragraph(text(state->entry->note));
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("The last wording was:")));
        html += QStringLiteral("<blockquote style=\"color: gray\">%1</blockquote>")
                    .arg(paragraph(row.data(AgreementModel::SummaryRole).toString()));
    } else {
        html += QStringLiteral("<p><b>%1</b> — %2</p>")
                    .arg(esc(statusName(state->status)), esc(tr("as of %1").arg(asOf)));
        html += paragraph(row.data(AgreementModel::SummaryRole).toString());
    }
    if (state->wording && state->wording != &clause->summary) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("As first agreed:")));
        html += paragraph(text(clause->summary));
    }
    html += heading(tr("Term"));
    const QString start
        = state->start.isValid() ? QLocale().toString(state->start, QLocale::ShortFormat) : tr("not yet agreed");
    html += QStringLiteral("<p>%1 → %2</p>")
                .arg(esc(start),
                     esc(m_model.index(row.row(), AgreementModel::EndColumn, row.parent()).data().toString()));
    const QStringList pending = row.data(AgreementModel::PendingMilestonesRole).toStringList();
    if (!pending.isEmpty())
        html += paragraph(tr("This end depends on a milestone with no known date: %1. Assume a date under "
                             "View › Assume AGI Verification to see the term end there.")
                              .arg(pending.join(tr(" or "))));
    html += heading(tr("History"));
    html += historyHtml(*clause);
    html += heading(tr("Confidence"));
    html += paragraph(confidenceMeaning(clause->confidence));
    if (const QString questions = openQuestionsHtml(clause->id); !questions.isEmpty())
        html += heading(tr("Open questions")) + questions;
    if (!clause->notes.isEmpty())
        html += heading(tr("Notes")) + paragraph(text(clause->notes));
    html += heading(tr("Sources")) + sourcesHtml(clause->sources);
    return html;
}

QString DetailsFormatter::eventHtml(const QModelIndex &sourceIndex) const
{
    const Event *event = m_model.eventAt(sourceIndex);
    if (!event)
        return {};
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(text(event->title)));
    html += QStringLiteral("<p><b>%1</b> — %2</p>").arg(esc(dateText(event->date)), esc(eventKindName(event->kind)));
    if (sourceIndex.data(AgreementModel::AfterVersionRole).toBool()) {
        const Version *version = m_model.dataset()->version(m_model.version());
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(
                        tr("Later than the selected version (%1).").arg(version ? text(version->label) : QString())));
    }
    if (!event->summary.isEmpty())
        html += paragraph(text(event->summary));
    if (!event->amounts.isEmpty()) {
        html += heading(tr("Figures")) + QStringLiteral("<ul>");
        for (const Amount &amount : event->amounts) {
            html += QStringLiteral("<li>%1%2</li>")
                        .arg(esc(formatAmount(amount)),
                             amount.label.isEmpty() ? QString() : QStringLiteral(" — ") + esc(text(amount.label)));
        }
        html += QStringLiteral("</ul>");
    }
    if (!event->clauses.isEmpty()) {
        QStringList links;
        for (const QString &id : event->clauses)
            links.append(QStringLiteral("<a href=\"clause:%1\">%1</a>").arg(esc(id)));
        html += heading(tr("Clauses")) + QStringLiteral("<p>") + links.join(QStringLiteral(", "))
            + QStringLiteral("</p>");
    }
    html += heading(tr("Confidence")) + paragraph(confidenceMeaning(event->confidence));
    html += heading(tr("Sources")) + sourcesHtml(event->sources);
    return html;
}

QString DetailsFormatter::categoryHtml(const QModelIndex &sourceIndex) const
{
    const QModelIndex row = sourceIndex.siblingAtColumn(0);
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(row.data().toString()));
    const QString description = row.data(Qt::ToolTipRole).toString();
    if (!description.isEmpty())
        html += paragraph(description);
    return html;
}

QString DetailsFormatter::overviewHtml() const
{
    const DatasetPtr dataset = m_model.dataset();
    if (!dataset)
        return {};
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(text(dataset->title)));
    if (!dataset->description.isEmpty())
        html += paragraph(text(dataset->description));
    // Counts as "label: number", which needs no plural forms.
    html += paragraph(tr("Versions: %1 · Clauses: %2 · Dated events: %3 · Open questions: %4 · Sources: %5")
                          .arg(locale.toString(dataset->versions.size()), locale.toString(dataset->clauses.size()),
                               locale.toString(dataset->events.size()), locale.toString(dataset->openQuestions.size()),
                               locale.toString(dataset->sources.size())));
    QString coverage
        = tr("Facts last checked on %1.").arg(locale.toString(dataset->factsCheckedOn, QLocale::LongFormat));
    if (!dataset->coverageNote.isEmpty())
        coverage += u' ' + text(dataset->coverageNote);
    html += QStringLiteral("<p><i>%1</i></p>").arg(esc(coverage));
    html += paragraph(tr("Select a clause or an event in the tree or on the timeline to see its terms, history, "
                         "confidence and sources."));
    return html;
}

} // namespace Dealscope
