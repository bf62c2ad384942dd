// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

#include <memory>

class QTranslator;

namespace Dealscope {

/// The interface language: which of the supported languages (supportedLanguages()) is in use, the
/// translators for it (Dealscope's own embedded dealscope_<lang>.qm and Qt's qtbase_<lang>.qm from Qt's
/// translations directory) and the default QLocale, so that numbers, amounts and dates follow it.
///
/// The user's choice is either a language code or "system default" (an empty code), which picks the
/// supported language that best matches the system locale, English when none does. Only chooseLanguage()
/// remembers the choice in QSettings; applyLanguage() is for a one-off choice such as `--lang`.
/// Installing a translator makes Qt send QEvent::LanguageChange to every widget, which is where widgets
/// re-set their texts; languageChanged() tells the non-widget parts (models, dataset texts).
///
/// Works under a QCoreApplication too, so command-line tasks honour `--lang`.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// The manager the application uses: the first one made, or one made on first use and owned by the
    /// application object.
    static LanguageManager *instance();

    /// The supported language for @p code, accepting "de", "de_DE", "de-DE", "zh", "zh_CN", "zh_Hans",
    /// "zh-Hans", any case; empty when @p code names no supported language.
    static QString normalizedLanguage(QStringView code);
    /// The supported language closest to the system's UI languages; English when none matches.
    static QString systemLanguage();
    /// The locale used for numbers and dates in @p language (e.g. zh-Hans → Chinese, Simplified Han, China).
    static QLocale localeFor(const QString &language);
    /// The language's name in itself: "Deutsch", "日本語", "简体中文", …; @p language when it is unknown.
    static QString nativeName(const QString &language);
    /// The base name of Dealscope's translation for @p language: "dealscope_de", "dealscope_zh_Hans".
    static QString translationBaseName(const QString &language);
    /// Where the embedded Dealscope translations live (a resource directory).
    static QString translationDirectory();
    /// The QSettings key of the remembered choice.
    static QString settingsKey();

    /// The choice: a supported language, or empty for the system default.
    QString choice() const { return m_choice; }
    /// The language in use (never empty): the choice, or the system language for the default.
    QString language() const { return m_language; }
    /// Whether Dealscope's own translation was found for language(); always true for English.
    bool hasTranslation() const { return m_hasTranslation; }
    /// Whether Qt's own translation (standard dialogs, buttons) was found for language().
    bool hasQtTranslation() const { return m_hasQtTranslation; }

    /// Uses @p choice (a code normalizedLanguage() accepts, or empty for the system default) without
    /// remembering it. Returns false, changing nothing, for an unsupported code.
    bool applyLanguage(const QString &choice);
    /// Like applyLanguage(), and remembers the choice in QSettings.
    bool chooseLanguage(const QString &choice);
    /// Applies the choice remembered in QSettings (the system default when none or an unknown one).
    void restoreLanguage();

Q_SIGNALS:
    /// The language in use changed; translators and the default locale are already in place.
    void languageChanged(const QString &language);

private:
    void install(const QString &language);

    QString m_choice;
    QString m_language;
    bool m_hasTranslation = false;
    bool m_hasQtTranslation = false;
    bool m_installed = false; ///< install() has run: even English has a catalogue (its plural forms)
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace Dealscope
