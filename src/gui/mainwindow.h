// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace Dealscope {

class DatasetDocument;

/// The application window: shows the current dataset and lets the user open another one.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(DatasetDocument *document, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens @p path; on failure shows the problems in a dialog and keeps the current dataset.
    bool openDataset(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void chooseDataset();
    void openBundledDataset();
    void showLoadErrors(const QString &fileName, const Diagnostics &diagnostics);
    void showAbout();
    void showDataset();
    void restoreWindowState();

    std::unique_ptr<Ui::MainWindow> m_ui;
    DatasetDocument *m_document;
};

} // namespace Dealscope
