// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/itemfinder.h"

#include "agreement/agreementmodel.h"

#include <QItemSelectionModel>

#include <algorithm>

namespace Dealscope {

ItemFinder::ItemFinder(const QAbstractItemModel *model, QItemSelectionModel *selection, QObject *parent)
    : QObject(parent), m_model(model), m_selection(selection)
{ }

QModelIndexList ItemFinder::searchableItems(const QModelIndex &parent) const
{
    QModelIndexList items;
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        const auto kind = AgreementModel::NodeKind(index.data(AgreementModel::NodeKindRole).toInt());
        if (kind == AgreementModel::NodeKind::Clause || kind == AgreementModel::NodeKind::Event)
            items.append(index);
        items += searchableItems(index);
    }
    return items;
}

bool ItemFinder::find(const QString &text, bool backwards)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    const QModelIndexList items = searchableItems();
    const qsizetype count = items.size();
    const qsizetype current = items.indexOf(m_selection->currentIndex().siblingAtColumn(0));
    for (qsizetype step = 1; step <= count; ++step) {
        const qsizetype i = ((current < 0 && backwards ? 0 : current) + (backwards ? -step : step) + 2 * count) % count;
        const QString haystack = items.at(i).data(AgreementModel::SearchTextRole).toString();
        if (std::all_of(words.cbegin(), words.cend(),
                        [&](const QString &word) { return haystack.contains(word, Qt::CaseInsensitive); })) {
            m_selection->setCurrentIndex(items.at(i), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            Q_EMIT found(items.at(i));
            Q_EMIT statusMessage(tr("Found: %1").arg(items.at(i).data().toString()));
            return true;
        }
    }
    Q_EMIT statusMessage(tr("Nothing matches “%1”").arg(text));
    return false;
}

} // namespace Dealscope
