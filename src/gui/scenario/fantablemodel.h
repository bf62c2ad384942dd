// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/scenariomontecarlo.h"

#include <QAbstractTableModel>

namespace Dealscope {

/// The AGI-year fan as a table, for the keyboard and screen readers: one row per year, with the 10th,
/// 50th and 90th percentiles of the Azure stack and of the revenue share over the sampled AGI years.
class FanTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StackP10, StackP50, StackP90, ShareP10, ShareP50, ShareP90, ColumnCount };
    Q_ENUM(Column)

    explicit FanTableModel(QObject *parent = nullptr);

    void setResult(const MonteCarloResult &result);
    /// Announces every header and cell anew: their words and number formats follow the interface language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    MonteCarloResult m_result;
};

} // namespace Dealscope
