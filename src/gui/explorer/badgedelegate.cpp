// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/badgedelegate.h"

#include "agreement/agreementmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QTextDocument>
#include <QToolTip>

namespace Dealscope {

namespace {

/// A hue at a lightness that reads well on the palette's base colour.
QColor tone(int hue, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    return QColor::fromHsl(hue, dark ? 150 : 170, dark ? 150 : 95);
}

constexpr int BadgePadding = 6;

} // namespace

BadgeDelegate::BadgeDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

bool BadgeDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                              const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text = index.data(Qt::ToolTipRole).toString();
    if (text.isEmpty()) {
        QToolTip::hideText();
        return false;
    }
    // Escaped into a paragraph of its own, so the tooltip never interprets the file's text as markup.
    QToolTip::showText(event->globalPos(), Qt::convertFromPlainText(text), view, option.rect);
    return true;
}

QColor BadgeDelegate::statusColor(int status, const QPalette &palette)
{
    switch (ClauseStatus(status)) {
    case ClauseStatus::InForce:
        return tone(130, palette); // green
    case ClauseStatus::Unknown:
        return tone(40, palette); // amber
    case ClauseStatus::NotYetInForce:
        return tone(210, palette); // blue
    case ClauseStatus::Ended:
    case ClauseStatus::Expired:
        return palette.color(QPalette::Disabled, QPalette::Text);
    }
    return palette.color(QPalette::Text);
}

QColor BadgeDelegate::confidenceColor(const QString &code, const QPalette &palette)
{
    // A range is coloured by its weakest part: that is what a reader must be careful about.
    switch (code.isEmpty() ? u'X' : code.back().unicode()) {
    case u'A':
        return tone(130, palette);
    case u'B':
        return tone(200, palette);
    case u'C':
        return tone(40, palette);
    default:
        return tone(0, palette);
    }
}

QColor BadgeDelegate::changeColor(int change, const QPalette &palette)
{
    switch (ChangeKind(change)) {
    case ChangeKind::Introduced:
        return tone(130, palette);
    case ChangeKind::Amended:
        return tone(280, palette);
    case ChangeKind::Ended:
        return tone(0, palette);
    case ChangeKind::NotRestated:
        return tone(40, palette);
    case ChangeKind::Unchanged:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::Text);
}

void BadgeDelegate::paintBadge(QPainter *painter, const QRect &rect, const QString &text, const QColor &color,
                               const QStyleOptionViewItem &option) const
{
    const QFontMetrics metrics(option.font);
    const int width = std::min(rect.width() - 4, metrics.horizontalAdvance(text) + 2 * BadgePadding);
    const int height = std::min(rect.height() - 4, metrics.height() + 2);
    const QRect badge(rect.left() + 2, rect.center().y() - height / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = color;
    fill.setAlphaF(0.22);
    painter->setPen(QPen(color, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(badge, Qt::AlignCenter,
                      metrics.elidedText(text, Qt::ElideRight, badge.width() - 2 * BadgePadding));
    painter->restore();
}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto kind = AgreementModel::NodeKind(index.data(AgreementModel::NodeKindRole).toInt());
    const bool clause = kind == AgreementModel::NodeKind::Clause;
    const bool event = kind == AgreementModel::NodeKind::Event;
    const int column = index.column();
    if (!(clause || event)
        || (column != AgreementModel::StatusColumn && column != AgreementModel::ConfidenceColumn
            && !(column == AgreementModel::TitleColumn && m_showChanges))) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    if (column == AgreementModel::TitleColumn) {
        const int change = index.data(AgreementModel::ChangeRole).toInt();
        if (change < 0 || ChangeKind(change) == ChangeKind::Unchanged) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        // Title first, the change badge at the right end of the cell.
        const QString badgeText = changeName(ChangeKind(change));
        const int badgeWidth = QFontMetrics(option.font).horizontalAdvance(badgeText) + 2 * BadgePadding + 6;
        QStyleOptionViewItem titleOption = option;
        titleOption.rect.setRight(option.rect.right() - badgeWidth);
        QStyledItemDelegate::paint(painter, titleOption, index);
        QRect badgeRect = option.rect;
        badgeRect.setLeft(option.rect.right() - badgeWidth + 2);
        paintBadge(painter, badgeRect, badgeText, changeColor(change, option.palette), option);
        return;
    }

    if (column == AgreementModel::StatusColumn && event) {
        QStyledItemDelegate::paint(painter, option, index); // an event's date, as plain text
        return;
    }

    // Background and selection as usual, then the badge instead of the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return;
    const QColor color = column == AgreementModel::StatusColumn
        ? statusColor(index.data(AgreementModel::StatusRole).toInt(), option.palette)
        : confidenceColor(index.data(AgreementModel::ConfidenceRole).toString(), option.palette);
    paintBadge(painter, option.rect, text, color, option);
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 2 * BadgePadding + 4;
    size.setHeight(std::max(size.height(), QFontMetrics(option.font).height() + 8));
    return size;
}

void BadgeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == AgreementModel::TitleColumn && index.data(AgreementModel::UntranslatedRole).toBool())
        option->font.setItalic(true);
}

} // namespace Dealscope
