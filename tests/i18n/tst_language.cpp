// SPDX-License-Identifier: GPL-3.0-or-later
// Run-time language switching: the language manager, View › Language, --lang, and a window that changes its
// menus, views, model headers, dataset texts, charts and number formats at once.
#include "agreement/agreementmodel.h"
#include "cli/commandline.h"
#include "dataset/datasetdocument.h"
#include "dataset/localizedtext.h"
#include "scenario/charts/scenariochart.h"
#include "scenario/scenarioassumptions.h"
#include "scenario/scenariodocument.h"
#include "scenario/scenariolabels.h"
#include "scenario/scenariopanel.h"
#include "scenario/scenarioslider.h"
#include "session/languagemanager.h"
#include "session/settingsrecovery.h"
#include "source/scenarioeditor.h"
#include "source/sourceview.h"
#include "widgets/undoaction.h"
#include "window/languagemenu.h"
#include "window/mainwindow.h"

#include <QAbstractAxis>
#include <QAction>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>
#include <QValueAxis>

using namespace Dealscope;
using namespace Qt::StringLiterals;

namespace {

/// Lets the LanguageChange events that installing a translator posts reach every widget.
void deliverLanguageChange()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

QString viewTitle(const MainWindow &window, MainWindow::Page page)
{
    const auto *pages = window.findChild<QTabWidget *>(QStringLiteral("pages"));
    return pages ? pages->tabText(int(page)) : QString();
}

QString menuTitle(const MainWindow &window, const char *name)
{
    const auto *menu = window.findChild<QMenu *>(QLatin1String(name));
    return menu ? menu->title() : QString();
}

QChart *scenarioChart(MainWindow &window)
{
    auto *view = window.scenarioPanel()->findChild<ScenarioChart *>();
    return view ? view->chart() : nullptr;
}

QString legendLabel(QChart *chart, const QString &english)
{
    // The marker whose series had the English name at first; markers keep their order.
    const QList<QLegendMarker *> markers = chart->legend()->markers();
    for (QLegendMarker *marker : markers) {
        if (marker->series() && marker->series()->property("englishName").toString() == english)
            return marker->label();
    }
    return {};
}

/// Translates every string of every context into "⟦context|source⟧": a text set through tr() shows its
/// context and source, and one set once in English keeps showing English.
class MarkingTranslator : public QTranslator
{
public:
    static QString mark(const char *context, const char *source)
    {
        return u"⟦"_s + QString::fromUtf8(context) + u'|' + QString::fromUtf8(source) + u"⟧"_s;
    }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return source && *source ? mark(context, source) : QString();
    }
    bool isEmpty() const override { return false; }
};

/// Installs a MarkingTranslator for its lifetime and lets the LanguageChange events through.
class MarkedLanguage
{
public:
    MarkedLanguage()
    {
        QCoreApplication::installTranslator(&m_translator);
        deliverLanguageChange();
    }
    ~MarkedLanguage()
    {
        QCoreApplication::removeTranslator(&m_translator);
        deliverLanguageChange();
    }
    Q_DISABLE_COPY_MOVE(MarkedLanguage)

private:
    MarkingTranslator m_translator;
};

QString comboText(const SourceView &view, SourceView::Mode mode)
{
    const auto *combo = view.findChild<QComboBox *>(QStringLiteral("sourceModeCombo"));
    return combo ? combo->itemText(combo->findData(int(mode))) : QString();
}

QString buttonText(const QWidget &parent, const char *name)
{
    const auto *button = parent.findChild<QPushButton *>(QLatin1String(name));
    return button ? button->text() : QString();
}

/// The texts of the actions in the menu of the tool button @p name.
QStringList menuTexts(const QWidget &parent, const char *name)
{
    QStringList texts;
    for (const QAction *action : parent.findChild<QToolButton *>(QLatin1String(name))->menu()->actions()) {
        if (!action->isSeparator())
            texts.append(action->text());
    }
    return texts;
}

QString labelText(const QWidget &parent, const char *name)
{
    const auto *label = parent.findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QString();
}

/// A step of the undo stack that does nothing but carry a name.
class NamedStep : public QUndoCommand
{
public:
    explicit NamedStep(const QString &text) : QUndoCommand(text) { }
    void undo() override { }
    void redo() override { }
};

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void cleanup() { LanguageManager::instance()->applyLanguage(QStringLiteral("en")); }

    // English has plural forms too: "1 clause", "2 clauses", never "1 clause(s)", from the first choice of
    // English on, which is what the application makes at start.
    void englishCountsHavePluralForms_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one") << 1 << QStringLiteral("1 clause");
        QTest::newRow("two") << 2 << QStringLiteral("2 clauses");
        QTest::newRow("none") << 0 << QStringLiteral("0 clauses");
    }

    void englishCountsHavePluralForms()
    {
        QFETCH(int, count);
        QFETCH(QString, expected);
        LanguageManager fresh; // as at start: English is the language before any choice
        QVERIFY(fresh.applyLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("Dealscope::TimelineView", "%n clause(s)", nullptr, count), expected);
    }

    void normalizesLanguageCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "de"
                               << "de";
        QTest::newRow("region") << "de_CH"
                                << "de";
        QTest::newRow("bcp47") << "fr-CA"
                               << "fr";
        QTest::newRow("case") << "JA"
                              << "ja";
        QTest::newRow("simplified") << "zh_Hans"
                                    << "zh-Hans";
        QTest::newRow("simplified dash") << "zh-hans"
                                         << "zh-Hans";
        QTest::newRow("china") << "zh_CN"
                               << "zh-Hans";
        QTest::newRow("bare chinese") << "zh"
                                      << "zh-Hans";
        QTest::newRow("traditional") << "zh_TW"
                                     << "";
        QTest::newRow("traditional script") << "zh-Hant-HK"
                                            << "";
        QTest::newRow("hindi") << "hi_IN"
                               << "hi";
        QTest::newRow("thai") << "th"
                              << "th";
        QTest::newRow("korean") << "ko-KR"
                                << "ko";
        QTest::newRow("unsupported") << "pt_BR"
                                     << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void normalizesLanguageCodes()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        QCOMPARE(LanguageManager::normalizedLanguage(code), expected);
    }

    void everyLanguageHasAnEmbeddedTranslation()
    {
        for (const QString &language : supportedLanguages()) {
            if (language == QLatin1String("en"))
                continue;
            const QString path = LanguageManager::translationDirectory() + u'/'
                + LanguageManager::translationBaseName(language) + QStringLiteral(".qm");
            QVERIFY2(QFile::exists(path), qPrintable(path));
        }
    }

    void loadsQtsOwnTranslations_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cancel"); // QPlatformTheme's "Cancel" button in that language
        QTest::newRow("de") << "de"
                            << "Abbrechen";
        QTest::newRow("ja") << "ja"
                            << "キャンセル";
        QTest::newRow("zh-Hans") << "zh-Hans"
                                 << "取消";
        QTest::newRow("fr") << "fr"
                            << "Annuler";
    }
    void loadsQtsOwnTranslations()
    {
        QFETCH(QString, language);
        QFETCH(QString, cancel);
        LanguageManager *manager = LanguageManager::instance();
        QVERIFY(manager->applyLanguage(language));
        QVERIFY(manager->hasQtTranslation());
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
    }

    void rejectsUnknownLanguages()
    {
        LanguageManager *manager = LanguageManager::instance();
        QVERIFY(manager->applyLanguage(QStringLiteral("ja")));
        QVERIFY(!manager->applyLanguage(QStringLiteral("xx")));
        QCOMPARE(manager->language(), QStringLiteral("ja"));
    }

    void remembersTheChoice()
    {
        QSettings().clear();
        LanguageManager *manager = LanguageManager::instance();
        QVERIFY(manager->chooseLanguage(QStringLiteral("ko")));
        QCOMPARE(QSettings().value(LanguageManager::settingsKey()).toString(), QStringLiteral("ko"));
        QVERIFY(manager->applyLanguage(QStringLiteral("fr"))); // a one-off, like --lang: not remembered
        QCOMPARE(QSettings().value(LanguageManager::settingsKey()).toString(), QStringLiteral("ko"));

        LanguageManager restarted;
        restarted.restoreLanguage();
        QCOMPARE(restarted.language(), QStringLiteral("ko"));
        QCOMPARE(restarted.choice(), QStringLiteral("ko"));

        QVERIFY(manager->chooseLanguage(QString())); // System default
        QCOMPARE(manager->choice(), QString());
        QCOMPARE(manager->language(), LanguageManager::systemLanguage());
        QSettings().clear();
    }

    void commandLineLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("error");
        QTest::addColumn<bool>("task");
        QTest::newRow("none") << QStringList {"dealscope"} << "" << false << false;
        QTest::newRow("window") << QStringList {"dealscope", "--lang", "ja"} << "ja" << false << false;
        QTest::newRow("equals") << QStringList {"dealscope", "--lang=zh_CN"} << "zh-Hans" << false << false;
        QTest::newRow("validate after") << QStringList {"dealscope", "--lang", "de", "validate", "a.json"} << "de"
                                        << false << true;
        QTest::newRow("validate before") << QStringList {"dealscope", "validate", "--lang", "hi", "a.json"} << "hi"
                                         << false << true;
        QTest::newRow("unknown") << QStringList {"dealscope", "--lang", "xx"} << "" << true << true;
        QTest::newRow("missing") << QStringList {"dealscope", "--lang"} << "" << true << true;
    }
    void commandLineLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, language);
        QFETCH(bool, error);
        QFETCH(bool, task);
        QCOMPARE(Cli::requestedLanguage(arguments), language);
        const Cli::Invocation invocation = Cli::parse(arguments);
        QCOMPARE(invocation.mode == Cli::Mode::Error, error);
        if (error)
            QVERIFY2(invocation.message.contains(QLatin1String("--lang")), qPrintable(invocation.message));
        else if (task)
            QCOMPARE(invocation.files, QStringList {QStringLiteral("a.json")});
        QCOMPARE(Cli::isCommandLineTask(arguments), task);
    }

    void languageMenuListsNativeNames()
    {
        DatasetDocument document;
        QVERIFY(document.openBundled().isEmpty());
        MainWindow window(&document);
        auto *menu = window.findChild<LanguageMenu *>();
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), supportedLanguages().size() + 2); // System default, separator
        QCOMPARE(menu->actionFor(QStringLiteral("ja"))->text(), QStringLiteral("日本語"));
        QCOMPARE(menu->actionFor(QStringLiteral("hi"))->text(), QStringLiteral("हिन्दी"));
        QVERIFY(menu->actionFor(QString())->isChecked() || menu->actionFor(QStringLiteral("en"))->isChecked());

        menu->actionFor(QStringLiteral("de"))->trigger();
        deliverLanguageChange();
        QCOMPARE(LanguageManager::instance()->language(), QStringLiteral("de"));
        QVERIFY(menu->actionFor(QStringLiteral("de"))->isChecked());
        QCOMPARE(QSettings().value(LanguageManager::settingsKey()).toString(), QStringLiteral("de"));
        QCOMPARE(menu->actionFor(QStringLiteral("de"))->text(), QStringLiteral("Deutsch")); // never translated
        QSettings().clear();
    }

    void switchingRetranslatesTheWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("decimalPoint");
        QTest::newRow("de") << "de"
                            << ",";
        QTest::newRow("ja") << "ja"
                            << ".";
        QTest::newRow("hi") << "hi"
                            << ".";
    }
    void switchingRetranslatesTheWindow()
    {
        QFETCH(QString, language);
        QFETCH(QString, decimalPoint);
        DatasetDocument document;
        QVERIFY(document.openBundled().isEmpty());
        MainWindow window(&document);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QChart *chart = scenarioChart(window);
        QVERIFY(chart);
        // Remember series by their English names, so the legend can be found again after the switch.
        for (QAbstractSeries *series : chart->series())
            series->setProperty("englishName", series->name());

        QCOMPARE(menuTitle(window, "fileMenu"), QStringLiteral("&File"));
        QCOMPARE(viewTitle(window, MainWindow::Page::Explorer), QStringLiteral("Explorer"));

        QVERIFY(LanguageManager::instance()->applyLanguage(language));
        deliverLanguageChange();

        // Each expected text is what the translation says, and must differ from the English source.
        const auto expectTranslated = [](const QString &shown, const char *context, const char *source) {
            const QString translated = QCoreApplication::translate(context, source);
            QVERIFY2(translated != QLatin1String(source),
                     qPrintable(QStringLiteral("no translation of \"%1\" (%2)")
                                    .arg(QLatin1String(source), QLatin1String(context))));
            QCOMPARE(shown, translated);
        };
        expectTranslated(menuTitle(window, "fileMenu"), "MainWindow", "&File");
        expectTranslated(menuTitle(window, "viewMenu"), "MainWindow", "&View");
        expectTranslated(viewTitle(window, MainWindow::Page::Articles), "Dealscope::WindowPages", "Articles");
        expectTranslated(viewTitle(window, MainWindow::Page::Scenario), "Dealscope::WindowPages",
                         "Scenario (illustrative)");
        expectTranslated(window.agreementModel()->headerData(0, Qt::Horizontal).toString(), "Dealscope::AgreementModel",
                         "Clause");
        expectTranslated(chart->axes(Qt::Horizontal).constFirst()->titleText(), "Dealscope::ScenarioChart",
                         "Calendar year");
        expectTranslated(legendLabel(chart, QStringLiteral("IaaS baseline")), "Dealscope::ScenarioChart",
                         "IaaS baseline");

        // Dataset texts follow: the first category in the new language, not in English.
        const DatasetPtr dataset = document.dataset();
        const QString languageCode = LanguageManager::instance()->language();
        QCOMPARE(window.agreementModel()->language(), languageCode);
        const QString category = window.agreementModel()->index(0, 0).data().toString();
        QCOMPARE(category, dataset->categories.constFirst().title.text(languageCode));
        QVERIFY(category != dataset->categories.constFirst().title.english());
        QVERIFY(!window.agreementModel()->index(0, 0).data(AgreementModel::UntranslatedRole).toBool());

        // Numbers follow the locale, charts included.
        QCOMPARE(QLocale().decimalPoint(), decimalPoint);
        QCOMPARE(QLocale().language(), LanguageManager::localeFor(languageCode).language());
        QVERIFY(chart->localizeNumbers());
        QCOMPARE(chart->locale().language(), QLocale().language());
        QCOMPARE(window.scenarioPanel()->locale().language(), QLocale().language());

        // And back to English.
        QVERIFY(LanguageManager::instance()->applyLanguage(QStringLiteral("en")));
        deliverLanguageChange();
        QCOMPARE(menuTitle(window, "fileMenu"), QStringLiteral("&File"));
        QCOMPARE(viewTitle(window, MainWindow::Page::Explorer), QStringLiteral("Explorer"));
        QCOMPARE(window.agreementModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Clause"));
        QCOMPARE(chart->axes(Qt::Horizontal).constFirst()->titleText(), QStringLiteral("Calendar year"));
        QCOMPARE(legendLabel(chart, QStringLiteral("IaaS baseline")), QStringLiteral("IaaS baseline"));
        QCOMPARE(window.agreementModel()->index(0, 0).data().toString(),
                 dataset->categories.constFirst().title.english());
    }

    void sourceViewRetranslates()
    {
        ScenarioDocument scenario;
        ScenarioPanel panel(&scenario);
        SourceView view;
        view.setScenarioDocument(panel.document());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const ScenarioEditor *editor = view.scenarioEditor();
        QVERIFY(editor);
        QCOMPARE(comboText(view, SourceView::Mode::SelectedItem), QStringLiteral("Selected item"));
        QCOMPARE(buttonText(*editor, "scenarioApplyButton"), QStringLiteral("&Apply"));

        {
            const MarkedLanguage marked;
            const auto source = [](const char *text) { return MarkingTranslator::mark("Dealscope::SourceView", text); };
            const auto scenario
                = [](const char *text) { return MarkingTranslator::mark("Dealscope::ScenarioEditor", text); };
            QCOMPARE(comboText(view, SourceView::Mode::SelectedItem), source("Selected item"));
            QCOMPARE(comboText(view, SourceView::Mode::WholeDataset), source("Whole dataset"));
            QCOMPARE(comboText(view, SourceView::Mode::Scenario), source("Scenario (editable)"));
            const auto *combo = view.findChild<QComboBox *>(QStringLiteral("sourceModeCombo"));
            QVERIFY(combo->toolTip().startsWith(source("Show the selected clause's or event's entry, the whole "
                                                       "dataset file, or the current scenario as JSON to edit and "
                                                       "apply")));
            QCOMPARE(combo->accessibleName(), source("Source shown"));
            QCOMPARE(view.editor()->placeholderText(), source("No dataset is open."));

            QCOMPARE(buttonText(*editor, "scenarioApplyButton"), scenario("&Apply"));
            QCOMPARE(buttonText(*editor, "scenarioReloadButton"), scenario("Reload from Panel"));
            QCOMPARE(buttonText(*editor, "scenarioChangedReload"), scenario("Reload"));
            QCOMPARE(labelText(*editor, "scenarioChangedLabel"),
                     scenario("The scenario changed in the panel. Your edits are not applied: apply them over it, or "
                              "reload the panel's scenario (Undo in the editor brings your text back)."));
            QCOMPARE(editor->applyAction()->text(), scenario("Apply Scenario"));
            QCOMPARE(editor->reloadAction()->text(), scenario("Reload Scenario from Panel"));
            // No dataset: the editor says why nothing can be applied, in the new language.
            QCOMPARE(editor->statusText(),
                     scenario("The scenario model needs the Microsoft–OpenAI dataset; nothing can be applied."));

            view.setMode(SourceView::Mode::Scenario);
            QCOMPARE(view.caption(), scenario("Scenario “%1” as JSON").arg(panel.document()->scenario().name));
        }
        QCOMPARE(comboText(view, SourceView::Mode::SelectedItem), QStringLiteral("Selected item"));
        QCOMPARE(buttonText(*editor, "scenarioApplyButton"), QStringLiteral("&Apply"));
    }

    void sourceViewFollowsGerman()
    {
        SourceView view;
        view.show();
        QVERIFY(LanguageManager::instance()->applyLanguage(QStringLiteral("de")));
        deliverLanguageChange();
        // New strings may have no German yet: what counts is that the view shows what the translation says.
        QCOMPARE(comboText(view, SourceView::Mode::SelectedItem),
                 QCoreApplication::translate("Dealscope::SourceView", "Selected item"));
        QCOMPARE(comboText(view, SourceView::Mode::WholeDataset),
                 QCoreApplication::translate("Dealscope::SourceView", "Whole dataset"));
        QCOMPARE(view.editor()->placeholderText(),
                 QCoreApplication::translate("Dealscope::SourceView", "No dataset is open."));
    }

    void undoActionsNameTheStep()
    {
        QUndoStack stack;
        QWidget owner;
        UndoAction undo(&stack, UndoAction::Kind::Undo, &owner);
        UndoAction redo(&stack, UndoAction::Kind::Redo, &owner);
        QCOMPARE(undo.text(), QStringLiteral("&Undo"));
        QVERIFY(!undo.isEnabled());
        stack.push(new NamedStep(QStringLiteral("Change Growth")));
        QCOMPARE(undo.text(), QStringLiteral("&Undo Change Growth"));
        QVERIFY(undo.isEnabled());
        QCOMPARE(redo.text(), QStringLiteral("&Redo"));
        QVERIFY(!redo.isEnabled());
        undo.trigger();
        QCOMPARE(stack.index(), 0);
        QCOMPARE(redo.text(), QStringLiteral("&Redo Change Growth"));
        {
            const MarkedLanguage marked;
            // The step goes into the translated format, wherever the translation puts it.
            QCOMPARE(redo.text(), MarkingTranslator::mark("Dealscope::UndoAction", "&Redo %1").arg(u"Change Growth"_s));
            QCOMPARE(undo.text(), MarkingTranslator::mark("Dealscope::UndoAction", "&Undo"));
            redo.trigger();
            QCOMPARE(undo.text(), MarkingTranslator::mark("Dealscope::UndoAction", "&Undo %1").arg(u"Change Growth"_s));
        }
        QCOMPARE(undo.text(), QStringLiteral("&Undo Change Growth"));
    }

    // The defaults' name is a word of the interface, not of a file: it follows a change of language, in the
    // undo history too.
    void theDefaultsNameFollowsTheLanguage()
    {
        ScenarioDocument scenario;
        QCOMPARE(scenario.displayName(), QStringLiteral("Defaults"));
        scenario.setAgiYear(2030);
        QCOMPARE(scenario.displayName(), QStringLiteral("Defaults (modified)"));

        QVERIFY(LanguageManager::instance()->applyLanguage(QStringLiteral("de")));
        deliverLanguageChange();
        const QString german = ScenarioDocument::tr("Defaults");
        QVERIFY(german != QStringLiteral("Defaults"));
        QCOMPARE(scenario.displayName(), ScenarioDocument::tr("%1 (modified)").arg(german));
        scenario.undoStack()->undo();
        QCOMPARE(scenario.displayName(), german);
        scenario.undoStack()->redo();
        QCOMPARE(scenario.displayName(), ScenarioDocument::tr("%1 (modified)").arg(german));

        QVERIFY(LanguageManager::instance()->applyLanguage(QStringLiteral("en")));
        deliverLanguageChange();
        scenario.undoStack()->undo();
        QCOMPARE(scenario.displayName(), QStringLiteral("Defaults"));
    }

    void aPresetsNameIsTranslatedAndFollowsTheLanguage()
    {
        // The bundled presets' files name them in English; the app names them in the interface language.
        QVERIFY(LanguageManager::instance()->applyLanguage(QStringLiteral("de")));
        deliverLanguageChange();
        ScenarioDocument scenario;
        QVERIFY(scenario.loadPreset(QStringLiteral("bull")));
        const QString german = ScenarioLabels::preset(QStringLiteral("bull"));
        QVERIFY(german != QStringLiteral("Bull preset"));
        QCOMPARE(scenario.displayName(), german);

        QVERIFY(LanguageManager::instance()->applyLanguage(QStringLiteral("en")));
        deliverLanguageChange();
        QCOMPARE(scenario.displayName(), QStringLiteral("Bull preset"));
    }

    void windowUndoActionsRetranslate()
    {
        DatasetDocument document;
        QVERIFY(document.openBundled().isEmpty());
        MainWindow window(&document);
        window.show();
        auto *undo = qobject_cast<UndoAction *>(window.findChild<QAction *>(QStringLiteral("undoAction")));
        auto *redo = qobject_cast<UndoAction *>(window.findChild<QAction *>(QStringLiteral("redoAction")));
        QVERIFY(undo);
        QVERIFY(redo);
        QCOMPARE(undo->shortcuts(), QKeySequence::keyBindings(QKeySequence::Undo));
        QCOMPARE(redo->shortcuts(), QKeySequence::keyBindings(QKeySequence::Redo));
        window.scenarioPanel()->document()->setAgiYear(2035);
        const QString step = window.scenarioPanel()->document()->undoStack()->undoText();
        QVERIFY(!step.isEmpty());
        QCOMPARE(undo->text(), UndoAction::textFor(UndoAction::Kind::Undo, step));

        QVERIFY(LanguageManager::instance()->applyLanguage(QStringLiteral("de")));
        deliverLanguageChange();
        // The step done in English is named in German now, like the action.
        const QString germanStep
            = QCoreApplication::translate("Dealscope::ScenarioDocument", "Assume AGI verified in %1").arg(2035);
        QVERIFY(germanStep != step);
        QCOMPARE(window.scenarioPanel()->document()->undoStack()->undoText(), germanStep);
        QTRY_COMPARE(undo->text(), QCoreApplication::translate("Dealscope::UndoAction", "&Undo %1").arg(germanStep));
        QCOMPARE(redo->text(), QCoreApplication::translate("Dealscope::UndoAction", "&Redo"));
        // A toolbar button says only "Undo": a long step name cannot widen the toolbar.
        QCOMPARE(undo->iconText(), QCoreApplication::translate("Dealscope::UndoAction", "&Undo").remove(u'&'));
        QVERIFY(undo->toolTip().contains(germanStep));
    }

    void scenarioPanelRetranslates()
    {
        ScenarioDocument scenario;
        ScenarioPanel panel(&scenario);
        panel.show();
        const ScenarioSlider *slider = panel.slider(AssumptionId::AzureFy25Revenue);
        QVERIFY(slider);
        const auto sliderToolTip = [slider] { return slider->findChild<QSlider *>()->toolTip(); };
        const AssumptionInfo &info = ScenarioAssumptions::info(AssumptionId::AzureFy25Revenue);
        QVERIFY(sliderToolTip().contains(info.rationale.toHtmlEscaped()));
        {
            const MarkedLanguage marked;
            QCOMPARE(labelText(panel, "termsLabel"), MarkingTranslator::mark("Dealscope::ScenarioPanel", "&Terms:"));
            QVERIFY(labelText(panel, "illustrativeNote")
                        .startsWith(u"⟦Dealscope::ScenarioPanel|<b>Illustrative model — not a forecast</b>"_s));
            // Rationales translate by their English text, under the catalogue's context, like the labels.
            const QString rationale = ScenarioAssumptions::displayRationale(info.id);
            QCOMPARE(rationale,
                     MarkingTranslator::mark("Dealscope::ScenarioAssumptions", info.rationale.toUtf8().constData()));
            QVERIFY2(sliderToolTip().contains(rationale.toHtmlEscaped()), qPrintable(sliderToolTip()));
            // The menus, the figures' tooltips and the message for a dataset without the versions too.
            QVERIFY(menuTexts(panel, "presetButton")
                        .contains(MarkingTranslator::mark("Dealscope::ScenarioLabels", "Base preset")));
            QVERIFY(menuTexts(panel, "compareButton")
                        .contains(MarkingTranslator::mark("Dealscope::ScenarioPanel", "Nothing")));
            QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("kpi0"))->toolTip(),
                     MarkingTranslator::mark("Dealscope::ScenarioPanel", "IaaS"));
            QVERIFY(labelText(panel, "unavailableLabel").startsWith(u"⟦Dealscope::ScenarioPanel|"_s));
        }
        QCOMPARE(menuTexts(panel, "presetButton").size(), 3); // refilled, not added to
        QVERIFY(menuTexts(panel, "presetButton").contains(QStringLiteral("Base preset")));
        QCOMPARE(labelText(panel, "termsLabel"), QStringLiteral("&Terms:"));
        QVERIFY(sliderToolTip().contains(info.rationale.toHtmlEscaped()));
    }

    void axisTitlesFit_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "hi", "th"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }
    void axisTitlesFit()
    {
        QFETCH(QString, language);
        DatasetDocument document;
        QVERIFY(document.openBundled().isEmpty());
        ScenarioDocument scenario;
        ScenarioPanel panel(&scenario);
        panel.document()->setDataset(document.dataset());
        panel.resize(1024, 580); // the Scenario view in the smallest window, 1024×700
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(LanguageManager::instance()->applyLanguage(language));
        deliverLanguageChange();
        QChart *chart = panel.chart()->chart();
        QTRY_VERIFY(chart->plotArea().height() > 0);

        // Qt Charts cuts a title longer than its axis ("…" and no tooltip): each must be drawn whole.
        const auto drawnTexts = [chart] {
            QStringList texts;
            const QList<QGraphicsItem *> items = chart->scene()->items();
            for (const QGraphicsItem *item : items) {
                if (const auto *text = qgraphicsitem_cast<const QGraphicsTextItem *>(item); text && text->isVisible())
                    texts.append(text->toPlainText().replace(QChar::LineSeparator, u'\n'));
            }
            return texts;
        };
        const QList<QAbstractAxis *> axes = chart->axes();
        QCOMPARE(axes.size(), 3);
        for (const QAbstractAxis *axis : axes) {
            QVERIFY(!axis->titleText().isEmpty());
            // A long title may be wrapped onto two lines (<br>), never cut.
            const QString title = QString(axis->titleText()).replace(QStringLiteral("<br>"), QStringLiteral("\n"));
            QTRY_VERIFY2(drawnTexts().contains(title),
                         qPrintable(QStringLiteral("\"%1\" is cut: %2").arg(title, drawnTexts().join(u" | "))));
        }
        // For a look: the panel as a reader sees it at 1024×700.
        const QString file = QDir(qEnvironmentVariable("DEALSCOPE_TEST_OUTPUT_DIR", QDir::tempPath()))
                                 .filePath(QStringLiteral("scenariopanel-%1.png").arg(language));
        QVERIFY2(panel.grab().save(file), qPrintable(file));
    }

    void settingsRecoveryUsesTheClassContext()
    {
        // lupdate files the strings of SettingsRecovery's members under "Dealscope::SettingsRecovery".
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const MarkedLanguage marked;
        QCOMPARE(SettingsRecovery::problem(dir.path()).value_or(QString()),
                 MarkingTranslator::mark("Dealscope::SettingsRecovery", "it is not a regular file"));
    }

    void untranslatedDatasetTextsAreMarked()
    {
        // The test dataset has English texts only: in German they stand in, marked as English.
        DatasetDocument document;
        QVERIFY(!hasErrors(document.open(QStringLiteral(DEALSCOPE_TEST_DATA_DIR "/minimal.json"))));
        AgreementModel model;
        model.setDataset(document.dataset());
        model.setLanguage(QStringLiteral("de"));
        QVERIFY(model.rowCount() > 0);
        const QModelIndex first = model.index(0, 0);
        QVERIFY(first.data(AgreementModel::UntranslatedRole).toBool());
        QCOMPARE(first.data().toString(), document.dataset()->categories.constFirst().title.english());
        QVERIFY2(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Deutsch")),
                 qPrintable(first.data(Qt::ToolTipRole).toString()));
        model.setLanguage(QStringLiteral("en"));
        QVERIFY(!first.data(AgreementModel::UntranslatedRole).toBool());
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
