// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/badgedelegate.h"

#include "agreement/agreementmodel.h"
#include "widgets/colourmix.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QTextDocument>
#include <QToolTip>

#include <cmath>

namespace Dealscope {

namespace {

/// A hue at a lightness that reads well on the palette's base colour.
QColor tone(int hue, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    return QColor::fromHsl(hue, dark ? 150 : 170, dark ? 150 : 95);
}

constexpr int BadgePadding = 6;
constexpr int BadgeMargin = 2; ///< between a badge and its cell's edges

/// The whole pixels @p text takes. Integer advances round down, and a badge made that wide would elide its
/// own text ("In for…").
int wholeTextWidth(const QFont &font, const QString &text)
{
    return int(std::ceil(QFontMetricsF(font).horizontalAdvance(text)));
}

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

QColor BadgeDelegate::laterColor(const QPalette &palette)
{
    return palette.color(QPalette::Disabled, QPalette::Text);
}

void BadgeDelegate::paintBadge(QPainter *painter, const QRect &rect, const QString &text, const QColor &color,
                               const QFont &font, const QPalette &palette)
{
    const QFontMetrics metrics(font);
    const int textWidth = wholeTextWidth(font, text);
    const int width = std::min(rect.width() - 2 * BadgeMargin, textWidth + 2 * BadgePadding);
    if (width <= 2 * BadgePadding)
        return; // no room for even an ellipsis
    const int height = std::min(rect.height() - 4, metrics.height() + 2);
    const QRect badge(rect.left() + BadgeMargin, rect.center().y() - height / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // An opaque tint on the base colour rather than a translucent one, so that on a selected row the
    // badge stays a light shape under text in the usual colour, not dark text on the selection's blue.
    const QColor fill = mixColours(palette.color(QPalette::Base), color, 0.22);
    painter->setPen(QPen(color, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(font);
    const int room = badge.width() - 2 * BadgePadding;
    painter->drawText(badge, Qt::AlignCenter,
                      textWidth <= room ? text : metrics.elidedText(text, Qt::ElideRight, room));
    painter->restore();
}

int BadgeDelegate::badgeWidth(const QFont &font, const QString &text)
{
    return wholeTextWidth(font, text) + 2 * BadgePadding + 2 * BadgeMargin;
}

int BadgeDelegate::textMargins(const QWidget *view)
{
    const QStyle *style = view ? view->style() : QApplication::style();
    return 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) + 2;
}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto kind = AgreementModel::NodeKind(index.data(AgreementModel::NodeKindRole).toInt());
    const bool item = kind == AgreementModel::NodeKind::Clause || kind == AgreementModel::NodeKind::Event;
    const int column = index.column();
    if (!item
        || (column != AgreementModel::ChangeColumn && column != AgreementModel::StatusColumn
            && column != AgreementModel::ConfidenceColumn)) {
        QStyledItemDelegate::paint(painter, option, index);
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
    QColor color;
    switch (column) {
    case AgreementModel::ChangeColumn:
        color = changeColor(index.data(AgreementModel::ChangeRole).toInt(), option.palette);
        break;
    case AgreementModel::StatusColumn:
        color = kind == AgreementModel::NodeKind::Event
            ? laterColor(option.palette) // "later": not yet known then
            : statusColor(index.data(AgreementModel::StatusRole).toInt(), option.palette);
        break;
    default:
        color = confidenceColor(index.data(AgreementModel::ConfidenceRole).toString(), option.palette);
        break;
    }
    paintBadge(painter, option.rect, text, color, option.font, option.palette);
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
    if (index.column() == AgreementModel::EndColumn && option->rect.width() > 0) {
        // A cell too narrow for "Ended 4/27/26" shows "4/27/26" rather than "Ended…"; the tooltip and the
        // accessible text keep the whole.
        // Asked for only when the whole text does not fit: this runs for every end cell painted.
        if (option->fontMetrics.horizontalAdvance(option->text) > option->rect.width() - textMargins(option->widget)) {
            if (const QString compact = index.data(AgreementModel::CompactTextRole).toString(); !compact.isEmpty())
                option->text = compact;
        }
    }
    if (index.data(AgreementModel::AfterVersionRole).toBool()) {
        // Not yet known as of the selected version: shown, but greyed like what is disabled.
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    }
}

} // namespace Dealscope
