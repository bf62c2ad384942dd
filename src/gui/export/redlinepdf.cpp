// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/redlinepdf.h"

#include "compare/redlinehtml.h"

#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace Dealscope {

QString RedlinePdf::title(const Dataset &dataset, const VersionComparison &comparison)
{
    const QString language = comparison.language();
    return tr("%1: changes from %2 to %3")
        .arg(dataset.title.text(language), RedlineHtml::versionLabel(dataset, comparison.versionA(), language),
             RedlineHtml::versionLabel(dataset, comparison.versionB(), language));
}

bool RedlinePdf::write(const Dataset &dataset, const VersionComparison &comparison, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(title(dataset, comparison));
        writer.setCreator(QStringLiteral("Dealscope"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        QTextDocument document;
        document.setHtml(RedlineHtml::document(dataset, comparison, title(dataset, comparison)));
        document.print(&writer); // paginates to the writer's page
    }
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Dealscope
