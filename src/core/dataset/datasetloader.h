// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/dataset.h"
#include "json/diagnostic.h"

#include <QByteArray>
#include <QString>

namespace Dealscope {

struct DatasetLoadResult
{
    DatasetPtr dataset; ///< null when the input has errors
    Diagnostics diagnostics; ///< every error and warning, in file order

    bool ok() const { return dataset != nullptr; }
};

/// Reads and validates Dealscope dataset files (docs/dataset-format.md).
///
/// Every problem is reported with file, line:column and JSON path, and the loader goes on after a
/// problem to report the rest. Input is untrusted: size and nesting are limited, nothing the file names
/// (URLs included) is fetched or opened.
class DatasetLoader
{
public:
    static constexpr qint64 MaxFileSize = 16 * 1024 * 1024;
    static constexpr int MaxDepth = 64;
    /// Longest text or string value, in UTF-16 code units: far above any real clause, far below what
    /// would make the views lay out a single paragraph for minutes.
    static constexpr qsizetype MaxTextLength = 20000;

    /// Loads @p path; messages name the file as @p displayName (default: @p path as given).
    static DatasetLoadResult loadFile(const QString &path, const QString &displayName = {});
    /// Validates @p data as if read from a file called @p displayName.
    static DatasetLoadResult loadData(const QByteArray &data, const QString &displayName);
    /// The Microsoft–OpenAI dataset embedded in the application.
    static DatasetLoadResult loadBundled();
    static QString bundledPath();
};

} // namespace Dealscope
