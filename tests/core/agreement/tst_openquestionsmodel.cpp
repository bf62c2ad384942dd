// SPDX-License-Identifier: GPL-3.0-or-later
// The open questions as a list model: one row per question of the bundled dataset, their claims, and the
// filter by text and kind.
#include "agreement/openquestionsmodel.h"
#include "dataset/datasetloader.h"

#include <QTest>

using namespace Dealscope;

class TestOpenQuestionsModel : public QObject
{
    Q_OBJECT

private:
    DatasetPtr m_dataset;

    qsizetype countOf(OpenQuestion::Kind kind) const
    {
        return std::count_if(m_dataset->openQuestions.cbegin(), m_dataset->openQuestions.cend(),
                             [kind](const OpenQuestion &question) { return question.kind == kind; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        const DatasetLoadResult result = DatasetLoader::loadBundled();
        QVERIFY(result.ok());
        m_dataset = result.dataset;
        QVERIFY(!m_dataset->openQuestions.isEmpty());
    }

    void listsEveryQuestionInFileOrder()
    {
        OpenQuestionsModel model;
        model.setDataset(m_dataset);
        QCOMPARE(model.rowCount(), m_dataset->openQuestions.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            const OpenQuestion &question = m_dataset->openQuestions.at(row);
            const QModelIndex index = model.index(row);
            QCOMPARE(index.data(OpenQuestionsModel::IdRole).toString(), question.id);
            QCOMPARE(index.data().toString(), question.title.english());
            QCOMPARE(index.data(OpenQuestionsModel::KindRole).toInt(), int(question.kind));
            QCOMPARE(index.data(OpenQuestionsModel::ClausesRole).toStringList(), question.clauses);
            QCOMPARE(model.question(index), &question);
        }
        QVERIFY(!model.question(QModelIndex()));
    }

    void claimsCarryConfidenceAndSources()
    {
        OpenQuestionsModel model;
        model.setDataset(m_dataset);
        int conflicts = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const OpenQuestion &question = m_dataset->openQuestions.at(row);
            const QVariantList claims = model.index(row).data(OpenQuestionsModel::ClaimsRole).toList();
            QCOMPARE(claims.size(), question.claims.size());
            for (qsizetype i = 0; i < claims.size(); ++i) {
                const QVariantMap claim = claims.at(i).toMap();
                QCOMPARE(claim.value(QStringLiteral("text")).toString(), question.claims.at(i).text.english());
                QCOMPARE(claim.value(QStringLiteral("confidence")).toString(), question.claims.at(i).confidence.code());
                QCOMPARE(claim.value(QStringLiteral("sources")).toStringList(), question.claims.at(i).sources);
            }
            if (question.kind == OpenQuestion::Kind::Conflict) {
                ++conflicts;
                QVERIFY2(claims.size() >= 2, qPrintable(question.id));
            }
        }
        QCOMPARE(conflicts, countOf(OpenQuestion::Kind::Conflict));
    }

    void textsFollowTheLanguage()
    {
        OpenQuestionsModel model;
        model.setDataset(m_dataset);
        model.setLanguage(QStringLiteral("ja"));
        QCOMPARE(model.index(0).data().toString(), m_dataset->openQuestions.first().title.text(QStringLiteral("ja")));
        QVERIFY(model.index(0).data().toString() != m_dataset->openQuestions.first().title.english());
    }

    void filtersByKind_data()
    {
        QTest::addColumn<int>("kind"); // -1: every kind
        QTest::newRow("all") << -1;
        QTest::newRow("conflicts") << int(OpenQuestion::Kind::Conflict);
        QTest::newRow("unknowns") << int(OpenQuestion::Kind::Unknown);
    }

    void filtersByKind()
    {
        QFETCH(int, kind);
        OpenQuestionsModel model;
        model.setDataset(m_dataset);
        OpenQuestionsFilterModel filter;
        filter.setSourceModel(&model);
        filter.setKindFilter(kind < 0 ? std::nullopt : std::optional(OpenQuestion::Kind(kind)));
        const qsizetype expected = kind < 0 ? m_dataset->openQuestions.size() : countOf(OpenQuestion::Kind(kind));
        QCOMPARE(filter.rowCount(), expected);
        for (int row = 0; kind >= 0 && row < filter.rowCount(); ++row)
            QCOMPARE(filter.index(row, 0).data(OpenQuestionsModel::KindRole).toInt(), kind);
    }

    void filtersByTextInTitlesClaimsAndClauses()
    {
        OpenQuestionsModel model;
        model.setDataset(m_dataset);
        OpenQuestionsFilterModel filter;
        filter.setSourceModel(&model);

        // A word of one question's first claim, in another case: that question is among those kept.
        const OpenQuestion *withClaims = nullptr;
        for (const OpenQuestion &question : m_dataset->openQuestions) {
            if (!question.claims.isEmpty() && !question.clauses.isEmpty()) {
                withClaims = &question;
                break;
            }
        }
        QVERIFY(withClaims);
        const QString claimWords = withClaims->claims.first().text.english().section(u' ', 0, 2).toUpper();
        filter.setText(claimWords);
        QVERIFY(filter.rowCount() >= 1);
        QVERIFY(filter.rowCount() < model.rowCount());
        bool found = false;
        for (int row = 0; row < filter.rowCount(); ++row)
            found |= filter.index(row, 0).data(OpenQuestionsModel::IdRole).toString() == withClaims->id;
        QVERIFY(found);

        // A clause id keeps every question that touches that clause.
        const QString clauseId = withClaims->clauses.first();
        filter.setText(clauseId);
        QStringList kept;
        for (int row = 0; row < filter.rowCount(); ++row)
            kept.append(filter.index(row, 0).data(OpenQuestionsModel::IdRole).toString());
        for (const OpenQuestion *question : m_dataset->openQuestionsForClause(clauseId))
            QVERIFY2(kept.contains(question->id), qPrintable(question->id));

        filter.setText(QStringLiteral("no question says this"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setText(QString());
        QCOMPARE(filter.rowCount(), model.rowCount());
    }
};

QTEST_GUILESS_MAIN(TestOpenQuestionsModel)
#include "tst_openquestionsmodel.moc"
