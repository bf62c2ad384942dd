// SPDX-License-Identifier: GPL-3.0-or-later
// The open questions view: every question of the dataset, filtered by text and kind, with clause links that
// ask the window to select the clause.
#include "dataset/datasetloader.h"
#include "questions/openquestionsview.h"
#include "session/languagemanager.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace Dealscope;

class TestOpenQuestionsView : public QObject
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

    void showsEveryQuestionWithItsClaims()
    {
        OpenQuestionsView view;
        view.setDataset(m_dataset);
        const QString text = view.browser()->toPlainText();
        for (const OpenQuestion &question : m_dataset->openQuestions) {
            QVERIFY2(text.contains(question.title.english()), qPrintable(question.id));
            for (const Claim &claim : question.claims) {
                QVERIFY2(text.contains(claim.text.english()), qPrintable(question.id));
                QVERIFY(text.contains(QStringLiteral("confidence %1").arg(claim.confidence.code())));
            }
        }
    }

    void filterFieldAndKindPickerNarrowTheList()
    {
        OpenQuestionsView view;
        view.setDataset(m_dataset);
        const OpenQuestion &first = m_dataset->openQuestions.first();
        view.filterField()->setText(first.title.english());
        QCOMPARE(view.filterModel()->rowCount(), 1);
        QVERIFY(view.browser()->toPlainText().contains(first.title.english()));
        QVERIFY(!view.browser()->toPlainText().contains(m_dataset->openQuestions.last().title.english()));
        view.filterField()->clear();

        const int unknownRow = view.kindPicker()->findData(int(OpenQuestion::Kind::Unknown));
        QVERIFY(unknownRow > 0);
        view.kindPicker()->setCurrentIndex(unknownRow);
        const auto unknowns
            = std::count_if(m_dataset->openQuestions.cbegin(), m_dataset->openQuestions.cend(),
                            [](const OpenQuestion &q) { return q.kind == OpenQuestion::Kind::Unknown; });
        QCOMPARE(view.filterModel()->rowCount(), unknowns);
        for (const OpenQuestion &question : m_dataset->openQuestions) {
            QCOMPARE(view.browser()->toPlainText().contains(question.title.english()),
                     question.kind == OpenQuestion::Kind::Unknown);
        }
    }

    void clickingAClauseLinkActivatesTheClause()
    {
        OpenQuestionsView view;
        view.setDataset(m_dataset);
        view.resize(1024, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy activated(&view, &OpenQuestionsView::clauseActivated);

        // The first clause link of the list.
        QTextBrowser *browser = view.browser();
        int position = -1;
        QString href;
        for (QTextBlock block = browser->document()->begin(); block.isValid() && position < 0; block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.isAnchor() && format.anchorHref().startsWith(u"clause:")) {
                    position = it.fragment().position();
                    href = format.anchorHref();
                    break;
                }
            }
        }
        QVERIFY(position >= 0);
        QTextCursor cursor(browser->document());
        cursor.setPosition(position + 1);
        browser->setTextCursor(cursor);
        browser->ensureCursorVisible();
        const QRect rect = browser->cursorRect(cursor);
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, QPoint(rect.left() - 2, rect.center().y()));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), href.mid(int(qstrlen("clause:"))));
        QVERIFY(m_dataset->clause(activated.first().first().toString()));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char *language : {"en", "ja"}) {
            for (const QSize size : {QSize(1024, 700), QSize(1600, 900)})
                QTest::addRow("%s %dx%d", language, size.width(), size.height())
                    << QString::fromLatin1(language) << size;
        }
    }

    void screenshots()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QVERIFY(LanguageManager::instance()->applyLanguage(language));
        OpenQuestionsView view;
        view.setDataset(m_dataset);
        view.setLanguage(language);
        view.resize(size);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.browser()->toPlainText().contains(m_dataset->openQuestions.first().title.text(language)));
        const QString outDir = qEnvironmentVariable("DEALSCOPE_TEST_OUTPUT_DIR");
        if (!outDir.isEmpty())
            QVERIFY(view.grab().save(QStringLiteral("%1/gloss_openquestions_%2_%3x%4.png")
                                         .arg(outDir, language)
                                         .arg(size.width())
                                         .arg(size.height())));
    }
};

QTEST_MAIN(TestOpenQuestionsView)
#include "tst_openquestionsview.moc"
