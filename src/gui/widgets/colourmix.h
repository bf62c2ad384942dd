// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

#include <algorithm>
#include <cmath>

namespace Dealscope {

/// @p colour moved by @p amount (0 to 1) towards @p towards, channel by channel: how the views derive
/// muted text, tints and highlights from the palette, so that they read on light and dark palettes alike.
inline QColor mixColours(const QColor &colour, const QColor &towards, double amount)
{
    const auto channel = [amount](float from, float to) { return float(from + (to - from) * amount); };
    return QColor::fromRgbF(channel(colour.redF(), towards.redF()), channel(colour.greenF(), towards.greenF()),
                            channel(colour.blueF(), towards.blueF()));
}

/// WCAG 2's contrast ratio of two colours, from 1 (the same) to 21 (black on white): 4.5 is the least for
/// body text to read well.
inline double contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &colour) {
        const auto linear = [](double channel) {
            return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace Dealscope
