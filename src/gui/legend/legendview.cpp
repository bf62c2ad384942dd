// SPDX-License-Identifier: GPL-3.0-or-later
#include "legend/legendview.h"

#include "legend/legendsymbol.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Dealscope {

LegendSwatch::LegendSwatch(const LegendEntry &entry, QWidget *parent) : QWidget(parent), m_symbol(entry.symbol)
{
    setAccessibleName(entry.label);
    setAccessibleDescription(entry.meaning);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QSize LegendSwatch::sizeHint() const
{
    return LegendSymbolPainter(palette(), font()).size(m_symbol);
}

void LegendSwatch::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    LegendSymbolPainter(palette(), font()).paint(painter, m_symbol, QRect(QPoint(0, 0), sizeHint()));
}

namespace {

/// The label in bold, then the meaning; a meaning that starts with the label ("A — official text") keeps
/// its own wording after it.
QString entryHtml(const LegendEntry &entry)
{
    const QString label = QStringLiteral("<b>%1</b>").arg(entry.label.toHtmlEscaped());
    if (entry.meaning.startsWith(entry.label + u' '))
        return label + entry.meaning.mid(entry.label.size()).toHtmlEscaped();
    return label + QStringLiteral(" — ") + entry.meaning.toHtmlEscaped();
}

} // namespace

LegendView::LegendView(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("legendView"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    rebuild();
}

void LegendView::rebuild()
{
    auto *content = new QWidget;
    content->setBackgroundRole(QPalette::Base);
    content->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(content);
    layout->setSpacing(6);
    m_headings.clear();
    for (const LegendSection &section : LegendCatalog::sections()) {
        auto *heading = new QLabel(section.title, content);
        m_headings.append(heading);
        QFont headingFont = heading->font();
        headingFont.setBold(true);
        headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
        heading->setFont(headingFont);
        heading->setTextFormat(Qt::PlainText);
        heading->setAccessibleName(section.title);
        layout->addSpacing(6);
        layout->addWidget(heading);
        if (!section.intro.isEmpty()) {
            auto *intro = new QLabel(section.intro, content);
            intro->setTextFormat(Qt::PlainText);
            intro->setWordWrap(true);
            layout->addWidget(intro);
        }
        auto *grid = new QGridLayout;
        grid->setHorizontalSpacing(12);
        grid->setColumnStretch(1, 1);
        int row = 0;
        for (const LegendEntry &entry : section.entries) {
            auto *swatch = new LegendSwatch(entry, content);
            auto *text = new QLabel(entryHtml(entry), content);
            text->setTextFormat(Qt::RichText);
            text->setWordWrap(true);
            grid->addWidget(swatch, row, 0, Qt::AlignLeft | Qt::AlignTop);
            grid->addWidget(text, row, 1);
            ++row;
        }
        layout->addLayout(grid);
    }
    layout->addStretch(1);
    delete takeWidget();
    setWidget(content);
}

QList<const LegendSwatch *> LegendView::swatches() const
{
    QList<const LegendSwatch *> result;
    if (widget()) {
        const QList<LegendSwatch *> found = widget()->findChildren<LegendSwatch *>();
        for (const LegendSwatch *swatch : found)
            result.append(swatch);
    }
    return result;
}

void LegendView::changeEvent(QEvent *event)
{
    QScrollArea::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        rebuild();
}

void LegendView::showPart(Part part)
{
    // The tree's badges come first; the timeline's bars, icons, markers and lines follow.
    const int section = part == Part::Tree ? 0 : 1;
    if (section >= m_headings.size())
        return;
    widget()->adjustSize();
    verticalScrollBar()->setValue(m_headings.at(section)->y() - widget()->layout()->spacing());
}

int LegendView::topSection() const
{
    const int top = verticalScrollBar()->value();
    int shown = 0;
    for (int i = 0; i < m_headings.size(); ++i) {
        if (m_headings.at(i)->y() <= top + widget()->layout()->spacing())
            shown = i;
    }
    return shown;
}

} // namespace Dealscope
