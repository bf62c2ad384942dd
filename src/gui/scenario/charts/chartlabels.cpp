// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/charts/chartlabels.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QTextDocument>
#include <QTextDocumentFragment>

namespace Dealscope {

namespace {

constexpr int KindKey = 0x4453; ///< the QGraphicsItem::data() key of a tagged label's kind

bool isElided(const QString &text)
{
    return text.endsWith(QChar(0x2026)) || text.endsWith(QLatin1String("..."));
}

QString withoutEllipsis(const QString &text)
{
    QString shortened = text;
    if (shortened.endsWith(QChar(0x2026)))
        shortened.chop(1);
    else if (shortened.endsWith(QLatin1String("...")))
        shortened.chop(3);
    return shortened.simplified();
}

bool descendsFrom(const QGraphicsItem *item, const QGraphicsItem *ancestor)
{
    for (const QGraphicsItem *it = item; it; it = it->parentItem()) {
        if (it == ancestor)
            return true;
    }
    return false;
}

/// The text and the tight box of @p item in scene coordinates; false if it is no text item or shows nothing.
bool textOf(const QGraphicsItem *item, QString *text, QRectF *sceneRect)
{
    QRectF local;
    if (const auto *simple = qgraphicsitem_cast<const QGraphicsSimpleTextItem *>(item)) {
        *text = simple->text();
        local = simple->boundingRect();
    } else if (const auto *rich = qgraphicsitem_cast<const QGraphicsTextItem *>(item)) {
        *text = rich->toPlainText();
        // The document's margin is empty space around the text, not part of it.
        const qreal margin = rich->document()->documentMargin();
        local = rich->boundingRect().adjusted(margin, margin, -margin, -margin);
        const QFontMetricsF metrics(rich->font());
        if (rich->document()->blockCount() == 1 && !text->contains(QChar::LineSeparator) && !text->contains(u'\n')) {
            // One line: the glyphs themselves, as the line's box has room above and below them that Qt
            // Charts lets neighbouring labels use (the y axis's "0" over the x axis's first year).
            const QRectF ink = metrics.tightBoundingRect(*text);
            local = QRectF(QPointF(local.left() + ink.left(), local.top() + metrics.ascent() + ink.top()), ink.size());
        }
    } else {
        return false;
    }
    if (text->trimmed().isEmpty() || local.isEmpty())
        return false;
    *sceneRect = item->mapRectToScene(local);
    return true;
}

ChartLabel::Kind kindOf(const QGraphicsItem *item, const QString &text, const QChart *chart)
{
    const QVariant tagged = item->data(KindKey);
    if (tagged.isValid())
        return ChartLabel::Kind(tagged.toInt());
    if (descendsFrom(item, chart->legend()))
        return ChartLabel::Kind::Legend;
    if (!chart->title().isEmpty()
        && text.simplified() == QTextDocumentFragment::fromHtml(chart->title()).toPlainText().simplified())
        return ChartLabel::Kind::Title;
    const QList<QAbstractAxis *> axes = chart->axes();
    for (const QAbstractAxis *axis : axes) {
        if (!axis->isTitleVisible() || axis->titleText().isEmpty())
            continue;
        const QString title = QTextDocumentFragment::fromHtml(axis->titleText()).toPlainText().simplified();
        if (text.simplified() == title || (isElided(text) && title.startsWith(withoutEllipsis(text))))
            return ChartLabel::Kind::AxisTitle;
    }
    // Qt Charts' own remaining texts: the axis labels (bar values are tagged by the chart that shows them).
    return ChartLabel::Kind::AxisTick;
}

void collect(const QGraphicsItem *item, const QChart *chart, QList<ChartLabel> *labels)
{
    if (!item->isVisible() || item->effectiveOpacity() <= 0.0)
        return;
    QString text;
    QRectF rect;
    if (item != chart && textOf(item, &text, &rect))
        labels->append({kindOf(item, text, chart), text, rect, isElided(text)});
    const QList<QGraphicsItem *> children = item->childItems();
    for (const QGraphicsItem *child : children)
        collect(child, chart, labels);
}

} // namespace

QList<ChartLabel> chartLabels(const QChart *chart)
{
    QList<ChartLabel> labels;
    if (chart)
        collect(chart, chart, &labels);
    return labels;
}

void tagChartLabel(QGraphicsItem *item, ChartLabel::Kind kind)
{
    item->setData(KindKey, int(kind));
}

} // namespace Dealscope
