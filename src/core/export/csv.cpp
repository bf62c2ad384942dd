// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/csv.h"

#include <cmath>

namespace Dealscope {

namespace {

void appendCell(QByteArray &out, const QString &cell)
{
    const QByteArray utf8 = cell.toUtf8();
    const bool quote = utf8.contains(',') || utf8.contains('"') || utf8.contains('\r') || utf8.contains('\n');
    if (!quote) {
        out += utf8;
        return;
    }
    out += '"';
    for (const char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void appendRow(QByteArray &out, const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        appendCell(out, cells.at(i));
    }
    out += "\r\n";
}

} // namespace

QByteArray toCsv(const CsvTable &table)
{
    QByteArray out;
    appendRow(out, table.header);
    for (const QStringList &row : table.rows)
        appendRow(out, row);
    return out;
}

QString csvNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return {};
    // QString::number is locale-independent ('.' always, no grouping).
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    return text;
}

} // namespace Dealscope
