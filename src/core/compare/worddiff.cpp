// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/worddiff.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <optional>
#include <vector>

namespace Dealscope::WordDiff {

namespace {

/// Beyond this many edits the texts have little in common: the rest is shown as replaced, which keeps the
/// comparison's time and memory bounded for long, entirely different texts.
constexpr int MaxEdits = 2000;

using Kind = Segment::Kind;

struct TokenEdit
{
    Kind kind;
    const QString *token;
};

/// Myers' shortest edit script between @p a and @p b, token by token; nullopt past MaxEdits.
std::optional<std::vector<TokenEdit>> shortestEdits(const QStringList &a, const QStringList &b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int max = std::min(n + m, MaxEdits);
    const int offset = max + 1;
    std::vector<int> v(2 * std::size_t(max) + 3, 0);
    std::vector<std::vector<int>> trace; // trace[d]: v over k in [-d, d] before step d
    for (int d = 0; d <= max; ++d) {
        trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
        for (int k = -d; k <= d; k += 2) {
            const bool down = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]);
            int x = down ? v[offset + k + 1] : v[offset + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && a.at(x) == b.at(y)) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x < n || y < m)
                continue;
            // Found: walk back through the trace.
            std::vector<TokenEdit> edits;
            for (int step = d; step > 0; --step) {
                const std::vector<int> &before = trace[std::size_t(step)];
                const auto at = [&](int kk) { return before[std::size_t(kk + step)]; };
                const int kk = x - y;
                const bool wasDown = kk == -step || (kk != step && at(kk - 1) < at(kk + 1));
                const int previousK = wasDown ? kk + 1 : kk - 1;
                const int previousX = at(previousK);
                const int previousY = previousX - previousK;
                while (x > previousX && y > previousY) {
                    --x;
                    --y;
                    edits.push_back({Kind::Same, &a.at(x)});
                }
                if (wasDown)
                    edits.push_back({Kind::Inserted, &b.at(previousY)});
                else
                    edits.push_back({Kind::Deleted, &a.at(previousX)});
                x = previousX;
                y = previousY;
            }
            while (x > 0 && y > 0) {
                --x;
                --y;
                edits.push_back({Kind::Same, &a.at(x)});
            }
            std::reverse(edits.begin(), edits.end());
            return edits;
        }
    }
    return std::nullopt;
}

void append(QList<Segment> &segments, Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!segments.isEmpty() && segments.last().kind == kind)
        segments.last().text += text;
    else
        segments.append({kind, text});
}

bool isChange(const Segment &segment)
{
    return segment.kind != Kind::Same;
}

/// A space shared between two changes joins them; then each run of changes becomes one deletion followed
/// by one insertion.
QList<Segment> groupChanges(const QList<Segment> &raw)
{
    QList<Segment> result;
    QString deleted;
    QString inserted;
    const auto flush = [&] {
        append(result, Kind::Deleted, deleted);
        append(result, Kind::Inserted, inserted);
        deleted.clear();
        inserted.clear();
    };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const Segment &segment = raw.at(i);
        const bool betweenChanges = segment.kind == Kind::Same && segment.text.trimmed().isEmpty() && i > 0
            && i + 1 < raw.size() && isChange(raw.at(i - 1)) && isChange(raw.at(i + 1));
        if (segment.kind == Kind::Deleted || betweenChanges)
            deleted += segment.text;
        if (segment.kind == Kind::Inserted || betweenChanges)
            inserted += segment.text;
        if (segment.kind == Kind::Same && !betweenChanges) {
            flush();
            append(result, Kind::Same, segment.text);
        }
    }
    flush();
    return result;
}

} // namespace

QStringList tokens(const QString &text)
{
    QStringList result;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        if (end > start)
            result.append(text.mid(start, end - start));
        start = end;
    }
    if (start < text.size())
        result.append(text.mid(start));
    return result;
}

QList<Segment> compare(const QString &before, const QString &after)
{
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    // The common ends need no search.
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const QStringList middleA = a.mid(prefix, a.size() - prefix - suffix);
    const QStringList middleB = b.mid(prefix, b.size() - prefix - suffix);

    QList<Segment> raw;
    append(raw, Kind::Same, a.mid(0, prefix).join(QString()));
    if (const auto edits = shortestEdits(middleA, middleB)) {
        for (const TokenEdit &edit : *edits)
            append(raw, edit.kind, *edit.token);
    } else {
        append(raw, Kind::Deleted, middleA.join(QString()));
        append(raw, Kind::Inserted, middleB.join(QString()));
    }
    append(raw, Kind::Same, a.mid(a.size() - suffix).join(QString()));
    return groupChanges(raw);
}

QString beforeText(const QList<Segment> &segments)
{
    QString text;
    for (const Segment &segment : segments) {
        if (segment.kind != Kind::Inserted)
            text += segment.text;
    }
    return text;
}

QString afterText(const QList<Segment> &segments)
{
    QString text;
    for (const Segment &segment : segments) {
        if (segment.kind != Kind::Deleted)
            text += segment.text;
    }
    return text;
}

bool hasChanges(const QList<Segment> &segments)
{
    return std::any_of(segments.cbegin(), segments.cend(), isChange);
}

} // namespace Dealscope::WordDiff
