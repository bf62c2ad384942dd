// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QItemSelectionModel;
class QModelIndex;
class QSortFilterProxyModel;

namespace Dealscope {

class AgreementModel;
class ArticleView;
class DetailsPane;
class ScenarioPanel;
class SourceView;

/// Keeps the views that show one item on the shared selection's current item: the details and the
/// source of the item, the article paragraphs that link the clause and the scenario assumptions the clause
/// drives. The item views that share the selection (the clause tree, the timeline) scroll themselves.
class CurrentItemSync : public QObject
{
    Q_OBJECT

public:
    /// The views to keep in step; a view left null is skipped.
    struct Views
    {
        DetailsPane *details = nullptr;
        SourceView *source = nullptr;
        ArticleView *articles = nullptr;
        ScenarioPanel *scenario = nullptr;
    };

    /// Follows @p selection, whose model is @p filter over @p model.
    CurrentItemSync(const AgreementModel *model, const QSortFilterProxyModel *filter, QItemSelectionModel *selection,
                    const Views &views, QObject *parent = nullptr);

    /// Shows @p current (an index of the filter) in every view.
    void show(const QModelIndex &current);
    /// A view built after this: kept in step from now on, starting with the current item.
    void attach(ArticleView *articles);
    void attach(ScenarioPanel *scenario);

private:
    void showArticles(const QString &clauseId);
    void showScenario(const QModelIndex &current, const QString &clauseId);

    const AgreementModel *m_model;
    const QSortFilterProxyModel *m_filter;
    QItemSelectionModel *m_selection;
    Views m_views;
};

} // namespace Dealscope
