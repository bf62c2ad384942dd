// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/scenariotornado.h"

#include <QAbstractTableModel>

namespace Dealscope {

/// The Sensitivity chart as a table, for the keyboard and screen readers: one row per assumption, largest
/// swing first, with its low and high settings and the change in cumulative Microsoft revenue each gives,
/// and a last row with the base value the changes are measured from.
class SensitivityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        AssumptionColumn,
        LowSettingColumn,
        LowChangeColumn,
        HighSettingColumn,
        HighChangeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit SensitivityTableModel(QObject *parent = nullptr);

    void setResult(const TornadoResult &result);
    /// Announces every header and cell anew: their words and number formats follow the interface language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    TornadoResult m_result;
    bool m_hasResult = false;
};

} // namespace Dealscope
