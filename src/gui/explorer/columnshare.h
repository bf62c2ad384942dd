// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace Dealscope {

/// What a secondary column of a tree would like and what it can live with.
struct ColumnNeed
{
    int preferred = 0;
    int minimum = 0; ///< 0: the column may disappear
    int rank = 0; ///< lower ranks give way first; equal ranks give way together
};

/// How a tree's width is shared: the main column's width and the secondary columns', in the order given.
struct ColumnShare
{
    int main = 0;
    QList<int> secondary;
};

/// Shares @p available pixels between a main column that needs @p mainMinimum to stay readable and
/// @p secondary columns: while the main column is short of its minimum, the secondary columns of the lowest
/// rank shrink towards their own minimums, each by its share of what they can give together, then those of
/// the next rank, and so on. The main column takes what is left, and never less than its minimum (the view
/// scrolls then).
ColumnShare shareColumns(int available, int mainMinimum, const QList<ColumnNeed> &secondary);

} // namespace Dealscope
