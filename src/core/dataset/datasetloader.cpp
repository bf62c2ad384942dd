// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/datasetloader.h"

#include "json/jsonparser.h"
#include "json/untrustedfile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace Dealscope {

namespace {

const QString FormatName = QStringLiteral("dealscope-dataset");
constexpr int FormatVersion = 1;

template<typename E> struct EnumName
{
    QStringView name;
    E value;
};

constexpr std::array SourceKinds = {
    EnumName<Source::Kind> {u"official", Source::Kind::Official},
    EnumName<Source::Kind> {u"filing", Source::Kind::Filing},
    EnumName<Source::Kind> {u"press", Source::Kind::Press},
    EnumName<Source::Kind> {u"analysis", Source::Kind::Analysis},
    EnumName<Source::Kind> {u"other", Source::Kind::Other},
};

constexpr std::array VersionKinds = {
    EnumName<Version::Kind> {u"agreement", Version::Kind::Agreement},
    EnumName<Version::Kind> {u"amendment", Version::Kind::Amendment},
    EnumName<Version::Kind> {u"memorandum", Version::Kind::Memorandum},
    EnumName<Version::Kind> {u"statement", Version::Kind::Statement},
};

constexpr std::array ChangeKinds = {
    EnumName<ChangeKind> {u"introduced", ChangeKind::Introduced},
    EnumName<ChangeKind> {u"unchanged", ChangeKind::Unchanged},
    EnumName<ChangeKind> {u"amended", ChangeKind::Amended},
    EnumName<ChangeKind> {u"ended", ChangeKind::Ended},
    EnumName<ChangeKind> {u"notRestated", ChangeKind::NotRestated},
};

constexpr std::array Layers = {
    EnumName<Layer> {u"iaas", Layer::IaaS},     EnumName<Layer> {u"paas", Layer::PaaS},
    EnumName<Layer> {u"saas", Layer::SaaS},     EnumName<Layer> {u"revenueShare", Layer::RevenueShare},
    EnumName<Layer> {u"equity", Layer::Equity},
};

constexpr std::array EventKinds = {
    EnumName<Event::Kind> {u"investment", Event::Kind::Investment},
    EnumName<Event::Kind> {u"agreement", Event::Kind::Agreement},
    EnumName<Event::Kind> {u"amendment", Event::Kind::Amendment},
    EnumName<Event::Kind> {u"statement", Event::Kind::Statement},
    EnumName<Event::Kind> {u"cloudDeal", Event::Kind::CloudDeal},
    EnumName<Event::Kind> {u"earnings", Event::Kind::Earnings},
    EnumName<Event::Kind> {u"dispute", Event::Kind::Dispute},
    EnumName<Event::Kind> {u"governance", Event::Kind::Governance},
    EnumName<Event::Kind> {u"product", Event::Kind::Product},
    EnumName<Event::Kind> {u"funding", Event::Kind::Funding},
    EnumName<Event::Kind> {u"legal", Event::Kind::Legal},
    EnumName<Event::Kind> {u"report", Event::Kind::Report},
};

constexpr std::array AmountUnits = {
    EnumName<Amount::Unit> {u"USD", Amount::Unit::USD},
    EnumName<Amount::Unit> {u"percent", Amount::Unit::Percent},
    EnumName<Amount::Unit> {u"GW", Amount::Unit::GW},
    EnumName<Amount::Unit> {u"MW", Amount::Unit::MW},
};

constexpr std::array AmountQualifiers = {
    EnumName<Amount::Qualifier> {u"exact", Amount::Qualifier::Exact},
    EnumName<Amount::Qualifier> {u"about", Amount::Qualifier::About},
    EnumName<Amount::Qualifier> {u"upTo", Amount::Qualifier::UpTo},
    EnumName<Amount::Qualifier> {u"moreThan", Amount::Qualifier::MoreThan},
};

constexpr std::array QuestionKinds = {
    EnumName<OpenQuestion::Kind> {u"conflict", OpenQuestion::Kind::Conflict},
    EnumName<OpenQuestion::Kind> {u"unknown", OpenQuestion::Kind::Unknown},
};

QString unknownLanguage(const QString &code)
{
    return QStringLiteral("unknown language \"%1\" (expected one of: %2)")
        .arg(code.left(80), supportedLanguages().join(QStringLiteral(", ")));
}

enum class RefKind { Source, Milestone, Category, Clause, Event };

QString refKindName(RefKind kind)
{
    switch (kind) {
    case RefKind::Source:
        return QStringLiteral("source");
    case RefKind::Milestone:
        return QStringLiteral("milestone");
    case RefKind::Category:
        return QStringLiteral("category");
    case RefKind::Clause:
        return QStringLiteral("clause");
    case RefKind::Event:
        return QStringLiteral("event");
    }
    return {};
}

/// A reference to an id of another collection, checked once every collection has been read.
struct PendingRef
{
    RefKind kind;
    QString id;
    const JsonNode *node;
    QString path;
};

/// Where each id of one collection was first defined, to report duplicates with that position.
using IdPositions = QHash<QString, const JsonNode *>;

enum class Need { Optional, Required };

class DatasetReader
{
public:
    DatasetReader(const QString &file, Diagnostics &out) : m_file(file), m_out(out) { }

    std::shared_ptr<Dataset> read(const JsonNode &root)
    {
        if (!expectType(root, QStringLiteral("$"), JsonNode::Type::Object))
            return nullptr;
        checkFields(root, QString(),
                    {u"format", u"formatVersion", u"id", u"title", u"description", u"languages", u"factsCheckedOn",
                     u"coverageNote", u"sources", u"milestones", u"versions", u"categories", u"clauses", u"events",
                     u"openQuestions"});
        if (!readFormat(root))
            return nullptr; // not a Dealscope dataset: further messages would only be noise

        auto dataset = std::make_shared<Dataset>();
        m_dataset = dataset.get();
        readLanguages(root);
        m_dataset->id = readId(root, QString(), u"id");
        m_dataset->title = readText(root, QString(), u"title", Need::Required);
        m_dataset->description = readText(root, QString(), u"description", Need::Optional);
        m_dataset->factsCheckedOn = readDay(root, QString(), u"factsCheckedOn", Need::Required);
        m_dataset->coverageNote = readText(root, QString(), u"coverageNote", Need::Optional);

        readList(root, u"sources", [this](const JsonNode &n, const QString &p) { readSource(n, p); });
        readList(root, u"milestones", [this](const JsonNode &n, const QString &p) { readMilestone(n, p); });
        readList(root, u"versions", [this](const JsonNode &n, const QString &p) { readVersion(n, p); });
        std::stable_sort(m_dataset->versions.begin(), m_dataset->versions.end(),
                         [](const Version &a, const Version &b) { return a.date < b.date; });
        m_dataset->buildIndex(); // histories below look versions up by id
        readList(root, u"categories", [this](const JsonNode &n, const QString &p) { readCategory(n, p); });
        readList(root, u"clauses", [this](const JsonNode &n, const QString &p) { readClause(n, p); });
        readList(root, u"events", [this](const JsonNode &n, const QString &p) { readEvent(n, p); });
        readList(root, u"openQuestions", [this](const JsonNode &n, const QString &p) { readOpenQuestion(n, p); });
        m_dataset->buildIndex();

        resolveReferences();
        checkClauseTree();
        return dataset;
    }

private:
    // ---- reporting -------------------------------------------------------------------------------

    void report(Diagnostic::Severity severity, const JsonNode &at, const QString &path, const QString &message)
    {
        m_out.append({severity, m_file, at.line, at.column, path.isEmpty() ? QStringLiteral("$") : path, message});
    }
    void error(const JsonNode &at, const QString &path, const QString &message)
    {
        report(Diagnostic::Severity::Error, at, path, message);
    }
    void warning(const JsonNode &at, const QString &path, const QString &message)
    {
        report(Diagnostic::Severity::Warning, at, path, message);
    }

    // ---- generic readers -------------------------------------------------------------------------

    bool expectType(const JsonNode &node, const QString &path, JsonNode::Type type)
    {
        if (node.type == type)
            return true;
        error(node, path,
              QStringLiteral("expected %1, found %2").arg(JsonNode::typeName(type), JsonNode::typeName(node.type)));
        return false;
    }

    /// The member @p key of @p object if present and of @p type; reports a missing required member or a
    /// wrong type and returns nullptr.
    const JsonNode *field(const JsonNode &object, const QString &path, QStringView key, JsonNode::Type type, Need need)
    {
        const QString fieldPath = jsonPathMember(path, key);
        const JsonNode *node = object.member(key);
        if (!node) {
            if (need == Need::Required)
                error(object, fieldPath, QStringLiteral("missing required field"));
            return nullptr;
        }
        return expectType(*node, fieldPath, type) ? node : nullptr;
    }

    void checkFields(const JsonNode &object, const QString &path, std::initializer_list<QStringView> known)
    {
        for (const JsonMember &member : object.members) {
            if (std::find(known.begin(), known.end(), QStringView(member.key)) == known.end())
                warning(member.value, jsonPathMember(path, member.key),
                        QStringLiteral("unknown field \"%1\" (ignored)").arg(member.key));
        }
    }

    QString readString(const JsonNode &object, const QString &path, QStringView key, Need need)
    {
        const JsonNode *node = field(object, path, key, JsonNode::Type::String, need);
        if (!node)
            return {};
        if (node->string.trimmed().isEmpty()) {
            error(*node, jsonPathMember(path, key), QStringLiteral("must not be empty"));
            return {};
        }
        if (!checkLength(*node, jsonPathMember(path, key)))
            return {};
        return node->string;
    }

    bool checkLength(const JsonNode &node, const QString &path)
    {
        if (node.string.size() <= DatasetLoader::MaxTextLength)
            return true;
        error(node, path,
              QStringLiteral("text is %1 characters long; the limit is %2")
                  .arg(node.string.size())
                  .arg(DatasetLoader::MaxTextLength));
        return false;
    }

    QString readId(const JsonNode &object, const QString &path, QStringView key = u"id")
    {
        static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
        const JsonNode *node = field(object, path, key, JsonNode::Type::String, Need::Required);
        if (!node)
            return {};
        if (!pattern.match(node->string).hasMatch()) {
            error(*node, jsonPathMember(path, key),
                  QStringLiteral("invalid id \"%1\" (use 1 to 64 letters, digits, '.', '_' or '-', starting with a "
                                 "letter or digit)")
                      .arg(node->string.left(80)));
            return {};
        }
        return node->string;
    }

    /// Reads an id and records it in @p seen; reports a duplicate and returns an empty id for it.
    QString readUniqueId(const JsonNode &object, const QString &path, IdPositions &seen, const QString &what)
    {
        const QString id = readId(object, path);
        if (id.isEmpty())
            return {};
        if (const JsonNode *first = seen.value(id)) {
            error(*object.member(u"id"), jsonPathMember(path, u"id"),
                  QStringLiteral("duplicate %1 id \"%2\" (first defined at line %3)").arg(what, id).arg(first->line));
            return {};
        }
        seen.insert(id, object.member(u"id"));
        return id;
    }

    LocalizedText readText(const JsonNode &object, const QString &path, QStringView key, Need need)
    {
        const JsonNode *node = field(object, path, key, JsonNode::Type::Object, need);
        if (!node)
            return {};
        const QString textPath = jsonPathMember(path, key);
        LocalizedText text;
        for (const JsonMember &member : node->members) {
            const QString memberPath = jsonPathMember(textPath, member.key);
            if (!isSupportedLanguage(member.key)) {
                error(member.value, memberPath, unknownLanguage(member.key));
                continue;
            }
            if (!expectType(member.value, memberPath, JsonNode::Type::String))
                continue;
            if (member.value.string.trimmed().isEmpty()) {
                error(member.value, memberPath, QStringLiteral("must not be empty"));
                continue;
            }
            if (!checkLength(member.value, memberPath))
                continue;
            text.set(member.key, member.value.string);
        }
        if (!node->member(u"en")) {
            error(*node, textPath, QStringLiteral("text has no English (\"en\") version"));
            return text;
        }
        for (const QString &language : std::as_const(m_dataset->languages)) {
            if (!node->member(language))
                warning(*node, textPath,
                        QStringLiteral("text has no \"%1\" version (English is shown instead)").arg(language));
        }
        return text;
    }

    template<typename E, std::size_t N>
    std::optional<E> readEnum(const JsonNode &object, const QString &path, QStringView key, Need need,
                              const std::array<EnumName<E>, N> &names, const QString &what)
    {
        const JsonNode *node = field(object, path, key, JsonNode::Type::String, need);
        if (!node)
            return std::nullopt;
        return enumValue(*node, jsonPathMember(path, key), names, what);
    }

    template<typename E, std::size_t N>
    std::optional<E> enumValue(const JsonNode &node, const QString &path, const std::array<EnumName<E>, N> &names,
                               const QString &what)
    {
        QStringList allowed;
        for (const auto &entry : names) {
            if (entry.name == node.string)
                return entry.value;
            allowed.append(entry.name.toString());
        }
        error(node, path,
              QStringLiteral("unknown %1 \"%2\" (expected one of: %3)")
                  .arg(what, node.string.left(80), allowed.join(QStringLiteral(", "))));
        return std::nullopt;
    }

    Confidence readConfidence(const JsonNode &object, const QString &path, Need need, bool *present = nullptr)
    {
        if (present)
            *present = false;
        const JsonNode *node = field(object, path, u"confidence", JsonNode::Type::String, need);
        if (!node)
            return {};
        const auto confidence = Confidence::parse(node->string);
        if (!confidence) {
            error(*node, jsonPathMember(path, u"confidence"),
                  QStringLiteral("invalid confidence \"%1\" (expected A, B, C, X or a range such as A/B)")
                      .arg(node->string.left(80)));
            return {};
        }
        if (present)
            *present = true;
        return *confidence;
    }

    QDate readDay(const JsonNode &object, const QString &path, QStringView key, Need need)
    {
        const JsonNode *node = field(object, path, key, JsonNode::Type::String, need);
        if (!node)
            return {};
        const auto date = PartialDate::parseDay(node->string);
        if (!date) {
            error(*node, jsonPathMember(path, key),
                  QStringLiteral("invalid date \"%1\" (expected a calendar day as YYYY-MM-DD)")
                      .arg(node->string.left(80)));
            return {};
        }
        return *date;
    }

    PartialDate partialDate(const JsonNode &node, const QString &path)
    {
        if (!expectType(node, path, JsonNode::Type::String))
            return {};
        const auto date = PartialDate::parse(node.string);
        if (!date) {
            error(
                node, path,
                QStringLiteral("invalid date \"%1\" (expected YYYY, YYYY-MM or YYYY-MM-DD)").arg(node.string.left(80)));
            return {};
        }
        return *date;
    }

    PartialDate readPartialDate(const JsonNode &object, const QString &path, QStringView key, Need need)
    {
        const JsonNode *node = object.member(key);
        if (!node) {
            if (need == Need::Required)
                error(object, jsonPathMember(path, key), QStringLiteral("missing required field"));
            return {};
        }
        return partialDate(*node, jsonPathMember(path, key));
    }

    /// Reads an array of ids referring to another collection; the ids are checked after everything is read.
    QStringList readRefs(const JsonNode &object, const QString &path, QStringView key, RefKind kind, Need need)
    {
        const JsonNode *node = field(object, path, key, JsonNode::Type::Array, need);
        if (!node)
            return {};
        const QString listPath = jsonPathMember(path, key);
        if (need == Need::Required && node->items.empty())
            error(*node, listPath, QStringLiteral("must not be empty"));
        QStringList ids;
        for (std::size_t i = 0; i < node->items.size(); ++i) {
            const JsonNode &item = node->items[i];
            const QString itemPath = jsonPathIndex(listPath, qsizetype(i));
            if (!expectType(item, itemPath, JsonNode::Type::String))
                continue;
            addRef(kind, item, itemPath);
            ids.append(item.string);
        }
        return ids;
    }

    QString readRef(const JsonNode &object, const QString &path, QStringView key, RefKind kind, Need need)
    {
        const JsonNode *node = field(object, path, key, JsonNode::Type::String, need);
        if (!node)
            return {};
        addRef(kind, *node, jsonPathMember(path, key));
        return node->string;
    }

    void addRef(RefKind kind, const JsonNode &node, const QString &path)
    {
        m_refs.append({kind, node.string, &node, path});
    }

    template<typename ReadItem> void readList(const JsonNode &root, QStringView key, ReadItem readItem)
    {
        const JsonNode *list = field(root, QString(), key, JsonNode::Type::Array, Need::Optional);
        if (!list)
            return;
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            const QString path = jsonPathIndex(key.toString(), qsizetype(i));
            if (expectType(list->items[i], path, JsonNode::Type::Object))
                readItem(list->items[i], path);
        }
    }

    // ---- top level -------------------------------------------------------------------------------

    bool readFormat(const JsonNode &root)
    {
        const JsonNode *format = field(root, QString(), u"format", JsonNode::Type::String, Need::Required);
        if (format && format->string != FormatName) {
            error(*format, QStringLiteral("format"),
                  QStringLiteral("expected \"%1\", found \"%2\"").arg(FormatName, format->string.left(80)));
            return false;
        }
        const JsonNode *version = field(root, QString(), u"formatVersion", JsonNode::Type::Number, Need::Required);
        if (version && version->number != FormatVersion) {
            error(*version, QStringLiteral("formatVersion"),
                  QStringLiteral("unsupported format version %1 (this Dealscope reads version %2)")
                      .arg(version->number)
                      .arg(FormatVersion));
            return false;
        }
        return format && version;
    }

    void readLanguages(const JsonNode &root)
    {
        const JsonNode *list = field(root, QString(), u"languages", JsonNode::Type::Array, Need::Optional);
        if (!list)
            return;
        QStringList languages;
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            const JsonNode &item = list->items[i];
            const QString path = jsonPathIndex(QStringLiteral("languages"), qsizetype(i));
            if (!expectType(item, path, JsonNode::Type::String))
                continue;
            if (!isSupportedLanguage(item.string))
                error(item, path, unknownLanguage(item.string));
            else if (!languages.contains(item.string))
                languages.append(item.string);
        }
        if (!languages.contains(QStringLiteral("en")))
            error(*list, QStringLiteral("languages"), QStringLiteral("must include \"en\""));
        languages.removeAll(QStringLiteral("en")); // English is required anyway; only the others are checked
        m_dataset->languages = languages;
    }

    // ---- collections -----------------------------------------------------------------------------

    void readSource(const JsonNode &node, const QString &path)
    {
        checkFields(node, path, {u"id", u"publisher", u"title", u"url", u"date", u"kind"});
        Source source;
        source.id = readUniqueId(node, path, m_sourceIds, QStringLiteral("source"));
        source.publisher = readString(node, path, u"publisher", Need::Required);
        source.title = readString(node, path, u"title", Need::Optional);
        if (const JsonNode *url = field(node, path, u"url", JsonNode::Type::String, Need::Required);
            url && checkLength(*url, jsonPathMember(path, u"url"))) {
            const QUrl parsed(url->string, QUrl::StrictMode);
            if (!parsed.isValid() || parsed.scheme() != QLatin1String("https") || parsed.host().isEmpty())
                error(*url, jsonPathMember(path, u"url"),
                      QStringLiteral("\"%1\" is not an absolute https:// URL").arg(url->string.left(200)));
            else
                source.url = parsed;
        }
        source.date = readPartialDate(node, path, u"date", Need::Optional);
        source.kind = readEnum(node, path, u"kind", Need::Required, SourceKinds, QStringLiteral("source kind"))
                          .value_or(Source::Kind::Other);
        if (!source.id.isEmpty())
            m_dataset->sources.append(source);
    }

    void readMilestone(const JsonNode &node, const QString &path)
    {
        checkFields(node, path, {u"id", u"title", u"description", u"confidence", u"sources"});
        Milestone milestone;
        milestone.id = readUniqueId(node, path, m_milestoneIds, QStringLiteral("milestone"));
        milestone.title = readText(node, path, u"title", Need::Required);
        milestone.description = readText(node, path, u"description", Need::Optional);
        milestone.confidence = readConfidence(node, path, Need::Required);
        milestone.sources = readRefs(node, path, u"sources", RefKind::Source, Need::Optional);
        if (!milestone.id.isEmpty())
            m_dataset->milestones.append(milestone);
    }

    void readVersion(const JsonNode &node, const QString &path)
    {
        checkFields(node, path, {u"id", u"date", u"label", u"summary", u"kind", u"binding", u"confidence", u"sources"});
        Version version;
        version.id = readUniqueId(node, path, m_versionIds, QStringLiteral("version"));
        version.date = readDay(node, path, u"date", Need::Required);
        version.label = readText(node, path, u"label", Need::Required);
        version.summary = readText(node, path, u"summary", Need::Optional);
        version.kind = readEnum(node, path, u"kind", Need::Required, VersionKinds, QStringLiteral("version kind"))
                           .value_or(Version::Kind::Agreement);
        if (const JsonNode *binding = field(node, path, u"binding", JsonNode::Type::Bool, Need::Optional))
            version.binding = binding->boolean;
        version.confidence = readConfidence(node, path, Need::Required);
        version.sources = readRefs(node, path, u"sources", RefKind::Source, Need::Optional);
        if (version.date.isValid()) {
            if (const auto it = m_versionDates.constFind(version.date); it != m_versionDates.constEnd()) {
                error(*node.member(u"date"), jsonPathMember(path, u"date"),
                      QStringLiteral("date %1 is already used by version \"%2\"")
                          .arg(version.date.toString(Qt::ISODate), *it));
                return;
            }
            m_versionDates.insert(version.date, version.id);
        }
        if (!version.id.isEmpty() && version.date.isValid())
            m_dataset->versions.append(version);
    }

    void readCategory(const JsonNode &node, const QString &path)
    {
        checkFields(node, path, {u"id", u"title", u"description"});
        Category category;
        category.id = readUniqueId(node, path, m_categoryIds, QStringLiteral("category"));
        category.title = readText(node, path, u"title", Need::Required);
        category.description = readText(node, path, u"description", Need::Optional);
        if (!category.id.isEmpty())
            m_dataset->categories.append(category);
    }

    std::optional<TermEnd> readEnd(const JsonNode &node, const QString &path)
    {
        if (!expectType(node, path, JsonNode::Type::Object))
            return std::nullopt;
        checkFields(node, path, {u"date", u"milestone", u"earliestOf"});
        const int forms = int(node.member(u"date") != nullptr) + int(node.member(u"milestone") != nullptr)
            + int(node.member(u"earliestOf") != nullptr);
        if (forms != 1) {
            error(node, path, QStringLiteral("an end needs exactly one of \"date\", \"milestone\" or \"earliestOf\""));
            return std::nullopt;
        }
        if (node.member(u"date")) {
            const PartialDate date = readPartialDate(node, path, u"date", Need::Required);
            return date.isValid() ? std::optional(TermEnd::onDate(date)) : std::nullopt;
        }
        if (node.member(u"milestone")) {
            const QString milestone = readRef(node, path, u"milestone", RefKind::Milestone, Need::Required);
            return milestone.isEmpty() ? std::nullopt : std::optional(TermEnd::atMilestone(milestone));
        }
        const JsonNode *list = field(node, path, u"earliestOf", JsonNode::Type::Array, Need::Required);
        if (!list)
            return std::nullopt;
        const QString listPath = jsonPathMember(path, u"earliestOf");
        if (list->items.size() < 2) {
            error(*list, listPath, QStringLiteral("needs at least two ends, found %1").arg(list->items.size()));
            return std::nullopt;
        }
        std::vector<TermEnd> ends;
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            if (auto end = readEnd(list->items[i], jsonPathIndex(listPath, qsizetype(i))))
                ends.push_back(std::move(*end));
        }
        if (ends.size() != list->items.size())
            return std::nullopt;
        return TermEnd::earliestOf(std::move(ends));
    }

    std::optional<Term> readTerm(const JsonNode &object, const QString &path)
    {
        const JsonNode *node = field(object, path, u"term", JsonNode::Type::Object, Need::Optional);
        if (!node)
            return std::nullopt;
        const QString termPath = jsonPathMember(path, u"term");
        checkFields(*node, termPath, {u"start", u"end"});
        Term term;
        term.start = readPartialDate(*node, termPath, u"start", Need::Optional);
        if (const JsonNode *end = node->member(u"end")) {
            if (auto parsed = readEnd(*end, jsonPathMember(termPath, u"end")))
                term.end = std::move(*parsed);
        }
        return term;
    }

    void readHistory(const JsonNode &clauseNode, const QString &clausePath, Clause &clause)
    {
        const JsonNode *list = field(clauseNode, clausePath, u"history", JsonNode::Type::Array, Need::Required);
        if (!list)
            return;
        const QString listPath = jsonPathMember(clausePath, u"history");
        if (list->items.empty()) {
            error(*list, listPath, QStringLiteral("must not be empty"));
            return;
        }
        const Version *previousVersion = nullptr;
        std::optional<ChangeKind> previousChange;
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            const JsonNode &node = list->items[i];
            const QString path = jsonPathIndex(listPath, qsizetype(i));
            if (!expectType(node, path, JsonNode::Type::Object))
                continue;
            checkFields(node, path,
                        {u"version", u"change", u"text", u"term", u"confidence", u"sources", u"related", u"note"});
            HistoryEntry entry;
            const Version *version = nullptr;
            if (const JsonNode *versionNode = field(node, path, u"version", JsonNode::Type::String, Need::Required)) {
                entry.version = versionNode->string;
                version = m_dataset->version(entry.version);
                const QString versionPath = jsonPathMember(path, u"version");
                if (!version) {
                    error(*versionNode, versionPath,
                          QStringLiteral("unknown version \"%1\"").arg(entry.version.left(80)));
                } else if (previousVersion && previousVersion->id == version->id) {
                    error(*versionNode, versionPath,
                          QStringLiteral("version \"%1\" already has an entry in this history").arg(version->id));
                } else if (previousVersion && version->date < previousVersion->date) {
                    error(*versionNode, versionPath,
                          QStringLiteral("version \"%1\" (%2) comes before the previous entry's version \"%3\" (%4); "
                                         "entries must follow the versions' date order")
                              .arg(version->id, version->date.toString(Qt::ISODate), previousVersion->id,
                                   previousVersion->date.toString(Qt::ISODate)));
                }
            }
            const auto change = readEnum(node, path, u"change", Need::Required, ChangeKinds, QStringLiteral("change"));
            if (change) {
                entry.change = *change;
                const QString changePath = jsonPathMember(path, u"change");
                if (!previousChange && *change != ChangeKind::Introduced)
                    error(*node.member(u"change"), changePath,
                          QStringLiteral("the first entry must be \"introduced\", not \"%1\"")
                              .arg(node.member(u"change")->string));
                else if (previousChange == ChangeKind::Ended && *change != ChangeKind::Introduced)
                    error(*node.member(u"change"), changePath,
                          QStringLiteral("only \"introduced\" may follow \"ended\", not \"%1\"")
                              .arg(node.member(u"change")->string));
                previousChange = *change;
            }
            if (change == ChangeKind::Amended && !node.member(u"text"))
                error(node, jsonPathMember(path, u"text"),
                      QStringLiteral("missing required field (an \"amended\" entry gives the new wording)"));
            entry.text = readText(node, path, u"text", Need::Optional);
            entry.term = readTerm(node, path);
            bool hasConfidence = false;
            const Confidence confidence = readConfidence(node, path, Need::Optional, &hasConfidence);
            if (hasConfidence)
                entry.confidence = confidence;
            entry.sources = readRefs(node, path, u"sources", RefKind::Source, Need::Optional);
            entry.related = readRefs(node, path, u"related", RefKind::Clause, Need::Optional);
            entry.note = readText(node, path, u"note", Need::Optional);
            if (version)
                previousVersion = version;
            clause.history.append(entry);
        }
    }

    void readClause(const JsonNode &node, const QString &path)
    {
        checkFields(node, path,
                    {u"id", u"category", u"parent", u"title", u"summary", u"confidence", u"sources", u"layers", u"term",
                     u"history", u"notes"});
        Clause clause;
        clause.id = readUniqueId(node, path, m_clauseIds, QStringLiteral("clause"));
        clause.category = readRef(node, path, u"category", RefKind::Category, Need::Required);
        clause.parent = readRef(node, path, u"parent", RefKind::Clause, Need::Optional);
        clause.title = readText(node, path, u"title", Need::Required);
        clause.summary = readText(node, path, u"summary", Need::Required);
        clause.confidence = readConfidence(node, path, Need::Required);
        clause.sources = readRefs(node, path, u"sources", RefKind::Source, Need::Required);
        if (const JsonNode *layers = field(node, path, u"layers", JsonNode::Type::Array, Need::Optional)) {
            const QString layersPath = jsonPathMember(path, u"layers");
            for (std::size_t i = 0; i < layers->items.size(); ++i) {
                const QString itemPath = jsonPathIndex(layersPath, qsizetype(i));
                if (!expectType(layers->items[i], itemPath, JsonNode::Type::String))
                    continue;
                if (const auto layer = enumValue(layers->items[i], itemPath, Layers, QStringLiteral("layer")))
                    clause.layers.append(*layer);
            }
        }
        if (auto term = readTerm(node, path))
            clause.term = std::move(*term);
        readHistory(node, path, clause);
        clause.notes = readText(node, path, u"notes", Need::Optional);
        clause.span = {node.begin, node.end, node.line};
        if (!clause.id.isEmpty()) {
            m_clauseNodes.insert(clause.id, {&node, path});
            m_dataset->clauses.append(clause);
        }
    }

    void readAmounts(const JsonNode &eventNode, const QString &eventPath, Event &event)
    {
        const JsonNode *list = field(eventNode, eventPath, u"amounts", JsonNode::Type::Array, Need::Optional);
        if (!list)
            return;
        const QString listPath = jsonPathMember(eventPath, u"amounts");
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            const JsonNode &node = list->items[i];
            const QString path = jsonPathIndex(listPath, qsizetype(i));
            if (!expectType(node, path, JsonNode::Type::Object))
                continue;
            checkFields(node, path, {u"value", u"unit", u"qualifier", u"label"});
            Amount amount;
            const JsonNode *value = field(node, path, u"value", JsonNode::Type::Number, Need::Required);
            if (value)
                amount.value = value->number;
            const auto unit = readEnum(node, path, u"unit", Need::Required, AmountUnits, QStringLiteral("unit"));
            amount.unit = unit.value_or(Amount::Unit::USD);
            amount.qualifier
                = readEnum(node, path, u"qualifier", Need::Optional, AmountQualifiers, QStringLiteral("qualifier"))
                      .value_or(Amount::Qualifier::Exact);
            amount.label = readText(node, path, u"label", Need::Optional);
            if (value && unit)
                event.amounts.append(amount);
        }
    }

    void readEvent(const JsonNode &node, const QString &path)
    {
        checkFields(node, path,
                    {u"id", u"date", u"kind", u"title", u"summary", u"amounts", u"confidence", u"sources", u"version",
                     u"clauses"});
        Event event;
        event.id = readUniqueId(node, path, m_eventIds, QStringLiteral("event"));
        event.date = readPartialDate(node, path, u"date", Need::Required);
        event.kind = readEnum(node, path, u"kind", Need::Required, EventKinds, QStringLiteral("event kind"))
                         .value_or(Event::Kind::Report);
        event.title = readText(node, path, u"title", Need::Required);
        event.summary = readText(node, path, u"summary", Need::Optional);
        readAmounts(node, path, event);
        event.confidence = readConfidence(node, path, Need::Required);
        event.sources = readRefs(node, path, u"sources", RefKind::Source, Need::Required);
        if (const JsonNode *version = field(node, path, u"version", JsonNode::Type::String, Need::Optional)) {
            event.version = version->string;
            if (!m_dataset->version(event.version))
                error(*version, jsonPathMember(path, u"version"),
                      QStringLiteral("unknown version \"%1\"").arg(event.version.left(80)));
        }
        event.clauses = readRefs(node, path, u"clauses", RefKind::Clause, Need::Optional);
        event.span = {node.begin, node.end, node.line};
        if (!event.id.isEmpty() && event.date.isValid())
            m_dataset->events.append(event);
    }

    void readOpenQuestion(const JsonNode &node, const QString &path)
    {
        checkFields(node, path, {u"id", u"kind", u"title", u"summary", u"claims", u"clauses", u"events", u"sources"});
        OpenQuestion question;
        question.id = readUniqueId(node, path, m_questionIds, QStringLiteral("open question"));
        const auto kind = readEnum(node, path, u"kind", Need::Required, QuestionKinds, QStringLiteral("kind"));
        question.kind = kind.value_or(OpenQuestion::Kind::Unknown);
        question.title = readText(node, path, u"title", Need::Required);
        question.summary = readText(node, path, u"summary", Need::Optional);
        const JsonNode *claims = field(node, path, u"claims", JsonNode::Type::Array, Need::Optional);
        if (claims) {
            const QString listPath = jsonPathMember(path, u"claims");
            for (std::size_t i = 0; i < claims->items.size(); ++i) {
                const JsonNode &claimNode = claims->items[i];
                const QString claimPath = jsonPathIndex(listPath, qsizetype(i));
                if (!expectType(claimNode, claimPath, JsonNode::Type::Object))
                    continue;
                checkFields(claimNode, claimPath, {u"text", u"confidence", u"sources"});
                Claim claim;
                claim.text = readText(claimNode, claimPath, u"text", Need::Required);
                claim.confidence = readConfidence(claimNode, claimPath, Need::Required);
                claim.sources = readRefs(claimNode, claimPath, u"sources", RefKind::Source, Need::Optional);
                question.claims.append(claim);
            }
        }
        if (kind == OpenQuestion::Kind::Conflict && question.claims.size() < 2) {
            const qsizetype found = claims ? qsizetype(claims->items.size()) : 0;
            error(claims ? *claims : node, jsonPathMember(path, u"claims"),
                  QStringLiteral("a conflict needs at least two claims, found %1").arg(found));
        }
        question.clauses = readRefs(node, path, u"clauses", RefKind::Clause, Need::Optional);
        question.events = readRefs(node, path, u"events", RefKind::Event, Need::Optional);
        question.sources = readRefs(node, path, u"sources", RefKind::Source, Need::Optional);
        if (!question.id.isEmpty())
            m_dataset->openQuestions.append(question);
    }

    // ---- cross-checks ----------------------------------------------------------------------------

    bool exists(RefKind kind, const QString &id) const
    {
        switch (kind) {
        case RefKind::Source:
            return m_sourceIds.contains(id);
        case RefKind::Milestone:
            return m_milestoneIds.contains(id);
        case RefKind::Category:
            return m_categoryIds.contains(id);
        case RefKind::Clause:
            return m_clauseIds.contains(id);
        case RefKind::Event:
            return m_eventIds.contains(id);
        }
        return false;
    }

    void resolveReferences()
    {
        for (const PendingRef &ref : std::as_const(m_refs)) {
            if (!exists(ref.kind, ref.id))
                error(*ref.node, ref.path,
                      QStringLiteral("unknown %1 \"%2\"").arg(refKindName(ref.kind), ref.id.left(80)));
        }
    }

    /// Parents must exist in the same category and never lead back to the clause itself.
    void checkClauseTree()
    {
        QHash<QString, int> state; // absent: unvisited, 1: on the current chain, 2: done
        for (const Clause &clause : std::as_const(m_dataset->clauses)) {
            QStringList chain;
            QString id = clause.id;
            while (!id.isEmpty() && !state.contains(id)) {
                const Clause *current = m_dataset->clause(id);
                if (!current)
                    break; // unknown parent: reported with the references
                state.insert(id, 1);
                chain.append(id);
                if (!current->parent.isEmpty()) {
                    const Clause *parent = m_dataset->clause(current->parent);
                    if (parent && parent->category != current->category) {
                        const auto &[node, path] = m_clauseNodes.value(current->id);
                        error(*node->member(u"parent"), jsonPathMember(path, u"parent"),
                              QStringLiteral("parent clause \"%1\" is in category \"%2\", not \"%3\"")
                                  .arg(parent->id, parent->category, current->category));
                    }
                }
                id = current->parent;
            }
            if (!id.isEmpty() && state.value(id) == 1) {
                // The chain ran into itself: the cycle starts at the first occurrence of `id`.
                const QStringList cycle = chain.mid(chain.indexOf(id));
                const auto &[node, path] = m_clauseNodes.value(cycle.last());
                error(*node->member(u"parent"), jsonPathMember(path, u"parent"),
                      QStringLiteral("parent chain forms a cycle: %1 → %2")
                          .arg(cycle.join(QStringLiteral(" → ")), cycle.first()));
            }
            for (const QString &visited : std::as_const(chain))
                state.insert(visited, 2);
        }
    }

    QString m_file;
    Diagnostics &m_out;
    Dataset *m_dataset = nullptr;
    QList<PendingRef> m_refs;
    IdPositions m_sourceIds, m_milestoneIds, m_versionIds, m_categoryIds, m_clauseIds, m_eventIds, m_questionIds;
    QHash<QDate, QString> m_versionDates;
    QHash<QString, std::pair<const JsonNode *, QString>> m_clauseNodes;
};

} // namespace

DatasetLoadResult DatasetLoader::loadData(const QByteArray &data, const QString &displayName)
{
    DatasetLoadResult result;
    if (data.size() > MaxFileSize) {
        result.diagnostics.append(oversizeDiagnostic(displayName, MaxFileSize));
        return result;
    }
    const JsonParser::Result parsed = JsonParser::parse(data, MaxDepth);
    for (const JsonProblem &problem : parsed.problems)
        result.diagnostics.append(
            {Diagnostic::Severity::Error, displayName, problem.line, problem.column, problem.path, problem.message});
    if (parsed.root) {
        DatasetReader reader(displayName, result.diagnostics);
        std::shared_ptr<Dataset> dataset = reader.read(*parsed.root);
        if (dataset && !hasErrors(result.diagnostics)) {
            dataset->sourceText = data;
            result.dataset = std::move(dataset);
        }
    }
    sortByPosition(result.diagnostics);
    return result;
}

DatasetLoadResult DatasetLoader::loadFile(const QString &path, const QString &displayName)
{
    const QString name = displayName.isEmpty() ? path : displayName;
    Diagnostic error;
    const std::optional<QByteArray> data = readUntrustedFile(path, name, MaxFileSize, &error);
    if (!data)
        return {nullptr, {error}};
    return loadData(*data, name);
}

QString DatasetLoader::bundledPath()
{
    return QStringLiteral(":/data/microsoft-openai.json");
}

DatasetLoadResult DatasetLoader::loadBundled()
{
    return loadFile(bundledPath(), QStringLiteral("microsoft-openai.json"));
}

} // namespace Dealscope
