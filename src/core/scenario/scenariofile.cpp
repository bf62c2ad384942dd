// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenariofile.h"
#include "json/untrustedfile.h"

#include "json/jsonparser.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace Dealscope {

namespace {

const QString FormatName = QStringLiteral("dealscope-scenario");

/// Shortest text that reads back as the same double: 3.5, 2035, 1e+308.
QString formatNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

class ScenarioReader
{
public:
    ScenarioReader(const QString &file, Diagnostics &out) : m_file(file), m_out(out) { }

    std::optional<Scenario> read(const JsonNode &root)
    {
        if (root.type != JsonNode::Type::Object) {
            error(root, QString(), expectedType(JsonNode::Type::Object, root.type));
            return std::nullopt;
        }
        for (const JsonMember &member : root.members) {
            static const QStringView known[]
                = {u"format", u"formatVersion", u"name", u"description", u"regime", u"horizon", u"assumptions"};
            if (std::find(std::begin(known), std::end(known), QStringView(member.key)) == std::end(known))
                warning(member.value, member.key, QStringLiteral("unknown field \"%1\" (ignored)").arg(member.key));
        }
        if (!readFormat(root))
            return std::nullopt; // not a scenario: further messages would only be noise

        Scenario scenario;
        bool ok = true;
        if (const JsonNode *name = field(root, u"name", JsonNode::Type::String, false, ok))
            scenario.name = name->string;
        if (const JsonNode *description = field(root, u"description", JsonNode::Type::String, false, ok))
            scenario.description = description->string;
        if (const JsonNode *regime = field(root, u"regime", JsonNode::Type::String, true, ok)) {
            if (const auto kind = regimeFromKey(regime->string)) {
                scenario.regime = *kind;
            } else {
                error(
                    *regime, QStringLiteral("regime"),
                    QStringLiteral("unknown regime \"%1\" (expected one of: %2, %3)")
                        .arg(regime->string.left(80), regimeKey(RegimeKind::Oct2025), regimeKey(RegimeKind::Apr2026)));
                ok = false;
            }
        }
        if (const JsonNode *horizon = field(root, u"horizon", JsonNode::Type::Number, false, ok)) {
            if (checkNumber(*horizon, QStringLiteral("horizon"), ScenarioEngine::MinHorizon, ScenarioEngine::MaxHorizon,
                            true))
                scenario.horizon = int(horizon->number);
            else
                ok = false;
        }
        if (const JsonNode *assumptions = field(root, u"assumptions", JsonNode::Type::Object, false, ok)) {
            for (const JsonMember &member : assumptions->members) {
                const QString path = jsonPathMember(QStringLiteral("assumptions"), member.key);
                const AssumptionInfo *info = ScenarioAssumptions::find(member.key);
                if (!info) {
                    warning(member.value, path,
                            QStringLiteral("unknown assumption \"%1\" (ignored)").arg(member.key.left(80)));
                    continue;
                }
                if (member.value.type != JsonNode::Type::Number) {
                    error(member.value, path, expectedType(JsonNode::Type::Number, member.value.type));
                    ok = false;
                    continue;
                }
                if (checkNumber(member.value, path, info->minimum, info->maximum, info->integer))
                    scenario.setValue(info->id, member.value.number);
                else
                    ok = false;
            }
        }
        if (!ok)
            return std::nullopt;
        return scenario;
    }

private:
    void report(Diagnostic::Severity severity, const JsonNode &at, const QString &path, const QString &message)
    {
        m_out.append({severity, m_file, at.line, at.column, path.isEmpty() ? QStringLiteral("$") : path, message});
    }
    void error(const JsonNode &at, const QString &path, const QString &message)
    {
        report(Diagnostic::Severity::Error, at, path, message);
    }
    void warning(const JsonNode &at, const QString &path, const QString &message)
    {
        report(Diagnostic::Severity::Warning, at, path, message);
    }

    static QString expectedType(JsonNode::Type expected, JsonNode::Type found)
    {
        return QStringLiteral("expected %1, found %2").arg(JsonNode::typeName(expected), JsonNode::typeName(found));
    }

    /// The root member @p key if present and of @p type; reports a missing required member or a wrong type
    /// (clearing @p ok) and returns nullptr.
    const JsonNode *field(const JsonNode &root, QStringView key, JsonNode::Type type, bool required, bool &ok)
    {
        const JsonNode *node = root.member(key);
        if (!node) {
            if (required) {
                error(root, key.toString(), QStringLiteral("missing required field"));
                ok = false;
            }
            return nullptr;
        }
        if (node->type != type) {
            error(*node, key.toString(), expectedType(type, node->type));
            ok = false;
            return nullptr;
        }
        return node;
    }

    /// Refuses a number outside minimum..maximum (never clamps it) and a fraction where a whole number
    /// is needed.
    bool checkNumber(const JsonNode &node, const QString &path, double minimum, double maximum, bool integer)
    {
        const double value = node.number;
        if (!(value >= minimum && value <= maximum)) {
            error(node, path,
                  QStringLiteral("value %1 is outside the range %2–%3 (refused, not clamped)")
                      .arg(formatNumber(value), formatNumber(minimum), formatNumber(maximum)));
            return false;
        }
        if (integer && value != std::floor(value)) {
            error(node, path,
                  QStringLiteral("value %1 is not a whole number (refused, not rounded)").arg(formatNumber(value)));
            return false;
        }
        return true;
    }

    bool readFormat(const JsonNode &root)
    {
        bool ok = true;
        const JsonNode *format = field(root, u"format", JsonNode::Type::String, true, ok);
        if (format && format->string != FormatName) {
            error(*format, QStringLiteral("format"),
                  QStringLiteral("expected \"%1\", found \"%2\"").arg(FormatName, format->string.left(80)));
            return false;
        }
        const JsonNode *version = field(root, u"formatVersion", JsonNode::Type::Number, true, ok);
        if (version && version->number != ScenarioFile::FormatVersion) {
            error(*version, QStringLiteral("formatVersion"),
                  QStringLiteral("unsupported format version %1 (this Dealscope reads version %2)")
                      .arg(formatNumber(version->number))
                      .arg(ScenarioFile::FormatVersion));
            return false;
        }
        return ok;
    }

    QString m_file;
    Diagnostics &m_out;
};

/// A JSON string literal: quotes, backslashes and control characters escaped, the rest as UTF-8.
QByteArray jsonString(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += u'"';
    for (const QChar ch : text) {
        if (ch == u'"')
            escaped += QStringLiteral("\\\"");
        else if (ch == u'\\')
            escaped += QStringLiteral("\\\\");
        else if (ch == u'\n')
            escaped += QStringLiteral("\\n");
        else if (ch.unicode() < 0x20)
            escaped += QStringLiteral("\\u%1").arg(int(ch.unicode()), 4, 16, QLatin1Char('0'));
        else
            escaped += ch;
    }
    escaped += u'"';
    return escaped.toUtf8();
}

} // namespace

ScenarioLoadResult ScenarioFile::loadData(const QByteArray &data, const QString &displayName)
{
    ScenarioLoadResult result;
    if (data.size() > MaxFileSize) {
        result.diagnostics.append(
            {Diagnostic::Severity::Error, displayName, 0, 0, QString(),
             QStringLiteral("file is larger than the %1 MiB limit").arg(MaxFileSize / (1024 * 1024))});
        return result;
    }
    const JsonParser::Result parsed = JsonParser::parse(data, MaxDepth);
    for (const JsonProblem &problem : parsed.problems)
        result.diagnostics.append(
            {Diagnostic::Severity::Error, displayName, problem.line, problem.column, problem.path, problem.message});
    if (parsed.root) {
        ScenarioReader reader(displayName, result.diagnostics);
        std::optional<Scenario> scenario = reader.read(*parsed.root);
        if (scenario && !hasErrors(result.diagnostics))
            result.scenario = std::move(scenario);
    }
    sortByPosition(result.diagnostics);
    return result;
}

ScenarioLoadResult ScenarioFile::loadFile(const QString &path, const QString &displayName)
{
    const QString name = displayName.isEmpty() ? path : displayName;
    Diagnostic error;
    const std::optional<QByteArray> data = readUntrustedFile(path, name, MaxFileSize, &error);
    if (!data)
        return {std::nullopt, {error}};
    return loadData(*data, name);
}

QByteArray ScenarioFile::toJson(const Scenario &scenario)
{
    QByteArray out = "{\n";
    out += "  \"format\": " + jsonString(FormatName) + ",\n";
    out += "  \"formatVersion\": " + QByteArray::number(FormatVersion) + ",\n";
    if (!scenario.name.isEmpty())
        out += "  \"name\": " + jsonString(scenario.name) + ",\n";
    if (!scenario.description.isEmpty())
        out += "  \"description\": " + jsonString(scenario.description) + ",\n";
    out += "  \"regime\": " + jsonString(regimeKey(scenario.regime)) + ",\n";
    out += "  \"horizon\": " + QByteArray::number(scenario.horizon) + ",\n";
    out += "  \"assumptions\": {";
    bool first = true;
    for (const AssumptionInfo &info : ScenarioAssumptions::all()) { // catalogue order, stable diffs
        if (!scenario.isOverridden(info.id))
            continue;
        out += first ? "\n" : ",\n";
        first = false;
        out += "    " + jsonString(info.key) + ": " + formatNumber(scenario.value(info.id)).toUtf8();
    }
    out += first ? "}\n" : "\n  }\n";
    out += "}\n";
    return out;
}

bool ScenarioFile::save(const Scenario &scenario, const QString &path, QString *errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toJson(scenario));
    if (!file.commit()) {
        if (errorMessage)
            *errorMessage = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QStringList ScenarioFile::presetIds()
{
    return {QStringLiteral("bear"), QStringLiteral("base"), QStringLiteral("bull")};
}

QString ScenarioFile::presetPath(QStringView id)
{
    return QStringLiteral(":/scenarios/%1.json").arg(id);
}

ScenarioLoadResult ScenarioFile::loadPreset(QStringView id)
{
    return loadFile(presetPath(id), id.toString() + QStringLiteral(".json"));
}

} // namespace Dealscope
