// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Dealscope {

/// The translation context of the export's texts that belong to no widget class.
class ExportText
{
    Q_DECLARE_TR_FUNCTIONS(Dealscope::ExportText)
};

} // namespace Dealscope
