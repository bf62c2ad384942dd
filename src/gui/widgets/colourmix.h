// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace Dealscope {

/// @p colour moved by @p amount (0 to 1) towards @p towards, channel by channel: how the views derive
/// muted text, tints and highlights from the palette, so that they read on light and dark palettes alike.
inline QColor mixColours(const QColor &colour, const QColor &towards, double amount)
{
    const auto channel = [amount](float from, float to) { return float(from + (to - from) * amount); };
    return QColor::fromRgbF(channel(colour.redF(), towards.redF()), channel(colour.greenF(), towards.greenF()),
                            channel(colour.blueF(), towards.blueF()));
}

} // namespace Dealscope
