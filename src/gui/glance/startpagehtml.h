// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/dealsummary.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPalette>
#include <QString>

namespace Dealscope {

/// Writes a DealSummary as the start page's HTML: real headings (h1–h3) and lists, one list item per
/// clause, date or question, each with a link to its clause ("clause:<id>") or event ("event:<id>").
/// Only the headings and the connecting words are the application's; every fact is the dataset's, and
/// every piece of dataset text is escaped, so markup in a file shows as text.
class StartPageHtml
{
    Q_DECLARE_TR_FUNCTIONS(Dealscope::StartPage)

public:
    StartPageHtml(const DealSummary &summary, const QLocale &locale, const QPalette &palette);

    QString html() const;

    /// A day as the page words it: "31 December 2032", "2032年12月31日"; the last day of a year is "the end
    /// of 2032", which is how the dataset states most ends.
    static QString dayText(const QDate &date, const QLocale &locale);

private:
    QString header() const;
    QString groupsSection() const;
    QString termItem(const SummaryTerm &term) const;
    QString datesSection() const;
    QString dateItem(const SummaryDate &date) const;
    QString changesSection() const;
    QString questionsSection() const;

    QString endPhrase(const TermEnd &end) const;
    QString endPoint(const TermEnd &end) const;
    QString clauseLink(const QString &id) const;
    QString eventLink(const QString &id, const QString &text) const;
    QString clauseLinks(const QStringList &ids) const;
    QString muted(const QString &escapedHtml) const;
    QString day(const QDate &date) const { return dayText(date, m_locale); }

    const DealSummary &m_summary;
    QLocale m_locale;
    QString m_mutedColor;
};

} // namespace Dealscope
