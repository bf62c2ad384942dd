// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/reportquestions.h"

#include "questions/openquestionshtml.h"

#include <QLocale>

namespace Dealscope {

QString ReportQuestions::html(const ExportInputs &inputs)
{
    const Dataset &dataset = *inputs.dataset;
    if (dataset.openQuestions.isEmpty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Open questions").toHtmlEscaped());
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(tr("Conflicting reports and undisclosed terms (%1). They are shown as open, not as facts.")
                         .arg(QLocale().toString(dataset.openQuestions.size()))
                         .toHtmlEscaped());
    for (const OpenQuestion &question : dataset.openQuestions)
        html += OpenQuestionsHtml::question(dataset, question, inputs.language);
    return html;
}

} // namespace Dealscope
