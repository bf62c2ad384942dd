// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/languagemanager.h"

#include "dataset/localizedtext.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace Dealscope {

namespace {

QPointer<LanguageManager> &current()
{
    static QPointer<LanguageManager> manager;
    return manager;
}

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent), m_language(QStringLiteral("en")), m_hasTranslation(true)
{
    if (!current())
        current() = this;
}

LanguageManager::~LanguageManager()
{
    // Translators must leave the application before they are destroyed.
    if (QCoreApplication *app = QCoreApplication::instance()) {
        if (m_appTranslator)
            app->removeTranslator(m_appTranslator.get());
        if (m_qtTranslator)
            app->removeTranslator(m_qtTranslator.get());
    }
}

LanguageManager *LanguageManager::instance()
{
    if (!current())
        current() = new LanguageManager(QCoreApplication::instance());
    return current();
}

QString LanguageManager::normalizedLanguage(QStringView code)
{
    const QString wanted = code.trimmed().toString().replace(u'_', u'-').toLower();
    if (wanted.isEmpty())
        return {};
    for (const QString &language : supportedLanguages()) {
        if (language.toLower() == wanted)
            return language;
    }
    const QStringList parts = wanted.split(u'-');
    if (parts.constFirst() == QLatin1String("zh")) {
        // Simplified Chinese only: Traditional script, Taiwan, Hong Kong and Macao are not Simplified.
        static const QStringList traditional
            = {QStringLiteral("hant"), QStringLiteral("tw"), QStringLiteral("hk"), QStringLiteral("mo")};
        for (const QString &part : parts) {
            if (traditional.contains(part))
                return {};
        }
        return QStringLiteral("zh-Hans");
    }
    return supportedLanguages().contains(parts.constFirst()) ? parts.constFirst() : QString();
}

QString LanguageManager::systemLanguage()
{
    for (const QString &uiLanguage : QLocale::system().uiLanguages()) {
        if (const QString language = normalizedLanguage(uiLanguage); !language.isEmpty())
            return language;
    }
    return QStringLiteral("en");
}

QLocale LanguageManager::localeFor(const QString &language)
{
    // The system locale, when it speaks the language, keeps the user's region (en_GB, de_CH, …).
    const QLocale system = QLocale::system();
    if (normalizedLanguage(system.name()) == language)
        return system;
    if (language == QLatin1String("zh-Hans"))
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    return QLocale(language);
}

QString LanguageManager::nativeName(const QString &language)
{
    // Each language names itself, so a reader finds theirs whatever the interface shows.
    static const QHash<QString, QString> names = {
        {QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},  {QStringLiteral("zh-Hans"), QStringLiteral("简体中文")},
        {QStringLiteral("es"), QStringLiteral("Español")}, {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ko"), QStringLiteral("한국어")},  {QStringLiteral("th"), QStringLiteral("ไทย")},
        {QStringLiteral("hi"), QStringLiteral("हिन्दी")},
    };
    return names.value(language, language);
}

QString LanguageManager::translationBaseName(const QString &language)
{
    return QStringLiteral("dealscope_") + QString(language).replace(u'-', u'_');
}

QString LanguageManager::translationDirectory()
{
    return QStringLiteral(":/i18n");
}

QString LanguageManager::settingsKey()
{
    return QStringLiteral("language");
}

bool LanguageManager::applyLanguage(const QString &choice)
{
    const QString normalized = normalizedLanguage(choice);
    if (!choice.trimmed().isEmpty() && normalized.isEmpty())
        return false;
    m_choice = normalized;
    const QString language = normalized.isEmpty() ? systemLanguage() : normalized;
    const QLocale locale = localeFor(language);
    if (locale != QLocale()) {
        QLocale::setDefault(locale);
        // QApplication hands the new default to every widget that has no locale of its own.
        if (QCoreApplication *app = QCoreApplication::instance()) {
            QEvent change(QEvent::LocaleChange);
            QCoreApplication::sendEvent(app, &change);
        }
    }
    if (language != m_language || !m_installed) {
        install(language);
        Q_EMIT languageChanged(m_language);
    }
    return true;
}

bool LanguageManager::chooseLanguage(const QString &choice)
{
    if (!applyLanguage(choice))
        return false;
    QSettings().setValue(settingsKey(), m_choice);
    return true;
}

void LanguageManager::restoreLanguage()
{
    if (!applyLanguage(QSettings().value(settingsKey()).toString()))
        applyLanguage(QString());
}

void LanguageManager::install(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    for (std::unique_ptr<QTranslator> *translator : {&m_appTranslator, &m_qtTranslator}) {
        if (*translator && app)
            app->removeTranslator(translator->get());
        translator->reset();
    }
    m_language = language;
    m_installed = true;
    const bool source = language == QLatin1String("en");
    m_hasTranslation = source;
    m_hasQtTranslation = source;

    // English too: its catalogue holds the plural forms of the source texts.
    auto appTranslator = std::make_unique<QTranslator>();
    if (appTranslator->load(translationBaseName(language), translationDirectory())) {
        m_hasTranslation = true;
        m_appTranslator = std::move(appTranslator);
    }
    // Qt names Simplified Chinese zh_CN; QTranslator tries each of the locale's UI languages.
    auto qtTranslator = std::make_unique<QTranslator>();
    if (!source
        && qtTranslator->load(localeFor(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_hasQtTranslation = true;
        m_qtTranslator = std::move(qtTranslator);
    }
    if (app) {
        if (m_qtTranslator)
            app->installTranslator(m_qtTranslator.get());
        if (m_appTranslator)
            app->installTranslator(m_appTranslator.get());
    }
}

} // namespace Dealscope
