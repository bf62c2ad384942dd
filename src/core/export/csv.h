// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dealscope {

/// A table to write as CSV: a header row and rows of already formatted cells.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
};

/// RFC 4180 text of @p table: UTF-8, CRLF line ends, the header first; a cell is quoted when it holds a
/// comma, a quote, CR or LF (quotes doubled), and only then.
QByteArray toCsv(const CsvTable &table);

/// A number as CSV wants it whatever the locale: '.' decimals, no group separators, at most @p decimals
/// places with trailing zeros dropped ("12.5", "-3", "0.0625").
QString csvNumber(double value, int decimals = 6);

} // namespace Dealscope
