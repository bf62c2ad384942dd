// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/openquestionsmodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTextBrowser;

namespace Dealscope {

/// Every open question of the dataset in one place: title, kind, the competing claims of a conflict with
/// each claim's confidence and sources, and the clauses it touches as links. A filter field and a kind
/// picker narrow the list (OpenQuestionsFilterModel); clicking a clause asks the window to select it.
class OpenQuestionsView : public QWidget
{
    Q_OBJECT

public:
    explicit OpenQuestionsView(QWidget *parent = nullptr);

    void setDataset(DatasetPtr dataset);
    /// The language of the dataset's texts (the interface language).
    void setLanguage(const QString &language);

    OpenQuestionsModel *model() const { return m_model; }
    OpenQuestionsFilterModel *filterModel() const { return m_filterModel; }
    QLineEdit *filterField() const { return m_filter; }
    QComboBox *kindPicker() const { return m_kind; }
    QTextBrowser *browser() const { return m_browser; }

Q_SIGNALS:
    /// The user clicked or activated the link to the clause @p clauseId.
    void clauseActivated(const QString &clauseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void applyKind(int index);

    OpenQuestionsModel *m_model;
    OpenQuestionsFilterModel *m_filterModel;
    QLineEdit *m_filter;
    QComboBox *m_kind;
    QLabel *m_count;
    QTextBrowser *m_browser;
};

} // namespace Dealscope
