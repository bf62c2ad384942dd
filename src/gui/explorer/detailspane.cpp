// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/detailspane.h"

#include "agreement/agreementmodel.h"
#include "explorer/detailsformatter.h"
#include "glossary/glossarymarker.h"

#include <QDesktopServices>
#include <QEvent>
#include <QScrollBar>

namespace Dealscope {

DetailsPane::DetailsPane(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("detailsPane"));
    setOpenLinks(false); // every click goes through followLink()
    setOpenExternalLinks(false);
    setAccessibleName(tr("Details"));
    // Thai writes no spaces between words, and without a dictionary Qt finds no break in a Thai sentence;
    // long URLs and identifiers have none either. Break such runs anywhere rather than scroll sideways. What
    // could still stick out is a fraction of a pixel, or one glyph in a pane narrower than it: not worth a
    // scroll bar that takes a line's height.
    setLineWrapMode(QTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QTextBrowser::anchorClicked, this, &DetailsPane::followLink);
}

void DetailsPane::setModel(const AgreementModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::dataChanged, this, &DetailsPane::refresh);
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showItem({}); });
    }
    showItem({});
}

void DetailsPane::showItem(const QModelIndex &sourceIndex)
{
    const QModelIndex item = sourceIndex.siblingAtColumn(0);
    const bool sameItem = m_current.isValid() && item == m_current;
    m_current = item;
    refresh();
    // Another item is read from its start; the same one shown again keeps where the reader was.
    if (!sameItem)
        verticalScrollBar()->setValue(verticalScrollBar()->minimum());
}

void DetailsPane::refresh()
{
    if (!m_model) {
        clear();
        return;
    }
    const DetailsFormatter formatter(*m_model);
    QString html;
    if (!m_current.isValid()) {
        html = formatter.overviewHtml();
    } else {
        switch (m_model->nodeKind(m_current)) {
        case AgreementModel::NodeKind::Clause:
            html = formatter.clauseHtml(m_current);
            break;
        case AgreementModel::NodeKind::Event:
            html = formatter.eventHtml(m_current);
            break;
        case AgreementModel::NodeKind::Category:
        case AgreementModel::NodeKind::EventGroup:
            html = formatter.categoryHtml(m_current);
            break;
        }
    }
    const int scroll = verticalScrollBar()->value();
    setHtml(html);
    if (const DatasetPtr dataset = m_model->dataset()) {
        // Dataset texts and the interface share the model's language.
        GlossaryMatcher matcher(dataset->glossary, m_model->language());
        GlossaryMarker(matcher, m_model->language()).markDocument(document());
    }
    verticalScrollBar()->setValue(scroll);
}

QVariant DetailsPane::loadResource(int, const QUrl &)
{
    return {}; // never read files or fetch URLs on behalf of dataset text
}

void DetailsPane::followLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("clause") || scheme == QLatin1String("event"))
        Q_EMIT itemRequested(url.path());
    else if (scheme == QLatin1String("https") || scheme == QLatin1String("http"))
        QDesktopServices::openUrl(url);
}

void DetailsPane::changeEvent(QEvent *event)
{
    // Links and headings take their colours from the palette: re-render when it changes (dark mode); the
    // labels and dates follow the interface language.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        refresh();
    QTextBrowser::changeEvent(event);
}

} // namespace Dealscope
