// SPDX-License-Identifier: GPL-3.0-or-later
#include "glance/startpage.h"

#include "agreement/agreementmodel.h"
#include "agreement/dealsummary.h"
#include "glance/startpagehtml.h"

#include <QEvent>
#include <QScrollBar>
#include <QTimer>

namespace Dealscope {

StartPage::StartPage(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("startPage"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setDocumentMargin(16);
    // The page is taller than the window at any usual size. A scroll bar that appeared only once the
    // text was laid out would narrow the page and lay the whole text out a second time.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    connect(this, &QTextBrowser::anchorClicked, this, &StartPage::openLink);
    setAccessibleName(tr("The deal at a glance"));
}

void StartPage::setModel(AgreementModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        // The version, the assumed dates and the language all reach the page as one of these.
        connect(model, &QAbstractItemModel::modelReset, this, &StartPage::scheduleRefresh);
        connect(model, &QAbstractItemModel::dataChanged, this, &StartPage::scheduleRefresh);
        connect(model, &AgreementModel::versionChanged, this, &StartPage::scheduleRefresh);
        connect(model, &AgreementModel::milestoneDatesChanged, this, &StartPage::scheduleRefresh);
    }
    refresh();
}

void StartPage::scheduleRefresh()
{
    // A version change notifies every row: build the page once, after the last of them.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_refreshPending)
            refresh();
    });
}

void StartPage::refresh()
{
    m_refreshPending = false;
    if (!m_model || !m_model->dataset()) {
        clear();
        return;
    }
    const DealSummary summary
        = DealSummary::build(*m_model->dataset(), m_model->version(), m_model->milestoneDates(), m_model->language());
    const int scroll = verticalScrollBar()->value();
    setHtml(StartPageHtml(summary, locale(), palette()).html());
    verticalScrollBar()->setValue(scroll);
}

QVariant StartPage::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {};
}

void StartPage::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        setAccessibleName(tr("The deal at a glance"));
        scheduleRefresh();
        break;
    case QEvent::LocaleChange:
    case QEvent::PaletteChange:
        scheduleRefresh();
        break;
    default:
        break;
    }
}

void StartPage::openLink(const QUrl &link)
{
    const QString id = link.path();
    if (link.scheme() == QLatin1String("clause"))
        Q_EMIT clauseActivated(id);
    else if (link.scheme() == QLatin1String("event"))
        Q_EMIT eventActivated(id);
}

} // namespace Dealscope
