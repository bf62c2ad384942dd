// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QTableView;
class QTextDocument;

namespace Dealscope {

/// Draws a cell's rich text (ComparisonModel::HtmlRole) wrapped to its column, and makes the row as tall as
/// the text needs at the column's width.
class RedlineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RedlineDelegate(QTableView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void layOut(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;

    QTableView *m_view;
};

} // namespace Dealscope
