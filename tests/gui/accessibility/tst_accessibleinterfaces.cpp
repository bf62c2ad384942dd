// SPDX-License-Identifier: GPL-3.0-or-later
// What the accessibility layer hands a screen reader, read in process through QAccessible (the AT-SPI suite
// in tests/accessibility reads the same through the real client): sliders with their spin boxes' values,
// tooltips as plain descriptions, read-only views as documents, folding group titles as headings, charts
// with a summary of their figures, the clause tree's cells and the version announcement. Events need a
// platform with accessibility (the offscreen one has none): the AT-SPI suite checks those.
#include "accessibility/accessibleinterfaces.h"
#include "accessibility/documentaccessible.h"
#include "accessibility/tooltipdescriptions.h"
#include "agreement/agreementfiltermodel.h"
#include "agreement/agreementmodel.h"
#include "dataset/datasetdocument.h"
#include "scenario/charts/scenariochart.h"
#include "scenario/scenariodocument.h"
#include "scenario/scenariopanel.h"
#include "scenario/scenarioslider.h"
#include "window/versionannouncer.h"

#include <QAccessible>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>

using namespace Dealscope;

namespace {

bool hasMarkup(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>"));
    return tag.match(text).hasMatch();
}

} // namespace

class TestAccessibleInterfaces : public QObject
{
    Q_OBJECT

    DatasetDocument m_document;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        installAccessibleInterfaces();
        ToolTipDescriptions::install();
        QVERIFY(m_document.openBundled().isEmpty());
    }

    void sliderReportsItsSpinBox_data()
    {
        QTest::addColumn<int>("assumption");
        for (const AssumptionInfo &info : ScenarioAssumptions::all())
            QTest::newRow(qPrintable(ScenarioAssumptions::displayLabel(info.id))) << int(info.id);
    }

    void sliderReportsItsSpinBox()
    {
        QFETCH(int, assumption);
        const AssumptionInfo &info = ScenarioAssumptions::all().at(assumption);
        ScenarioSlider row(info);
        QAccessibleInterface *slider = QAccessible::queryAccessibleInterface(row.slider());
        QAccessibleInterface *spin = QAccessible::queryAccessibleInterface(row.spinBox());
        QVERIFY(slider && slider->valueInterface() && spin && spin->valueInterface());
        QCOMPARE(slider->role(), QAccessible::Slider);
        QCOMPARE(slider->text(QAccessible::Name), spin->text(QAccessible::Name));
        QCOMPARE(slider->valueInterface()->currentValue().toDouble(), row.spinBox()->value());
        QCOMPARE(slider->valueInterface()->minimumValue().toDouble(), row.spinBox()->minimum());
        QCOMPARE(slider->valueInterface()->maximumValue().toDouble(), row.spinBox()->maximum());
        QVERIFY(slider->text(QAccessible::Description).startsWith(row.spinBox()->text() + QStringLiteral(". ")));
        QVERIFY(!hasMarkup(slider->text(QAccessible::Description)));
        QVERIFY(!hasMarkup(spin->text(QAccessible::Description)));

        // Setting the value through the interface is an edit in the assumption's unit.
        QSignalSpy edited(&row, &ScenarioSlider::valueEdited);
        slider->valueInterface()->setCurrentValue(row.spinBox()->maximum());
        QCOMPARE(row.spinBox()->value(), row.spinBox()->maximum());
        QCOMPARE(slider->valueInterface()->currentValue().toDouble(), row.spinBox()->maximum());
        QCOMPARE(edited.count(), 1);
    }

    void toolTipsBecomePlainDescriptions_data()
    {
        QTest::addColumn<QString>("toolTip");
        QTest::addColumn<QString>("ownDescription");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rich") << QStringLiteral("<p><b>Azure</b></p><p>Revenue &amp; growth</p>") << QString()
                              << QStringLiteral("Azure Revenue & growth");
        QTest::newRow("plain") << QStringLiteral("Open a file") << QString() << QStringLiteral("Open a file");
        QTest::newRow("own description kept")
            << QStringLiteral("<b>Rich</b> tip") << QStringLiteral("Chosen") << QStringLiteral("Chosen");
    }

    void toolTipsBecomePlainDescriptions()
    {
        QFETCH(QString, toolTip);
        QFETCH(QString, ownDescription);
        QFETCH(QString, expected);
        QLabel label(QStringLiteral("Label"));
        label.setAccessibleDescription(ownDescription);
        label.setToolTip(toolTip);
        QCOMPARE(QAccessible::queryAccessibleInterface(&label)->text(QAccessible::Description), expected);
        // A later tooltip replaces the description derived from the earlier one, not a chosen one.
        label.setToolTip(QStringLiteral("<i>Second</i>"));
        QCOMPARE(QAccessible::queryAccessibleInterface(&label)->text(QAccessible::Description),
                 ownDescription.isEmpty() ? QStringLiteral("Second") : ownDescription);
    }

    void readOnlyViewIsADocument()
    {
        QTextBrowser browser;
        browser.setHtml(QStringLiteral("<h2>History</h2><table><tr><td>10/28/25</td><td>New</td></tr></table>"
                                       "<p>See <a href=\"clause:C1\">C1</a> for the term.</p>"));
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(&browser);
        QCOMPARE(view->role(), QAccessible::Document);
        QAccessibleTextInterface *text = view->textInterface();
        QVERIFY(text);
        const QString all = text->text(0, text->characterCount());
        QCOMPARE(text->characterCount(), int(text->text(0, -1).size())); // the count covers the whole text
        QVERIFY2(!all.contains(QChar(0xfdd0)) && !all.contains(QChar(0xfdd1)), qPrintable(all));
        QVERIFY(all.startsWith(QStringLiteral("History\n")));

        // Lines: the heading, then each table cell, then the paragraph.
        int start = -1;
        int end = -1;
        QCOMPARE(text->textAtOffset(2, QAccessible::LineBoundary, &start, &end), QStringLiteral("History\n"));
        QCOMPARE(text->textAfterOffset(2, QAccessible::LineBoundary, &start, &end).trimmed(),
                 QStringLiteral("10/28/25"));
        QCOMPARE(text->textAtOffset(0, QAccessible::WordBoundary, &start, &end), QStringLiteral("History"));
        // The heading's run is bold; the paragraph's is not.
        QVERIFY(text->attributes(1, &start, &end).contains(QStringLiteral("font-weight:700")));
        const int paragraph = int(all.indexOf(QStringLiteral("See")));
        QVERIFY(text->attributes(paragraph, &start, &end).contains(QStringLiteral("font-weight:400")));

        // The keyboard on a link: the selection covers it and the view names it.
        QTextCursor link(browser.document());
        const int at = int(all.indexOf(QStringLiteral("C1 for")));
        link.setPosition(at);
        link.setPosition(at + 2, QTextCursor::KeepAnchor);
        browser.setTextCursor(link);
        QCOMPARE(DocumentAccessible::focusedLinkText(&browser), QStringLiteral("C1"));
        int selectionStart = 0;
        int selectionEnd = 0;
        text->selection(0, &selectionStart, &selectionEnd);
        QCOMPARE(text->text(selectionStart, selectionEnd), QStringLiteral("C1"));
    }

    void foldingTitleIsAHeading()
    {
        QToolButton button;
        button.setText(QStringLiteral("OpenAI revenue"));
        markAsFoldingHeading(&button);
        button.setCheckable(true);
        button.setChecked(true);
        QAccessibleInterface *heading = QAccessible::queryAccessibleInterface(&button);
        QCOMPARE(heading->role(), QAccessible::Heading);
        QCOMPARE(heading->text(QAccessible::Name), QStringLiteral("OpenAI revenue"));
        QVERIFY(heading->state().expandable && heading->state().expanded);
        heading->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QVERIFY(!button.isChecked());
        QVERIFY(heading->state().collapsed && !heading->state().expanded);
    }

    void scenarioPanelHasNoCheckBoxesAndNamedCharts()
    {
        auto *scenario = new ScenarioDocument;
        ScenarioPanel panel(scenario);
        scenario->setParent(&panel);
        scenario->setDataset(m_document.dataset());
        int headings = 0;
        for (QToolButton *button : panel.findChildren<QToolButton *>()) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(button);
            QVERIFY2(iface->role() != QAccessible::CheckBox, qPrintable(button->text()));
            headings += iface->role() == QAccessible::Heading ? 1 : 0;
        }
        QSet<int> groups;
        for (const AssumptionInfo &info : ScenarioAssumptions::all())
            groups.insert(int(info.group));
        QCOMPARE(headings, int(groups.size()));

        QAccessibleInterface *chart = QAccessible::queryAccessibleInterface(panel.chart());
        QCOMPARE(chart->role(), QAccessible::Chart);
        QCOMPARE(chart->text(QAccessible::Name), panel.chart()->titleText());
        QCOMPARE(chart->childCount(), 0);
        const QString summary = chart->text(QAccessible::Description);
        // The first and last year with their four amounts each.
        QCOMPARE(summary.count(QStringLiteral("$")), 8);
        QVERIFY2(summary.contains(QStringLiteral("2025:")), qPrintable(summary));
    }

    void treeCellsSayWhatTheyAre()
    {
        AgreementModel model;
        model.setDataset(m_document.dataset());
        QModelIndex clause;
        QModelIndex event;
        for (int top = 0; top < model.rowCount(); ++top) {
            const QModelIndex group = model.index(top, 0);
            for (int row = 0; row < model.rowCount(group); ++row) {
                const QModelIndex child = model.index(row, 0, group);
                const auto kind = AgreementModel::NodeKind(child.data(AgreementModel::NodeKindRole).toInt());
                if (kind == AgreementModel::NodeKind::Clause && !clause.isValid())
                    clause = child;
                if (kind == AgreementModel::NodeKind::Event && !event.isValid())
                    event = child;
            }
        }
        QVERIFY(clause.isValid() && event.isValid());
        const QString parentTitle = clause.parent().data().toString();
        QCOMPARE(clause.data(Qt::AccessibleDescriptionRole).toString(),
                 QStringLiteral("Level 2, in %1").arg(parentTitle));
        QCOMPARE(clause.parent().data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("Level 1"));
        const auto cell = [](const QModelIndex &row, int column) {
            return row.siblingAtColumn(column).data(Qt::AccessibleTextRole).toString();
        };
        QCOMPARE(cell(clause, AgreementModel::StatusColumn),
                 QStringLiteral("Status: ") + clause.siblingAtColumn(AgreementModel::StatusColumn).data().toString());
        QCOMPARE(cell(clause, AgreementModel::ConfidenceColumn),
                 QStringLiteral("Confidence: ")
                     + clause.siblingAtColumn(AgreementModel::ConfidenceColumn).data().toString());
        const QString date = event.siblingAtColumn(AgreementModel::EndColumn).data().toString();
        QVERIFY(!date.isEmpty());
        QCOMPARE(cell(event, AgreementModel::EndColumn), QStringLiteral("Date: ") + date);
    }

    void versionChangeIsAnnounced()
    {
        AgreementModel model;
        model.setDataset(m_document.dataset());
        const QList<Version> &versions = m_document.dataset()->versions;
        QVERIFY(versions.size() >= 2);
        model.setVersion(versions.constLast().id);
        const QString message = VersionAnnouncer::message(&model);
        QVERIFY2(
            message.startsWith(QStringLiteral("Now showing ") + versions.constLast().label.text(QStringLiteral("en"))),
            qPrintable(message));
        // The counts are the clauses whose history has an entry for this version, by kind.
        int amended = 0;
        for (const ClauseState &state : model.state().clauses)
            amended += state.entry && state.entry->version == versions.constLast().id
                && state.entry->change == ChangeKind::Amended;
        QCOMPARE(message.contains(QStringLiteral("%1 amended").arg(amended)), amended > 0);
    }
};

QTEST_MAIN(TestAccessibleInterfaces)
#include "tst_accessibleinterfaces.moc"
