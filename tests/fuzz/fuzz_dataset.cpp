// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes to the dataset loader: it must return diagnostics or a dataset, never crash or hang.
#include "agreement/agreementstate.h"
#include "dataset/datasetloader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Dealscope::DatasetLoadResult result = Dealscope::DatasetLoader::loadData(bytes, QStringLiteral("fuzz.json"));
    for (const Dealscope::Diagnostic &diagnostic : result.diagnostics)
        (void)diagnostic.toString();
    if (result.ok()) {
        // A dataset that loads must also answer queries about itself.
        for (const Dealscope::Version &version : result.dataset->versions)
            (void)Dealscope::asOf(*result.dataset, version.id, {{QStringLiteral("agi-verified"), QDate(2030, 1, 1)}});
    }
    return 0;
}
