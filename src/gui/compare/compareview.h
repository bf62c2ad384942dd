// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/agreementstate.h"
#include "compare/comparisonmodel.h"
#include "dataset/dataset.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace Dealscope {

/// The Compare view: two version pickers (A and B), a filter by kind of change, and one row per clause or
/// event that differs, with A's and B's wording side by side, marked word by word as a redline. Dataset
/// texts are compared in the language shown. Choosing a row emits itemSelected(), which the window turns
/// into a selection everywhere; setCurrentItem() follows a selection made elsewhere.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(QWidget *parent = nullptr);

    /// Shows @p dataset's versions in the pickers; A and B start as the previous and the latest version.
    void setDataset(DatasetPtr dataset);
    DatasetPtr dataset() const { return m_dataset; }
    void setLanguage(const QString &language);
    void setMilestoneDates(const MilestoneDates &dates);
    /// Compares @p versionA with @p versionB; an unknown id keeps that picker as it is.
    void setVersions(const QString &versionA, const QString &versionB);
    QString versionA() const;
    QString versionB() const;
    const VersionComparison &comparison() const { return m_model->comparison(); }

    void setFilter(ComparisonModel::Filter filter);
    /// Shows @p id's row as the current one, if it is listed; emits nothing.
    void setCurrentItem(const QString &id);

    ComparisonModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void versionsChanged(const QString &versionA, const QString &versionB);
    /// The user chose the row of the clause or event @p id.
    void itemSelected(const QString &id);
    void exportRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillVersionPickers();
    void fillFilter();
    void recompare();
    void fitColumns();
    void retranslate();

    DatasetPtr m_dataset;
    QString m_language = QStringLiteral("en");
    MilestoneDates m_milestones;
    ComparisonModel *m_model;
    QLabel *m_versionALabel;
    QComboBox *m_versionA;
    QToolButton *m_swap;
    QLabel *m_versionBLabel;
    QComboBox *m_versionB;
    QLabel *m_filterLabel;
    QComboBox *m_filter;
    QPushButton *m_export;
    QLabel *m_legend;
    QTableView *m_table;
    bool m_following = false; ///< setCurrentItem() is moving the current row: no itemSelected()
};

} // namespace Dealscope
