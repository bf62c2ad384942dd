// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario panel's regimes and its Bridge tab: every version in the Terms combo, the bridge following the
// sliders, clicks on a bar asking for its clause, a selected clause outlining its bars, and the tab as users
// see it in English and Japanese at the window's smallest and usual sizes.
#include "dataset/datasetdocument.h"
#include "dataset/datasetloader.h"
#include "scenario/charts/chartlabels.h"
#include "scenario/charts/scenariobridgechart.h"
#include "scenario/scenariobridgepage.h"
#include "scenario/scenariodocument.h"
#include "scenario/scenariopanel.h"
#include "session/languagemanager.h"
#include "widgets/colourmix.h"

#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Dealscope;

namespace {

struct Fixture
{
    ScenarioDocument document;
    ScenarioPanel panel {&document};
};

/// Whether two boxes share more than a hairline.
bool overlap(const QRectF &a, const QRectF &b)
{
    const QRectF common = a.intersected(b);
    return common.width() > 1.0 && common.height() > 1.0;
}

void settle()
{
    for (int pass = 0; pass < 6; ++pass)
        QCoreApplication::sendPostedEvents();
}

} // namespace

class TestBridgePanel : public QObject
{
    Q_OBJECT

    DatasetDocument m_dataset;

    std::unique_ptr<Fixture> makeFixture(const DatasetPtr &dataset = {})
    {
        auto f = std::make_unique<Fixture>();
        f->document.setDataset(dataset ? dataset : m_dataset.dataset());
        f->panel.setAttribute(Qt::WA_DontShowOnScreen);
        f->panel.resize(1024, 640);
        f->panel.show();
        f->panel.tabs()->setCurrentWidget(f->panel.bridgePage());
        settle();
        return f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dataset.openBundled().isEmpty());
    }

    void cleanupTestCase() { LanguageManager::instance()->applyLanguage(QStringLiteral("en")); }

    void theTermsComboListsEveryVersion()
    {
        auto f = makeFixture();
        QComboBox *combo = f->panel.regimeCombo();
        QCOMPARE(combo->count(), m_dataset.dataset()->versions.size());
        const auto *model = qobject_cast<QStandardItemModel *>(combo->model());
        QVERIFY(model);
        int usable = 0;
        for (int row = 0; row < combo->count(); ++row) {
            const bool enabled = model->item(row)->isEnabled();
            usable += enabled ? 1 : 0;
            // An unusable version says why.
            QCOMPARE(combo->itemData(row, Qt::ToolTipRole).toString().isEmpty(), enabled);
        }
        QCOMPARE(usable, 3); // Oct 2025, Feb 2026, Apr 2026
        QCOMPARE(combo->currentData().toString(), QStringLiteral("v2026-04-27"));

        // Choosing the joint statement's terms is one undoable step, like the two named ones.
        const int row = combo->findData(QStringLiteral("v2026-02-27"));
        QVERIFY(row >= 0);
        QCOMPARE(combo->itemText(row), QStringLiteral("Feb 2026 terms"));
        const int steps = f->document.undoStack()->count();
        combo->setCurrentIndex(row);
        Q_EMIT combo->activated(row);
        QCOMPARE(f->document.scenario().regime, RegimeId(QStringLiteral("v2026-02-27")));
        QCOMPARE(f->document.undoStack()->count(), steps + 1);
        f->document.undoStack()->undo();
        QCOMPARE(f->document.scenario().regime, RegimeId(RegimeKind::Apr2026));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("v2026-04-27"));
    }

    void aThirdVersionIsOfferedWithoutCode()
    {
        const DatasetLoadResult loaded
            = DatasetLoader::loadFile(QStringLiteral(DEALSCOPE_TEST_DATA_DIR "/three-regimes.json"));
        QVERIFY(loaded.ok());
        auto f = makeFixture(loaded.dataset);
        QVERIFY(f->document.isAvailable());
        QVERIFY(f->panel.regimeCombo()->findData(QStringLiteral("v2027-06-30")) >= 0);
        QVERIFY(f->panel.bridgePage()->toCombo()->findData(QStringLiteral("v2027-06-30")) >= 0);
        f->document.setRegime(RegimeId(QStringLiteral("v2027-06-30")));
        QCOMPARE(f->panel.regimeCombo()->currentText(), QStringLiteral("Jun 2027 terms"));
    }

    void theBridgeIsDrawnWithEveryValue()
    {
        auto f = makeFixture();
        ScenarioBridgeChart *chart = f->panel.bridgePage()->chart();
        QVERIFY(chart->result());
        const BridgeResult &result = *chart->result();
        QCOMPARE(result.from, RegimeId(RegimeKind::Oct2025));
        QCOMPARE(result.to, RegimeId(RegimeKind::Apr2026));
        QCOMPARE(chart->shownLabels().size(), result.steps.size() + 2);
        QCOMPARE(chart->shownLabels().first(), QStringLiteral("Oct 2025 terms"));
        QCOMPARE(chart->shownLabels().last(), QStringLiteral("Apr 2026 terms"));
        QCOMPARE(chart->valueLabels().size(), chart->shownLabels().size());
        const QLocale locale;
        QCOMPARE(chart->valueLabels().first(), locale.toString(result.start.microsoft, 'f', 0));
    }

    void theBridgeFollowsTheSliders()
    {
        auto f = makeFixture();
        ScenarioBridgeChart *chart = f->panel.bridgePage()->chart();
        const BridgeResult before = *chart->result();
        f->document.beginDrag();
        f->document.setValue(AssumptionId::OpenaiRevenueGrowth, 0.5);
        QVERIFY(f->document.isDragging());
        // Redrawn during the drag, not only once it settles.
        QVERIFY(chart->result()->start != before.start);
        f->document.endDrag();
        const AssumptionValues values = f->document.scenario().values();
        const BridgeResult expected = ScenarioBridge::compute(
            f->document.contractRegime(RegimeKind::Oct2025), f->document.contractRegime(RegimeKind::Apr2026), values,
            ScenarioEngine::medianAgiYear(values), f->document.scenario().horizon);
        QCOMPARE(chart->result()->end, expected.end);
        QCOMPARE(chart->result()->steps.size(), expected.steps.size());
    }

    void theMeasureSwitchesToTheRevenueShare()
    {
        auto f = makeFixture();
        QComboBox *measure = f->panel.bridgePage()->measureCombo();
        measure->setCurrentIndex(1);
        Q_EMIT measure->activated(1);
        ScenarioBridgeChart *chart = f->panel.bridgePage()->chart();
        QCOMPARE(chart->measure(), ScenarioBridgeChart::Measure::RevenueShare);
        QCOMPARE(chart->valueLabels().first(), QLocale().toString(chart->result()->start.revenueShare, 'f', 0));
    }

    void clickingABarAsksForItsClause()
    {
        auto f = makeFixture();
        ScenarioBridgeChart *chart = f->panel.bridgePage()->chart();
        QSignalSpy requested(&f->panel, &ScenarioPanel::clausesRequested);
        const QRect bar = chart->barRect(ContractTerm::RevenueShareCap);
        QVERIFY(!bar.isEmpty());
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, bar.center());
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toStringList(), ScenarioBridge::clauses(ContractTerm::RevenueShareCap));
    }

    void selectingAClauseShadesItsRows()
    {
        auto f = makeFixture();
        ScenarioBridgeChart *chart = f->panel.bridgePage()->chart();
        f->panel.highlightClause(QStringLiteral("N5"));
        QCOMPARE(chart->highlightedTerms(),
                 (QList<ContractTerm> {ContractTerm::RevenueShare, ContractTerm::RevenueShareCap}));
        f->panel.highlightClause(QStringLiteral("C1"));
        QCOMPARE(chart->highlightedTerms(), QList<ContractTerm> {ContractTerm::ApiExclusivity});

        // The row is shaded and the bar keeps its own colour, however thin: an outline in the text colour
        // used to draw a thin bar (the model IP's exclusivity, a few pixels) all black.
        f->panel.highlightClause(QStringLiteral("C3"));
        QVERIFY(chart->highlightedTerms().contains(ContractTerm::ModelIpExclusivity));
        settle();
        const QRect bar = chart->barRect(ContractTerm::ModelIpExclusivity);
        QVERIFY(!bar.isEmpty());
        const QImage shot = chart->viewport()->grab().toImage();
        const QColor middle = shot.pixelColor(bar.center());
        QVERIFY2(contrastRatio(middle, chart->palette().color(QPalette::Text)) >= 3.0, qPrintable(middle.name()));
        const QColor row = shot.pixelColor(chart->chart()->plotArea().right() - 3, bar.center().y());
        QVERIFY2(row != chart->chart()->backgroundBrush().color(), qPrintable(row.name()));
        f->panel.highlightClause(QString());
        QVERIFY(chart->highlightedTerms().isEmpty());
        settle();
        const QColor plain = chart->viewport()->grab().toImage().pixelColor(int(chart->chart()->plotArea().right()) - 3,
                                                                            bar.center().y());
        QVERIFY2(plain != row, qPrintable(plain.name()));
    }

    void looksRightInEnglishAndJapanese_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char *language : {"en", "ja"}) {
            for (const QSize size : {QSize(1024, 700), QSize(1600, 900)})
                QTest::addRow("%s %dx%d", language, size.width(), size.height())
                    << QString::fromLatin1(language) << size;
        }
    }

    void looksRightInEnglishAndJapanese()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        LanguageManager::instance()->applyLanguage(language);
        auto f = makeFixture();
        f->panel.resize(size);
        f->panel.highlightClause(QStringLiteral("N5"));
        settle();
        ScenarioBridgeChart *chart = f->panel.bridgePage()->chart();
        QVERIFY(chart->result());
        QCOMPARE(chart->valueLabels().size(), chart->shownLabels().size());
        const QList<ChartLabel> labels = chartLabels(chart->chart());
        for (qsizetype i = 0; i < labels.size(); ++i) {
            QVERIFY2(!labels[i].elided, qPrintable(labels[i].text));
            for (qsizetype j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!overlap(labels[i].sceneRect, labels[j].sceneRect),
                         qPrintable(labels[i].text + QStringLiteral(" / ") + labels[j].text));
        }
        // For a look by eye: DEALSCOPE_SCREENSHOT_DIR=... keeps the tab as drawn.
        const QString directory = qEnvironmentVariable("DEALSCOPE_SCREENSHOT_DIR");
        if (!directory.isEmpty())
            QVERIFY(f->panel.grab().save(QDir(directory).filePath(
                QStringLiteral("bridge-%1-%2x%3.png").arg(language).arg(size.width()).arg(size.height()))));
    }
};

QTEST_MAIN(TestBridgePanel)
#include "tst_bridgepanel.moc"
