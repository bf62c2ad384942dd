// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QActionGroup;

namespace Dealscope {

class LanguageManager;

/// View › Language: "System default" and every supported language by its own name, one checked. Choosing
/// one switches the whole interface at once and is remembered (LanguageManager::chooseLanguage()).
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(LanguageManager *manager, QWidget *parent = nullptr);

    /// The action that chooses @p choice (a language code, or empty for the system default), or null.
    QAction *actionFor(const QString &choice) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateChecks();

    LanguageManager *m_manager;
    QActionGroup *m_group;
    QAction *m_systemAction;
};

} // namespace Dealscope
