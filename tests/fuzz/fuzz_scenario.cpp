// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes to the scenario loader; a scenario that loads is projected, which must stay finite.
#include "dataset/datasetloader.h"
#include "scenario/scenariofile.h"
#include "scenario/scenarioregime.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const Dealscope::DatasetLoadResult bundled = Dealscope::DatasetLoader::loadBundled();
    static const auto regime = Dealscope::deriveContractRegime(*bundled.dataset, Dealscope::RegimeKind::Apr2026);

    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Dealscope::ScenarioLoadResult result = Dealscope::ScenarioFile::loadData(bytes, QStringLiteral("fuzz.json"));
    for (const Dealscope::Diagnostic &diagnostic : result.diagnostics)
        (void)diagnostic.toString();
    if (result.scenario && regime.regime) {
        const Dealscope::Projection projection = result.scenario->project(*regime.regime);
        for (const Dealscope::ProjectionYear &year : projection.years) {
            if (!std::isfinite(year.azureTotal()) || year.azureTotal() < 0)
                std::abort(); // an accepted scenario produced a non-finite or negative revenue
        }
    }
    return 0;
}
