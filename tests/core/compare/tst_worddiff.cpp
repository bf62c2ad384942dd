// SPDX-License-Identifier: GPL-3.0-or-later
// WordDiff: texts cut at word boundaries in every script, and compared word by word.
#include "compare/worddiff.h"

#include <QTest>

using namespace Dealscope;
using Kind = WordDiff::Segment::Kind;

namespace {

QStringList textsOf(const QList<WordDiff::Segment> &segments, Kind kind)
{
    QStringList texts;
    for (const WordDiff::Segment &segment : segments) {
        if (segment.kind == kind)
            texts.append(segment.text);
    }
    return texts;
}

} // namespace

class TestWordDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokensJoinBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minimumTokens");

        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("latin") << QStringLiteral("The licence is no longer exclusive.") << 12;
        QTest::newRow("japanese") << QStringLiteral("ライセンスはもはや独占的ではない。") << 4;
        QTest::newRow("chinese") << QStringLiteral("该许可已不再是独家许可。") << 4;
        QTest::newRow("thai") << QStringLiteral("ไลเซนส์ดังกล่าวไม่เป็นเอกสิทธิ์อีกต่อไป") << 3;
    }

    void tokensJoinBack()
    {
        QFETCH(QString, text);
        QFETCH(int, minimumTokens);
        const QStringList tokens = WordDiff::tokens(text);
        QCOMPARE(tokens.join(QString()), text);
        QVERIFY2(tokens.size() >= minimumTokens, qPrintable(tokens.join(u'|')));
        for (const QString &token : tokens)
            QVERIFY(!token.isEmpty());
    }

    // Each case: two texts, the words the second drops, the words it adds.
    void compare_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("deleted");
        QTest::addColumn<QStringList>("inserted");

        QTest::newRow("latin: article replaced, prefix added")
            << QStringLiteral("Microsoft keeps an exclusive licence through 2032.")
            << QStringLiteral("Microsoft keeps a non-exclusive licence through 2032.")
            << QStringList {QStringLiteral("an ")} << QStringList {QStringLiteral("a non-")};
        QTest::newRow("latin: words appended")
            << QStringLiteral("Revenue share until AGI.") << QStringLiteral("Revenue share until AGI, capped.")
            << QStringList() << QStringList {QStringLiteral(", capped")};
        QTest::newRow("latin: word removed")
            << QStringLiteral("APIs run only on Azure.") << QStringLiteral("APIs run on Azure.")
            << QStringList {QStringLiteral("only ")} << QStringList();
        QTest::newRow("japanese: one word replaced")
            << QStringLiteral("ライセンスは独占的である。") << QStringLiteral("ライセンスは非独占的である。")
            << QStringList() << QStringList {QStringLiteral("非")};
        QTest::newRow("japanese: year changed")
            << QStringLiteral("収益分配は2030年まで続く。") << QStringLiteral("収益分配は2032年まで続く。")
            << QStringList {QStringLiteral("2030")} << QStringList {QStringLiteral("2032")};
        QTest::newRow("chinese: phrase replaced")
            << QStringLiteral("收入分成持续至AGI获得核实为止。") << QStringLiteral("收入分成持续至2030年底。")
            << QStringList {QStringLiteral("AGI获得核实为止")} << QStringList {QStringLiteral("2030年底")};
        QTest::newRow("thai: word replaced")
            << QStringLiteral("ส่วนแบ่งรายได้จนถึงปี 2030") << QStringLiteral("ส่วนแบ่งรายได้จนถึงปี 2032")
            << QStringList {QStringLiteral("2030")} << QStringList {QStringLiteral("2032")};
        QTest::newRow("empty both") << QString() << QString() << QStringList() << QStringList();
        QTest::newRow("empty before") << QString() << QStringLiteral("New clause.") << QStringList()
                                      << QStringList {QStringLiteral("New clause.")};
        QTest::newRow("empty after") << QStringLiteral("Old clause.") << QString()
                                     << QStringList {QStringLiteral("Old clause.")} << QStringList();
        QTest::newRow("identical") << QStringLiteral("Azure remains the primary cloud.")
                                   << QStringLiteral("Azure remains the primary cloud.") << QStringList()
                                   << QStringList();
        QTest::newRow("entirely different")
            << QStringLiteral("alpha beta gamma") << QStringLiteral("delta epsilon")
            << QStringList {QStringLiteral("alpha beta gamma")} << QStringList {QStringLiteral("delta epsilon")};
    }

    void compare()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QStringList, deleted);
        QFETCH(QStringList, inserted);

        const QList<WordDiff::Segment> segments = WordDiff::compare(before, after);
        QCOMPARE(WordDiff::beforeText(segments), before);
        QCOMPARE(WordDiff::afterText(segments), after);
        QCOMPARE(textsOf(segments, Kind::Deleted), deleted);
        QCOMPARE(textsOf(segments, Kind::Inserted), inserted);
        QCOMPARE(WordDiff::hasChanges(segments), !deleted.isEmpty() || !inserted.isEmpty());
        for (qsizetype i = 1; i < segments.size(); ++i)
            QVERIFY2(segments.at(i).kind != segments.at(i - 1).kind, "neighbouring segments are merged");
    }

    void identicalTextIsOneSameSegment()
    {
        const QString text = QStringLiteral("OpenAI may serve all products on any cloud.");
        const QList<WordDiff::Segment> segments = WordDiff::compare(text, text);
        QCOMPARE(segments.size(), 1);
        QCOMPARE(segments.first(), (WordDiff::Segment {Kind::Same, text}));
    }

    void deletionComesBeforeInsertion()
    {
        const QList<WordDiff::Segment> segments
            = WordDiff::compare(QStringLiteral("until AGI is verified"), QStringLiteral("through 2030"));
        QCOMPARE(segments.size(), 2);
        QCOMPARE(segments.at(0).kind, Kind::Deleted);
        QCOMPARE(segments.at(1).kind, Kind::Inserted);
    }

    // Long texts with nothing in common stay bounded: shown as replaced, whole.
    void longDifferentTextsAreReplacedWhole()
    {
        QString before;
        QString after;
        for (int i = 0; i < 3000; ++i) {
            before += QStringLiteral("a%1 ").arg(i);
            after += QStringLiteral("b%1 ").arg(i);
        }
        const QList<WordDiff::Segment> segments = WordDiff::compare(before, after);
        QCOMPARE(WordDiff::beforeText(segments), before);
        QCOMPARE(WordDiff::afterText(segments), after);
        QVERIFY(WordDiff::hasChanges(segments));
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
