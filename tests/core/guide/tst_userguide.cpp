// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled user guide: every topic F1 can ask for is in every language's guide, its internal links
// lead somewhere, and a language without a guide gets the English one.
#include "guide/userguide.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Dealscope;

namespace {

QString readGuide(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QSet<QString> matches(const QString &text, const QRegularExpression &pattern)
{
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

QSet<QString> anchorsIn(const QString &html)
{
    static const QRegularExpression anchor(QStringLiteral(R"re(<a name="([^"]+)")re"));
    return matches(html, anchor);
}

QSet<QString> internalLinksIn(const QString &html)
{
    static const QRegularExpression link(QStringLiteral(R"re(<a href="#([^"]+)")re"));
    return matches(html, link);
}

} // namespace

class TestUserGuide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishIsBundled() { QVERIFY(UserGuide::languages().contains(QStringLiteral("en"))); }

    void everyGuide_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : UserGuide::languages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void everyGuide()
    {
        QFETCH(QString, language);
        const QString html = readGuide(UserGuide::documentPath(language));
        QVERIFY2(!html.isEmpty(), qPrintable(UserGuide::documentPath(language)));
        const QSet<QString> anchors = anchorsIn(html);
        for (const UserGuide::Topic topic : UserGuide::topics())
            QVERIFY2(anchors.contains(UserGuide::anchor(topic)), qPrintable(UserGuide::anchor(topic)));
        for (const QString &link : internalLinksIn(html))
            QVERIFY2(anchors.contains(link), qPrintable(QStringLiteral("dangling link #") + link));
        // Translations keep the English guide's places, so that F1 lands on the same part in each.
        QCOMPARE(anchors, anchorsIn(readGuide(UserGuide::documentPath(QStringLiteral("en")))));
    }

    void topicsHaveDistinctAnchors()
    {
        QSet<QString> anchors;
        for (const UserGuide::Topic topic : UserGuide::topics())
            anchors.insert(UserGuide::anchor(topic));
        QCOMPARE(anchors.size(), UserGuide::topics().size());
    }

    void fallsBackToEnglish()
    {
        QCOMPARE(UserGuide::documentPath(QStringLiteral("xx")), UserGuide::documentPath(QStringLiteral("en")));
        const QUrl url = UserGuide::topicUrl(QStringLiteral("xx"), UserGuide::Topic::Timeline);
        QCOMPARE(url.fragment(), QStringLiteral("timeline"));
        QCOMPARE(url.scheme(), QStringLiteral("qrc"));
        QVERIFY(QFile::exists(u':' + url.path()));
    }

    void translatedGuideIsItsOwn()
    {
        for (const QString &language : UserGuide::languages())
            QVERIFY(UserGuide::documentPath(language).endsWith(u'/' + language + QStringLiteral(".html")));
    }
};

QTEST_GUILESS_MAIN(TestUserGuide)
#include "tst_userguide.moc"
