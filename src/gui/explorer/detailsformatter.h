// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/agreementmodel.h"

#include <QString>

namespace Dealscope {

/// Writes the details of a clause, an event, a category or the whole dataset as simple HTML for
/// DetailsPane. Dataset text is untrusted: every piece of it is escaped, so markup in a file is shown as
/// text; the only links are the sources' https URLs and "clause:"/"event:" links to other items.
class DetailsFormatter
{
public:
    explicit DetailsFormatter(const AgreementModel &model);

    QString clauseHtml(const QModelIndex &sourceIndex) const;
    QString eventHtml(const QModelIndex &sourceIndex) const;
    QString categoryHtml(const QModelIndex &sourceIndex) const;
    QString overviewHtml() const;

    /// "Official text (company post, filing, earnings call)" for "A", and so on; ranges name both ends.
    static QString confidenceMeaning(const Confidence &confidence);
    /// "$1.0B", "about 27%", "up to 4.5 GW".
    static QString formatAmount(const Amount &amount);

private:
    QString sourcesHtml(const QStringList &sourceIds) const;
    QString historyHtml(const Clause &clause) const;
    QString openQuestionsHtml(const QString &clauseId) const;
    QString text(const LocalizedText &text) const;

    const AgreementModel &m_model;
};

} // namespace Dealscope
