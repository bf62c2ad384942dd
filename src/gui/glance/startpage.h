// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTextBrowser>

namespace Dealscope {

class AgreementModel;

/// The deal at a glance: one page, in the interface language, built from the dataset the agreement model
/// shows and as of its version: what each side gets, the key dates, what the version changed and what is
/// still open (DealSummary, written by StartPageHtml). It follows the model's version, assumed milestone
/// dates and language. Every line links to its clause or event; following a link emits clauseActivated()
/// or eventActivated(), with the keyboard too (Tab to a link, Enter).
class StartPage : public QTextBrowser
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    void setModel(AgreementModel *model);
    AgreementModel *model() const { return m_model; }

    /// Builds the page again now; the page does so by itself, once, after each change of the model.
    void refresh();

    /// Loads nothing: the page holds dataset text, and its only links are to clauses and events.
    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    void clauseActivated(const QString &id);
    void eventActivated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void openLink(const QUrl &link);

    QPointer<AgreementModel> m_model;
    bool m_refreshPending = false;
};

} // namespace Dealscope
