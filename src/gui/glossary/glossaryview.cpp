// SPDX-License-Identifier: GPL-3.0-or-later
#include "glossary/glossaryview.h"

#include "widgets/inerttextbrowser.h"

#include <QBoxLayout>
#include <QCollator>
#include <QDesktopServices>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTextBrowser>

#include <algorithm>

namespace Dealscope {

GlossaryView::GlossaryView(QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_count(new QLabel(this)), m_browser(new InertTextBrowser(this))
{
    setObjectName(QStringLiteral("glossaryView"));
    m_filter->setObjectName(QStringLiteral("glossaryFilter"));
    m_filter->setClearButtonEnabled(true);
    m_browser->setObjectName(QStringLiteral("glossaryText"));
    m_browser->setOpenLinks(false);
    m_browser->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // Thai has no spaces to break at
    connect(m_browser, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url);
    });
    connect(m_filter, &QLineEdit::textChanged, this, &GlossaryView::refresh);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    retranslate();
}

void GlossaryView::setDataset(DatasetPtr dataset)
{
    m_dataset = std::move(dataset);
    refresh();
}

void GlossaryView::setLanguage(const QString &language)
{
    m_language = language;
    refresh();
}

void GlossaryView::setFilterText(const QString &text)
{
    m_filter->setText(text); // refreshes through textChanged
}

void GlossaryView::retranslate()
{
    m_filter->setPlaceholderText(tr("Search the glossary…"));
    m_filter->setAccessibleName(tr("Search the glossary"));
    m_browser->setAccessibleName(tr("Glossary"));
    refresh();
}

bool GlossaryView::matches(const GlossaryEntry &entry, const QString &text) const
{
    if (text.isEmpty())
        return true;
    QStringList names {entry.term.text(m_language), entry.definition.text(m_language)};
    for (const LocalizedText &alias : entry.aliases)
        names.append(alias.text(m_language));
    return std::any_of(names.cbegin(), names.cend(),
                       [&](const QString &name) { return name.contains(text, Qt::CaseInsensitive); });
}

void GlossaryView::refresh()
{
    m_shown.clear();
    if (!m_dataset) {
        m_browser->clear();
        m_count->clear();
        return;
    }
    QList<const GlossaryEntry *> entries;
    const QString text = m_filter->text().trimmed();
    for (const GlossaryEntry &entry : m_dataset->glossary) {
        if (matches(entry, text))
            entries.append(&entry);
    }
    QCollator collator {QLocale(m_language)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(entries.begin(), entries.end(), [&](const GlossaryEntry *a, const GlossaryEntry *b) {
        return collator.compare(a->term.text(m_language), b->term.text(m_language)) < 0;
    });

    QString html;
    for (const GlossaryEntry *entry : std::as_const(entries)) {
        m_shown.append(entry->id);
        html += QStringLiteral("<h4>%1</h4>").arg(entry->term.text(m_language).toHtmlEscaped());
        QStringList aliases;
        for (const LocalizedText &alias : entry->aliases)
            aliases.append(alias.text(m_language).toHtmlEscaped());
        aliases.removeDuplicates();
        if (!aliases.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Also: %1").toHtmlEscaped().arg(aliases.join(u", ")));
        html += QStringLiteral("<p>%1</p>").arg(entry->definition.text(m_language).toHtmlEscaped());
        QStringList links;
        for (const QString &id : entry->sources) {
            if (const Source *source = m_dataset->source(id))
                links.append(QStringLiteral("<a href=\"%1\">%2</a>")
                                 .arg(QString::fromUtf8(source->url.toEncoded()).toHtmlEscaped(),
                                      source->publisher.toHtmlEscaped()));
        }
        if (!links.isEmpty())
            html += QStringLiteral("<p><small>%1 %2</small></p>")
                        .arg(tr("Sources:").toHtmlEscaped(), links.join(QStringLiteral(" · ")));
    }
    if (entries.isEmpty())
        html = QStringLiteral("<p><i>%1</i></p>").arg(tr("No term matches.").toHtmlEscaped());
    m_browser->setHtml(html);
    m_count->setText(tr("%n term(s)", nullptr, int(entries.size())));
}

void GlossaryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Dealscope
