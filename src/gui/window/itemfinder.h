// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndexList>
#include <QObject>

class QAbstractItemModel;
class QItemSelectionModel;

namespace Dealscope {

/// Find (Ctrl+F): the next or previous clause or event, in the order the views list them, whose search text
/// holds every word of a query, made the current item of the shared selection.
class ItemFinder : public QObject
{
    Q_OBJECT

public:
    /// Searches @p model (the views' model, with AgreementModel's roles) and selects in @p selection.
    ItemFinder(const QAbstractItemModel *model, QItemSelectionModel *selection, QObject *parent = nullptr);

    /// Selects the next (or, with @p backwards, the previous) match after the current item, wrapping
    /// around; false when nothing matches or @p text has no words.
    bool find(const QString &text, bool backwards = false);

Q_SIGNALS:
    /// @p index (of the searched model) is now the current item.
    void found(const QModelIndex &index);
    /// What happened, for the status bar.
    void statusMessage(const QString &message);

private:
    QModelIndexList searchableItems(const QModelIndex &parent = {}) const;

    const QAbstractItemModel *m_model;
    QItemSelectionModel *m_selection;
};

} // namespace Dealscope
