// SPDX-License-Identifier: GPL-3.0-or-later
// The reading layer under the dataset and scenario readers, and the one UTF-8 validator: every read reports
// its problem with file, line:column and JSON path, and goes on.
#include "json/jsonparser.h"
#include "json/jsonreader.h"
#include "json/utf8.h"

#include <QTest>

#include <algorithm>
#include <functional>

using namespace Dealscope;

namespace {

using Read = std::function<void(JsonReader &reader, const JsonNode &root)>;

/// The root of @p text, which must be well-formed JSON.
JsonNode parse(const QByteArray &text)
{
    JsonParser::Result parsed = JsonParser::parse(text);
    if (!parsed.root || !parsed.problems.isEmpty())
        qFatal("test JSON does not parse: %s", text.constData());
    return std::move(*parsed.root);
}

QStringList messages(const Diagnostics &diagnostics)
{
    QStringList result;
    for (const Diagnostic &d : diagnostics)
        result.append(d.toString());
    return result;
}

/// Runs @p read over @p text and returns what it reported.
QStringList report(const QByteArray &text, const Read &read)
{
    const JsonNode root = parse(text);
    Diagnostics out;
    JsonReader reader(QStringLiteral("t.json"), root, out);
    read(reader, root);
    return messages(out);
}

/// The first node found depth-first whose key is @p key, for the tests that name one node of a tree.
const JsonNode *find(const JsonNode &node, QStringView key)
{
    for (const JsonMember &member : node.members()) {
        if (member.key == key)
            return &member.value;
        if (const JsonNode *found = find(member.value, key))
            return found;
    }
    for (const JsonNode &item : node.items()) {
        if (const JsonNode *found = find(item, key))
            return found;
    }
    return nullptr;
}

enum class VersionText { SixDigits, Shortest };

} // namespace

Q_DECLARE_METATYPE(Read)
Q_DECLARE_METATYPE(VersionText)

class TestJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- UTF-8 ---------------------------------------------------------------------------------------

    void utf8FirstInvalid_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qsizetype>("expected");

        auto row = [](const char *name, const QByteArray &text, qsizetype expected) {
            QTest::newRow(name) << text << expected;
        };
        // Valid: every length, and the edges of each range.
        row("empty", QByteArray(), -1);
        row("ASCII", "plain text\n", -1);
        row("two bytes (é)", "caf\xC3\xA9", -1);
        row("three bytes (€)", "\xE2\x82\xAC", -1);
        row("four bytes (U+1F600)", "\xF0\x9F\x98\x80", -1);
        row("lowest two-byte form (U+0080)", "\xC2\x80", -1);
        row("lowest three-byte form (U+0800)", "\xE0\xA0\x80", -1);
        row("lowest four-byte form (U+10000)", "\xF0\x90\x80\x80", -1);
        row("last before the surrogates (U+D7FF)", "\xED\x9F\xBF", -1);
        row("first after the surrogates (U+E000)", "\xEE\x80\x80", -1);
        row("highest code point (U+10FFFF)", "\xF4\x8F\xBF\xBF", -1);
        row("byte-order mark", "\xEF\xBB\xBF{}", -1);
        // Overlong forms.
        row("overlong '/' in two bytes", "a\xC0\xAF", 1);
        row("overlong U+007F in two bytes", "\xC1\xBF", 0);
        row("overlong in three bytes", "\xE0\x80\xAF", 0);
        row("overlong U+07FF in three bytes", "\xE0\x9F\xBF", 0);
        row("overlong in four bytes", "\xF0\x80\x80\xAF", 0);
        row("overlong U+FFFF in four bytes", "\xF0\x8F\xBF\xBF", 0);
        // Surrogates, which UTF-8 never encodes.
        row("high surrogate U+D800", "ok\xED\xA0\x80", 2);
        row("low surrogate U+DFFF", "\xED\xBF\xBF", 0);
        row("surrogate pair as CESU-8", "\xED\xA0\xBD\xED\xB8\x80", 0);
        // Truncated or interrupted sequences.
        row("two-byte sequence cut by the end", "ab\xC3", 2);
        row("three-byte sequence cut by the end", "\xE2\x82", 0);
        row("four-byte sequence cut by the end", "x\xF0\x9F\x98", 1);
        row("sequence interrupted by ASCII",
            "\xE2\x82"
            "A",
            0);
        row("last continuation byte missing",
            "\xF0\x9F\x98"
            "A",
            0);
        row("lone continuation byte", "a\x80", 1);
        // Above U+10FFFF and bytes that never occur.
        row("U+110000", "\xF4\x90\x80\x80", 0);
        row("lead byte 0xF5", "\xF5\x80\x80\x80", 0);
        row("lead byte 0xF8 (five-byte form)", "\xF8\x88\x80\x80\x80", 0);
        row("byte 0xFE", "\xFE", 0);
        row("byte 0xFF", "\xFF", 0);
        row("after valid multi-byte text", "\xC3\xA9\xE2\x82\xAC\xFF", 5);
        // Long ASCII runs are checked eight bytes at a time: the byte after them, or among them, still counts.
        row("after a long ASCII run", "0123456789abcdef\xFF", 16);
        row("inside an eight-byte block",
            "0123456789ab\x80"
            "defgh",
            12);
        row("ASCII after multi-byte text",
            "\xC3\xA9"
            "0123456789abcdef",
            -1);
    }

    void utf8FirstInvalid()
    {
        QFETCH(QByteArray, text);
        QFETCH(qsizetype, expected);
        QCOMPARE(Utf8::firstInvalid(text), expected);
    }

    void stringsFollowTheValidator_data() { utf8FirstInvalid_data(); }

    void stringsFollowTheValidator()
    {
        // The parser checks strings as it decodes them, by the validator's rules: each text above, as a
        // JSON string, reads as Qt decodes it, or fails at the validator's byte.
        QFETCH(QByteArray, text);
        QFETCH(qsizetype, expected);
        if (std::any_of(text.begin(), text.end(), [](char c) { return uchar(c) < 0x20 || c == '"' || c == '\\'; }))
            QSKIP("not a JSON string's characters");
        const JsonParser::Result parsed = JsonParser::parse(QByteArray('"' + text + '"'));
        if (expected < 0) {
            QVERIFY(parsed.problems.isEmpty());
            QCOMPARE(parsed.root->string(), QString::fromUtf8(text));
        } else {
            QVERIFY(!parsed.root);
            QCOMPARE(parsed.problems.size(), 1);
            QCOMPARE(parsed.problems.first().message, QStringLiteral("invalid UTF-8 byte sequence"));
            QCOMPARE(parsed.problems.first().column, Utf8::positionOf(QByteArray('"' + text), expected + 1).column);
        }
    }

    void utf8Position_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qsizetype>("offset");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");

        QTest::newRow("start") << QByteArray("abc") << qsizetype(0) << 1 << 1;
        QTest::newRow("same line") << QByteArray("abc") << qsizetype(2) << 1 << 3;
        QTest::newRow("next line") << QByteArray("ab\ncd") << qsizetype(4) << 2 << 2;
        QTest::newRow("right after a newline") << QByteArray("ab\n\ncd") << qsizetype(4) << 3 << 1;
        QTest::newRow("columns count characters") << QByteArray("\xC3\xA9\xE2\x82\xAC\xFF") << qsizetype(5) << 1 << 3;
        QTest::newRow("invalid bytes before count too") << QByteArray("\xFF\xFFx") << qsizetype(2) << 1 << 3;
        QTest::newRow("offset past the end") << QByteArray("a\nb") << qsizetype(99) << 2 << 2;
    }

    void utf8Position()
    {
        QFETCH(QByteArray, text);
        QFETCH(qsizetype, offset);
        QFETCH(int, line);
        QFETCH(int, column);
        const Utf8::Position position = Utf8::positionOf(text, offset);
        QCOMPARE(position.line, line);
        QCOMPARE(position.column, column);
    }

    void parsersShareTheValidator()
    {
        // The JSON parser positions the first bad byte like the validator does.
        const JsonParser::Result parsed = JsonParser::parse("{\n  \"a\": \"\xC3\xA9\xED\xA0\x80\"}");
        QVERIFY(!parsed.root);
        QCOMPARE(parsed.problems.size(), 1);
        QCOMPARE(parsed.problems.first().line, 2);
        QCOMPARE(parsed.problems.first().column, 10);
        QCOMPARE(parsed.problems.first().message, QStringLiteral("invalid UTF-8 byte sequence"));
    }

    // ---- strings and positions ---------------------------------------------------------------------

    void parsesText_data()
    {
        // A string root reads as its text; anything else as its problems, "line:column: path: message".
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        const QByteArray sixteen = "abcdefghijklmnop"; // one block of the ASCII fast path
        QTest::newRow("empty") << QByteArray("\"\"") << QString();
        QTest::newRow("quote right after a block") << "\"" + sixteen + "\"" << QString::fromLatin1(sixteen);
        QTest::newRow("quote inside a block") << "\"" + sixteen + "xyz\"" << QString::fromLatin1(sixteen + "xyz");
        QTest::newRow("two bytes") << QByteArray("\"caf\xC3\xA9\"") << QStringLiteral("caf\u00E9");
        QTest::newRow("three bytes in a run")
            << QByteArray("\"\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\"") << QStringLiteral("\u65E5\u672C\u8A9E");
        QTest::newRow("four bytes, a surrogate pair")
            << QByteArray("\"a\xF0\x9F\x98\x80z\"") << QStringLiteral("a\U0001F600z");
        QTest::newRow("ASCII between multi-byte characters") << "\"\xC3\xA9" + sixteen + "\xC3\xA9" + sixteen + "\""
                                                             << QStringLiteral("\u00E9") + QString::fromLatin1(sixteen)
                + QStringLiteral("\u00E9") + QString::fromLatin1(sixteen);
        QTest::newRow("simple escapes") << QByteArray("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"")
                                        << QStringLiteral("\"\\/\b\f\n\r\t");
        QTest::newRow("escapes between blocks")
            << "\"" + sixteen + "\\n" + sixteen + "\"" << QString::fromLatin1(sixteen + "\n" + sixteen);
        QTest::newRow("\\u escape") << QByteArray("\"\\u00e9\\u00C9\"") << QStringLiteral("\u00E9\u00C9");
        QTest::newRow("escaped surrogate pair") << QByteArray("\"\\ud83d\\ude00\"") << QStringLiteral("\U0001F600");
        QTest::newRow("byte-order mark at the start of a string, dropped")
            << QByteArray("\"\xEF\xBB\xBFx\"") << QStringLiteral("x");
        QTest::newRow("byte-order mark after an escape, dropped")
            << QByteArray("\"a\\n\xEF\xBB\xBFx\"") << QStringLiteral("a\nx");
        QTest::newRow("byte-order mark inside a run, kept")
            << QByteArray("\"a\xEF\xBB\xBFx\"") << QStringLiteral("a\uFEFFx");
        QTest::newRow("lone high surrogate")
            << QByteArray("[\"\\ud83d\"]") << QStringLiteral("1:3: [0]: invalid \\u escape: unpaired surrogate");
        QTest::newRow("high surrogate before another escape")
            << QByteArray("[\"\\ud83d\\n\"]") << QStringLiteral("1:3: [0]: invalid \\u escape: unpaired surrogate");
        QTest::newRow("lone low surrogate")
            << QByteArray("[\"ab\\ude00\"]") << QStringLiteral("1:5: [0]: invalid \\u escape: unpaired surrogate");
        QTest::newRow("short \\u escape")
            << QByteArray("[\"\\u12x4\"]")
            << QStringLiteral("1:7: [0]: invalid \\u escape: expected four hexadecimal digits");
        QTest::newRow("unknown escape") << QByteArray("[\"abc\\q\"]")
                                        << QStringLiteral("1:6: [0]: invalid escape sequence '\\q'");
        QTest::newRow("control character after a block")
            << "[\"" + sixteen + "\t\"]" << QStringLiteral("1:19: [0]: control character U+0009 in string; escape it");
        QTest::newRow("unterminated after a block")
            << "[\"" + sixteen + sixteen << QStringLiteral("1:35: [0]: unterminated string");
        QTest::newRow("columns count characters, not bytes")
            << QByteArray("{\"\xC3\xA9\xE6\x97\xA5\xF0\x9F\x98\x80\": x}")
            << QStringLiteral("1:9: \u00E9\u65E5\U0001F600: unexpected character 'x', expected a value");
        QTest::newRow("columns after a multi-byte string on an earlier line")
            << QByteArray("[\"\xE6\x97\xA5\xE6\x9C\xAC\",\n  \"\xC3\xA9\", x]")
            << QStringLiteral("2:8: [2]: unexpected character 'x', expected a value");
        QTest::newRow("character outside a string")
            << QByteArray("[\xC3\xA9]") << QStringLiteral("1:2: [0]: unexpected character U+00E9, expected a value");
        QTest::newRow("invalid UTF-8 in a string after a block")
            << "[\"" + sixteen + "\xC3(\"]" << QStringLiteral("1:19: $: invalid UTF-8 byte sequence");
        QTest::newRow("surrogate written in UTF-8")
            << QByteArray("[\"\xED\xA0\x80\"]") << QStringLiteral("1:3: $: invalid UTF-8 byte sequence");
        QTest::newRow("overlong form") << QByteArray("[\"\xC0\xAF\"]")
                                       << QStringLiteral("1:3: $: invalid UTF-8 byte sequence");
        QTest::newRow("sequence cut short by the end")
            << QByteArray("\"\xE6\x97") << QStringLiteral("1:2: $: invalid UTF-8 byte sequence");
        QTest::newRow("invalid UTF-8 after a syntax error is the one problem")
            << QByteArray("[1 2, \"\xFF\"]") << QStringLiteral("1:8: $: invalid UTF-8 byte sequence");
        QTest::newRow("invalid UTF-8 after a duplicate key is the one problem")
            << QByteArray("{\"a\": 1, \"a\": 2, \"b\": \"\xFF\"}")
            << QStringLiteral("1:24: $: invalid UTF-8 byte sequence");
        QTest::newRow("invalid UTF-8 outside a string")
            << QByteArray("[1, \xFF]") << QStringLiteral("1:5: $: invalid UTF-8 byte sequence");
    }

    void parsesText()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const JsonParser::Result parsed = JsonParser::parse(text);
        if (parsed.problems.isEmpty()) {
            QVERIFY(parsed.root && parsed.root->isString());
            QCOMPARE(parsed.root->string(), expected);
            return;
        }
        QStringList problems;
        for (const JsonProblem &p : parsed.problems)
            problems.append(QStringLiteral("%1:%2: %3: %4").arg(p.line).arg(p.column).arg(p.path, p.message));
        QCOMPARE(problems.join(u'\n'), expected);
    }

    void nodesHoldOneKindOfValue_data()
    {
        // A node holds a number, a string or children; asked for another kind, it has none. Copies and
        // moves keep what it holds. The text "[1, 2]" stands for "two items", "{...}" for "one member".
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<double>("number");
        QTest::addColumn<QString>("string");
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("members");
        QTest::addColumn<int>("end");
        QTest::newRow("number") << QByteArray(" 2.5") << 2.5 << QString() << 0 << 0 << 1;
        QTest::newRow("string") << QByteArray(" \"ab\"") << 0.0 << QStringLiteral("ab") << 0 << 0 << 1;
        QTest::newRow("true") << QByteArray(" true") << 0.0 << QString() << 0 << 0 << 1;
        QTest::newRow("null") << QByteArray(" null") << 0.0 << QString() << 0 << 0 << 1;
        QTest::newRow("array") << QByteArray(" [1, \"x\"] ") << 0.0 << QString() << 2 << 0 << 9;
        QTest::newRow("empty array") << QByteArray(" []") << 0.0 << QString() << 0 << 0 << 3;
        QTest::newRow("object") << QByteArray(" {\"a\": [1]}") << 0.0 << QString() << 0 << 1 << 11;
    }

    void nodesHoldOneKindOfValue()
    {
        QFETCH(QByteArray, text);
        QFETCH(double, number);
        QFETCH(QString, string);
        QFETCH(int, items);
        QFETCH(int, members);
        QFETCH(int, end);
        JsonNode parsed = parse(text);
        const JsonNode copy = parsed;
        JsonNode moved = std::move(parsed);
        JsonNode assigned = parse("{\"other\": \"value\"}");
        assigned = copy;
        for (const JsonNode *node : std::initializer_list<const JsonNode *> {&copy, &moved, &assigned}) {
            QCOMPARE(node->begin, 1u);
            QCOMPARE(node->number(), number);
            QCOMPARE(node->string(), string);
            QCOMPARE(int(node->items().size()), items);
            QCOMPARE(int(node->members().size()), members);
            QCOMPARE(node->end(), qsizetype(end));
        }
        if (members > 0)
            QCOMPARE(assigned.member(u"a")->items().size(), std::size_t(1));
    }

    void stringsKeepTheirValueWhenShared()
    {
        // Short strings share their characters; each node still holds its own text.
        const JsonParser::Result parsed = JsonParser::parse("[\"id\", \"id\", \"i\\u0064\", \"other\"]");
        QVERIFY(parsed.root);
        QCOMPARE(parsed.root->items().size(), std::size_t(4));
        QCOMPARE(parsed.root->items()[0].string(), QStringLiteral("id"));
        QCOMPARE(parsed.root->items()[1].string(), QStringLiteral("id"));
        QCOMPARE(parsed.root->items()[2].string(), QStringLiteral("id"));
        QCOMPARE(parsed.root->items()[3].string(), QStringLiteral("other"));
    }

    // ---- paths ---------------------------------------------------------------------------------------

    void pathOf_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");

        const QByteArray tree = R"({"a": [1, {"b": {"c": true}}, [[{"d": null}]]], "e": "x", "f.g": {"h": 2}})";
        QTest::newRow("root member") << tree << QStringLiteral("e") << QStringLiteral("e");
        QTest::newRow("array of the root") << tree << QStringLiteral("a") << QStringLiteral("a");
        QTest::newRow("object in an array") << tree << QStringLiteral("b") << QStringLiteral("a[1].b");
        QTest::newRow("deepest member") << tree << QStringLiteral("c") << QStringLiteral("a[1].b.c");
        QTest::newRow("nested arrays") << tree << QStringLiteral("d") << QStringLiteral("a[2][0][0].d");
        QTest::newRow("key with a dot, written as it is") << tree << QStringLiteral("h") << QStringLiteral("f.g.h");
    }

    void pathOf()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        const JsonNode root = parse(text);
        Diagnostics out;
        const JsonReader reader(QStringLiteral("t.json"), root, out);
        const JsonNode *node = find(root, key);
        QVERIFY(node);
        QCOMPARE(reader.pathOf(*node), expected);
        QCOMPARE(reader.pathOf(root), QStringLiteral("$"));
    }

    void arrayItemsHaveIndexPaths()
    {
        const JsonNode root = parse("[10, 20, [30, 31]]");
        Diagnostics out;
        const JsonReader reader(QStringLiteral("t.json"), root, out);
        QCOMPARE(reader.pathOf(root.items()[0]), QStringLiteral("[0]"));
        QCOMPARE(reader.pathOf(root.items()[2].items()[1]), QStringLiteral("[2][1]"));
    }

    // ---- every read, table-driven ----------------------------------------------------------------------

    void reads_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<Read>("read");
        QTest::addColumn<QStringList>("expected");

        auto row = [](const char *name, const char *text, Read read, QStringList expected) {
            QTest::newRow(name) << QByteArray(text) << read << expected;
        };
        using T = JsonNode::Type;

        // Members and types.
        row("present and of the type", R"({"n": 1})",
            [](JsonReader &r, const JsonNode &root) { QVERIFY(r.field(root, u"n", T::Number, Need::Required)); }, {});
        row("missing optional member", R"({})",
            [](JsonReader &r, const JsonNode &root) { QVERIFY(!r.field(root, u"n", T::Number, Need::Optional)); }, {});
        row("missing required member is reported at the object", "{\"a\":\n  {\"b\": 1}}",
            [](JsonReader &r, const JsonNode &root) { r.field(*root.member(u"a"), u"n", T::Number, Need::Required); },
            {QStringLiteral("t.json:2:3: a.n: missing required field")});
        row("wrong type", R"({"n": "1"})",
            [](JsonReader &r, const JsonNode &root) { QVERIFY(!r.field(root, u"n", T::Number, Need::Optional)); },
            {QStringLiteral("t.json:1:7: n: expected a number, found a string")});
        row("root of the wrong type", "[]",
            [](JsonReader &r, const JsonNode &root) { QVERIFY(!r.expectType(root, T::Object)); },
            {QStringLiteral("t.json:1:1: $: expected an object, found an array")});
        row("every type named", R"({"a": null, "b": true, "c": {}})",
            [](JsonReader &r, const JsonNode &root) {
                r.field(root, u"a", T::Bool, Need::Optional);
                r.field(root, u"b", T::Array, Need::Optional);
                r.field(root, u"c", T::String, Need::Optional);
            },
            {QStringLiteral("t.json:1:7: a: expected a boolean, found null"),
             QStringLiteral("t.json:1:18: b: expected an array, found a boolean"),
             QStringLiteral("t.json:1:29: c: expected a string, found an object")});
        row("unknown fields are warnings", R"({"id": 1, "colour": "red", "x": {"y": 2}})",
            [](JsonReader &r, const JsonNode &root) {
                r.warnUnknownFields(root, {u"id", u"x"});
                r.warnUnknownFields(*root.member(u"x"), {});
                QCOMPARE(r.errorCount(), 0);
            },
            {QStringLiteral("t.json:1:21: warning: colour: unknown field \"colour\" (ignored)"),
             QStringLiteral("t.json:1:39: warning: x.y: unknown field \"y\" (ignored)")});
        row("items of the wrong type are reported, the rest read", R"({"list": ["a", 2, "c", null]})",
            [](JsonReader &r, const JsonNode &root) {
                QStringList read;
                r.forEachItem(*root.member(u"list"), T::String,
                              [&](const JsonNode &item) { read.append(item.string()); });
                QCOMPARE(read, QStringList({QStringLiteral("a"), QStringLiteral("c")}));
            },
            {QStringLiteral("t.json:1:16: list[1]: expected a string, found a number"),
             QStringLiteral("t.json:1:24: list[3]: expected a string, found null")});

        // Typed values.
        row("string, bool, number", R"({"s": "x", "b": false, "n": -2.5})",
            [](JsonReader &r, const JsonNode &root) {
                QCOMPARE(r.readString(root, u"s", Need::Required), std::optional(QStringLiteral("x")));
                QCOMPARE(r.readBool(root, u"b", Need::Required), std::optional(false));
                QCOMPARE(r.readNumber(root, u"n", Need::Required), std::optional(-2.5));
                QCOMPARE(r.readString(root, u"none", Need::Optional), std::optional<QString>());
            },
            {});
        row("typed reads report types", R"({"s": 1, "b": "yes", "n": true})",
            [](JsonReader &r, const JsonNode &root) {
                QCOMPARE(r.readString(root, u"s", Need::Required), std::optional<QString>());
                QCOMPARE(r.readBool(root, u"b", Need::Required), std::optional<bool>());
                QCOMPARE(r.readNumber(root, u"n", Need::Required), std::optional<double>());
            },
            {QStringLiteral("t.json:1:7: s: expected a string, found a number"),
             QStringLiteral("t.json:1:15: b: expected a boolean, found a string"),
             QStringLiteral("t.json:1:27: n: expected a number, found a boolean")});
        row("number in range", R"({"n": 2})",
            [](JsonReader &r, const JsonNode &root) {
                QCOMPARE(r.readNumber(root, u"n", Need::Required, {0, 2, false}), std::optional(2.0));
            },
            {});
        row("number out of range is refused, not clamped", R"({"n": 3.5, "m": -0.1, "big": 1e308})",
            [](JsonReader &r, const JsonNode &root) {
                QCOMPARE(r.readNumber(root, u"n", Need::Required, {0, 2, false}), std::optional<double>());
                QCOMPARE(r.readNumber(root, u"m", Need::Required, {0, 2, false}), std::optional<double>());
                QCOMPARE(r.readNumber(root, u"big", Need::Required, {0, 2, false}), std::optional<double>());
            },
            {QStringLiteral("t.json:1:7: n: value 3.5 is outside the range 0–2 (refused, not clamped)"),
             QStringLiteral("t.json:1:17: m: value -0.1 is outside the range 0–2 (refused, not clamped)"),
             QStringLiteral("t.json:1:30: big: value 1e+308 is outside the range 0–2 (refused, not clamped)")});
        row("fraction where a whole number is needed", R"({"n": 7.5})",
            [](JsonReader &r, const JsonNode &root) {
                QCOMPARE(r.readNumber(root, u"n", Need::Required, {3, 12, true}), std::optional<double>());
            },
            {QStringLiteral("t.json:1:7: n: value 7.5 is not a whole number (refused, not rounded)")});
        row("integer", R"({"year": 2035, "late": 2050})",
            [](JsonReader &r, const JsonNode &root) {
                QCOMPARE(r.readInteger(root, u"year", Need::Required, 2030, 2040), std::optional(2035));
                QCOMPARE(r.readInteger(root, u"late", Need::Required, 2030, 2040), std::optional<int>());
            },
            {QStringLiteral("t.json:1:24: late: value 2050 is outside the range 2030–2040 (refused, not clamped)")});
        row("number of a node", R"({"a": {"k": "fast", "j": 1}})",
            [](JsonReader &r, const JsonNode &root) {
                const JsonNode &a = *root.member(u"a");
                QCOMPARE(r.number(*a.member(u"k"), {}), std::optional<double>());
                QCOMPARE(r.number(*a.member(u"j"), {}), std::optional(1.0));
            },
            {QStringLiteral("t.json:1:13: a.k: expected a number, found a string")});

        // Names, strings.
        row("name from a list", R"({"kind": "press", "unit": "yen"})",
            [](JsonReader &r, const JsonNode &root) {
                static constexpr std::array Names = {JsonName<int> {u"press", 1}, JsonName<int> {u"filing", 2}};
                QCOMPARE(r.readEnum(root, u"kind", Need::Required, Names, u"source kind"), std::optional(1));
                QCOMPARE(r.readEnum(root, u"unit", Need::Required, Names, u"unit"), std::optional<int>());
                QCOMPARE(r.readEnum(root, u"none", Need::Optional, Names, u"unit"), std::optional<int>());
            },
            {QStringLiteral("t.json:1:27: unit: unknown unit \"yen\" (expected one of: press, filing)")});
        QTest::newRow("unknown name, quoted at most 80 characters")
            << (QByteArray("{\"r\": \"") + QByteArray(90, 'x') + "\"}")
            << Read([](JsonReader &r, const JsonNode &root) {
                   r.unknownName(*root.member(u"r"), u"regime", {QStringLiteral("oct2025"), QStringLiteral("apr2026")});
               })
            << QStringList {QStringLiteral("t.json:1:7: r: unknown regime \"%1\" (expected one of: oct2025, apr2026)")
                                .arg(QString(80, u'x'))};
        row("text parsed into a value", R"({"day": "2025-02-28", "bad": "2025-02-30", "n": 5})",
            [](JsonReader &r, const JsonNode &root) {
                const auto parseDay = [](QStringView text) {
                    const QDate day = QDate::fromString(text.toString(), Qt::ISODate);
                    return day.isValid() ? std::optional(day) : std::nullopt;
                };
                QCOMPARE(r.readParsed(root, u"day", Need::Required, parseDay, u"date", u"expected YYYY-MM-DD"),
                         std::optional(QDate(2025, 2, 28)));
                QCOMPARE(r.readParsed(root, u"bad", Need::Required, parseDay, u"date", u"expected YYYY-MM-DD"),
                         std::optional<QDate>());
                QCOMPARE(r.readParsed(root, u"n", Need::Required, parseDay, u"date", u"expected YYYY-MM-DD"),
                         std::optional<QDate>());
                QCOMPARE(r.readParsed(root, u"none", Need::Optional, parseDay, u"date", u"expected YYYY-MM-DD"),
                         std::optional<QDate>());
            },
            {QStringLiteral("t.json:1:30: bad: invalid date \"2025-02-30\" (expected YYYY-MM-DD)"),
             QStringLiteral("t.json:1:49: n: expected a string, found a number")});
        row("blank strings", R"({"a": " \n\t", "b": "", "c": " x "})",
            [](JsonReader &r, const JsonNode &root) {
                QVERIFY(!r.checkNotBlank(*root.member(u"a")));
                QVERIFY(!r.checkNotBlank(*root.member(u"b")));
                QVERIFY(r.checkNotBlank(*root.member(u"c")));
            },
            {QStringLiteral("t.json:1:7: a: must not be empty"), QStringLiteral("t.json:1:21: b: must not be empty")});
        row("string length", R"({"a": "12345", "b": "123456"})",
            [](JsonReader &r, const JsonNode &root) {
                QVERIFY(r.checkLength(*root.member(u"a"), 5));
                QVERIFY(!r.checkLength(*root.member(u"b"), 5));
            },
            {QStringLiteral("t.json:1:21: b: text is 6 characters long; the limit is 5")});

        // Messages of the reader's own checks.
        row("error about a node, and about a missing member", "{\"a\": [\n {\"b\": 1}]}",
            [](JsonReader &r, const JsonNode &root) {
                const JsonNode &item = root.member(u"a")->items()[0];
                r.error(*item.member(u"b"), QStringLiteral("too small"));
                r.error(item, u"text", QStringLiteral("missing required field (an example)"));
                r.warning(root, QStringLiteral("about the whole file"));
                QCOMPARE(r.errorCount(), 2);
            },
            {QStringLiteral("t.json:2:8: a[0].b: too small"),
             QStringLiteral("t.json:2:2: a[0].text: missing required field (an example)"),
             QStringLiteral("t.json:1:1: warning: $: about the whole file")});
    }

    void reads()
    {
        QFETCH(QByteArray, text);
        QFETCH(Read, read);
        QFETCH(QStringList, expected);
        QCOMPARE(report(text, read), expected);
    }

    // ---- format and version ----------------------------------------------------------------------------

    void format_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<VersionText>("numbers");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("accepted") << QByteArray(R"({"format": "demo", "formatVersion": 1})") << VersionText::Shortest
                                  << true << QStringList();
        QTest::newRow("another format") << QByteArray(R"({"format": "other", "formatVersion": 1})")
                                        << VersionText::Shortest << false
                                        << QStringList {QStringLiteral(
                                               "t.json:1:12: format: expected \"demo\", found \"other\"")};
        QTest::newRow("newer version")
            << QByteArray("{\"format\": \"demo\",\n \"formatVersion\": 2}") << VersionText::Shortest << false
            << QStringList {QStringLiteral(
                   "t.json:2:19: formatVersion: unsupported format version 2 (this Dealscope reads version 1)")};
        QTest::newRow("version written in full")
            << QByteArray(R"({"format": "demo", "formatVersion": 1.0000001})") << VersionText::Shortest << false
            << QStringList {QStringLiteral("t.json:1:37: formatVersion: unsupported format version 1.0000001 (this "
                                           "Dealscope reads version 1)")};
        QTest::newRow("version written in six digits")
            << QByteArray(R"({"format": "demo", "formatVersion": 1234567})") << VersionText::SixDigits << false
            << QStringList {QStringLiteral("t.json:1:37: formatVersion: unsupported format version 1.23457e+06 (this "
                                           "Dealscope reads version 1)")};
        QTest::newRow("version as text") << QByteArray(R"({"format": "demo", "formatVersion": "1"})")
                                         << VersionText::Shortest << false
                                         << QStringList {QStringLiteral(
                                                "t.json:1:37: formatVersion: expected a number, found a string")};
        QTest::newRow("both missing") << QByteArray("{}") << VersionText::Shortest << false
                                      << QStringList {
                                             QStringLiteral("t.json:1:1: format: missing required field"),
                                             QStringLiteral("t.json:1:1: formatVersion: missing required field")};
    }

    void format()
    {
        QFETCH(QByteArray, text);
        QFETCH(VersionText, numbers);
        QFETCH(bool, accepted);
        QFETCH(QStringList, expected);
        const JsonFormat format {
            u"demo", 1, numbers == VersionText::Shortest ? JsonReader::shortestNumber : JsonReader::sixDigitNumber};
        QStringList reported
            = report(text, [&](JsonReader &r, const JsonNode &) { QCOMPARE(r.checkFormat(format), accepted); });
        QCOMPARE(reported, expected);
    }

    void numberTexts()
    {
        QCOMPARE(JsonReader::shortestNumber(3.5), QStringLiteral("3.5"));
        QCOMPARE(JsonReader::shortestNumber(2035), QStringLiteral("2035"));
        QCOMPARE(JsonReader::shortestNumber(0.1), QStringLiteral("0.1"));
        QCOMPARE(JsonReader::shortestNumber(1e308), QStringLiteral("1e+308"));
        QCOMPARE(JsonReader::sixDigitNumber(2), QStringLiteral("2"));
        QCOMPARE(JsonReader::sixDigitNumber(1.0000001), QStringLiteral("1"));
    }

    // ---- documents -------------------------------------------------------------------------------------

    void wholeDocuments_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("accepted");

        QTest::newRow("read") << QByteArray("{\"name\": \"x\"}") << QStringList() << true;
        QTest::newRow("warnings keep what was read")
            << QByteArray("{\"name\": \"x\", \"extra\": 1}")
            << QStringList {QStringLiteral("d.json:1:24: warning: extra: unknown field \"extra\" (ignored)")} << true;
        QTest::newRow("an error drops it, messages in file order")
            << QByteArray("{\"extra\": 1,\n \"name\": 2}")
            << QStringList {QStringLiteral("d.json:1:11: warning: extra: unknown field \"extra\" (ignored)"),
                            QStringLiteral("d.json:2:10: name: expected a string, found a number")}
            << false;
        QTest::newRow("a parse error drops it")
            << QByteArray("{\"name\": \"x\",\n \"name\": \"y\"}")
            << QStringList {QStringLiteral("d.json:2:2: name: duplicate key \"name\"")} << false;
        QTest::newRow("too large") << QByteArray(200, ' ')
                                   << QStringList {QStringLiteral("d.json: file is larger than the 0 MiB limit")}
                                   << false;
    }

    void wholeDocuments()
    {
        // The smallest reader: one required string; unknown fields are reported before it (in the tree's
        // order) and sorted into file order by readJsonDocument().
        struct NameReader : JsonReader
        {
            using JsonReader::JsonReader;
            std::optional<QString> read()
            {
                const std::optional<QString> name = readString(root(), u"name", Need::Required);
                warnUnknownFields(root(), {u"name"});
                return name;
            }
        };
        QFETCH(QByteArray, text);
        QFETCH(QStringList, expected);
        QFETCH(bool, accepted);
        Diagnostics out;
        const std::optional<QString> name = readJsonDocument<NameReader>(text, QStringLiteral("d.json"), {100, 4}, out);
        QCOMPARE(messages(out), expected);
        QCOMPARE(name.has_value(), accepted);
        if (accepted)
            QCOMPARE(*name, QStringLiteral("x"));
    }

    void documents()
    {
        Diagnostics out;
        QVERIFY(
            !parseJsonDocument(QByteArray(2 * 1024 * 1024, ' '), QStringLiteral("big.json"), {1024 * 1024, 16}, out));
        QCOMPARE(messages(out), QStringList {QStringLiteral("big.json: file is larger than the 1 MiB limit")});

        out.clear();
        QVERIFY(!parseJsonDocument("{\"a\": [[1]]}", QStringLiteral("deep.json"), {1024, 2}, out));
        QCOMPARE(messages(out), QStringList {QStringLiteral("deep.json:1:8: a[0]: nesting deeper than 2 levels")});

        out.clear();
        // A duplicate key is an error, but the rest of the document is still read.
        const std::optional<JsonNode> root
            = parseJsonDocument("{\"a\": 1,\n \"a\": 2}", QStringLiteral("dup.json"), {1024, 16}, out);
        QVERIFY(root);
        QCOMPARE(root->member(u"a")->number(), 1.0);
        QCOMPARE(messages(out), QStringList {QStringLiteral("dup.json:2:2: a: duplicate key \"a\"")});
    }

    void duplicatesInLargeObjects()
    {
        // Large objects are checked through an index rather than member by member: each repeat is still
        // reported where it stands, and the first occurrence still wins.
        QByteArray text = "{";
        for (int i = 0; i < 40; ++i)
            text += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ",\n";
        text += "\"k3\": 100,\n\"k39\": 101,\n\"k40\": 102}";
        Diagnostics out;
        const std::optional<JsonNode> root = parseJsonDocument(text, QStringLiteral("big.json"), {1 << 20, 16}, out);
        QVERIFY(root);
        QCOMPARE(root->members().size(), std::size_t(41));
        QCOMPARE(root->member(u"k3")->number(), 3.0);
        QCOMPARE(root->member(u"k39")->number(), 39.0);
        QCOMPARE(root->member(u"k40")->number(), 102.0);
        QCOMPARE(messages(out),
                 (QStringList {QStringLiteral("big.json:41:1: k3: duplicate key \"k3\""),
                               QStringLiteral("big.json:42:1: k39: duplicate key \"k39\"")}));
    }

    void copiesOfATreeAreDeep()
    {
        Diagnostics out;
        std::optional<JsonNode> root
            = parseJsonDocument(R"({"a": [1, {"b": "x"}], "c": "y"})", QStringLiteral("c.json"), {1024, 16}, out);
        QVERIFY(root);
        const JsonNode copy = *root;
        root.reset();
        QCOMPARE(copy.members().size(), std::size_t(2));
        QCOMPARE(copy.member(u"a")->items().size(), std::size_t(2));
        QCOMPARE(copy.member(u"a")->items()[1].member(u"b")->string(), QStringLiteral("x"));
        QCOMPARE(copy.member(u"c")->string(), QStringLiteral("y"));
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
