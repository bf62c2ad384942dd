// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QStatusBar;

namespace Dealscope {

class AgreementModel;

/// Says what a change of version did, in the status bar and so to screen readers (announceStatusMessages):
/// "Now showing Amended agreement (4/27/26): 3 new, 1 amended, 4 ended". The version shown at start is
/// not announced.
class VersionAnnouncer : public QObject
{
    Q_OBJECT

public:
    VersionAnnouncer(const AgreementModel *model, QStatusBar *statusBar);

    /// The message for the version @p model shows now.
    static QString message(const AgreementModel *model);

private:
    void versionChanged(const QString &versionId);

    const AgreementModel *m_model;
    QStatusBar *m_statusBar;
    QString m_shown;
};

} // namespace Dealscope
