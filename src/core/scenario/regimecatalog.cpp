// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/regimecatalog.h"

namespace Dealscope {

RegimeCatalog::RegimeCatalog(const Dataset &dataset)
{
    m_entries.reserve(dataset.versions.size());
    for (const Version &version : dataset.versions) {
        Entry entry;
        entry.id = RegimeId(version.id, version.date);
        entry.versionLabel = version.label;
        ContractRegimeResult derived = deriveContractRegime(dataset, entry.id);
        entry.regime = std::move(derived.regime);
        entry.problems = std::move(derived.problems);
        m_entries.append(std::move(entry));
    }
}

QList<RegimeId> RegimeCatalog::usable() const
{
    QList<RegimeId> ids;
    for (const Entry &entry : m_entries) {
        if (entry.usable())
            ids.append(entry.id);
    }
    return ids;
}

const RegimeCatalog::Entry *RegimeCatalog::entry(const RegimeId &id) const
{
    for (const Entry &entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

const ContractRegime *RegimeCatalog::regime(const RegimeId &id) const
{
    const Entry *found = entry(id);
    return found && found->regime ? &*found->regime : nullptr;
}

RegimeId RegimeCatalog::resolved(const RegimeId &id) const
{
    const Entry *found = entry(id);
    return found ? found->id : id;
}

QString RegimeCatalog::problemWith(QStringView key) const
{
    const std::optional<RegimeId> id = regimeFromKey(key);
    const Entry *found = id ? entry(*id) : nullptr;
    if (!found)
        return QStringLiteral("unknown regime \"%1\" (expected one of: %2)")
            .arg(key.left(80), keys().join(QStringLiteral(", ")));
    if (!found->usable())
        return QStringLiteral("version \"%1\" cannot be a regime: %2")
            .arg(found->id.versionId(), found->problems.join(QStringLiteral("; ")));
    return {};
}

QStringList RegimeCatalog::keys() const
{
    QStringList keys;
    for (const RegimeKind alias : {RegimeKind::Oct2025, RegimeKind::Apr2026}) {
        if (regime(alias))
            keys.append(regimeKey(alias));
    }
    for (const RegimeId &id : usable())
        keys.append(id.versionId());
    return keys;
}

} // namespace Dealscope
