// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/languagemenu.h"

#include "dataset/localizedtext.h"
#include "session/languagemanager.h"

#include <QActionGroup>
#include <QEvent>

namespace Dealscope {

LanguageMenu::LanguageMenu(LanguageManager *manager, QWidget *parent)
    : QMenu(parent), m_manager(manager), m_group(new QActionGroup(this)), m_systemAction(new QAction(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    m_systemAction->setObjectName(QStringLiteral("languageSystemAction"));
    m_systemAction->setCheckable(true);
    m_systemAction->setData(QString());
    m_group->addAction(m_systemAction);
    addAction(m_systemAction);
    addSeparator();
    for (const QString &language : supportedLanguages()) {
        // Native names are never translated: a reader must find their language in any interface.
        auto *action = new QAction(LanguageManager::nativeName(language), this);
        action->setObjectName(QStringLiteral("languageAction_") + language);
        action->setCheckable(true);
        action->setData(language);
        m_group->addAction(action);
        addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *action) { m_manager->chooseLanguage(action->data().toString()); });
    connect(m_manager, &LanguageManager::languageChanged, this, &LanguageMenu::updateChecks);
    retranslate();
    updateChecks();
}

QAction *LanguageMenu::actionFor(const QString &choice) const
{
    const QList<QAction *> actions = m_group->actions();
    for (QAction *action : actions) {
        if (action->data().toString() == choice)
            return action;
    }
    return nullptr;
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    setToolTip(tr("The language of the interface, the dataset texts and the articles"));
    const QString system = LanguageManager::nativeName(LanguageManager::systemLanguage());
    m_systemAction->setText(tr("System Default (%1)").arg(system));
    updateChecks();
}

void LanguageMenu::updateChecks()
{
    if (QAction *action = actionFor(m_manager->choice()))
        action->setChecked(true);
}

} // namespace Dealscope
