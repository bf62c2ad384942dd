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
/// sub-terms, then events) with change, status and confidence badges.
///
/// The title column keeps room for the first ReadableTitleChars characters of every title (after a
/// clause's id, with wide characters counted twice) at any depth. The secondary columns give way first: the
/// end column down to its short forms ("4/27/26" for "Ended 4/27/26"), then the status and the change
/// together, then the end's short forms, each eliding its text, whose full wording is in the row's tooltip;
/// the short confidence code stays whole.
class ClauseTreePanel : public QWidget
{
    Q_OBJECT

public:
    /// How much of a title stays readable however narrow the secondary columns get.
    static constexpr int ReadableTitleChars = 24;
    /// The number of @p title's first characters that make ReadableTitleChars, where a Chinese, Japanese
    /// or Korean character counts as two: it carries about as much as two Latin letters and takes about
    /// their room, so counted as one it would leave the other columns nothing in those languages.
    static qsizetype readableTitleLength(QStringView title);

    explicit ClauseTreePanel(QWidget *parent = nullptr);

    void setModel(AgreementFilterModel *model);
    QTreeView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }
    /// Shows the column that says what the selected version did to each item.
    void setShowChanges(bool show);
    bool showChanges() const { return m_showChanges; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void layoutColumns();
    int titleMinimum() const;
    /// The width @p column needs to show the widest of its texts for @p role whole.
    int textColumnWidth(int column, int role = Qt::DisplayRole) const;

    QLineEdit *m_filter;
    QTreeView *m_view;
    BadgeDelegate *m_delegate;
    AgreementFilterModel *m_model = nullptr;
    bool m_showChanges = false;
};

} // namespace Dealscope
