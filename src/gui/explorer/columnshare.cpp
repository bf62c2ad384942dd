// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/columnshare.h"

#include <algorithm>

namespace Dealscope {

ColumnShare shareColumns(int available, int mainMinimum, const QList<ColumnNeed> &secondary)
{
    ColumnShare share;
    int used = 0;
    for (const ColumnNeed &need : secondary) {
        share.secondary.append(need.preferred);
        used += need.preferred;
    }
    int shortfall = mainMinimum - (available - used);
    QList<int> ranks;
    for (const ColumnNeed &need : secondary)
        ranks.append(need.rank);
    std::sort(ranks.begin(), ranks.end());
    ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
    for (int rank : std::as_const(ranks)) {
        if (shortfall <= 0)
            break;
        int slack = 0;
        for (const ColumnNeed &need : secondary)
            slack += need.rank == rank ? std::max(0, need.preferred - need.minimum) : 0;
        if (slack == 0)
            continue;
        // Each gives in proportion to what it can give; the last one of the rank takes the rounding.
        const int give = std::min(shortfall, slack);
        int given = 0;
        int slackSeen = 0;
        for (qsizetype i = 0; i < secondary.size(); ++i) {
            const ColumnNeed &need = secondary.at(i);
            if (need.rank != rank)
                continue;
            slackSeen += std::max(0, need.preferred - need.minimum);
            const int upToHere = int(qint64(give) * slackSeen / slack);
            share.secondary[i] -= upToHere - given;
            given = upToHere;
        }
        used -= give;
        shortfall -= give;
    }
    share.main = std::max(mainMinimum, available - used);
    return share;
}

} // namespace Dealscope
