// SPDX-License-Identifier: GPL-3.0-or-later
#include "questions/openquestionshtml.h"

namespace Dealscope {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString sourceLinks(const Dataset &dataset, const QStringList &ids)
{
    QStringList links;
    for (const QString &id : ids) {
        if (const Source *source = dataset.source(id))
            links.append(QStringLiteral("<a href=\"%1\">%2</a>")
                             .arg(esc(QString::fromUtf8(source->url.toEncoded())), esc(source->publisher)));
    }
    return links.join(QStringLiteral(", "));
}

} // namespace

QString OpenQuestionsHtml::kindName(OpenQuestion::Kind kind)
{
    return kind == OpenQuestion::Kind::Conflict ? tr("Conflicting reports") : tr("Unknown");
}

QString OpenQuestionsHtml::question(const Dataset &dataset, const OpenQuestion &question, const QString &language)
{
    QString html = QStringLiteral("<h3>%1</h3><p><b>%2</b></p>")
                       .arg(esc(question.title.text(language)), esc(kindName(question.kind)));
    if (!question.summary.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(question.summary.text(language)));
    if (!question.claims.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const Claim &claim : question.claims) {
            const QString sources = sourceLinks(dataset, claim.sources);
            const QString support = sources.isEmpty()
                ? esc(tr("confidence %1, no source").arg(claim.confidence.code()))
                : esc(tr("confidence %1; sources:").arg(claim.confidence.code())) + u' ' + sources;
            html += QStringLiteral("<li>%1 <i>(%2)</i></li>").arg(esc(claim.text.text(language)), support);
        }
        html += QStringLiteral("</ul>");
    }
    if (!question.clauses.isEmpty()) {
        QStringList links;
        for (const QString &id : question.clauses) {
            const Clause *clause = dataset.clause(id);
            const QString label = clause ? id + QStringLiteral(" · ") + clause->title.text(language) : id;
            links.append(QStringLiteral("<a href=\"clause:%1\">%2</a>").arg(esc(id), esc(label)));
        }
        html += QStringLiteral("<p>%1 %2</p>").arg(esc(tr("Clauses:")), links.join(QStringLiteral("; ")));
    }
    if (const QString sources = sourceLinks(dataset, question.sources); !sources.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(esc(tr("Sources:")), sources);
    return html;
}

} // namespace Dealscope
