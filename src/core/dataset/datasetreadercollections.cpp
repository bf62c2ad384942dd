// SPDX-License-Identifier: GPL-3.0-or-later
// The dataset reader: sources, milestones, versions and categories.
#include "dataset/datasetreader.h"

#include <QUrl>

namespace Dealscope {

namespace {

constexpr std::array SourceKinds = {
    JsonName<Source::Kind> {u"official", Source::Kind::Official},
    JsonName<Source::Kind> {u"filing", Source::Kind::Filing},
    JsonName<Source::Kind> {u"press", Source::Kind::Press},
    JsonName<Source::Kind> {u"analysis", Source::Kind::Analysis},
    JsonName<Source::Kind> {u"other", Source::Kind::Other},
};

constexpr std::array VersionKinds = {
    JsonName<Version::Kind> {u"agreement", Version::Kind::Agreement},
    JsonName<Version::Kind> {u"amendment", Version::Kind::Amendment},
    JsonName<Version::Kind> {u"memorandum", Version::Kind::Memorandum},
    JsonName<Version::Kind> {u"statement", Version::Kind::Statement},
};

} // namespace

void DatasetReader::readSource(const JsonNode &node)
{
    warnUnknownFields(node, {u"id", u"publisher", u"title", u"url", u"date", u"kind"});
    Source source;
    source.id = readUniqueId(node, m_sourceIds, QStringLiteral("source"));
    source.publisher = readPlainText(node, u"publisher", Need::Required);
    source.title = readPlainText(node, u"title", Need::Optional);
    if (const JsonNode *url = field(node, u"url", JsonNode::Type::String, Need::Required);
        url && checkTextLength(*url)) {
        const QUrl parsed(url->string(), QUrl::StrictMode);
        if (!parsed.isValid() || parsed.scheme() != QLatin1String("https") || parsed.host().isEmpty())
            error(*url, QStringLiteral("\"%1\" is not an absolute https:// URL").arg(url->string().left(200)));
        else
            source.url = parsed;
    }
    source.date = readPartialDate(node, u"date", Need::Optional);
    source.kind = readEnum(node, u"kind", Need::Required, SourceKinds, u"source kind").value_or(Source::Kind::Other);
    if (!source.id.isEmpty())
        m_dataset->sources.append(std::move(source));
}

void DatasetReader::readMilestone(const JsonNode &node)
{
    warnUnknownFields(node, {u"id", u"title", u"description", u"confidence", u"sources"});
    Milestone milestone;
    milestone.id = readUniqueId(node, m_milestoneIds, QStringLiteral("milestone"));
    milestone.title = readText(node, u"title", Need::Required);
    milestone.description = readText(node, u"description", Need::Optional);
    const std::optional<Confidence> confidence = readConfidence(node, Need::Required);
    milestone.confidence = confidence.value_or(Confidence());
    milestone.sources = readRefs(node, u"sources", RefKind::Source, Need::Optional);
    checkSourced(node, confidence, milestone.sources);
    if (!milestone.id.isEmpty())
        m_dataset->milestones.append(std::move(milestone));
}

void DatasetReader::readVersion(const JsonNode &node)
{
    warnUnknownFields(node, {u"id", u"date", u"label", u"summary", u"kind", u"binding", u"confidence", u"sources"});
    Version version;
    version.id = readUniqueId(node, m_versionIds, QStringLiteral("version"));
    version.date = readDay(node, u"date", Need::Required);
    version.label = readText(node, u"label", Need::Required);
    version.summary = readText(node, u"summary", Need::Optional);
    version.kind
        = readEnum(node, u"kind", Need::Required, VersionKinds, u"version kind").value_or(Version::Kind::Agreement);
    if (const std::optional<bool> binding = readBool(node, u"binding", Need::Optional))
        version.binding = *binding;
    const std::optional<Confidence> confidence = readConfidence(node, Need::Required);
    version.confidence = confidence.value_or(Confidence());
    version.sources = readRefs(node, u"sources", RefKind::Source, Need::Optional);
    checkSourced(node, confidence, version.sources);
    if (version.date.isValid()) {
        if (const auto it = m_versionDates.constFind(version.date); it != m_versionDates.constEnd()) {
            error(*node.member(u"date"),
                  QStringLiteral("date %1 is already used by version \"%2\"")
                      .arg(version.date.toString(Qt::ISODate), *it));
            return;
        }
        m_versionDates.insert(version.date, version.id);
    }
    if (!version.id.isEmpty() && version.date.isValid())
        m_dataset->versions.append(std::move(version));
}

void DatasetReader::readCategory(const JsonNode &node)
{
    warnUnknownFields(node, {u"id", u"title", u"description"});
    Category category;
    category.id = readUniqueId(node, m_categoryIds, QStringLiteral("category"));
    category.title = readText(node, u"title", Need::Required);
    category.description = readText(node, u"description", Need::Optional);
    if (!category.id.isEmpty())
        m_dataset->categories.append(std::move(category));
}

} // namespace Dealscope
