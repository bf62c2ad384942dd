// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement/agreementfiltermodel.h"

#include "agreement/agreementmodel.h"

namespace Dealscope {

AgreementFilterModel::AgreementFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    // Statuses change with the version: re-filter whenever the source's data changes.
    setDynamicSortFilter(true);
}

void AgreementFilterModel::setSearchText(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void AgreementFilterModel::setShowFutureClauses(bool show)
{
    if (show == m_showFuture)
        return;
    m_showFuture = show;
    invalidateFilter();
}

bool AgreementFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = AgreementModel::NodeKind(index.data(AgreementModel::NodeKindRole).toInt());
    if (kind == AgreementModel::NodeKind::Category || kind == AgreementModel::NodeKind::EventGroup)
        return false; // shown through recursive filtering when a child is accepted
    if (kind == AgreementModel::NodeKind::Clause && !m_showFuture
        && ClauseStatus(index.data(AgreementModel::StatusRole).toInt()) == ClauseStatus::NotYetInForce)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(AgreementModel::SearchTextRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&text](const QString &word) { return text.contains(word, Qt::CaseInsensitive); });
}

} // namespace Dealscope
