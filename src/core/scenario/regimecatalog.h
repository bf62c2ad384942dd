// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/scenarioregime.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dealscope {

/// Every version of a dataset as a candidate regime: the terms deriveContractRegime() reads from it, or why
/// it cannot (a version before the clauses the model needs were agreed). A new version in the dataset is a
/// new regime without any change to the code.
class RegimeCatalog
{
public:
    struct Entry
    {
        RegimeId id; ///< with the version's date
        LocalizedText versionLabel; ///< the dataset's name of the version ("Amended agreement")
        std::optional<ContractRegime> regime; ///< empty: not usable
        QStringList problems; ///< why not, one line each

        bool usable() const { return regime.has_value(); }
    };

    RegimeCatalog() = default;
    /// Derives a regime from each version of @p dataset, in the dataset's (date) order.
    explicit RegimeCatalog(const Dataset &dataset);

    /// Every version, usable or not.
    const QList<Entry> &entries() const { return m_entries; }
    /// The usable regimes' ids, oldest first.
    QList<RegimeId> usable() const;
    /// The terms of @p id; nullptr when the dataset has no such version or it is not usable.
    const ContractRegime *regime(const RegimeId &id) const;
    const Entry *entry(const RegimeId &id) const;
    /// @p id with its version's date, so that regimeLabel() can name it; unchanged if the dataset lacks it.
    RegimeId resolved(const RegimeId &id) const;

    /// Why @p key names no usable regime here ("unknown regime …" or the version's problems); empty if it does.
    QString problemWith(QStringView key) const;
    /// The keys a scenario file or the command line may name: the aliases, then every usable version id.
    QStringList keys() const;

private:
    QList<Entry> m_entries;
};

} // namespace Dealscope
