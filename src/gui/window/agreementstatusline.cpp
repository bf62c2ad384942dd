// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/agreementstatusline.h"

#include "agreement/agreementmodel.h"
#include "dataset/datasetdocument.h"
#include "scenario/scenarioregime.h"

#include <QEvent>
#include <QFileInfo>
#include <QLocale>

namespace Dealscope {

AgreementStatusLine::AgreementStatusLine(const AgreementModel *model, const DatasetDocument *document, QWidget *parent)
    : ElidedLabel(parent), m_model(model), m_document(document)
{
    setObjectName(QStringLiteral("statusLabel"));
    setTextFormat(Qt::PlainText);
    connect(model, &AgreementModel::versionChanged, this, &AgreementStatusLine::refresh);
    connect(model, &AgreementModel::milestoneDatesChanged, this, &AgreementStatusLine::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &AgreementStatusLine::refresh);
}

void AgreementStatusLine::refresh()
{
    const DatasetPtr dataset = m_model->dataset();
    if (!dataset)
        return;
    const QLocale locale;
    const Version *version = dataset->version(m_model->version());
    const qsizetype inForce = m_model->state().applicable().size();
    QString text = version
        ? tr("As of %1 (%2): %n clause(s) in force or not restated", nullptr, int(inForce))
              .arg(version->label.text(m_model->language()), locale.toString(version->date, QLocale::ShortFormat))
        : QString();
    const QDate agi = m_model->milestoneDates().value(AgiMilestoneId);
    text += QStringLiteral(" · ")
        + (agi.isValid() ? tr("AGI verification assumed in %1").arg(agi.year()) : tr("AGI verification unresolved"));
    text += QStringLiteral(" · ")
        + tr("facts checked %1").arg(locale.toString(dataset->factsCheckedOn, QLocale::ShortFormat));
    if (!m_document->isBundled())
        text += QStringLiteral(" · ") + QFileInfo(m_document->filePath()).fileName();
    setText(text);
}

void AgreementStatusLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    ElidedLabel::changeEvent(event);
}

} // namespace Dealscope
