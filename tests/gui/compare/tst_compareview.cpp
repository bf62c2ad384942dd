// SPDX-License-Identifier: GPL-3.0-or-later
// The Compare view: its pickers, rows, redline marks, filter, selection signals and keyboard access.
#include "compare/compareview.h"
#include "compare/redlinehtml.h"
#include "dataset/datasetloader.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Dealscope;
using Filter = ComparisonModel::Filter;

Q_DECLARE_METATYPE(Dealscope::ComparisonModel::Filter)

namespace {
const QString October2025 = QStringLiteral("v2025-10-28");
const QString April2026 = QStringLiteral("v2026-04-27");

QStringList shownIds(const CompareView &view)
{
    QStringList ids;
    const ComparisonModel *model = view.model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(ComparisonModel::IdRole).toString());
    return ids;
}
} // namespace

class TestCompareView : public QObject
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

    void defaultsToPreviousAgainstLatest()
    {
        CompareView view;
        view.setDataset(m_dataset);
        const QString latest = m_dataset->versions.constLast().id;
        QCOMPARE(view.versionB(), latest);
        QCOMPARE(view.versionA(), m_dataset->versions.at(m_dataset->versions.size() - 2).id);
        QVERIFY(view.comparison().isValid());
    }

    // The main comparison lists the four changes the issue names, each with both wordings marked.
    void mainComparisonShowsBothWordings_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("API exclusivity") << QStringLiteral("C1");
        QTest::newRow("IP licence") << QStringLiteral("C3");
        QTest::newRow("revenue share") << QStringLiteral("C9");
        QTest::newRow("AGI panel") << QStringLiteral("C2");
    }

    void mainComparisonShowsBothWordings()
    {
        QFETCH(QString, id);
        CompareView view;
        view.setDataset(m_dataset);
        view.setVersions(October2025, April2026);
        const ComparisonModel *model = view.model();
        const int row = model->rowOf(id);
        QVERIFY2(row >= 0, qPrintable(id));
        const ItemChange *change = view.comparison().change(id);
        QCOMPARE(model->index(row, ComparisonModel::VersionAColumn).data().toString(), change->a.wording);
        QCOMPARE(model->index(row, ComparisonModel::VersionBColumn).data().toString(), change->b.wording);
        QVERIFY(!change->a.wording.isEmpty());
        QVERIFY(!change->b.wording.isEmpty());
        const QString htmlA
            = model->index(row, ComparisonModel::VersionAColumn).data(ComparisonModel::HtmlRole).toString();
        const QString htmlB
            = model->index(row, ComparisonModel::VersionBColumn).data(ComparisonModel::HtmlRole).toString();
        // A marks what B dropped, B what it added; an unchanged wording (not restated) marks the status.
        QVERIFY(htmlA.contains(QStringLiteral("line-through")));
        QVERIFY(htmlB.contains(QStringLiteral("underline")));
        QVERIFY(!htmlA.contains(QStringLiteral("underline")));
        QVERIFY(!htmlB.contains(QStringLiteral("line-through")));
    }

    void headersNameTheVersions()
    {
        CompareView view;
        view.setDataset(m_dataset);
        view.setVersions(October2025, April2026);
        const QString a = view.model()->headerData(ComparisonModel::VersionAColumn, Qt::Horizontal).toString();
        const QString b = view.model()->headerData(ComparisonModel::VersionBColumn, Qt::Horizontal).toString();
        QVERIFY2(a.contains(QStringLiteral("2025-10-28")), qPrintable(a));
        QVERIFY2(b.contains(QStringLiteral("2026-04-27")), qPrintable(b));
    }

    void filterKeepsOneKind_data()
    {
        QTest::addColumn<Filter>("filter");
        QTest::newRow("added") << Filter::Added;
        QTest::newRow("ended") << Filter::Ended;
        QTest::newRow("amended") << Filter::Amended;
        QTest::newRow("not restated") << Filter::NotRestated;
        QTest::newRow("events") << Filter::Events;
    }

    void filterKeepsOneKind()
    {
        QFETCH(Filter, filter);
        CompareView view;
        view.setDataset(m_dataset);
        view.setVersions(October2025, April2026);
        const int all = view.model()->rowCount();
        view.setFilter(filter);
        const int shown = view.model()->rowCount();
        QVERIFY(shown > 0);
        QVERIFY(shown < all);
        QCOMPARE(shown, view.model()->count(filter));
        for (const QString &id : shownIds(view)) {
            const ItemChange *change = view.comparison().change(id);
            const bool isEvent = change->item == ItemChange::Item::Event;
            switch (filter) {
            case Filter::Events:
                QVERIFY(isEvent);
                break;
            case Filter::Added:
                QVERIFY(!isEvent && change->kind == VersionChangeKind::Added);
                break;
            case Filter::Ended:
                QCOMPARE(change->kind, VersionChangeKind::Ended);
                break;
            case Filter::Amended:
                QCOMPARE(change->kind, VersionChangeKind::Amended);
                break;
            case Filter::NotRestated:
                QCOMPARE(change->kind, VersionChangeKind::NotRestated);
                break;
            case Filter::All:
                break;
            }
        }
    }

    void choosingARowEmitsItsId()
    {
        CompareView view;
        view.setDataset(m_dataset);
        view.setVersions(October2025, April2026);
        QSignalSpy selected(&view, &CompareView::itemSelected);
        const int row = view.model()->rowOf(QStringLiteral("C9"));
        view.table()->setCurrentIndex(view.model()->index(row, 0));
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().first().toString(), QStringLiteral("C9"));

        // Following a selection made elsewhere moves the row without echoing it back.
        view.setCurrentItem(QStringLiteral("C3"));
        QCOMPARE(selected.size(), 1);
        QCOMPARE(view.table()->currentIndex().data(ComparisonModel::IdRole).toString(), QStringLiteral("C3"));
    }

    void swapExchangesTheVersions()
    {
        CompareView view;
        view.setDataset(m_dataset);
        view.setVersions(October2025, April2026);
        QSignalSpy changed(&view, &CompareView::versionsChanged);
        view.findChild<QToolButton *>()->click();
        QCOMPARE(view.versionA(), April2026);
        QCOMPARE(view.versionB(), October2025);
        QCOMPARE(changed.size(), 1);
    }

    void comparesInTheLanguageShown()
    {
        CompareView view;
        view.setDataset(m_dataset);
        view.setLanguage(QStringLiteral("ja"));
        view.setVersions(October2025, April2026);
        const int row = view.model()->rowOf(QStringLiteral("C3"));
        const QString wording = view.model()->index(row, ComparisonModel::VersionAColumn).data().toString();
        QCOMPARE(wording, m_dataset->clause(QStringLiteral("C3"))->summary.text(QStringLiteral("ja")));
    }

    void keyboardAndAccessibility()
    {
        CompareView view;
        view.setDataset(m_dataset);
        const auto *versionA = view.findChild<QComboBox *>(QStringLiteral("compareVersionA"));
        const auto *versionB = view.findChild<QComboBox *>(QStringLiteral("compareVersionB"));
        const auto *filter = view.findChild<QComboBox *>(QStringLiteral("compareFilter"));
        const auto *exportButton = view.findChild<QPushButton *>(QStringLiteral("compareExport"));
        for (const QWidget *widget :
             std::initializer_list<const QWidget *> {versionA, versionB, filter, view.table()}) {
            QVERIFY(widget);
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
        // Tab walks the pickers, the filter, Export, then the rows.
        QList<const QWidget *> chain;
        for (QWidget *widget = versionA->nextInFocusChain(); widget && widget != versionA && chain.size() < 8;
             widget = widget->nextInFocusChain()) {
            if (widget->focusPolicy() & Qt::TabFocus)
                chain.append(widget);
        }
        const QList<const QWidget *> expected {view.findChild<QToolButton *>(), versionB, filter, exportButton,
                                               view.table()};
        QCOMPARE(chain.mid(0, expected.size()), expected);
    }

    // The view fits the window's page at the smallest and a large size: pickers and legend inside, the
    // table with room for the rows.
    void fitsThePage_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        QTest::newRow("1024x700 en") << QSize(1024, 600) << QStringLiteral("en");
        QTest::newRow("1024x700 ja") << QSize(1024, 600) << QStringLiteral("ja");
        QTest::newRow("1600x900 en") << QSize(1600, 800) << QStringLiteral("en");
    }

    void fitsThePage()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        CompareView view;
        view.setDataset(m_dataset);
        view.setLanguage(language);
        view.setVersions(October2025, April2026);
        view.resize(size);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.minimumSizeHint().width() <= size.width());
        for (QWidget *child : view.findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (child->isVisible())
                QVERIFY2(view.rect().contains(child->geometry()), qPrintable(child->objectName()));
        }
        QVERIFY(view.table()->height() > size.height() / 2);
        // Columns fill the table without a horizontal scroll bar.
        int columns = 0;
        for (int column = 0; column < ComparisonModel::ColumnCount; ++column)
            columns += view.table()->columnWidth(column);
        QVERIFY(columns <= view.table()->viewport()->width());
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
