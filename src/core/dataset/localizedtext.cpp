// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/localizedtext.h"

namespace Dealscope {

const QStringList &supportedLanguages()
{
    static const QStringList languages = {
        QStringLiteral("en"),      QStringLiteral("de"), QStringLiteral("ja"),
        QStringLiteral("zh-Hans"), QStringLiteral("es"), QStringLiteral("fr"),
        QStringLiteral("ko"),      QStringLiteral("th"), QStringLiteral("hi"),
    };
    return languages;
}

bool isSupportedLanguage(QStringView code)
{
    return supportedLanguages().contains(code);
}

QString LocalizedText::text(const QString &language) const
{
    const auto it = m_texts.constFind(language);
    return it != m_texts.constEnd() ? *it : english();
}

} // namespace Dealscope
