// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/redlinedelegate.h"

#include "compare/comparisonmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTableView>
#include <QTextDocument>

namespace Dealscope {

namespace {
constexpr int Margin = 6;
}

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
    panel.text.clear(); // the background, selection and focus only: the text is drawn below
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &panel, painter, widget);

    QTextDocument document;
    layOut(document, option, index, option.rect.width());
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = option.state & QStyle::State_Selected;
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text,
                             option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
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
