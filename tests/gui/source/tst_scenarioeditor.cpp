// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario editor in the source view: validation as you type with the loader's messages at their line,
// Apply through the scenario panel's undo stack, refused text kept, the panel's changes followed or offered.
// Also the window's two scenario fixes: scenario files given on the command line open in the scenario
// panel, and the AGI year restored at start-up is not an undo step.
#include "dataset/datasetdocument.h"
#include "scenario/scenariodocument.h"
#include "scenario/scenariofile.h"
#include "scenario/scenariopanel.h"
#include "scenario/scenarioslider.h"
#include "session/documentkind.h"
#include "source/scenarioeditor.h"
#include "source/sourceview.h"
#include "source/syntaxhighlighting.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QUndoStack>

#include <memory>
#include <set>

using namespace Dealscope;

Q_DECLARE_METATYPE(Dealscope::DocumentKind)

namespace {

// A scenario as a user would write it; each test row breaks or changes one line of it.
//   1 {                                   6   "horizon": 2035,
//   2   "format": "dealscope-scenario",   7   "assumptions": {
//   3   "formatVersion": 1,               8     "agiMedianYear": 2031
//   4   "name": "Edited",                 9   }
//   5   "regime": "apr2026",             10 }
const QString SampleText = QStringLiteral("{\n"
                                          "  \"format\": \"dealscope-scenario\",\n"
                                          "  \"formatVersion\": 1,\n"
                                          "  \"name\": \"Edited\",\n"
                                          "  \"regime\": \"apr2026\",\n"
                                          "  \"horizon\": 2035,\n"
                                          "  \"assumptions\": {\n"
                                          "    \"agiMedianYear\": 2031\n"
                                          "  }\n"
                                          "}\n");

QString replaced(const QString &from, const QString &to)
{
    QString text = SampleText;
    if (!text.contains(from))
        qFatal("the sample has no %s", qPrintable(from));
    return text.replace(from, to);
}

QList<QColor> foregrounds(const QTextDocument *document)
{
    QList<QColor> colours;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.length > 0 && range.format.hasProperty(QTextFormat::ForegroundBrush))
                colours.append(range.format.foreground().color());
        }
    }
    return colours;
}

QPalette paletteWith(const QColor &base, const QColor &text)
{
    QPalette palette;
    for (QPalette::ColorRole role : {QPalette::Base, QPalette::Window, QPalette::Button})
        palette.setColor(role, base);
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        palette.setColor(role, text);
    return palette;
}

/// The chart's numbers: what Microsoft takes each year, stack and revenue share.
QList<double> microsoftTotals(const Projection &projection)
{
    QList<double> totals;
    for (const ProjectionYear &year : projection.years)
        totals.append(year.microsoftTotal());
    return totals;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestScenarioEditor : public QObject
{
    Q_OBJECT

    DatasetDocument m_document;

    /// A panel on the bundled dataset and an editor on it, shown (the editor follows the panel either way).
    struct Fixture
    {
        ScenarioDocument scenario;
        ScenarioPanel panel {&scenario};
        ScenarioEditor editor;

        explicit Fixture(const DatasetPtr &dataset)
        {
            panel.document()->setDataset(dataset);
            editor.setDocument(panel.document());
            editor.resize(700, 420);
        }
    };

    std::unique_ptr<Fixture> makeFixture() { return std::make_unique<Fixture>(m_document.dataset()); }

    /// Puts @p text in the editor as the user would leave it, and waits for the debounced validation.
    static void edit(ScenarioEditor &editor, const QString &text)
    {
        QSignalSpy validated(&editor, &ScenarioEditor::validated);
        editor.editor()->selectAll();
        editor.editor()->insertPlainText(text);
        QVERIFY(validated.wait(5000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_document.openBundled().isEmpty());
    }

    void init() { QSettings().clear(); }

    void startsWithThePanelsScenario()
    {
        auto f = makeFixture();
        QCOMPARE(f->editor.text(), QString::fromUtf8(ScenarioFile::toJson(f->panel.document()->scenario())));
        QVERIFY(!f->editor.hasUnappliedEdits());
        QVERIFY(f->editor.diagnostics().isEmpty());
        QVERIFY(!f->editor.editor()->isReadOnly());
        QVERIFY(!f->editor.applyAction()->isEnabled()); // nothing to apply yet
        QCOMPARE(SyntaxHighlighting::of(f->editor.editor()->document())->languageName(), QStringLiteral("JSON"));
        QTRY_VERIFY(!foregrounds(f->editor.editor()->document()).isEmpty());
    }

    void validatesAfterTypingStops()
    {
        auto f = makeFixture();
        f->editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f->editor));
        QSignalSpy validated(&f->editor, &ScenarioEditor::validated);
        f->editor.editor()->setFocus();
        f->editor.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(f->editor.editor(), QStringLiteral("x"));
        // Not on every keystroke: the check waits for a pause.
        QCOMPARE(validated.size(), 0);
        QVERIFY(f->editor.diagnostics().isEmpty());
        QVERIFY(f->editor.hasUnappliedEdits());
        QVERIFY(validated.wait(ScenarioEditor::ValidationDelay * 10));
        QCOMPARE(validated.size(), 1);
        QVERIFY(hasErrors(f->editor.diagnostics()));
    }

    void refusesTextWithProblems_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("path"); // empty: JSON syntax, whose path is where the parser was
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("underlinedLine"); // where the wave goes: the problem's line, or the last text

        QTest::newRow("missing comma") << replaced(QStringLiteral("\"apr2026\","), QStringLiteral("\"apr2026\"")) << 6
                                       << QString() << QString() << 6;
        // The end of the text is an empty line: the last character before it is underlined.
        QTest::newRow("unclosed object") << replaced(QStringLiteral("  }\n}\n"), QStringLiteral("  }\n")) << 10
                                         << QString() << QString() << 9;
        QTest::newRow("single quotes") << replaced(QStringLiteral("\"Edited\""), QStringLiteral("'Edited'")) << 4
                                       << QString() << QString() << 4;
        QTest::newRow("assumption out of range")
            << replaced(QStringLiteral("2031"), QStringLiteral("1999")) << 8
            << QStringLiteral("assumptions.agiMedianYear") << QStringLiteral("outside the range") << 8;
        QTest::newRow("unknown regime id") << replaced(QStringLiteral("apr2026"), QStringLiteral("jan2027")) << 5
                                           << QStringLiteral("regime") << QStringLiteral("unknown regime") << 5;
        QTest::newRow("unknown assumption id")
            << replaced(QStringLiteral("agiMedianYear"), QStringLiteral("agiMedianYaer")) << 8
            << QStringLiteral("assumptions.agiMedianYaer") << QStringLiteral("unknown assumption") << 8;
        QTest::newRow("horizon not a whole number") << replaced(QStringLiteral("2035"), QStringLiteral("2035.5")) << 6
                                                    << QStringLiteral("horizon") << QStringLiteral("whole number") << 6;
        QTest::newRow("horizon as a string") << replaced(QStringLiteral("2035"), QStringLiteral("\"2035\"")) << 6
                                             << QStringLiteral("horizon") << QStringLiteral("expected a number") << 6;
    }

    void refusesTextWithProblems()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, path);
        QFETCH(QString, message);
        QFETCH(int, underlinedLine);

        auto f = makeFixture();
        const Scenario before = f->panel.document()->scenario();
        const int steps = f->panel.document()->undoStack()->count();
        edit(f->editor, text);

        // The loader's message, at its line, in the list under the text ...
        QVERIFY(!f->editor.diagnostics().isEmpty());
        const Diagnostic &first = f->editor.diagnostics().first();
        QCOMPARE(first.line, line);
        if (!path.isEmpty())
            QCOMPARE(first.path, path);
        QVERIFY2(first.message.contains(message), qPrintable(first.message));
        const QString shown = f->editor.messages().value(0);
        QVERIFY2(shown.startsWith(QStringLiteral("%1:%2: ").arg(line).arg(first.column)), qPrintable(shown));
        QVERIFY2(shown.contains(first.path) && shown.endsWith(first.message), qPrintable(shown));
        QVERIFY(f->editor.findChild<QListWidget *>(QStringLiteral("scenarioProblems"))->isVisibleTo(&f->editor));

        // ... underlined with a wave on that line, and marked in the gutter.
        const QList<QTextEdit::ExtraSelection> marks = f->editor.editor()->extraSelections();
        QVERIFY(!marks.isEmpty());
        QCOMPARE(marks.first().cursor.block().blockNumber() + 1, underlinedLine);
        QVERIFY(marks.first().cursor.hasSelection());
        QCOMPARE(marks.first().format.underlineStyle(), QTextCharFormat::WaveUnderline);
        auto *sourceEditor = static_cast<SourceEditor *>(f->editor.editor());
        QVERIFY(std::any_of(sourceEditor->lineMarks().cbegin(), sourceEditor->lineMarks().cend(),
                            [&](const SourceEditor::LineMark &mark) { return mark.line == line; }));

        // Apply refuses it: the panel keeps its scenario and its undo stack, the text stays as typed.
        QVERIFY(f->editor.applyAction()->isEnabled());
        QVERIFY(!f->editor.apply());
        QCOMPARE(f->panel.document()->scenario(), before);
        QCOMPARE(f->panel.document()->undoStack()->count(), steps);
        QCOMPARE(f->editor.text(), text);
        QVERIFY(f->editor.hasUnappliedEdits());
        QVERIFY(f->editor.statusText().contains(QStringLiteral("Not applied")));
        // The cursor went to the first problem.
        QCOMPARE(f->editor.editor()->textCursor().blockNumber() + 1, line);
        // The shortcut refuses the same way.
        f->editor.applyAction()->trigger();
        QCOMPARE(f->panel.document()->scenario(), before);
        QCOMPARE(f->editor.text(), text);
    }

    void appliesValidTextThroughTheUndoStack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key"); // the assumption that changes; empty: the regime
        QTest::addColumn<double>("value");

        QTest::newRow("revenue share cap")
            << replaced(QStringLiteral("\"agiMedianYear\": 2031"), QStringLiteral("\"revenueShareCap\": 20"))
            << QStringLiteral("revenueShareCap") << 20.0;
        QTest::newRow("AGI year under the Oct 2025 terms, on one line")
            << QStringLiteral("{\"format\":\"dealscope-scenario\",\"formatVersion\":1,\"regime\":\"oct2025\","
                              "\"assumptions\":{\"agiMedianYear\":2029}}")
            << QStringLiteral("agiMedianYear") << 2029.0;
        QTest::newRow("other terms") << replaced(QStringLiteral("apr2026"), QStringLiteral("oct2025")) << QString()
                                     << double(RegimeKind::Oct2025);
    }

    void appliesValidTextThroughTheUndoStack()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(double, value);

        auto f = makeFixture();
        const Scenario before = f->panel.document()->scenario();
        const QList<double> totalsBefore = microsoftTotals(f->panel.document()->projection());
        const int steps = f->panel.document()->undoStack()->count();
        QSignalSpy changed(f->panel.document(), &ScenarioDocument::changed);
        edit(f->editor, text);
        QVERIFY2(f->editor.diagnostics().isEmpty(), qPrintable(f->editor.messages().join(u'\n')));

        QVERIFY(f->editor.apply());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(f->panel.document()->undoStack()->count(), steps + 1);
        QCOMPARE(f->panel.document()->undoStack()->undoText(), QStringLiteral("Edit Scenario as JSON"));
        if (key.isEmpty()) {
            QCOMPARE(f->panel.document()->scenario().regime, RegimeId(RegimeKind(int(value))));
        } else {
            const AssumptionInfo *info = ScenarioAssumptions::find(key);
            QVERIFY(info);
            QCOMPARE(f->panel.document()->scenario().value(info->id), value);
            QCOMPARE(f->panel.slider(info->id)->value(), value); // the slider moved
        }
        QVERIFY(microsoftTotals(f->panel.document()->projection()) != totalsBefore); // and the chart's data changed
        // The text is what was applied, as typed.
        QCOMPARE(f->editor.text(), text);
        QVERIFY(!f->editor.hasUnappliedEdits());
        QVERIFY(!f->editor.applyAction()->isEnabled());

        // The window's Undo takes the step back, and the editor follows the panel.
        f->panel.document()->undoStack()->undo();
        QCOMPARE(f->panel.document()->scenario(), before);
        QCOMPARE(microsoftTotals(f->panel.document()->projection()), totalsBefore);
        QCOMPARE(f->editor.text(), QString::fromUtf8(ScenarioFile::toJson(before)));
        QVERIFY(!f->editor.hasUnappliedEdits());
        f->panel.document()->undoStack()->redo();
        QVERIFY(f->panel.document()->scenario() != before);
        QVERIFY(!f->editor.hasUnappliedEdits());
    }

    void refusedTextIsKeptAndTheEditorsUndoWorks()
    {
        auto f = makeFixture();
        f->editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f->editor));
        const QString original = f->editor.text();
        QPlainTextEdit *text = f->editor.editor();
        text->setFocus();
        // Type a broken value over the horizon.
        QTextCursor cursor = text->document()->find(QStringLiteral("2035"));
        QVERIFY(!cursor.isNull());
        text->setTextCursor(cursor);
        QTest::keyClicks(text, QStringLiteral("20x5"));
        const QString broken = f->editor.text();
        QVERIFY(broken.contains(QStringLiteral("20x5")));

        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier); // Apply's shortcut
        QCOMPARE(f->editor.text(), broken);
        QVERIFY(hasErrors(f->editor.diagnostics()));
        QCOMPARE(f->panel.document()->undoStack()->count(), 0);

        // The editor's own undo brings the valid text back, keystroke by keystroke or at once.
        QVERIFY(text->document()->isUndoAvailable());
        while (text->document()->isUndoAvailable())
            text->undo();
        QCOMPARE(f->editor.text(), original);
        QVERIFY(!f->editor.hasUnappliedEdits());
        text->redo();
        QVERIFY(f->editor.text() != original);
    }

    void followsThePanelWithoutUnappliedEdits()
    {
        auto f = makeFixture();
        f->panel.document()->setAgiYear(2038);
        QVERIFY(f->editor.text().contains(QStringLiteral("\"agiMedianYear\": 2038")));
        QVERIFY(!f->editor.hasUnappliedEdits());
        QVERIFY(!f->editor.isPanelChangePending());
        QVERIFY(f->panel.loadPreset(QStringLiteral("bear")));
        QCOMPARE(f->editor.text(), QString::fromUtf8(ScenarioFile::toJson(f->panel.document()->scenario())));
    }

    void offersToReloadOverUnappliedEdits()
    {
        auto f = makeFixture();
        edit(f->editor, SampleText);
        QVERIFY(f->editor.hasUnappliedEdits());

        // A slider moves: the edits stay, and a reload is offered.
        f->panel.document()->setAgiYear(2045);
        QCOMPARE(f->editor.text(), SampleText);
        QVERIFY(f->editor.isPanelChangePending());
        QVERIFY(f->editor.findChild<QFrame *>(QStringLiteral("scenarioChangedBar"))->isVisibleTo(&f->editor));
        QVERIFY(f->editor.title().contains(QStringLiteral("not applied")));

        // Reloading takes the panel's scenario, as one step of the editor's undo.
        f->editor.reloadFromPanel();
        QCOMPARE(f->editor.text(), QString::fromUtf8(ScenarioFile::toJson(f->panel.document()->scenario())));
        QVERIFY(!f->editor.isPanelChangePending());
        QVERIFY(!f->editor.findChild<QFrame *>(QStringLiteral("scenarioChangedBar"))->isVisibleTo(&f->editor));
        f->editor.editor()->undo();
        QCOMPARE(f->editor.text(), SampleText);

        // Applying the edits instead puts them over the panel's change.
        QVERIFY(f->editor.apply());
        QCOMPARE(f->panel.document()->scenario().value(AssumptionId::AgiMedianYear), 2031.0);
    }

    void paletteSwitchRehighlights()
    {
        auto f = makeFixture();
        edit(f->editor, replaced(QStringLiteral("2031"), QStringLiteral("1999")));
        f->editor.setPalette(paletteWith(Qt::white, Qt::black));
        const QTextDocument *document = f->editor.editor()->document();
        QTRY_VERIFY(!foregrounds(document).isEmpty());
        const QList<QColor> light = foregrounds(document);
        const QColor lightUnderline = f->editor.editor()->extraSelections().value(0).format.underlineColor();

        f->editor.setPalette(paletteWith(QColor(0x20, 0x20, 0x24), QColor(0xe8, 0xe8, 0xe8)));
        QTRY_VERIFY(foregrounds(document) != light);
        // The problem marks follow the palette too, and stay on their line.
        const QList<QTextEdit::ExtraSelection> marks = f->editor.editor()->extraSelections();
        QCOMPARE(marks.size(), 1);
        QVERIFY(marks.first().format.underlineColor() != lightUnderline);
        QVERIFY(marks.first().format.underlineColor().lightness() > lightUnderline.lightness());
        QCOMPARE(marks.first().cursor.block().blockNumber() + 1, 8);

        f->editor.setPalette(paletteWith(Qt::white, Qt::black));
        QTRY_COMPARE(foregrounds(document), light);
    }

    void sourceViewOffersTheScenarioMode()
    {
        ScenarioDocument scenario;
        ScenarioPanel panel(&scenario);
        panel.document()->setDataset(m_document.dataset());
        SourceView view;
        auto *combo = view.findChild<QComboBox *>(QStringLiteral("sourceModeCombo"));
        QCOMPARE(combo->findData(int(SourceView::Mode::Scenario)), -1); // not without a panel
        view.setMode(SourceView::Mode::Scenario);
        QVERIFY(view.mode() != SourceView::Mode::Scenario);

        view.setScenarioDocument(panel.document());
        QVERIFY(view.scenarioEditor());
        QVERIFY(combo->findData(int(SourceView::Mode::Scenario)) >= 0);
        view.resize(700, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setMode(SourceView::Mode::Scenario);
        QVERIFY(view.scenarioEditor()->isVisible());
        QVERIFY(!view.editor()->isVisible());
        QVERIFY(view.caption().contains(panel.document()->scenario().name));

        // A selection elsewhere does not take the editor away.
        view.showItem({});
        QCOMPARE(view.mode(), SourceView::Mode::Scenario);
        QVERIFY(view.scenarioEditor()->isVisible());
        edit(*view.scenarioEditor(), SampleText);
        QVERIFY(view.caption().contains(QStringLiteral("not applied")));

        // Back to the dataset and again: the edits are still there.
        view.setMode(SourceView::Mode::WholeDataset);
        QVERIFY(view.editor()->isVisible());
        view.setMode(SourceView::Mode::Scenario);
        QCOMPARE(view.scenarioEditor()->text(), SampleText);
    }

    void screenshotShowsAProblemInPlace()
    {
        ScenarioDocument scenario;
        ScenarioPanel panel(&scenario);
        panel.document()->setDataset(m_document.dataset());
        SourceView view;
        view.setScenarioDocument(panel.document());
        view.resize(760, 460);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setMode(SourceView::Mode::Scenario);
        edit(*view.scenarioEditor(), replaced(QStringLiteral("2031"), QStringLiteral("1999")));
        QVERIFY(!view.scenarioEditor()->apply());
        const QImage shot = view.grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(QDir(qEnvironmentVariable("DEALSCOPE_TEST_OUTPUT_DIR", QDir::tempPath()))
                              .filePath(QStringLiteral("scenario-editor.png"))));
        // The underline is drawn in the problem's colour under the marked value.
        const QPlainTextEdit *text = view.scenarioEditor()->editor();
        QTextCursor start = text->extraSelections().value(0).cursor;
        start.setPosition(start.selectionStart());
        const QRect line = text->cursorRect(start).translated(text->viewport()->mapTo(&view, QPoint(0, 0)));
        const QColor wave = text->extraSelections().value(0).format.underlineColor();
        // Antialiasing blends the thin wave into the background: near its hue, clearly not grey.
        const auto near
            = [&](const QColor &c) { return c.hslSaturation() > 80 && std::abs(c.hslHue() - wave.hslHue()) < 20; };
        bool found = false;
        for (int y = line.top(); y <= line.bottom() + 6 && !found; ++y) {
            for (int x = line.left() - 2; x < line.left() + 40 && !found; ++x)
                found = near(shot.pixelColor(QPoint(x, y) * shot.devicePixelRatio()));
        }
        QVERIFY(found);
    }

    void windowWiresTheEditorToItsPanel()
    {
        MainWindow window(&m_document);
        auto *view = window.findChild<SourceView *>(QStringLiteral("sourceView"));
        QVERIFY(view && view->scenarioEditor());
        QCOMPARE(view->scenarioEditor()->document(), window.scenarioDocument());

        // In the window, Ctrl+Z in the editor undoes typing there, not the panel's last step.
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.scenarioPanel()->document()->setAgiYear(2036);
        QCOMPARE(window.scenarioPanel()->document()->undoStack()->count(), 1);
        window.detailsTabs()->setCurrentWidget(window.sourceView());
        view->setMode(SourceView::Mode::Scenario);
        QPlainTextEdit *text = view->scenarioEditor()->editor();
        const QString before = view->scenarioEditor()->text();
        text->setFocus();
        QTRY_VERIFY(text->hasFocus());
        text->moveCursor(QTextCursor::End);
        QTest::keyClicks(text, QStringLiteral("x"));
        QCOMPARE(view->scenarioEditor()->text(), before + u'x');
        QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(view->scenarioEditor()->text(), before);
        QCOMPARE(window.scenarioPanel()->document()->undoStack()->index(), 1);
        QCOMPARE(window.scenarioPanel()->document()->scenario().value(AssumptionId::AgiMedianYear), 2036.0);
    }

    // --- Opening files: a scenario goes to the scenario panel, whatever opened it.

    void documentKind_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<DocumentKind>("kind");

        const QByteArray scenario = ScenarioFile::toJson(Scenario());
        QFile dataset(QStringLiteral(DEALSCOPE_TEST_DATA_DIR "/minimal.json"));
        if (!dataset.open(QIODevice::ReadOnly))
            qFatal("no minimal.json");
        const QByteArray datasetData = dataset.readAll();
        QTest::newRow("scenario by suffix")
            << QStringLiteral("mine.dealscope-scenario.json") << scenario << DocumentKind::Scenario;
        QTest::newRow("suffix in capitals")
            << QStringLiteral("MINE.DEALSCOPE-SCENARIO.JSON") << scenario << DocumentKind::Scenario;
        QTest::newRow("scenario by content") << QStringLiteral("mine.json") << scenario << DocumentKind::Scenario;
        QTest::newRow("scenario, format not first")
            << QStringLiteral("hand.json")
            << QByteArray("{ \"name\": \"x\",\n  \"format\" : \"dealscope-scenario\", \"formatVersion\": 1 }")
            << DocumentKind::Scenario;
        QTest::newRow("dataset") << QStringLiteral("minimal.json") << datasetData << DocumentKind::Dataset;
        QTest::newRow("dataset quoting the format in a text")
            << QStringLiteral("quote.json")
            << QByteArray("{\"format\": \"dealscope-dataset\", "
                          "\"title\": {\"en\": \"\\\"format\\\": \\\"dealscope-scenario\\\"\"}}")
            << DocumentKind::Dataset;
        QTest::newRow("not JSON") << QStringLiteral("notes.txt") << QByteArray("hello") << DocumentKind::Dataset;
    }

    void documentKind()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, data);
        QFETCH(DocumentKind, kind);
        QTemporaryDir dir;
        QCOMPARE(documentKindOf(writeFile(dir, name, data)), kind);
        QCOMPARE(documentKindOf(dir.filePath(QStringLiteral("missing.json"))), DocumentKind::Dataset);
        QCOMPARE(documentKindOf(dir.path()), DocumentKind::Dataset); // a directory is not read
    }

    void scenarioFilesOpenInTheScenarioPanel_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("desktop association's suffix") << QStringLiteral("plan.dealscope-scenario.json");
        QTest::newRow("any name, scenario content") << QStringLiteral("plan.json");
    }

    void scenarioFilesOpenInTheScenarioPanel()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        Scenario scenario;
        scenario.name = QStringLiteral("From the desktop");
        scenario.setValue(AssumptionId::AgiMedianYear, 2037);
        const QString path = writeFile(dir, name, ScenarioFile::toJson(scenario));

        DatasetDocument document;
        QVERIFY(document.openBundled().isEmpty());
        const DatasetPtr dataset = document.dataset();
        MainWindow window(&document);
        QVERIFY(window.openFile(path));
        // The dataset stays; the scenario is the panel's, and the Scenario view is on show.
        QCOMPARE(document.dataset(), dataset);
        QVERIFY(window.findChildren<QMessageBox *>().isEmpty());
        QCOMPARE(window.scenarioPanel()->document()->scenario().name, QStringLiteral("From the desktop"));
        QCOMPARE(window.scenarioPanel()->document()->scenario().value(AssumptionId::AgiMedianYear), 2037.0);
        QCOMPARE(window.currentPage(), MainWindow::Page::Scenario);
    }

    void datasetFilesStillOpenAsDatasets()
    {
        DatasetDocument document;
        QVERIFY(document.openBundled().isEmpty());
        MainWindow window(&document);
        const Scenario scenario = window.scenarioPanel()->document()->scenario();
        QVERIFY(window.openFile(QStringLiteral(DEALSCOPE_TEST_DATA_DIR "/minimal.json")));
        QCOMPARE(document.dataset()->id, QStringLiteral("minimal"));
        QCOMPARE(window.scenarioPanel()->document()->scenario(), scenario);
    }

    // --- Restoring the window's state is not an edit.

    void restoredAgiYearIsNotUndoable_data()
    {
        QTest::addColumn<int>("savedYear");
        QTest::addColumn<int>("expectedYear"); // the panel's year: the saved one, clamped to its range
        const AssumptionInfo &info = ScenarioAssumptions::info(AssumptionId::AgiMedianYear);
        QTest::newRow("2031") << 2031 << 2031;
        QTest::newRow("the latest the panel takes") << int(info.maximum) << int(info.maximum);
        QTest::newRow("beyond the panel's range") << int(info.maximum) + 10 << int(info.maximum);
        QTest::newRow("none saved") << 0 << int(info.defaultValue);
    }

    void restoredAgiYearIsNotUndoable()
    {
        QFETCH(int, savedYear);
        QFETCH(int, expectedYear);
        {
            QSettings settings;
            settings.setValue(QStringLiteral("MainWindow/assumedAgiYear"), savedYear);
        }
        DatasetDocument document;
        QVERIFY(document.openBundled().isEmpty());
        MainWindow window(&document);
        ScenarioPanel *panel = window.scenarioPanel();
        QCOMPARE(panel->document()->scenario().value(AssumptionId::AgiMedianYear), double(expectedYear));
        QCOMPARE(panel->document()->undoStack()->count(), 0);
        QVERIFY(!panel->document()->undoStack()->canUndo());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("undoAction"))->isEnabled());

        // A change made afterwards is undoable, and undo stops at the restored year.
        panel->document()->setAgiYear(expectedYear == 2035 ? 2036 : 2035);
        QCOMPARE(panel->document()->undoStack()->count(), 1);
        panel->document()->undoStack()->undo();
        QCOMPARE(panel->document()->scenario().value(AssumptionId::AgiMedianYear), double(expectedYear));
    }
};

QTEST_MAIN(TestScenarioEditor)
#include "tst_scenarioeditor.moc"
