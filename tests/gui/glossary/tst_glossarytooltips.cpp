// SPDX-License-Identifier: GPL-3.0-or-later
// Glossary terms in the details and in the articles: the first use of a term is marked and shows its
// definition on hover, in the interface language; links stay links. Help › Glossary lists and searches the
// terms.
#include "agreement/agreementmodel.h"
#include "articles/articleview.h"
#include "dataset/datasetloader.h"
#include "explorer/detailspane.h"
#include "glossary/glossarymarker.h"
#include "glossary/glossaryview.h"
#include "session/languagemanager.h"

#include <QApplication>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolTip>

using namespace Dealscope;

namespace {

struct Marked
{
    int position = -1; ///< of the term's first character in the document
    QString text;
    QString toolTip;
};

/// Every marked term of @p document, by glossary entry id.
QMultiHash<QString, Marked> markedTerms(const QTextDocument *document)
{
    QMultiHash<QString, Marked> result;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QString id = fragment.charFormat().property(GlossaryMarker::EntryProperty).toString();
            if (!id.isEmpty())
                result.insert(id, {fragment.position(), fragment.text(), fragment.charFormat().toolTip()});
        }
    }
    return result;
}

/// The term and the aliases of @p entry in @p language, case-folded: what a marked piece of text may be.
QStringList namesOf(const GlossaryEntry &entry, const QString &language)
{
    QStringList names {entry.term.text(language).toCaseFolded()};
    for (const LocalizedText &alias : entry.aliases)
        names.append(alias.text(language).toCaseFolded());
    return names;
}

/// Hovers the character after @p position in @p browser and returns the tooltip Qt shows.
QString hover(QTextBrowser *browser, int position)
{
    QTextCursor cursor(browser->document());
    cursor.setPosition(position + 1);
    browser->setTextCursor(cursor);
    browser->ensureCursorVisible();
    const QRect rect = browser->cursorRect(cursor);
    const QPoint point(rect.left() - 2, rect.center().y()); // on the term's first character
    QHelpEvent event(QEvent::ToolTip, point, browser->viewport()->mapToGlobal(point));
    QApplication::sendEvent(browser->viewport(), &event);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

/// @p widget's picture with the tooltip drawn where it stands, saved as @p name when screenshots are asked for.
void saveShotWithToolTip(QWidget *widget, const QString &name)
{
    const QString outDir = qEnvironmentVariable("DEALSCOPE_TEST_OUTPUT_DIR");
    if (outDir.isEmpty())
        return;
    QImage image = widget->grab().toImage();
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->inherits("QTipLabel") && top->isVisible()) {
            QPainter painter(&image);
            painter.drawPixmap(widget->mapFromGlobal(top->mapToGlobal(QPoint(0, 0))), top->grab());
        }
    }
    QVERIFY(image.save(outDir + u'/' + name + QStringLiteral(".png")));
}

} // namespace

class TestGlossaryToolTips : public QObject
{
    Q_OBJECT

    DatasetPtr m_dataset;

private Q_SLOTS:
    void initTestCase()
    {
        const DatasetLoadResult result = DatasetLoader::loadBundled();
        QVERIFY(result.ok());
        m_dataset = result.dataset;
        QVERIFY(!m_dataset->glossary.isEmpty());
    }

    void cleanup()
    {
        QToolTip::hideText();
        LanguageManager::instance()->applyLanguage(QStringLiteral("en"));
    }

    void detailsMarkTermsOnce_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("clause");
        QTest::addColumn<QString>("entry");
        QTest::newRow("en: revenue share")
            << QStringLiteral("en") << QStringLiteral("C9") << QStringLiteral("revenue-share");
        QTest::newRow("ja: revenue share")
            << QStringLiteral("ja") << QStringLiteral("C9") << QStringLiteral("revenue-share");
        QTest::newRow("en: research IP") << QStringLiteral("en") << QStringLiteral("C4")
                                         << QStringLiteral("research-ip");
        QTest::newRow("ja: expert panel")
            << QStringLiteral("ja") << QStringLiteral("C2") << QStringLiteral("expert-panel");
    }

    void detailsMarkTermsOnce()
    {
        QFETCH(QString, language);
        QFETCH(QString, clause);
        QFETCH(QString, entry);
        QVERIFY(LanguageManager::instance()->applyLanguage(language));
        AgreementModel model;
        model.setDataset(m_dataset);
        model.setLanguage(language);
        DetailsPane details;
        details.setModel(&model);
        details.resize(700, 600);
        details.show();
        QVERIFY(QTest::qWaitForWindowExposed(&details));
        details.showItem(model.indexForId(clause));

        const QMultiHash<QString, Marked> marked = markedTerms(details.document());
        const GlossaryEntry *glossaryEntry = m_dataset->glossaryEntry(entry);
        QVERIFY(glossaryEntry);
        QCOMPARE(marked.count(entry), 1); // the first occurrence only
        const Marked term = marked.value(entry);
        QVERIFY2(namesOf(*glossaryEntry, language).contains(term.text.toCaseFolded()), qPrintable(term.text));
        QCOMPARE(term.toolTip, GlossaryMarker::toolTip(*glossaryEntry, language));
        QVERIFY(term.toolTip.contains(glossaryEntry->definition.text(language).toHtmlEscaped()));
        QCOMPARE(hover(&details, term.position), term.toolTip);

        // Links keep their targets and carry no glossary mark.
        int links = 0;
        for (QTextBlock block = details.document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.isAnchor()) {
                    ++links;
                    QVERIFY(!format.anchorHref().isEmpty());
                    QVERIFY(!format.hasProperty(GlossaryMarker::EntryProperty));
                }
            }
        }
        QVERIFY(links > 0); // the sources
        QCOMPARE(details.toPlainText().contains(term.text), true); // the text itself is unchanged
    }

    void articleShowsDefinitionsInTheInterfaceLanguage_data()
    {
        QTest::addColumn<QString>("articleLanguage");
        QTest::addColumn<QString>("interfaceLanguage");
        QTest::newRow("en article, en interface") << QStringLiteral("en") << QStringLiteral("en");
        QTest::newRow("ja article, ja interface") << QStringLiteral("ja") << QStringLiteral("ja");
        QTest::newRow("ja article, en interface") << QStringLiteral("ja") << QStringLiteral("en");
    }

    void articleShowsDefinitionsInTheInterfaceLanguage()
    {
        QFETCH(QString, articleLanguage);
        QFETCH(QString, interfaceLanguage);
        QVERIFY(LanguageManager::instance()->applyLanguage(interfaceLanguage));
        ArticleView view;
        view.resize(900, 700);
        view.setGlossary(m_dataset, interfaceLanguage);
        view.setLanguage(articleLanguage);
        view.setArticle(QStringLiteral("agreement-2025-10-28"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const QMultiHash<QString, Marked> marked = markedTerms(view.browser()->document());
        const GlossaryEntry *iaas = m_dataset->glossaryEntry(QStringLiteral("iaas"));
        QCOMPARE(marked.count(QStringLiteral("iaas")), 1);
        const Marked term = marked.value(QStringLiteral("iaas"));
        QCOMPARE(term.text, QStringLiteral("IaaS"));
        QCOMPARE(term.toolTip, GlossaryMarker::toolTip(*iaas, interfaceLanguage));
        QCOMPARE(hover(view.browser(), term.position), term.toolTip);
        // Each marked term is a name of its entry in the article's language.
        for (auto it = marked.cbegin(); it != marked.cend(); ++it) {
            const GlossaryEntry *entry = m_dataset->glossaryEntry(it.key());
            QVERIFY2(namesOf(*entry, articleLanguage).contains(it.value().text.toCaseFolded()),
                     qPrintable(it.value().text));
        }
    }

    void toolTipScreenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char *language : {"en", "ja"}) {
            for (const QSize size : {QSize(1024, 700), QSize(1600, 900)})
                QTest::addRow("%s %dx%d", language, size.width(), size.height())
                    << QString::fromLatin1(language) << size;
        }
    }

    void toolTipScreenshots()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QVERIFY(LanguageManager::instance()->applyLanguage(language));
        ArticleView view;
        view.resize(size);
        view.setGlossary(m_dataset, language);
        view.setLanguage(language);
        view.setArticle(QStringLiteral("agreement-2025-10-28"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const Marked term = markedTerms(view.browser()->document()).value(QStringLiteral("iaas"));
        QVERIFY(term.position >= 0);
        QVERIFY(!hover(view.browser(), term.position).isEmpty());
        saveShotWithToolTip(
            &view, QStringLiteral("gloss_tooltip_%1_%2x%3").arg(language).arg(size.width()).arg(size.height()));
    }

    void glossaryViewListsAndSearches()
    {
        GlossaryView view;
        view.setDataset(m_dataset);
        view.setLanguage(QStringLiteral("en"));
        QCOMPARE(view.shownEntries().size(), m_dataset->glossary.size());
        view.setFilterText(QStringLiteral("rofr")); // an alias
        QCOMPARE(view.shownEntries(), QStringList {QStringLiteral("rofr")});
        view.setFilterText(QStringLiteral("no such term anywhere"));
        QVERIFY(view.shownEntries().isEmpty());
        view.setLanguage(QStringLiteral("ja"));
        view.setFilterText(QStringLiteral("収益分配"));
        QVERIFY(view.shownEntries().contains(QStringLiteral("revenue-share")));
        QVERIFY(view.browser()->toPlainText().contains(
            m_dataset->glossaryEntry(QStringLiteral("revenue-share"))->definition.text(QStringLiteral("ja"))));
        view.setFilterText(QString());
        view.resize(1024, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString outDir = qEnvironmentVariable("DEALSCOPE_TEST_OUTPUT_DIR");
        if (!outDir.isEmpty())
            QVERIFY(view.grab().save(outDir + QStringLiteral("/gloss_glossaryview_ja_1024x700.png")));
    }
};

QTEST_MAIN(TestGlossaryToolTips)
#include "tst_glossarytooltips.moc"
