// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/dataset.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;

namespace Dealscope {

/// Help › Glossary: every term of the dataset's glossary with its definition, in the shown language,
/// alphabetical, narrowed by a search field that looks in terms, aliases and definitions. Source links
/// open in the system browser only when clicked; nothing is loaded by itself.
class GlossaryView : public QWidget
{
    Q_OBJECT

public:
    explicit GlossaryView(QWidget *parent = nullptr);

    void setDataset(DatasetPtr dataset);
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    /// Shows only the entries containing @p text (case-insensitive); empty shows all.
    void setFilterText(const QString &text);
    /// The ids of the entries shown, in the order shown.
    QStringList shownEntries() const { return m_shown; }

    QLineEdit *filterField() const { return m_filter; }
    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    bool matches(const GlossaryEntry &entry, const QString &text) const;

    DatasetPtr m_dataset;
    QString m_language = QStringLiteral("en");
    QStringList m_shown;

    QLineEdit *m_filter;
    QLabel *m_count;
    QTextBrowser *m_browser;
};

} // namespace Dealscope
