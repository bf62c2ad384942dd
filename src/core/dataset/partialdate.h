// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace Dealscope {

/// A calendar date known to the year, the month or the day: "2021", "2023-11", "2025-10-28".
/// Reports name dates at all three precisions; keeping the precision avoids inventing a day.
class PartialDate
{
public:
    enum class Precision { Year, Month, Day };

    PartialDate() = default;
    static PartialDate year(int year);
    static PartialDate month(int year, int month);
    static PartialDate day(const QDate &date);

    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (year 1000–9999, real calendar days only).
    static std::optional<PartialDate> parse(QStringView text);
    /// Parses "YYYY-MM-DD" only.
    static std::optional<QDate> parseDay(QStringView text);

    bool isValid() const { return m_year != 0; }
    Precision precision() const { return m_precision; }
    int yearValue() const { return m_year; }

    QDate firstDay() const; ///< the period's first day: the start of a term
    QDate lastDay() const; ///< the period's last day: "through 2032" ends on 2032-12-31
    QString toString() const; ///< ISO form at the date's own precision

    friend bool operator==(const PartialDate &, const PartialDate &) = default;

private:
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
    Precision m_precision = Precision::Day;
};

} // namespace Dealscope
