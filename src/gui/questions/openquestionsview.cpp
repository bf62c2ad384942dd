// SPDX-License-Identifier: GPL-3.0-or-later
#include "questions/openquestionsview.h"

#include "questions/openquestionshtml.h"

#include "widgets/inerttextbrowser.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTextBrowser>

namespace Dealscope {

OpenQuestionsView::OpenQuestionsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new OpenQuestionsModel(this))
    , m_filterModel(new OpenQuestionsFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_browser(new InertTextBrowser(this))
{
    setObjectName(QStringLiteral("openQuestionsView"));
    m_filterModel->setSourceModel(m_model);
    m_filter->setObjectName(QStringLiteral("openQuestionsFilter"));
    m_filter->setClearButtonEnabled(true);
    m_kind->setObjectName(QStringLiteral("openQuestionsKind"));
    m_browser->setObjectName(QStringLiteral("openQuestionsText"));
    m_browser->setOpenLinks(false);
    m_browser->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // Thai has no spaces to break at

    connect(m_filter, &QLineEdit::textChanged, m_filterModel, &OpenQuestionsFilterModel::setText);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &OpenQuestionsView::applyKind);
    // Any change of what the filter keeps redraws the list.
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &OpenQuestionsView::refresh);
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, &OpenQuestionsView::refresh);
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, &OpenQuestionsView::refresh);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, &OpenQuestionsView::refresh);
    connect(m_filterModel, &QAbstractItemModel::dataChanged, this, &OpenQuestionsView::refresh);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("clause"))
            Q_EMIT clauseActivated(url.path());
        else if (url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url);
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_kind);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    retranslate();
}

void OpenQuestionsView::setDataset(DatasetPtr dataset)
{
    m_model->setDataset(std::move(dataset));
}

void OpenQuestionsView::setLanguage(const QString &language)
{
    m_model->setLanguage(language);
}

void OpenQuestionsView::applyKind(int index)
{
    const QVariant kind = m_kind->itemData(index);
    m_filterModel->setKindFilter(kind.isValid() ? std::optional(OpenQuestion::Kind(kind.toInt())) : std::nullopt);
}

void OpenQuestionsView::retranslate()
{
    const QSignalBlocker blocker(m_kind);
    const int current = qMax(0, m_kind->currentIndex());
    m_kind->clear();
    m_kind->addItem(tr("All kinds"));
    m_kind->addItem(OpenQuestionsHtml::kindName(OpenQuestion::Kind::Conflict), int(OpenQuestion::Kind::Conflict));
    m_kind->addItem(OpenQuestionsHtml::kindName(OpenQuestion::Kind::Unknown), int(OpenQuestion::Kind::Unknown));
    m_kind->setCurrentIndex(current);
    m_kind->setAccessibleName(tr("Kind of open question"));
    m_filter->setPlaceholderText(tr("Filter open questions…"));
    m_filter->setAccessibleName(tr("Filter open questions"));
    m_browser->setAccessibleName(tr("Open questions"));
    refresh();
}

void OpenQuestionsView::refresh()
{
    const DatasetPtr dataset = m_model->dataset();
    QString html;
    for (int row = 0; dataset && row < m_filterModel->rowCount(); ++row) {
        const OpenQuestion *question = m_model->question(m_filterModel->mapToSource(m_filterModel->index(row, 0)));
        if (question)
            html += OpenQuestionsHtml::question(*dataset, *question, m_model->language());
    }
    if (dataset && html.isEmpty())
        html = QStringLiteral("<p><i>%1</i></p>").arg(tr("No open question matches.").toHtmlEscaped());
    m_browser->setHtml(html);
    const QLocale locale;
    m_count->setText(
        tr("%1 of %2").arg(locale.toString(m_filterModel->rowCount()), locale.toString(m_model->rowCount())));
}

void OpenQuestionsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Dealscope
