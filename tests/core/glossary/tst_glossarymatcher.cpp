// SPDX-License-Identifier: GPL-3.0-or-later
// Glossary terms are found as whole words, case-insensitively, once each, in languages with and without
// spaces between words.
#include "glossary/glossarymatcher.h"

#include <QTest>

using namespace Dealscope;

namespace {

LocalizedText text(std::initializer_list<std::pair<const char *, const char *>> languages)
{
    LocalizedText result;
    for (const auto &[language, value] : languages)
        result.set(QString::fromUtf8(language), QString::fromUtf8(value));
    return result;
}

GlossaryEntry entry(const char *id, LocalizedText term, QList<LocalizedText> aliases = {})
{
    GlossaryEntry result;
    result.id = QString::fromUtf8(id);
    result.term = std::move(term);
    result.definition = text({{"en", "A definition."}});
    result.aliases = std::move(aliases);
    return result;
}

const QList<GlossaryEntry> &glossary()
{
    static const QList<GlossaryEntry> entries {
        entry("agi", text({{"en", "AGI"}})),
        entry("revenue-share",
              text({{"en", "revenue share"}, {"ja", "収益分配"}, {"th", "ส่วนแบ่งรายได้"}, {"zh-Hans", "收入分成"}})),
        entry("rofr", text({{"en", "right of first refusal"}, {"ja", "優先交渉権"}}), {text({{"en", "ROFR"}})}),
        entry("ip", text({{"en", "IP"}})),
        entry("research-ip", text({{"en", "research IP"}, {"ja", "研究IP"}})),
        entry("panel", text({{"en", "expert panel"}, {"hi", "पैनल"}})),
    };
    return entries;
}

/// The marked pieces of @p text, in order, as "id=text".
QStringList marked(GlossaryMatcher &matcher, const QString &text)
{
    QStringList result;
    for (const GlossaryMatch &match : matcher.takeFirstOccurrences(text))
        result.append(match.entry->id + u'=' + text.mid(match.start, match.length));
    return result;
}

} // namespace

class TestGlossaryMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTerms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        auto row = [](const char *name, const char *language, const char *text, QStringList expected) {
            QTest::newRow(name) << QString::fromUtf8(language) << QString::fromUtf8(text) << expected;
        };
        row("first occurrence only", "en", "The revenue share ends; the revenue share was 20%.",
            {QStringLiteral("revenue-share=revenue share")});
        row("whole words only", "en", "MAGIC is not AGI.", {QStringLiteral("agi=AGI")});
        row("not inside a longer word", "en", "An IPO filing, AGIs and revenue shares.", {});
        row("any case", "en", "Right Of First Refusal removed.", {QStringLiteral("rofr=Right Of First Refusal")});
        row("alias", "en", "The ROFR was removed.", {QStringLiteral("rofr=ROFR")});
        row("longer name wins, shorter found later", "en", "research IP and IP rights.",
            {QStringLiteral("research-ip=research IP"), QStringLiteral("ip=IP")});
        row("in text order", "en", "After AGI, the revenue share and the right of first refusal.",
            {QStringLiteral("agi=AGI"), QStringLiteral("revenue-share=revenue share"),
             QStringLiteral("rofr=right of first refusal")});
        row("Japanese without spaces", "ja", "MicrosoftはAGIの検証まで収益分配を受け、研究IPを持つ。",
            {QStringLiteral("agi=AGI"), QStringLiteral("revenue-share=収益分配"),
             QStringLiteral("research-ip=研究IP")});
        row("Chinese without spaces", "zh-Hans", "收入分成至AGI获得核实为止",
            {QStringLiteral("revenue-share=收入分成"), QStringLiteral("agi=AGI")});
        row("Thai without spaces", "th", "ส่วนแบ่งรายได้จนกว่าจะมีการยืนยัน AGI",
            {QStringLiteral("revenue-share=ส่วนแบ่งรายได้"), QStringLiteral("agi=AGI")});
        row("English fallback in another language", "de", "Die revenue share endet.",
            {QStringLiteral("revenue-share=revenue share")});
        row("never splits a grapheme cluster", "hi", "पैनलों की राय", {});
        row("Hindi whole word", "hi", "विशेषज्ञ पैनल की पुष्टि", {QStringLiteral("panel=पैनल")});
    }

    void findsTerms()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        GlossaryMatcher matcher(glossary(), language);
        QCOMPARE(marked(matcher, text), expected);
    }

    void aTermFoundOnceIsNotFoundAgain()
    {
        GlossaryMatcher matcher(glossary(), QStringLiteral("en"));
        QCOMPARE(marked(matcher, QStringLiteral("AGI first.")), QStringList {QStringLiteral("agi=AGI")});
        QCOMPARE(marked(matcher, QStringLiteral("AGI again, then the ROFR.")),
                 QStringList {QStringLiteral("rofr=ROFR")});
        matcher.reset();
        QCOMPARE(marked(matcher, QStringLiteral("AGI again.")), QStringList {QStringLiteral("agi=AGI")});
    }

    void anEarlierAliasIsMarkedRatherThanTheLaterTerm()
    {
        GlossaryMatcher matcher(glossary(), QStringLiteral("en"));
        QCOMPARE(marked(matcher, QStringLiteral("The ROFR, a right of first refusal.")),
                 QStringList {QStringLiteral("rofr=ROFR")});
    }
};

QTEST_GUILESS_MAIN(TestGlossaryMatcher)
#include "tst_glossarymatcher.moc"
