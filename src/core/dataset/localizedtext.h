// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Dealscope {

/// The languages Dealscope ships texts and translations for, English first.
const QStringList &supportedLanguages();
bool isSupportedLanguage(QStringView code);

/// A text in several languages. English is always present in a loaded dataset; other languages fall
/// back to it, and callers can ask whether that happened to mark the text as untranslated.
class LocalizedText
{
public:
    LocalizedText() = default;

    void set(const QString &language, const QString &text);
    /// Makes room for @p languages texts, so that a text read once holds no spare room.
    void reserve(qsizetype languages) { m_texts.reserve(languages); }
    bool has(const QString &language) const { return find(language) != nullptr; }
    bool isEmpty() const { return m_texts.isEmpty(); }
    QStringList languages() const;

    /// The text in @p language, or the English text when that language is missing.
    QString text(const QString &language = QStringLiteral("en")) const;
    QString english() const;

private:
    struct Entry
    {
        QString language;
        QString text;
    };
    const QString *find(QStringView language) const;

    // A handful of languages at most: a short list, searched in order, costs far less than a hash per text.
    QList<Entry> m_texts;
};

} // namespace Dealscope
