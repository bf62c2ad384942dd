// SPDX-License-Identifier: GPL-3.0-or-later
// The clause tree: readable titles at the default width in every language, badges in their own columns,
// and a click that selects the row clicked, whatever the scrolling.
#include "agreement/agreementfiltermodel.h"
#include "agreement/agreementmodel.h"
#include "dataset/datasetloader.h"
#include "explorer/badgedelegate.h"
#include "explorer/clausetreepanel.h"
#include "explorer/columnshare.h"
#include "explorer/detailspane.h"
#include "session/languagemanager.h"
#include "widgets/colourmix.h"
#include "widgets/elidingheaderview.h"
#include "window/currentitemsync.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QTreeView>

#include <functional>

using namespace Dealscope;

namespace {

/// The clause and event rows of @p model, depth first, as the tree shows them.
QModelIndexList itemRows(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QModelIndexList rows;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex index = model->index(r, 0, parent);
        const auto kind = AgreementModel::NodeKind(index.data(AgreementModel::NodeKindRole).toInt());
        if (kind == AgreementModel::NodeKind::Clause || kind == AgreementModel::NodeKind::Event)
            rows.append(index);
        rows += itemRows(model, index);
    }
    return rows;
}

/// What the tree shows of a title cell: its text elided to the text area the style gives the cell.
QString shownText(const QTreeView *view, const QModelIndex &index)
{
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    option.font = view->font();
    option.font.setItalic(index.data(AgreementModel::UntranslatedRole).toBool());
    option.text = index.data().toString();
    option.features |= QStyleOptionViewItem::HasDisplay;
    const QRect textRect = view->style()->subElementRect(QStyle::SE_ItemViewItemText, &option, view);
    // Only what lies inside the viewport can be read.
    const int visibleRight = std::min(textRect.right(), view->viewport()->width() - 1);
    return QFontMetrics(option.font).elidedText(option.text, Qt::ElideRight, visibleRight - textRect.left() + 1);
}

int readableLength(const QString &shown)
{
    return int(shown.endsWith(QChar(0x2026)) ? shown.size() - 1 : shown.size());
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString outDir = qEnvironmentVariable("DEALSCOPE_TEST_OUTPUT_DIR");
    if (!outDir.isEmpty())
        QVERIFY(widget->grab().save(outDir + u'/' + name + QStringLiteral(".png")));
}

} // namespace

class TestClauseTree : public QObject
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

    void sharingGivesWayInOrder_data()
    {
        QTest::addColumn<int>("available");
        QTest::addColumn<int>("mainMinimum");
        QTest::addColumn<QList<int>>("preferred");
        QTest::addColumn<QList<int>>("minimum");
        QTest::addColumn<QList<int>>("rank");
        QTest::addColumn<int>("main");
        QTest::addColumn<QList<int>>("secondary");

        const QList<int> ordered {0, 1};
        QTest::newRow("room for all: the main column takes the rest")
            << 500 << 200 << QList<int> {100, 80} << QList<int> {0, 40} << ordered << 320 << QList<int> {100, 80};
        QTest::newRow("the lower rank gives way first")
            << 400 << 250 << QList<int> {100, 80} << QList<int> {0, 40} << ordered << 250 << QList<int> {70, 80};
        QTest::newRow("then the next, down to its minimum")
            << 300 << 250 << QList<int> {100, 80} << QList<int> {0, 40} << ordered << 250 << QList<int> {0, 50};
        QTest::newRow("never below the minimums: the main column keeps its own")
            << 200 << 250 << QList<int> {100, 80} << QList<int> {0, 40} << ordered << 250 << QList<int> {0, 40};
        QTest::newRow("equal ranks give way together, each by what it can give")
            << 330 << 200 << QList<int> {50, 100, 40} << QList<int> {30, 40, 40} << QList<int> {1, 1, 1} << 200
            << QList<int> {35, 55, 40};
    }

    void sharingGivesWayInOrder()
    {
        QFETCH(int, available);
        QFETCH(int, mainMinimum);
        QFETCH(QList<int>, preferred);
        QFETCH(QList<int>, minimum);
        QFETCH(QList<int>, rank);
        QFETCH(int, main);
        QFETCH(QList<int>, secondary);
        QList<ColumnNeed> needs;
        for (qsizetype i = 0; i < preferred.size(); ++i)
            needs.append({preferred.at(i), minimum.at(i), rank.at(i)});
        const ColumnShare share = shareColumns(available, mainMinimum, needs);
        QCOMPARE(share.main, main);
        QCOMPARE(share.secondary, secondary);
    }

    void titlesStayReadable_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("showChanges");
        for (const char *language : {"en", "de", "th", "ja"}) {
            for (int width : {400, 480, 640, 760}) {
                for (bool changes : {false, true}) {
                    QTest::addRow("%s, %d px%s", language, width, changes ? ", changes" : "")
                        << QString::fromLatin1(language) << width << changes;
                }
            }
        }
    }

    void titlesStayReadable()
    {
        QFETCH(QString, language);
        QFETCH(int, width);
        QFETCH(bool, showChanges);
        QVERIFY(LanguageManager::instance()->applyLanguage(language));

        AgreementModel model;
        model.setDataset(m_dataset);
        model.setLanguage(language);
        model.setVersion(QStringLiteral("v2026-04-27")); // the most changes: new, amended, ended, not restated
        AgreementFilterModel filter;
        filter.setSourceModel(&model);
        ClauseTreePanel panel;
        panel.setModel(&filter);
        panel.setShowChanges(showChanges);
        panel.resize(width, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        QTreeView *view = panel.view();
        QHeaderView *header = view->header();
        QCOMPARE(header->isSectionHidden(AgreementModel::ChangeColumn), !showChanges);
        QVERIFY(!header->isSectionHidden(AgreementModel::StatusColumn));
        QVERIFY(!header->isSectionHidden(AgreementModel::ConfidenceColumn));
        // The title column and the badge columns share the viewport: no column is pushed off it.
        const int lastRight = header->sectionViewportPosition(AgreementModel::ConfidenceColumn)
            + header->sectionSize(AgreementModel::ConfidenceColumn);
        QVERIFY2(lastRight <= view->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(lastRight).arg(view->viewport()->width())));

        const QModelIndexList rows = itemRows(&filter);
        QVERIFY(rows.size() > 20);
        int changed = 0;
        for (const QModelIndex &row : rows) {
            const QString title = row.data().toString();
            const QString shown = shownText(view, row);
            // Whatever a narrow column cuts, the tooltip says in full; its first line is the bare title.
            const QStringList tip = row.data(Qt::ToolTipRole).toString().split(u'\n');
            QVERIFY2(title.endsWith(tip.constFirst()), qPrintable(title)); // "C1 · title" or the event's title
            const qsizetype idPrefix = title.size() - tip.constFirst().size();
            QVERIFY2(
                readableLength(shown) >= idPrefix
                        + std::min(ClauseTreePanel::readableTitleLength(tip.constFirst()), tip.constFirst().size()),
                qPrintable(QStringLiteral("\"%1\" shows as \"%2\"").arg(title, shown)));
            const QString status = row.siblingAtColumn(AgreementModel::StatusColumn).data().toString();
            if (row.data(AgreementModel::NodeKindRole).toInt() == int(AgreementModel::NodeKind::Clause))
                QVERIFY2(tip.contains(status), qPrintable(title));
            if (!row.siblingAtColumn(AgreementModel::ChangeColumn).data().toString().isEmpty())
                ++changed;
            // From 480 px, a clause's end is readable, at least in its short form ("4/27/26" for "Ended
            // 4/27/26"): badges shrink before it does, and stay recognisable by their colour and first word.
            const QModelIndex end = row.siblingAtColumn(AgreementModel::EndColumn);
            if (width >= 480 && !end.data().toString().isEmpty()) {
                QVERIFY(!header->isSectionHidden(AgreementModel::EndColumn));
                const QString compact = end.data(AgreementModel::CompactTextRole).toString();
                const int needed
                    = view->fontMetrics().horizontalAdvance(compact.isEmpty() ? end.data().toString() : compact);
                QVERIFY2(needed <= view->visualRect(end).width() - BadgeDelegate::textMargins(view),
                         qPrintable(end.data().toString()));
            }
            // With room to spare, badges are whole.
            if (width >= 760) {
                for (int column : {int(AgreementModel::StatusColumn), int(AgreementModel::ChangeColumn)}) {
                    const QString text = row.siblingAtColumn(column).data().toString();
                    if (!text.isEmpty() && !header->isSectionHidden(column))
                        QVERIFY2(header->sectionSize(column) >= BadgeDelegate::badgeWidth(view->font(), text),
                                 qPrintable(text));
                }
            }
            // The change badge has a cell of its own, clear of the title's.
            if (showChanges) {
                const QRect titleCell = view->visualRect(row);
                const QRect changeCell = view->visualRect(row.siblingAtColumn(AgreementModel::ChangeColumn));
                QVERIFY(!titleCell.intersects(changeCell));
                QVERIFY(changeCell.width() > 0);
            }
        }
        QVERIFY(changed > 0); // the April 2026 amendment changed clauses: the column has something to show

        if (width == 400 || width == 480)
            saveShot(&panel,
                     QStringLiteral("clausetree-%1-%2%3").arg(language).arg(width).arg(showChanges ? "-changes" : ""));
    }

    void eventsAsOfAVersion_data()
    {
        QTest::addColumn<QString>("version");
        for (const Version &version : m_dataset->versions)
            QTest::addRow("%s", qPrintable(version.id)) << version.id;
    }

    void eventsAsOfAVersion()
    {
        QFETCH(QString, version);
        AgreementModel model;
        model.setDataset(m_dataset);
        model.setVersion(version);
        AgreementFilterModel filter;
        filter.setSourceModel(&model);
        ClauseTreePanel panel;
        panel.setModel(&filter);
        panel.setShowChanges(true);
        panel.resize(480, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        int later = 0;
        for (const QModelIndex &row : itemRows(&filter)) {
            if (row.data(AgreementModel::NodeKindRole).toInt() != int(AgreementModel::NodeKind::Event))
                continue;
            const Event *event = m_dataset->event(row.data(AgreementModel::IdRole).toString());
            QVERIFY(event);
            const EventTiming timing = eventTiming(*m_dataset, *event, version);
            // "New" only for what this version brought; what came after it says "later"; the date has a
            // column of its own.
            QCOMPARE(row.siblingAtColumn(AgreementModel::ChangeColumn).data().toString().isEmpty(),
                     timing != EventTiming::New);
            QCOMPARE(row.siblingAtColumn(AgreementModel::StatusColumn).data().toString(), timingName(timing));
            QVERIFY(!row.siblingAtColumn(AgreementModel::EndColumn).data().toString().isEmpty());
            later += timing == EventTiming::Later ? 1 : 0;
        }
        if (version == m_dataset->versions.constFirst().id) {
            QVERIFY(later > 0); // the first version came before nearly everything
            const QModelIndex events = itemRows(&filter).constLast().parent();
            panel.view()->scrollTo(events, QAbstractItemView::PositionAtTop);
            saveShot(&panel, QStringLiteral("clausetree-events-%1").arg(version));
        }
    }

    void narrowHeadingsEndInAnEllipsis()
    {
        // The tree's header shortens a heading that does not fit with "…" rather than cutting it mid-letter.
        struct Header : ElidingHeaderView
        {
            using ElidingHeaderView::ElidingHeaderView;
            QString shown(int section) const
            {
                QStyleOptionHeader option;
                initStyleOption(&option);
                initStyleOptionForIndex(&option, section);
                return option.text;
            }
        };
        AgreementModel model;
        model.setDataset(m_dataset);
        Header header(Qt::Horizontal);
        header.setModel(&model);
        header.resize(600, 30);
        header.show();
        QVERIFY(QTest::qWaitForWindowExposed(&header));
        const QString confidence = model.headerData(AgreementModel::ConfidenceColumn, Qt::Horizontal).toString();
        header.resizeSection(AgreementModel::ConfidenceColumn, 300);
        QCOMPARE(header.shown(AgreementModel::ConfidenceColumn), confidence);
        header.resizeSection(AgreementModel::ConfidenceColumn, 40);
        const QString cut = header.shown(AgreementModel::ConfidenceColumn);
        QVERIFY2(cut.endsWith(QChar(0x2026)) && cut.size() < confidence.size(), qPrintable(cut));
        QVERIFY(header.fontMetrics().horizontalAdvance(cut) < 40);
        // The tree uses it.
        ClauseTreePanel panel;
        QVERIFY(qobject_cast<ElidingHeaderView *>(panel.view()->header()));
    }

    void aSelectedRowsBadgesStayReadable()
    {
        // On the selection's colour, a badge keeps a light fill under text in the usual colour: its small
        // text gets WCAG's enhanced contrast, 7:1 (a translucent fill over the selection's blue gave 5.7).
        AgreementModel model;
        model.setDataset(m_dataset);
        AgreementFilterModel filter;
        filter.setSourceModel(&model);
        ClauseTreePanel panel;
        panel.setModel(&filter);
        panel.resize(640, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTreeView *view = panel.view();
        const QModelIndex row = filter.mapFromSource(model.indexForId(QStringLiteral("C3")));
        QVERIFY(row.isValid());
        view->setCurrentIndex(row);
        view->scrollTo(row);
        const QImage shot = view->viewport()->grab().toImage();
        const QColor text = view->palette().color(QPalette::Text);
        for (int column : {int(AgreementModel::StatusColumn), int(AgreementModel::ConfidenceColumn)}) {
            const QRect cell = view->visualRect(row.siblingAtColumn(column));
            // Inside the badge, in its padding left of the text.
            const QColor fill = shot.pixelColor(cell.left() + 6, cell.center().y());
            QVERIFY2(contrastRatio(fill, text) >= 7.0, qPrintable(fill.name()));
        }
    }

    void clickOnAPartlyVisibleRowSelectsIt_data()
    {
        QTest::addColumn<int>("height");
        // Heights that leave the last row cut at different places.
        for (int height : {203, 211, 240, 257, 300})
            QTest::addRow("%d px", height) << height;
    }

    void clickOnAPartlyVisibleRowSelectsIt()
    {
        QFETCH(int, height);
        AgreementModel model;
        model.setDataset(m_dataset);
        AgreementFilterModel filter;
        filter.setSourceModel(&model);
        QItemSelectionModel selection(&filter);
        ClauseTreePanel panel;
        panel.setModel(&filter);
        panel.view()->setSelectionModel(&selection);
        DetailsPane details;
        details.setModel(&model);
        CurrentItemSync sync(&model, &filter, &selection, {&details, nullptr, nullptr, nullptr});
        panel.resize(480, height);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        // The row the viewport's bottom edge cuts.
        QTreeView *view = panel.view();
        const int bottom = view->viewport()->height();
        QModelIndex cut = view->indexAt(QPoint(10, bottom - 2));
        QVERIFY(cut.isValid());
        const QRect cell = view->visualRect(cut);
        if (cell.bottom() < bottom) {
            QSKIP("this height shows the last row whole");
        }
        QVERIFY(cell.top() < bottom);
        const QString clickedId = cut.data(AgreementModel::IdRole).toString();
        const QString clickedTitle = cut.data().toString();
        const QPoint point(cell.left() + 20, (cell.top() + bottom) / 2);

        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);

        const QModelIndexList selected = selection.selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.constFirst().data().toString(), clickedTitle);
        QCOMPARE(selected.constFirst().data(AgreementModel::IdRole).toString(), clickedId);
        QCOMPARE(selection.currentIndex().siblingAtColumn(0), selected.constFirst());
        // Details shows what the tree highlights.
        QCOMPARE(QModelIndex(details.currentItem()), filter.mapToSource(selected.constFirst()));
    }

    void selectionFromElsewhereScrollsTheTree()
    {
        AgreementModel model;
        model.setDataset(m_dataset);
        AgreementFilterModel filter;
        filter.setSourceModel(&model);
        QItemSelectionModel selection(&filter);
        ClauseTreePanel panel;
        panel.setModel(&filter);
        panel.view()->setSelectionModel(&selection);
        panel.resize(480, 240);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        // Another view (the timeline, Find) makes the last event current: the tree brings it into view.
        const QModelIndexList rows = itemRows(&filter);
        const QModelIndex last = rows.constLast();
        QVERIFY(!panel.view()->viewport()->rect().contains(panel.view()->visualRect(last)));
        selection.setCurrentIndex(last, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(panel.view()->viewport()->rect().contains(panel.view()->visualRect(last)));
    }
};

QTEST_MAIN(TestClauseTree)
#include "tst_clausetree.moc"
