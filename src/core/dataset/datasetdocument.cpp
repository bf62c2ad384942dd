// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/datasetdocument.h"

#include "dataset/datasetloader.h"

#include <QFileInfo>

namespace Dealscope {

DatasetDocument::DatasetDocument(QObject *parent) : QObject(parent) { }

Diagnostics DatasetDocument::openBundled()
{
    return openBundled(DatasetLoader::loadBundled());
}

Diagnostics DatasetDocument::openBundled(DatasetLoadResult loaded)
{
    if (loaded.ok())
        replace(std::move(loaded.dataset), QString());
    return loaded.diagnostics;
}

Diagnostics DatasetDocument::open(const QString &path)
{
    DatasetLoadResult result = DatasetLoader::loadFile(path, QFileInfo(path).fileName());
    if (result.ok())
        replace(std::move(result.dataset), QFileInfo(path).absoluteFilePath());
    return result.diagnostics;
}

void DatasetDocument::replace(DatasetPtr dataset, const QString &filePath)
{
    m_dataset = std::move(dataset);
    m_filePath = filePath;
    Q_EMIT datasetChanged();
}

} // namespace Dealscope
