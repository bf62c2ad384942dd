// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/partialdate.h"

namespace Dealscope {

namespace {

/// Reads exactly @p count ASCII digits at @p pos; -1 if any is not a digit.
int readDigits(QStringView text, qsizetype pos, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text.at(pos + i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

PartialDate PartialDate::year(int year)
{
    PartialDate d;
    d.m_year = year;
    d.m_precision = Precision::Year;
    return d;
}

PartialDate PartialDate::month(int year, int month)
{
    PartialDate d;
    d.m_year = year;
    d.m_month = month;
    d.m_precision = Precision::Month;
    return d;
}

PartialDate PartialDate::day(const QDate &date)
{
    PartialDate d;
    d.m_year = date.year();
    d.m_month = date.month();
    d.m_day = date.day();
    d.m_precision = Precision::Day;
    return d;
}

std::optional<PartialDate> PartialDate::parse(QStringView text)
{
    if (text.size() != 4 && text.size() != 7 && text.size() != 10)
        return std::nullopt;
    const int y = readDigits(text, 0, 4);
    if (y < 1000)
        return std::nullopt;
    if (text.size() == 4)
        return year(y);
    if (text.at(4) != u'-')
        return std::nullopt;
    const int m = readDigits(text, 5, 2);
    if (m < 1 || m > 12)
        return std::nullopt;
    if (text.size() == 7)
        return month(y, m);
    if (text.at(7) != u'-')
        return std::nullopt;
    const int dd = readDigits(text, 8, 2);
    const QDate date(y, m, dd < 0 ? 0 : dd);
    if (!date.isValid())
        return std::nullopt;
    return day(date);
}

std::optional<QDate> PartialDate::parseDay(QStringView text)
{
    const auto parsed = parse(text);
    if (!parsed || parsed->precision() != Precision::Day)
        return std::nullopt;
    return parsed->firstDay();
}

QDate PartialDate::firstDay() const
{
    if (!isValid())
        return {};
    switch (m_precision) {
    case Precision::Year:
        return QDate(m_year, 1, 1);
    case Precision::Month:
        return QDate(m_year, m_month, 1);
    case Precision::Day:
        return QDate(m_year, m_month, m_day);
    }
    return {};
}

QDate PartialDate::lastDay() const
{
    if (!isValid())
        return {};
    switch (m_precision) {
    case Precision::Year:
        return QDate(m_year, 12, 31);
    case Precision::Month: {
        const QDate first(m_year, m_month, 1);
        return first.addDays(first.daysInMonth() - 1);
    }
    case Precision::Day:
        return QDate(m_year, m_month, m_day);
    }
    return {};
}

QString PartialDate::toString() const
{
    if (!isValid())
        return {};
    switch (m_precision) {
    case Precision::Year:
        return QString::number(m_year);
    case Precision::Month:
        return QStringLiteral("%1-%2").arg(m_year).arg(m_month, 2, 10, QLatin1Char('0'));
    case Precision::Day:
        return firstDay().toString(Qt::ISODate);
    }
    return {};
}

} // namespace Dealscope
