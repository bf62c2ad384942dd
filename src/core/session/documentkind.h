// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Dealscope {

/// The two kinds of file Dealscope opens.
enum class DocumentKind { Dataset, Scenario };

/// What @p path holds, for opening it in the right place (a file from the command line or the desktop's
/// MIME association): a scenario when its name ends in ".dealscope-scenario.json" (the MIME type's
/// pattern) or when its start declares the scenario format; anything else is taken for a dataset, whose
/// loader reports what is wrong with it. Reads at most the first few KiB, and only from a regular file.
DocumentKind documentKindOf(const QString &path);
/// The same decision from a file's first bytes only.
DocumentKind documentKindOfData(const QByteArray &head);

} // namespace Dealscope
