// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/dataset.h"
#include "dataset/datasetloader.h"
#include "json/diagnostic.h"

#include <QObject>

namespace Dealscope {

/// The dataset the application currently shows, and where it came from.
///
/// Opening a file replaces the dataset only when the file is valid: on any error the previous dataset
/// stays and the caller gets the diagnostics to show.
class DatasetDocument : public QObject
{
    Q_OBJECT

public:
    explicit DatasetDocument(QObject *parent = nullptr);

    DatasetPtr dataset() const { return m_dataset; }
    /// The file the dataset was read from; empty for the bundled dataset.
    QString filePath() const { return m_filePath; }
    bool isBundled() const { return m_filePath.isEmpty(); }

    /// Loads the bundled dataset. Returns its diagnostics (none are expected).
    Diagnostics openBundled();
    /// Takes the bundled dataset as DatasetLoader::loadBundled() returned it elsewhere (on a worker thread
    /// while the window starts). Returns its diagnostics.
    Diagnostics openBundled(DatasetLoadResult loaded);
    /// Loads @p path. On success replaces the dataset and returns any warnings; on failure keeps the
    /// current dataset and returns the errors.
    Diagnostics open(const QString &path);

Q_SIGNALS:
    void datasetChanged();

private:
    void replace(DatasetPtr dataset, const QString &filePath);

    DatasetPtr m_dataset;
    QString m_filePath;
};

} // namespace Dealscope
