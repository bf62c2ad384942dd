// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/scenario.h"
#include "json/diagnostic.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dealscope {

class RegimeCatalog;

struct ScenarioLoadResult
{
    std::optional<Scenario> scenario; ///< empty when the input has errors
    Diagnostics diagnostics; ///< every error and warning, in file order

    bool ok() const { return scenario.has_value(); }
};

/// Reads, validates and writes scenario files (docs/scenario-format.md), and gives the bundled presets.
///
/// Problems are reported like the dataset's: file:line:column, JSON path, message. Out-of-range values
/// are refused with the range in the message, never clamped; unknown assumptions and fields are warnings.
class ScenarioFile
{
public:
    static constexpr qint64 MaxFileSize = 1024 * 1024;
    static constexpr int MaxDepth = 16;
    static constexpr int FormatVersion = 1;

    /// Reads a scenario. The regime is an alias ("oct2025", "apr2026") or a version id; with @p regimes, a
    /// regime they do not list as usable is an error, without them any well-formed id is accepted.
    static ScenarioLoadResult loadFile(const QString &path, const QString &displayName = {},
                                       const RegimeCatalog *regimes = nullptr);
    static ScenarioLoadResult loadData(const QByteArray &data, const QString &displayName,
                                       const RegimeCatalog *regimes = nullptr);

    /// The file's text: the regime, the horizon and only the overridden assumptions.
    static QByteArray toJson(const Scenario &scenario);
    /// Writes atomically (QSaveFile): the file is either replaced whole or left as it was.
    static bool save(const Scenario &scenario, const QString &path, QString *errorMessage = nullptr);

    /// "bear", "base", "bull".
    static QStringList presetIds();
    /// The preset's resource path, e.g. ":/scenarios/base.json".
    static QString presetPath(QStringView id);
    static ScenarioLoadResult loadPreset(QStringView id);
};

} // namespace Dealscope
