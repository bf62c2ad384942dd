// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/versionannouncer.h"

#include "agreement/agreementmodel.h"

#include <QLocale>
#include <QStatusBar>

namespace Dealscope {

namespace {

constexpr int MessageTimeout = 8000;

} // namespace

VersionAnnouncer::VersionAnnouncer(const AgreementModel *model, QStatusBar *statusBar)
    : QObject(statusBar), m_model(model), m_statusBar(statusBar)
{
    connect(model, &AgreementModel::versionChanged, this, &VersionAnnouncer::versionChanged);
}

void VersionAnnouncer::versionChanged(const QString &versionId)
{
    const bool first = m_shown.isEmpty();
    m_shown = versionId;
    if (!first && !versionId.isEmpty())
        m_statusBar->showMessage(message(m_model), MessageTimeout);
}

QString VersionAnnouncer::message(const AgreementModel *model)
{
    const DatasetPtr dataset = model->dataset();
    const Version *version = dataset ? dataset->version(model->version()) : nullptr;
    if (!version)
        return {};
    int introduced = 0;
    int amended = 0;
    int ended = 0;
    int notRestated = 0;
    for (const ClauseState &state : model->state().clauses) {
        if (!state.entry || state.entry->version != version->id)
            continue;
        switch (state.entry->change) {
        case ChangeKind::Introduced:
            ++introduced;
            break;
        case ChangeKind::Amended:
            ++amended;
            break;
        case ChangeKind::Ended:
            ++ended;
            break;
        case ChangeKind::NotRestated:
            ++notRestated;
            break;
        case ChangeKind::Unchanged:
            break;
        }
    }
    QStringList changes;
    if (introduced > 0)
        changes.append(tr("%n new", nullptr, introduced));
    if (amended > 0)
        changes.append(tr("%n amended", nullptr, amended));
    if (ended > 0)
        changes.append(tr("%n ended", nullptr, ended));
    if (notRestated > 0)
        changes.append(tr("%n not restated", nullptr, notRestated));
    // The label with its date, as the status line gives it: several versions are "amendments".
    const QString label = QStringLiteral("%1 (%2)").arg(version->label.text(model->language()),
                                                        QLocale().toString(version->date, QLocale::ShortFormat));
    return changes.isEmpty() ? tr("Now showing %1: no clause changed").arg(label)
                             : tr("Now showing %1: %2").arg(label, changes.join(QStringLiteral(", ")));
}

} // namespace Dealscope
