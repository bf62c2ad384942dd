// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/clausetreepanel.h"

#include "agreement/agreementfiltermodel.h"
#include "agreement/agreementmodel.h"
#include "explorer/badgedelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace Dealscope {

ClauseTreePanel::ClauseTreePanel(QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_view(new QTreeView(this)), m_delegate(new BadgeDelegate(this))
{
    m_filter->setObjectName(QStringLiteral("clauseFilter"));
    m_filter->setClearButtonEnabled(true);

    m_view->setObjectName(QStringLiteral("clauseTree"));
    retranslate();
    m_view->setItemDelegate(m_delegate);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);

    setFocusProxy(m_view);
}

void ClauseTreePanel::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter clauses and events…"));
    m_filter->setToolTip(tr("Keep the clauses and events whose title, wording or source contains every word"));
    m_view->setAccessibleName(tr("Clauses"));
}

void ClauseTreePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ClauseTreePanel::setModel(AgreementFilterModel *model)
{
    m_model = model;
    m_view->setModel(model);
    connect(m_filter, &QLineEdit::textChanged, model, [this](const QString &text) {
        m_model->setSearchText(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });
    auto resizeColumns = [this] {
        m_view->expandAll();
        // The title takes the room; badges get a fixed width from the longest status, so that a long
        // end text can never squeeze the title away.
        QHeaderView *header = m_view->header();
        const QFontMetrics metrics(m_view->font());
        int statusWidth = 0;
        for (ClauseStatus status : {ClauseStatus::NotYetInForce, ClauseStatus::InForce, ClauseStatus::Unknown,
                                    ClauseStatus::Ended, ClauseStatus::Expired})
            statusWidth = std::max(statusWidth, metrics.horizontalAdvance(statusName(status)));
        header->setMinimumSectionSize(metrics.horizontalAdvance(QStringLiteral("A/B")) + 28);
        header->setSectionResizeMode(AgreementModel::TitleColumn, QHeaderView::Stretch);
        header->setSectionResizeMode(AgreementModel::StatusColumn, QHeaderView::Fixed);
        header->resizeSection(AgreementModel::StatusColumn, statusWidth + 28);
        header->setSectionResizeMode(AgreementModel::EndColumn, QHeaderView::Interactive);
        header->resizeSection(AgreementModel::EndColumn,
                              metrics.horizontalAdvance(QStringLiteral("Ended 28 Oct 2025")) + 24);
        header->setSectionResizeMode(AgreementModel::ConfidenceColumn, QHeaderView::ResizeToContents);
    };
    connect(model, &QAbstractItemModel::modelReset, this, resizeColumns);
    resizeColumns();
}

void ClauseTreePanel::setShowChanges(bool show)
{
    m_delegate->setShowChanges(show);
    m_view->viewport()->update();
}

} // namespace Dealscope
