// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace Dealscope {

class FanTableModel;
class ScenarioTableModel;
class SensitivityTableModel;

/// The scenario panel's Table tab: every figure the charts draw, as text that the keyboard and screen
/// readers reach. A picker chooses the table: the projection year by year (or the comparison, when one is
/// on), the sensitivity of each assumption, or the AGI-year fan's percentiles.
class ScenarioTablePage : public QWidget
{
    Q_OBJECT

public:
    enum class Content { Projection, Sensitivity, Fan };
    Q_ENUM(Content)

    explicit ScenarioTablePage(QWidget *parent = nullptr);

    Content content() const;
    void setContent(Content content);

    QTableView *tableView() const { return m_table; }
    ScenarioTableModel *projectionModel() const { return m_projection; }
    SensitivityTableModel *sensitivityModel() const { return m_sensitivity; }
    FanTableModel *fanModel() const { return m_fan; }

Q_SIGNALS:
    /// Another table was chosen: the panel computes what it shows, if it has not yet.
    void contentChanged(Dealscope::ScenarioTablePage::Content content);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showContent();
    void retranslate();
    void fitColumns();

    QLabel *m_pickerLabel;
    QComboBox *m_picker;
    QTableView *m_table;
    ScenarioTableModel *m_projection;
    SensitivityTableModel *m_sensitivity;
    FanTableModel *m_fan;
};

} // namespace Dealscope
