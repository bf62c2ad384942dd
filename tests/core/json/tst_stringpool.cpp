// SPDX-License-Identifier: GPL-3.0-or-later
// The parser's pool of shared strings: what goes in comes out under the same bytes and no others, and it
// grows up to its capacity and stops there.
#include "json/stringpool.h"

#include <QTest>

using namespace Dealscope;

class TestStringPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsWhatWasInserted_data()
    {
        QTest::addColumn<QByteArrayList>("keys");

        QTest::newRow("one") << QByteArrayList {"id"};
        QTest::newRow("a key and its prefix") << QByteArrayList {"status", "statu", "s"};
        QTest::newRow("eight bytes and nine") << QByteArrayList {"abcdefgh", "abcdefghi", QByteArray("abcdefgh\0", 9)};
        QTest::newRow("a trailing zero byte differs") << QByteArrayList {"ab", QByteArray("ab\0", 3)};
        QTest::newRow("long keys that share their start")
            << QByteArrayList {"sources.openai-2025-10-28-blog", "sources.openai-2025-10-28-blog2"};
        QTest::newRow("non-ASCII bytes") << QByteArrayList {"\xe6\x97\xa5\xe6\x9c\xac", "\xe6\x97\xa5"};
    }

    void findsWhatWasInserted()
    {
        QFETCH(QByteArrayList, keys);
        StringPool pool;
        for (const QByteArray &key : keys)
            pool.insert(key, QString::fromUtf8(key) + u'!');
        QCOMPARE(pool.size(), keys.size());
        for (const QByteArray &key : keys) {
            const QString *found = pool.find(key);
            QVERIFY2(found, key.constData());
            QCOMPARE(*found, QString::fromUtf8(key) + u'!');
        }
        QCOMPARE(pool.find("never inserted"), nullptr);
    }

    void insertingTwiceKeepsTheFirst()
    {
        const QByteArray key = "kind";
        StringPool pool;
        pool.insert(key, QStringLiteral("first"));
        pool.insert(QByteArray("kind"), QStringLiteral("second"));
        QCOMPARE(pool.size(), 1);
        QCOMPARE(*pool.find(key), QStringLiteral("first"));
    }

    void emptyBytesAreNotPooled()
    {
        StringPool pool;
        pool.insert(QByteArrayView(), QStringLiteral("nothing"));
        QCOMPARE(pool.size(), 0);
        QCOMPARE(pool.find(QByteArrayView()), nullptr);
    }

    void growsUpToItsCapacityAndStops()
    {
        // Far more keys than the first table holds: it grows, and keeps every key it took.
        QByteArrayList keys;
        for (int i = 0; i < 5000; ++i)
            keys.append("key-" + QByteArray::number(i));
        StringPool pool(3000);
        for (const QByteArray &key : keys)
            pool.insert(key, QString::fromLatin1(key));
        QVERIFY(pool.size() <= 3000);
        QVERIFY2(pool.size() > 2900, "ordinary keys should hardly ever collide");
        qsizetype found = 0;
        for (const QByteArray &key : keys) {
            if (const QString *text = pool.find(key)) {
                QCOMPARE(*text, QString::fromLatin1(key));
                ++found;
            }
        }
        QCOMPARE(found, pool.size());
    }

    void keysThatDifferOnlyInLengthAreKeptApart()
    {
        // The hash reads eight bytes at a time with zero padding: the length must still tell them apart.
        const QByteArray zeros(16, '\0');
        StringPool pool;
        for (int length = 1; length <= 16; ++length)
            pool.insert(QByteArrayView(zeros.constData(), length), QString::number(length));
        QCOMPARE(pool.size(), 16);
        for (int length = 1; length <= 16; ++length) {
            const QString *found = pool.find(QByteArrayView(zeros.constData(), length));
            QVERIFY(found);
            QCOMPARE(*found, QString::number(length));
        }
    }
};

QTEST_GUILESS_MAIN(TestStringPool)
#include "tst_stringpool.moc"
