// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPersistentModelIndex>
#include <QTextBrowser>

namespace Dealscope {

class AgreementModel;

/// Shows the details of the selected clause, event or category, or an overview of the dataset.
///
/// The text comes from files others send, so the pane never loads anything by itself: no images, no
/// style sheets, no local or remote resources. Source links open in the system browser only when
/// clicked, and only for http(s); "clause:" and "event:" links ask the window to select that item.
class DetailsPane : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void setModel(const AgreementModel *model);
    /// Shows @p sourceIndex of the AgreementModel; an invalid index shows the dataset overview.
    void showItem(const QModelIndex &sourceIndex);
    QModelIndex currentItem() const { return m_current; }

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    /// The user clicked a link to another clause or event.
    void itemRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void followLink(const QUrl &url);
    void refresh();

    const AgreementModel *m_model = nullptr;
    QPersistentModelIndex m_current;
};

} // namespace Dealscope
