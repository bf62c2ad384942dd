// SPDX-License-Identifier: GPL-3.0-or-later
// The window's pages other than the Explorer, each built when it is first shown or asked for, so that a
// start builds only the page it shows (docs/performance.md, "Cold start").
#include "window/mainwindow.h"

#include "agreement/agreementmodel.h"
#include "articles/articleview.h"
#include "compare/compareview.h"
#include "dataset/datasetdocument.h"
#include "glance/startpage.h"
#include "help/helptopic.h"
#include "questions/openquestionsview.h"
#include "scenario/scenariopanel.h"
#include "window/comparecontroller.h"
#include "window/currentitemsync.h"

namespace Dealscope {

void MainWindow::setPageBuilders()
{
    m_pages->setBuilder(Page::Glance, [this] { return buildStartPage(); });
    m_pages->setBuilder(Page::Scenario, [this] { return buildScenarioPage(); });
    m_pages->setBuilder(Page::Articles, [this] { return buildArticlesPage(); });
    m_pages->setBuilder(Page::Compare, [this] { return buildComparePage(); });
    m_pages->setBuilder(Page::Questions, [this] { return buildQuestionsPage(); });
}

ArticleView *MainWindow::articleView()
{
    return static_cast<ArticleView *>(m_pages->view(Page::Articles));
}

CompareView *MainWindow::compareView()
{
    return static_cast<CompareView *>(m_pages->view(Page::Compare));
}

StartPage *MainWindow::startPage()
{
    return static_cast<StartPage *>(m_pages->view(Page::Glance));
}

OpenQuestionsView *MainWindow::questionsView()
{
    return static_cast<OpenQuestionsView *>(m_pages->view(Page::Questions));
}

ScenarioPanel *MainWindow::scenarioPanel()
{
    return static_cast<ScenarioPanel *>(m_pages->view(Page::Scenario));
}

QWidget *MainWindow::buildStartPage()
{
    auto *page = new StartPage;
    setHelpTopic(page, UserGuide::Topic::Glance);
    page->setModel(m_model);
    connect(page, &StartPage::clauseActivated, this, &MainWindow::showInExplorer);
    connect(page, &StartPage::eventActivated, this, &MainWindow::showInExplorer);
    return page;
}

/// The scenario panel: its file actions and undo are the window's, in the menus from the start.
QWidget *MainWindow::buildScenarioPage()
{
    auto *panel = new ScenarioPanel(m_scenario, m_scenarioFiles);
    setHelpTopic(panel, UserGuide::Topic::Scenario);
    connect(panel, &ScenarioPanel::statusMessage, this, &MainWindow::showStatusMessage);
    // A bridge bar selects its clause in the tree and on the timeline: the first of its clauses shown.
    connect(panel, &ScenarioPanel::clausesRequested, this, [this](const QStringList &ids) {
        for (const QString &id : ids) {
            if (selectItem(id))
                break;
        }
    });
    m_itemSync->attach(panel);
    return panel;
}

/// The explainer articles: a clause link selects the clause and shows it in the Explorer.
QWidget *MainWindow::buildArticlesPage()
{
    auto *articles = new ArticleView;
    setHelpTopic(articles, UserGuide::Topic::Articles);
    articles->setLanguage(m_model->language());
    articles->setGlossary(m_document->dataset(), m_model->language());
    connect(articles, &ArticleView::clauseActivated, this, &MainWindow::showInExplorer);
    m_itemSync->attach(articles);
    return articles;
}

QWidget *MainWindow::buildComparePage()
{
    auto *view = new CompareView;
    setHelpTopic(view, UserGuide::Topic::Compare);
    m_compareController->setView(view);
    return view;
}

QWidget *MainWindow::buildQuestionsPage()
{
    auto *questions = new OpenQuestionsView;
    setHelpTopic(questions, UserGuide::Topic::Questions);
    questions->setDataset(m_document->dataset());
    questions->setLanguage(m_model->language());
    connect(questions, &OpenQuestionsView::clauseActivated, this, &MainWindow::showInExplorer);
    return questions;
}

} // namespace Dealscope
