// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/localizedtext.h"

#include <algorithm>

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

namespace {

/// Language codes are a few characters long: compared here in place, without a call into Qt for each of
/// the languages a dataset's every text is checked against.
bool sameCode(QStringView a, QStringView b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
}

} // namespace

bool isSupportedLanguage(QStringView code)
{
    const QStringList &languages = supportedLanguages();
    return std::any_of(languages.begin(), languages.end(),
                       [code](const QString &language) { return sameCode(language, code); });
}

void LocalizedText::set(const QString &language, const QString &text)
{
    for (Entry &entry : m_texts) {
        if (sameCode(entry.language, language)) {
            entry.text = text;
            return;
        }
    }
    m_texts.append({language, text});
}

QStringList LocalizedText::languages() const
{
    QStringList languages;
    languages.reserve(m_texts.size());
    for (const Entry &entry : m_texts)
        languages.append(entry.language);
    return languages;
}

const QString *LocalizedText::find(QStringView language) const
{
    for (const Entry &entry : m_texts) {
        if (entry.language == language)
            return &entry.text;
    }
    return nullptr;
}

QString LocalizedText::text(const QString &language) const
{
    const QString *found = find(language);
    return found ? *found : english();
}

QString LocalizedText::english() const
{
    const QString *found = find(u"en");
    return found ? *found : QString();
}

} // namespace Dealscope
