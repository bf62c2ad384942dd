// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement/agreementmodel.h"
#include "dataset/datasetloader.h"
#include "glance/startpage.h"
#include "session/languagemanager.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

using namespace Dealscope;

namespace {

/// A paragraph of the page: its text, its heading level (0 for none), whether it is a list item, and
/// the links it holds.
struct Block
{
    QString text;
    int heading = 0;
    bool listItem = false;
    QStringList links;
};

QList<Block> blocksOf(const QTextDocument &document)
{
    QList<Block> blocks;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        Block entry {block.text(), block.blockFormat().headingLevel(), block.textList() != nullptr, {}};
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QString href = it.fragment().charFormat().anchorHref();
            if (!href.isEmpty() && !entry.links.contains(href))
                entry.links.append(href);
        }
        blocks.append(entry);
    }
    return blocks;
}

/// The first list item that links @p href at or after @p from.
const Block *itemLinking(const QList<Block> &blocks, const QString &href, qsizetype from = 0)
{
    for (qsizetype i = from; i < blocks.size(); ++i) {
        if (blocks[i].listItem && blocks[i].links.contains(href))
            return &blocks[i];
    }
    return nullptr;
}

QString clauseHref(const QString &id)
{
    return QStringLiteral("clause:") + id;
}

} // namespace

class TestStartPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanupTestCase();
    void answersTheQuestion_data();
    void answersTheQuestion();
    void anyDatasetInTheFormat_data();
    void anyDatasetInTheFormat();
    void linksEmitTheirItem();
    void followsTheVersion();
    void datasetTextStaysText();
    void screenshots_data();
    void screenshots();

private:
    void showDataset(const QString &language, DatasetPtr dataset = {});

    AgreementModel *m_model = nullptr;
    StartPage *m_page = nullptr;
};

void TestStartPage::init()
{
    delete m_page;
    delete m_model;
    m_model = new AgreementModel(this);
    m_page = new StartPage;
}

void TestStartPage::cleanupTestCase()
{
    delete m_page;
    QVERIFY(LanguageManager::instance()->applyLanguage(QStringLiteral("en")));
}

void TestStartPage::showDataset(const QString &language, DatasetPtr dataset)
{
    QVERIFY(LanguageManager::instance()->applyLanguage(language));
    if (!dataset)
        dataset = DatasetLoader::loadBundled().dataset;
    QVERIFY(dataset);
    m_page->setLocale(QLocale());
    m_model->setLanguage(language);
    m_model->setDataset(dataset);
    m_page->setModel(m_model);
}

void TestStartPage::answersTheQuestion_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ja") << QStringLiteral("ja");
}

void TestStartPage::answersTheQuestion()
{
    // "Until when does Microsoft hold IP rights, and what changed in April 2026?"
    QFETCH(QString, language);
    showDataset(language);
    const DatasetPtr dataset = m_model->dataset();
    const QList<Block> blocks = blocksOf(*m_page->document());
    const QString text = m_page->toPlainText();

    // Until when: every IP clause that applies, linked, with the year its term runs to, as the core resolves it.
    int ipTerms = 0;
    for (const ClauseState *state : m_model->state().applicable()) {
        if (state->clause->category != QStringLiteral("ip") || !state->end.date.isValid())
            continue;
        ++ipTerms;
        const Block *item = itemLinking(blocks, clauseHref(state->clause->id));
        QVERIFY2(item, qPrintable(state->clause->id));
        QVERIFY2(item->text.contains(state->clause->title.text(language)), qPrintable(item->text));
        QVERIFY2(item->text.contains(QString::number(state->end.date.year())), qPrintable(item->text));
    }
    QVERIFY(ipTerms > 0);

    // What changed in April 2026: the latest version, under a heading that names its month, and every change
    // its clause histories record, each a list item linking its clause.
    const Version &latest = dataset->versions.constLast();
    QCOMPARE(latest.date.year(), 2026);
    QCOMPARE(latest.date.month(), 4);
    const QLocale locale;
    qsizetype changesHeading = -1;
    for (qsizetype i = 0; i < blocks.size() && changesHeading < 0; ++i) {
        if (blocks[i].heading == 2 && blocks[i].text.contains(locale.monthName(latest.date.month()))
            && blocks[i].text.contains(QString::number(latest.date.year())))
            changesHeading = i;
    }
    QVERIFY2(changesHeading >= 0, qPrintable(text));
    int changes = 0;
    for (const Clause &clause : dataset->clauses) {
        for (const HistoryEntry &entry : clause.history) {
            if (entry.version != latest.id || entry.change == ChangeKind::Unchanged)
                continue;
            ++changes;
            const Block *item = itemLinking(blocks, clauseHref(clause.id), changesHeading);
            QVERIFY2(item, qPrintable(clause.id));
            QVERIFY(item->text.contains(clause.title.text(language)));
        }
    }
    QVERIFY(changes > 0);

    // A real document structure: a title, sections, lists.
    QCOMPARE(std::count_if(blocks.cbegin(), blocks.cend(), [](const Block &b) { return b.heading == 1; }), 1);
    QVERIFY(std::count_if(blocks.cbegin(), blocks.cend(), [](const Block &b) { return b.heading == 2; }) >= 4);
    QVERIFY(std::count_if(blocks.cbegin(), blocks.cend(), [](const Block &b) { return b.listItem; }) > 10);
}

void TestStartPage::anyDatasetInTheFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("three regimes") << QStringLiteral("three-regimes.json");
    QTest::newRow("minimal") << QStringLiteral("minimal.json");
}

void TestStartPage::anyDatasetInTheFormat()
{
    QFETCH(QString, file);
    const DatasetLoadResult result = DatasetLoader::loadFile(QStringLiteral(DEALSCOPE_TEST_DATA_DIR "/") + file);
    QVERIFY(result.ok());
    showDataset(QStringLiteral("en"), result.dataset);
    const QList<Block> blocks = blocksOf(*m_page->document());
    QVERIFY(m_page->toPlainText().contains(result.dataset->title.english()));
    // Every clause that applies, and every change of the version, has its linked line.
    for (const ClauseState *state : m_model->state().applicable())
        QVERIFY2(itemLinking(blocks, clauseHref(state->clause->id)), qPrintable(state->clause->id));
    for (const Clause &clause : result.dataset->clauses) {
        for (const HistoryEntry &entry : clause.history) {
            if (entry.version == m_model->version() && entry.change != ChangeKind::Unchanged)
                QVERIFY2(itemLinking(blocks, clauseHref(clause.id)), qPrintable(clause.id));
        }
    }
}

void TestStartPage::linksEmitTheirItem()
{
    showDataset(QStringLiteral("en"));
    QSignalSpy clauses(m_page, &StartPage::clauseActivated);
    QSignalSpy events(m_page, &StartPage::eventActivated);
    const QString clause = m_model->state().applicable().constFirst()->clause->id;
    Q_EMIT m_page->anchorClicked(QUrl(clauseHref(clause)));
    QCOMPARE(clauses.size(), 1);
    QCOMPARE(clauses.constFirst().constFirst().toString(), clause);

    // From the keyboard: Tab moves to the first link, Enter follows it.
    m_page->resize(800, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    m_page->setFocus();
    QTest::keyClick(m_page, Qt::Key_Tab);
    QTest::keyClick(m_page, Qt::Key_Return);
    QCOMPARE(clauses.size() + events.size(), 2);
}

void TestStartPage::followsTheVersion()
{
    showDataset(QStringLiteral("en"));
    const Version &first = m_model->dataset()->versions.constFirst();
    const QString shown = QStringLiteral("Version shown: ") + first.label.english();
    QVERIFY(!m_page->toPlainText().contains(shown));
    m_model->setVersion(first.id);
    QTRY_VERIFY(m_page->toPlainText().contains(shown));
    const AgreementState then = asOf(*m_model->dataset(), first.id);
    QVERIFY(!then.applicable().isEmpty());
    for (const ClauseState *state : then.applicable())
        QVERIFY(itemLinking(blocksOf(*m_page->document()), clauseHref(state->clause->id)));
}

void TestStartPage::datasetTextStaysText()
{
    QFile file(QStringLiteral(DEALSCOPE_TEST_DATA_DIR "/three-regimes.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray data = file.readAll();
    const QByteArray markup = "<img src=x><a href='clause:C1'>bold</a>";
    const int title = data.indexOf("\"title\"");
    const int start = data.indexOf('"', data.indexOf("\"en\"", title) + 4) + 1;
    data.insert(start, markup);
    const DatasetLoadResult result = DatasetLoader::loadData(data, QStringLiteral("markup.json"));
    QVERIFY(result.ok());
    showDataset(QStringLiteral("en"), result.dataset);
    QVERIFY(m_page->toPlainText().contains(QString::fromUtf8(markup)));
}

void TestStartPage::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        for (const QSize &size : {QSize(1024, 700), QSize(1600, 900)}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 %2x%3").arg(language).arg(size.width()).arg(size.height())))
                << language << size;
        }
    }
}

void TestStartPage::screenshots()
{
    // The page as a window-sized view shows it; the images are for looking at.
    QFETCH(QString, language);
    QFETCH(QSize, size);
    showDataset(language);
    m_page->resize(size);
    const QImage image = m_page->grab().toImage();
    QVERIFY(!image.isNull());
    const QString dir = qEnvironmentVariable("DEALSCOPE_TEST_OUTPUT_DIR", QDir::tempPath());
    QVERIFY(image.save(QStringLiteral("%1/startpage-%2-%3.png").arg(dir, language).arg(size.width())));
}

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"
