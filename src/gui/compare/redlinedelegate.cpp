// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/redlinedelegate.h"

#include "compare/comparisonmodel.h"
#include "widgets/colourmix.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTableView>
#include <QTextDocument>

namespace Dealscope {

namespace {
constexpr int Margin = 6;
constexpr int SelectionBar = 3; ///< the width of a selected row's bar, less than the margin it stands in
} // namespace

RedlineDelegate::RedlineDelegate(QTableView *view) : QStyledItemDelegate(view), m_view(view) { }

void RedlineDelegate::layOut(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index,
                             int width) const
{
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setHtml(index.data(ComparisonModel::HtmlRole).toString());
    document.setTextWidth(std::max(40, width - 2 * Margin));
}

void RedlineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem panel = option;
    initStyleOption(&panel, index);
    panel.text.clear(); // the background and focus only: the text is drawn below
    // The redline's own colours (struck red, underlined green, grey notes) do not read on the full
    // selection colour: a selected row gets a tint of it and a bar at its left edge instead, under text in
    // its usual colours.
    const bool selected = option.state & QStyle::State_Selected;
    const QColor highlight = option.palette.color(QPalette::Highlight);
    if (selected) {
        panel.state &= ~QStyle::State_Selected;
        panel.backgroundBrush = mixColours(option.palette.color(QPalette::Base), highlight, 0.15);
    }
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &panel, painter, widget);
    if (selected && index.column() == 0)
        painter->fillRect(QRect(option.rect.topLeft(), QSize(SelectionBar, option.rect.height())), highlight);

    QTextDocument document;
    layOut(document, option, index, option.rect.width());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(Margin, Margin));
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size() - QSize(Margin, Margin)));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize RedlineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument document;
    const int width = m_view->columnWidth(index.column());
    layOut(document, option, index, width);
    return QSize(width, int(std::ceil(document.size().height())) + 2 * Margin);
}

} // namespace Dealscope
