// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenariofile.h"

#include "scenario/regimecatalog.h"
#include "json/jsonreader.h"
#include "json/untrustedfile.h"

#include <QSaveFile>

namespace Dealscope {

namespace {

constexpr JsonFormat ScenarioFormat {u"dealscope-scenario", ScenarioFile::FormatVersion, JsonReader::shortestNumber};

/// Reads a scenario (docs/scenario-format.md) from a JsonNode tree; every problem is reported.
class ScenarioReader : public JsonReader
{
public:
    /// @p regimes: the regimes a scenario may name; null: any well-formed version id.
    ScenarioReader(const QString &file, const JsonNode &root, Diagnostics &out, const RegimeCatalog *regimes)
        : JsonReader(file, root, out), regimes(regimes)
    { }

    /// The scenario, or nothing when the root is not a scenario at all; usable only without errors.
    std::optional<Scenario> read()
    {
        const JsonNode &root = this->root();
        if (!expectType(root, JsonNode::Type::Object))
            return std::nullopt;
        warnUnknownFields(
            root, {u"format", u"formatVersion", u"name", u"description", u"regime", u"horizon", u"assumptions"});
        if (!checkFormat(ScenarioFormat))
            return std::nullopt; // not a scenario: further messages would only be noise

        Scenario scenario;
        if (std::optional<QString> name = readString(root, u"name", Need::Optional))
            scenario.name = std::move(*name);
        if (std::optional<QString> description = readString(root, u"description", Need::Optional))
            scenario.description = std::move(*description);
        if (const JsonNode *regime = field(root, u"regime", JsonNode::Type::String, Need::Required)) {
            const auto id = regimeFromKey(regime->string());
            if (!id)
                unknownName(*regime, u"regime", {regimeKey(RegimeKind::Oct2025), regimeKey(RegimeKind::Apr2026)});
            else if (const QString problem = regimes ? regimes->problemWith(regime->string()) : QString();
                     !problem.isEmpty())
                error(*regime, problem);
            else
                scenario.regime = regimes ? regimes->resolved(*id) : *id;
        }
        if (const auto horizon
            = readInteger(root, u"horizon", Need::Optional, ScenarioEngine::MinHorizon, ScenarioEngine::MaxHorizon))
            scenario.horizon = *horizon;
        if (const JsonNode *assumptions = field(root, u"assumptions", JsonNode::Type::Object, Need::Optional)) {
            for (const JsonMember &member : assumptions->members()) {
                const AssumptionInfo *info = ScenarioAssumptions::find(member.key);
                if (!info) {
                    warning(member.value,
                            QStringLiteral("unknown assumption \"%1\" (ignored)").arg(member.key.left(80)));
                    continue;
                }
                if (const auto value = number(member.value, {info->minimum, info->maximum, info->integer}))
                    scenario.setValue(info->id, *value);
            }
        }
        return scenario;
    }

private:
    const RegimeCatalog *regimes;
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

ScenarioLoadResult ScenarioFile::loadData(const QByteArray &data, const QString &displayName,
                                          const RegimeCatalog *regimes)
{
    // readJsonDocument()'s steps, with a reader that knows the regimes.
    ScenarioLoadResult result;
    if (const std::optional<JsonNode> root
        = parseJsonDocument(data, displayName, {MaxFileSize, MaxDepth}, result.diagnostics)) {
        std::optional<Scenario> read = ScenarioReader(displayName, *root, result.diagnostics, regimes).read();
        if (read && !hasErrors(result.diagnostics))
            result.scenario = std::move(read);
    }
    sortByPosition(result.diagnostics);
    return result;
}

ScenarioLoadResult ScenarioFile::loadFile(const QString &path, const QString &displayName, const RegimeCatalog *regimes)
{
    return loadUntrustedFile<ScenarioLoadResult>(
        path, displayName, MaxFileSize,
        [regimes](const QByteArray &data, const QString &name) { return loadData(data, name, regimes); });
}

QByteArray ScenarioFile::toJson(const Scenario &scenario)
{
    QByteArray out = "{\n";
    out += "  \"format\": " + jsonString(ScenarioFormat.name.toString()) + ",\n";
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
        out += "    " + jsonString(info.key) + ": " + JsonReader::shortestNumber(scenario.value(info.id)).toUtf8();
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
