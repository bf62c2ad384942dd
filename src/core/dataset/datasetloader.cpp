// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/datasetloader.h"

#include "dataset/datasetreader.h"

namespace Dealscope {

DatasetLoadResult DatasetLoader::loadData(const QByteArray &data, const QString &displayName)
{
    DatasetLoadResult result;
    if (std::shared_ptr<Dataset> dataset
        = readJsonDocument<DatasetReader>(data, displayName, {MaxFileSize, MaxDepth}, result.diagnostics)) {
        dataset->sourceText = data;
        result.dataset = std::move(dataset);
    }
    return result;
}

DatasetLoadResult DatasetLoader::loadFile(const QString &path, const QString &displayName)
{
    return loadUntrustedFile<DatasetLoadResult>(path, displayName, MaxFileSize, &DatasetLoader::loadData);
}

QString DatasetLoader::bundledPath()
{
    return QStringLiteral(":/data/microsoft-openai.json");
}

DatasetLoadResult DatasetLoader::loadBundled()
{
    return loadFile(bundledPath(), QStringLiteral("microsoft-openai.json"));
}

} // namespace Dealscope
