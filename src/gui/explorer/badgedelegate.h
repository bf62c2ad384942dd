// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Dealscope {

/// Paints the change, status and confidence columns of the agreement tree as coloured badges: what the
/// selected version did (new, amended, ended, not restated), where the item stands, how sure the facts are.
/// An end too long for its cell is shown in its short form (AgreementModel::CompactTextRole). Events dated
/// after the selected version are greyed. Colours are mixed from the palette so that badges
/// stay readable in light and dark themes.
class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit BadgeDelegate(QObject *parent = nullptr);

    /// The width a cell needs to show @p text whole as a badge.
    static int badgeWidth(const QFont &font, const QString &text);
    /// The room a cell's text loses to the item's margins in @p view (the style pads both sides).
    static int textMargins(const QWidget *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// Shows the tooltip as plain text: Qt would take dataset text that starts with a tag for rich text
    /// and load the images it names.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    /// The badge colour for a status or confidence, against @p palette.
    static QColor statusColor(int status, const QPalette &palette);
    static QColor confidenceColor(const QString &code, const QPalette &palette);
    static QColor changeColor(int change, const QPalette &palette);
    /// The badge colour of an event dated after the selected version ("Later"): greyed like what is disabled.
    static QColor laterColor(const QPalette &palette);
    /// Draws @p text as a badge in @p color at the left of @p rect: what the tree's cells show, and the legend.
    static void paintBadge(QPainter *painter, const QRect &rect, const QString &text, const QColor &color,
                           const QFont &font, const QPalette &palette);

protected:
    /// English stand-ins for a missing translation are set in italics (AgreementModel::UntranslatedRole).
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Dealscope
