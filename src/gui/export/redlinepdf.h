// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/versioncomparison.h"

#include <QCoreApplication>
#include <QString>

namespace Dealscope {

/// The redline of two versions as a PDF (A4, text as text): each change with its words struck and
/// underlined, both wordings whole, and both sides' ends, statuses and sources.
class RedlinePdf
{
    Q_DECLARE_TR_FUNCTIONS(Dealscope::RedlinePdf)

public:
    /// Writes @p comparison of @p dataset to @p path (whole or nothing); false with a message in @p error.
    static bool write(const Dataset &dataset, const VersionComparison &comparison, const QString &path, QString *error);
    /// The document's title: "Changes from A to B".
    static QString title(const Dataset &dataset, const VersionComparison &comparison);
};

} // namespace Dealscope
