// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/versioncomparison.h"
#include "compare/worddiff.h"

#include <QCoreApplication>
#include <QString>

namespace Dealscope {

/// The redline as rich text, for the Compare view's rows, the redline PDF and the report: deletions struck
/// through in red, insertions underlined in green, the rest as it is. Every dataset text is escaped.
class RedlineHtml
{
    Q_DECLARE_TR_FUNCTIONS(Dealscope::RedlineHtml)

public:
    /// One side of a word diff: A shows what both share and what B dropped (struck), B what both share and
    /// what it added (underlined).
    static QString side(const QList<WordDiff::Segment> &segments, bool sideB);
    /// Both sides in one text, deletions struck before insertions, as a legal redline reads.
    static QString merged(const QList<WordDiff::Segment> &segments);

    /// A side of @p change as the Compare view's cell shows it: the wording marked word by word, then its
    /// end, status and sources, each marked when the other side differs.
    static QString cell(const Dataset &dataset, const ItemChange &change, bool sideB);
    /// The first cell of a row: id, title, kind of change and what it replaces or is replaced by.
    static QString itemCell(const ItemChange &change);

    /// The whole comparison as one document: heading, legend, then each change with its redline and both
    /// sides' wording, end, status and sources. @p heading: the document's title, e.g. "What changed".
    static QString document(const Dataset &dataset, const VersionComparison &comparison, const QString &heading);

    /// "2026-04-27 — Amended agreement" for @p versionId in the comparison's language.
    static QString versionLabel(const Dataset &dataset, const QString &versionId, const QString &language);
    /// The legend: what struck and underlined text mean.
    static QString legend();
};

} // namespace Dealscope
