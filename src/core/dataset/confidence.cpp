// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/confidence.h"

namespace Dealscope {

namespace {

std::optional<Confidence::Level> parseLevel(QChar c)
{
    switch (c.unicode()) {
    case u'A':
        return Confidence::Level::A;
    case u'B':
        return Confidence::Level::B;
    case u'C':
        return Confidence::Level::C;
    case u'X':
        return Confidence::Level::X;
    default:
        return std::nullopt;
    }
}

} // namespace

std::optional<Confidence> Confidence::parse(QStringView code)
{
    if (code.size() == 1) {
        if (const auto level = parseLevel(code.at(0)))
            return Confidence(*level);
        return std::nullopt;
    }
    if (code.size() == 3 && code.at(1) == u'/') {
        const auto best = parseLevel(code.at(0));
        const auto worst = parseLevel(code.at(2));
        if (best && worst && *best < *worst)
            return Confidence(*best, *worst);
    }
    return std::nullopt;
}

QChar levelCode(Confidence::Level level)
{
    static constexpr char16_t codes[] = u"ABCX";
    return QChar(codes[int(level)]);
}

QString Confidence::code() const
{
    if (!isRange())
        return QString(levelCode(m_best));
    return QString(levelCode(m_best)) + u'/' + levelCode(m_worst);
}

} // namespace Dealscope
