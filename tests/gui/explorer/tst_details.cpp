// SPDX-License-Identifier: GPL-3.0-or-later
// The details pane: wraps at any width in every language, opens each new item at its top, and says that an
// ended clause has ended before it gives the wording it last had.
#include "agreement/agreementmodel.h"
#include "dataset/datasetloader.h"
#include "explorer/detailspane.h"
#include "session/languagemanager.h"

#include <QLocale>
#include <QScrollBar>
#include <QTest>

using namespace Dealscope;

namespace {

void saveShot(QWidget *widget, const QString &name)
{
    const QString outDir = qEnvironmentVariable("DEALSCOPE_TEST_OUTPUT_DIR");
    if (!outDir.isEmpty())
        QVERIFY(widget->grab().save(outDir + u'/' + name + QStringLiteral(".png")));
}

} // namespace

class TestDetails : public QObject
{
    Q_OBJECT

    DatasetPtr m_dataset;

private Q_SLOTS:
    void initTestCase()
    {
        const DatasetLoadResult result = DatasetLoader::loadBundled();
        QVERIFY(result.ok());
        m_dataset = result.dataset;
    }

    void cleanup() { LanguageManager::instance()->applyLanguage(QStringLiteral("en")); }

    void wrapsAtAnyWidth_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("item"); // empty: the dataset overview
        const DatasetLoadResult bundled = DatasetLoader::loadBundled();
        QVERIFY(bundled.ok());
        QStringList items {QString()};
        for (const Clause &clause : bundled.dataset->clauses)
            items.append(clause.id);
        for (const Event &event : bundled.dataset->events)
            items.append(event.id);
        for (const char *language : {"en", "de", "th"}) {
            for (int width : {200, 240, 300, 420}) {
                for (const QString &item : std::as_const(items)) {
                    QTest::addRow("%s, %d px, %s", language, width, item.isEmpty() ? "overview" : qPrintable(item))
                        << QString::fromLatin1(language) << width << item;
                }
            }
        }
    }

    void wrapsAtAnyWidth()
    {
        QFETCH(QString, language);
        QFETCH(int, width);
        QFETCH(QString, item);
        QVERIFY(LanguageManager::instance()->applyLanguage(language));
        AgreementModel model;
        model.setDataset(m_dataset);
        model.setLanguage(language);
        DetailsPane details;
        details.setModel(&model);
        details.resize(width, 500);
        details.show();
        QVERIFY(QTest::qWaitForWindowExposed(&details));
        const QModelIndex index = model.indexForId(item);
        QCOMPARE(index.isValid(), !item.isEmpty());
        details.showItem(index);
        QCoreApplication::processEvents();

        QVERIFY(!details.toPlainText().isEmpty());
        QVERIFY(!details.horizontalScrollBar()->isVisible());
        // Within a pixel: the layout works in fractions of one.
        QVERIFY2(details.document()->size().width() <= details.viewport()->width() + 1,
                 qPrintable(QStringLiteral("text %1 px wide in %2 px")
                                .arg(details.document()->size().width())
                                .arg(details.viewport()->width())));
        if (width == 300 && (item == QLatin1String("C1") || item == QLatin1String("N5")))
            saveShot(&details, QStringLiteral("details-%1-%2").arg(language, item));
    }

    void unbreakableRunsWrapToo_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("run");
        // Thai has no spaces between words: where no dictionary finds the words, a sentence is one run.
        QTest::addRow("th, a sentence without a dictionary") << "th" << QString(160, QChar(0x0E01));
        QTest::addRow("de, a long compound") << "de" << QStringLiteral("Rechenleistungsgrenzen").repeated(8);
        QTest::addRow("en, a long address") << "en" << QStringLiteral("https://example.com/").repeated(8);
    }

    void unbreakableRunsWrapToo()
    {
        QFETCH(QString, language);
        QFETCH(QString, run);
        auto dataset = std::make_shared<Dataset>(*m_dataset);
        for (Clause &clause : dataset->clauses) {
            if (clause.id == QLatin1String("C4"))
                clause.summary.set(language, run);
        }
        dataset->buildIndex();
        AgreementModel model;
        model.setDataset(dataset);
        model.setLanguage(language);
        DetailsPane details;
        details.setModel(&model);
        details.resize(300, 500);
        details.show();
        QVERIFY(QTest::qWaitForWindowExposed(&details));
        details.showItem(model.indexForId(QStringLiteral("C4")));
        QVERIFY(details.toPlainText().contains(run.left(20)));
        QVERIFY(!details.horizontalScrollBar()->isVisible());
        QVERIFY(details.document()->size().width() <= details.viewport()->width() + 1);
    }

    void eachNewItemStartsAtTheTop_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addRow("clause to clause") << "C1"
                                          << "C4";
        QTest::addRow("clause to event") << "C9"
                                         << "2025-10-28-definitive-agreement";
        QTest::addRow("event to clause") << "2026-04-27-amended-agreement"
                                         << "N5";
        QTest::addRow("clause to overview") << "C4"
                                            << "";
    }

    void eachNewItemStartsAtTheTop()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        AgreementModel model;
        model.setDataset(m_dataset);
        DetailsPane details;
        details.setModel(&model);
        details.resize(300, 160); // short, so that every item scrolls
        details.show();
        QVERIFY(QTest::qWaitForWindowExposed(&details));

        details.showItem(model.indexForId(first));
        QScrollBar *bar = details.verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum());
        QVERIFY(bar->value() > 0);

        details.showItem(model.indexForId(second));
        QCOMPARE(bar->value(), bar->minimum());
    }

    void sameItemKeepsItsPlaceWhenTheAgreementChanges()
    {
        AgreementModel model;
        model.setDataset(m_dataset);
        DetailsPane details;
        details.setModel(&model);
        details.resize(300, 160);
        details.show();
        QVERIFY(QTest::qWaitForWindowExposed(&details));
        details.showItem(model.indexForId(QStringLiteral("C4")));
        QScrollBar *bar = details.verticalScrollBar();
        bar->setValue(bar->maximum() / 2);
        const int place = bar->value();
        QVERIFY(place > 0);

        // An assumed AGI date rewrites the text of the same item: the reader stays where they were.
        model.setMilestoneDates({{QStringLiteral("agi-verified"), QDate(2029, 6, 30)}});
        QCOMPARE(bar->value(), place);
        details.showItem(model.indexForId(QStringLiteral("C4"))); // the same item selected again
        QCOMPARE(bar->value(), place);
    }

    void laterEventSaysSo_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("event");
        QTest::addColumn<bool>("later");
        QTest::addRow("the 2025 agreement as of 2019") << "v2019-07-22"
                                                       << "2025-10-28-definitive-agreement" << true;
        QTest::addRow("the 2025 agreement as of itself") << "v2025-10-28"
                                                         << "2025-10-28-definitive-agreement" << false;
        QTest::addRow("the first investment as of 2026") << "v2026-04-27"
                                                         << "2019-07-22-first-investment" << false;
    }

    void laterEventSaysSo()
    {
        QFETCH(QString, version);
        QFETCH(QString, event);
        QFETCH(bool, later);
        AgreementModel model;
        model.setDataset(m_dataset);
        model.setVersion(version);
        DetailsPane details;
        details.setModel(&model);
        details.showItem(model.indexForId(event));
        const QString label = m_dataset->version(version)->label.english();
        QCOMPARE(details.toPlainText().contains(QStringLiteral("Later than the selected version (%1).").arg(label)),
                 later);
    }

    void endedClauseSaysSoFirst_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("clause");
        QTest::addColumn<QString>("endedIn"); // the version that ended it; empty while in force

        QTest::addRow("C1 as of April 2026: ended") << "v2026-04-27"
                                                    << "C1"
                                                    << "v2026-04-27";
        QTest::addRow("C1 as of February 2026: in force") << "v2026-02-27"
                                                          << "C1" << QString();
        QTest::addRow("C9 as of April 2026: ended") << "v2026-04-27"
                                                    << "C9"
                                                    << "v2026-04-27";
        QTest::addRow("P1 as of October 2025: ended in January 2025") << "v2025-10-28"
                                                                      << "P1"
                                                                      << "v2025-01-21";
        QTest::addRow("P1 as of 2019: in force") << "v2019-07-22"
                                                 << "P1" << QString();
    }

    void endedClauseSaysSoFirst()
    {
        QFETCH(QString, version);
        QFETCH(QString, clause);
        QFETCH(QString, endedIn);
        AgreementModel model;
        model.setDataset(m_dataset);
        model.setVersion(version);
        DetailsPane details;
        details.setModel(&model);
        details.resize(420, 600);
        details.show();
        QVERIFY(QTest::qWaitForWindowExposed(&details));
        const QModelIndex index = model.indexForId(clause);
        details.showItem(index);

        const QString text = details.toPlainText();
        const QString wording = index.data(AgreementModel::SummaryRole).toString();
        const qsizetype wordingAt = text.indexOf(wording);
        QVERIFY(wordingAt > 0);
        // The line under the title: the status, or the end with its date.
        const QString statusLine = text.section(u'\n', 1, 1);
        if (endedIn.isEmpty()) {
            QVERIFY2(statusLine.startsWith(statusName(ClauseStatus(index.data(AgreementModel::StatusRole).toInt()))),
                     qPrintable(statusLine));
            QVERIFY(!text.contains(QStringLiteral("The last wording was:")));
            QCOMPARE(text.section(u'\n', 2, 2), wording); // the wording in force, right under the status
        } else {
            const QDate endDate = m_dataset->version(endedIn)->date;
            QVERIFY2(statusLine.startsWith(
                         QStringLiteral("Ended on %1").arg(QLocale().toString(endDate, QLocale::ShortFormat))),
                     qPrintable(statusLine));
            const qsizetype lastWordingAt = text.indexOf(QStringLiteral("The last wording was:"));
            QVERIFY(lastWordingAt > 0);
            QVERIFY(lastWordingAt < wordingAt); // the wording comes as history, after it is said to be over
            saveShot(&details, QStringLiteral("details-ended-%1").arg(clause));
        }
    }
};

QTEST_MAIN(TestDetails)
#include "tst_details.moc"
