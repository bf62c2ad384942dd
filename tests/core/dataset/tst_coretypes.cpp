// SPDX-License-Identifier: GPL-3.0-or-later
// Value types of the domain model: partial dates, confidence codes, localized texts.
#include "dataset/confidence.h"
#include "dataset/localizedtext.h"
#include "dataset/partialdate.h"

#include <QTest>

using namespace Dealscope;

class TestCoreTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partialDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");

        QTest::newRow("year") << "2032" << true << QDate(2032, 1, 1) << QDate(2032, 12, 31);
        QTest::newRow("month") << "2023-11" << true << QDate(2023, 11, 1) << QDate(2023, 11, 30);
        QTest::newRow("leap February") << "2028-02" << true << QDate(2028, 2, 1) << QDate(2028, 2, 29);
        QTest::newRow("day") << "2025-10-28" << true << QDate(2025, 10, 28) << QDate(2025, 10, 28);
        QTest::newRow("February 30") << "2025-02-30" << false << QDate() << QDate();
        QTest::newRow("month 13") << "2025-13" << false << QDate() << QDate();
        QTest::newRow("year 0000") << "0000-00-00" << false << QDate() << QDate();
        QTest::newRow("all nines") << "9999-99-99" << false << QDate() << QDate();
        QTest::newRow("two-digit year") << "25-10-28" << false << QDate() << QDate();
        QTest::newRow("slashes") << "2025/10/28" << false << QDate() << QDate();
        QTest::newRow("trailing text") << "2025-10-28T00" << false << QDate() << QDate();
        QTest::newRow("Arabic-Indic digits") << QString::fromUtf8("٢٠٢٥") << false << QDate() << QDate();
        QTest::newRow("empty") << "" << false << QDate() << QDate();
    }

    void partialDate()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        const auto date = PartialDate::parse(text);
        QCOMPARE(date.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(date->firstDay(), first);
        QCOMPARE(date->lastDay(), last);
        QCOMPARE(date->toString(), text); // the precision survives a round trip
    }

    void confidence_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("unverified");
        QTest::newRow("A") << "A" << true << false;
        QTest::newRow("X") << "X" << true << true;
        QTest::newRow("A/B") << "A/B" << true << false;
        QTest::newRow("B/C") << "B/C" << true << false;
        QTest::newRow("reversed range") << "B/A" << false << false;
        QTest::newRow("same level twice") << "B/B" << false << false;
        QTest::newRow("lower case") << "a" << false << false;
        QTest::newRow("unknown letter") << "D" << false << false;
        QTest::newRow("empty") << "" << false << false;
    }

    void confidence()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QFETCH(bool, unverified);
        const auto confidence = Confidence::parse(code);
        QCOMPARE(confidence.has_value(), valid);
        if (valid) {
            QCOMPARE(confidence->code(), code);
            QCOMPARE(confidence->isUnverified(), unverified);
        }
    }

    void localizedTextFallsBackToEnglish()
    {
        LocalizedText text;
        text.set(QStringLiteral("en"), QStringLiteral("Revenue share"));
        text.set(QStringLiteral("de"), QStringLiteral("Umsatzbeteiligung"));
        QCOMPARE(text.text(QStringLiteral("de")), QStringLiteral("Umsatzbeteiligung"));
        QCOMPARE(text.text(QStringLiteral("ja")), QStringLiteral("Revenue share"));
        QVERIFY(!text.has(QStringLiteral("ja")));
        QCOMPARE(supportedLanguages().size(), 9);
        QVERIFY(isSupportedLanguage(u"zh-Hans"));
        QVERIFY(!isSupportedLanguage(u"zh"));
    }

    void localizedTextKeepsOneTextPerLanguage()
    {
        LocalizedText text;
        QVERIFY(text.isEmpty());
        QCOMPARE(text.text(QStringLiteral("de")), QString());
        text.set(QStringLiteral("de"), QStringLiteral("Alt"));
        text.set(QStringLiteral("en"), QStringLiteral("Old"));
        text.set(QStringLiteral("de"), QStringLiteral("Neu"));
        QCOMPARE(text.text(QStringLiteral("de")), QStringLiteral("Neu"));
        QCOMPARE(text.english(), QStringLiteral("Old"));
        QCOMPARE(text.languages(), (QStringList {QStringLiteral("de"), QStringLiteral("en")}));
    }
};

QTEST_GUILESS_MAIN(TestCoreTypes)
#include "tst_coretypes.moc"
