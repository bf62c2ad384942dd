// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Dealscope {

/// What the clause tree and the timeline actually show of an AgreementModel: clauses not yet agreed as
/// of the selected version are hidden, and a search text keeps only the clauses and events whose title,
/// wording or source publishers contain every word of it. Groups stay visible while they have a visible
/// child.
class AgreementFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AgreementFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_words.join(u' '); }

    /// Shows clauses that later versions introduce, too (off by default).
    void setShowFutureClauses(bool show);
    bool showFutureClauses() const { return m_showFuture; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    bool m_showFuture = false;
};

} // namespace Dealscope
