// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QTreeView;
class QItemSelectionModel;

namespace Dealscope {

class AgreementFilterModel;
class BadgeDelegate;

/// The clause tree dock's content: a filter field over the agreement tree (categories → clauses →
/// sub-terms, then events) with status and confidence badges.
class ClauseTreePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClauseTreePanel(QWidget *parent = nullptr);

    void setModel(AgreementFilterModel *model);
    QTreeView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }
    void setShowChanges(bool show);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLineEdit *m_filter;
    QTreeView *m_view;
    BadgeDelegate *m_delegate;
    AgreementFilterModel *m_model = nullptr;
};

} // namespace Dealscope
