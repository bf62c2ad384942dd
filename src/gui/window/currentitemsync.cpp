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

/// The clause's id when @p current is a clause, else empty.
QString clauseIdOf(const QModelIndex &current)
{
    const bool isClause = current.data(AgreementModel::NodeKindRole).toInt() == int(AgreementModel::NodeKind::Clause);
    return isClause ? current.data(AgreementModel::IdRole).toString() : QString();
}

} // namespace

CurrentItemSync::CurrentItemSync(const AgreementModel *model, const QSortFilterProxyModel *filter,
                                 QItemSelectionModel *selection, const Views &views, QObject *parent)
    : QObject(parent), m_model(model), m_filter(filter), m_selection(selection), m_views(views)
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
    const QString clauseId = clauseIdOf(current);
    if (m_views.articles)
        showArticles(clauseId);
    if (m_views.scenario)
        showScenario(current, clauseId);
    // No scrolling of the tree here: it shares this selection and scrolls to a current item set elsewhere
    // itself, but not to one the mouse is pressing. Scrolling it under the pressed mouse moved the row,
    // and the press then selected the row below while the details showed the one clicked.
}

void CurrentItemSync::attach(ArticleView *articles)
{
    m_views.articles = articles;
    showArticles(clauseIdOf(m_selection->currentIndex()));
}

void CurrentItemSync::attach(ScenarioPanel *scenario)
{
    m_views.scenario = scenario;
    const QModelIndex current = m_selection->currentIndex();
    showScenario(current, clauseIdOf(current));
}

void CurrentItemSync::showArticles(const QString &clauseId)
{
    m_views.articles->highlightClause(clauseId);
}

/// The scenario assumptions the clause drives: its layers and, when it ends at AGI verification, the AGI year.
void CurrentItemSync::showScenario(const QModelIndex &current, const QString &clauseId)
{
    QStringList layers;
    bool endsAtAgi = false;
    if (!clauseId.isEmpty()) {
        layers = current.data(AgreementModel::AffectsLayersRole).toStringList();
        if (const ClauseState *state = m_model->state().clause(clauseId))
            endsAtAgi = endsAtMilestone(state->term.end, AgiMilestoneId);
    }
    m_views.scenario->showDrivenAssumptions(layers, endsAtAgi);
    m_views.scenario->highlightClause(clauseId);
}

} // namespace Dealscope
