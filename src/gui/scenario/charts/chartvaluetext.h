// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/scenarioassumptions.h"

#include <QCoreApplication>
#include <QString>

namespace Dealscope {

/// The words and numbers of a chart's value under the cursor, the same in every scenario chart and in the
/// interface language's locale. A value text is plain text, one line each: what is pointed at (a year or an
/// assumption) first, then "series: value" lines.
class ChartValueText
{
    Q_DECLARE_TR_FUNCTIONS(Dealscope::ChartValueText)

public:
    /// An amount in USD billions: "$12.3 B".
    static QString amount(double billions);
    /// A change in USD billions, always signed: "+$1.2 B", "−$0.4 B".
    static QString change(double billions);
    /// An assumption's setting with its unit, as its slider states it: "39.0 %", "1.25 ×", "2032".
    static QString setting(AssumptionId id, double value);
    /// "series: value".
    static QString line(const QString &series, const QString &value);
    /// @p text as a tooltip: its first line bold, every line as written.
    static QString toolTip(const QString &text);
};

} // namespace Dealscope
