// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/currentitemsync.h"

#include "agreement/agreementmodel.h"
#include "articles/articleview.h"
#include "explorer/detailspane.h"
#include "scenario/scenariopanel.h"
#include "scenario/scenarioregime.h"
#include "source/sourceview.h"

#include <QItemSelectionModel>
#include <QSortFilterProxyModel>

#include <algorithm>

namespace Dealscope {

namespace {

/// Whether @p end waits for @p milestone, alone or as one of several ends.
bool endsAtMilestone(const TermEnd &end, const QString &milestone)
{
    if (end.kind == TermEnd::Kind::Milestone)
        return end.milestone == milestone;
    return end.kind == TermEnd::Kind::EarliestOf
        && std::any_of(end.alternatives.cbegin(), end.alternatives.cend(),
                       [&](const TermEnd &alternative) { return endsAtMilestone(alternative, milestone); });
}

} // namespace

CurrentItemSync::CurrentItemSync(const AgreementModel *model, const QSortFilterProxyModel *filter,
                                 QItemSelectionModel *selection, const Views &views, QObject *parent)
    : QObject(parent), m_model(model), m_filter(filter), m_views(views)
{
    connect(selection, &QItemSelectionModel::currentChanged, this, &CurrentItemSync::show);
}

void CurrentItemSync::show(const QModelIndex &current)
{
    const QModelIndex source = m_filter->mapToSource(current);
    if (m_views.details)
        m_views.details->showItem(source);
    if (m_views.source)
        m_views.source->showItem(source);
    const bool isClause = current.data(AgreementModel::NodeKindRole).toInt() == int(AgreementModel::NodeKind::Clause);
    const QString clauseId = isClause ? current.data(AgreementModel::IdRole).toString() : QString();
    if (m_views.articles)
        m_views.articles->highlightClause(clauseId);
    if (m_views.scenario) {
        QStringList scenarioLayers;
        bool scenarioEndsAtAgi = false;
        if (isClause) {
            scenarioLayers = current.data(AgreementModel::AffectsLayersRole).toStringList();
            if (const ClauseState *state = m_model->state().clause(clauseId))
                scenarioEndsAtAgi = endsAtMilestone(state->term.end, AgiMilestoneId);
        }
        m_views.scenario->showDrivenAssumptions(scenarioLayers, scenarioEndsAtAgi);
        m_views.scenario->highlightClause(clauseId);
    }
    // No scrolling of the tree here: it shares this selection and scrolls to a current item set elsewhere
    // itself, but not to one the mouse is pressing. Scrolling it under the pressed mouse moved the row,
    // and the press then selected the row below while the details showed the one clicked.
}

} // namespace Dealscope
