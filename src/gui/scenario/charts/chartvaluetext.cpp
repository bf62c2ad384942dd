// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/charts/chartvaluetext.h"

#include <QLocale>

#include <cmath>

namespace Dealscope {

QString ChartValueText::amount(double billions)
{
    return tr("$%1 B").arg(QLocale().toString(billions, 'f', 1));
}

QString ChartValueText::change(double billions)
{
    // A true minus sign, as in the chart's numbers; zero has no sign.
    const QString sign = billions > 0.0 ? QStringLiteral("+") : billions < 0.0 ? QStringLiteral("−") : QString();
    return sign + amount(std::abs(billions));
}

QString ChartValueText::setting(AssumptionId id, double value)
{
    const AssumptionInfo &info = ScenarioAssumptions::info(id);
    if (info.unit == AssumptionUnit::Year)
        return QString::number(std::lround(value));
    const bool percent = info.unit == AssumptionUnit::Fraction;
    const int decimals = info.integer ? 0 : info.unit == AssumptionUnit::Ratio ? 2 : 1;
    const QString number = QLocale().toString(percent ? value * 100.0 : value, 'f', decimals);
    return tr("%1 %2", "a number and its unit").arg(number, ScenarioAssumptions::unitSymbol(info.unit)).trimmed();
}

QString ChartValueText::line(const QString &series, const QString &value)
{
    return tr("%1: %2", "a series and its value").arg(series, value);
}

QString ChartValueText::toolTip(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    if (!lines.isEmpty())
        lines.first() = QStringLiteral("<b>") + lines.first() + QStringLiteral("</b>");
    return QStringLiteral("<p style=\"white-space:pre\">") + lines.join(QStringLiteral("<br>"))
        + QStringLiteral("</p>");
}

} // namespace Dealscope
