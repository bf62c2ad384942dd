// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement/agreementmodel.h"

#include "session/languagemanager.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <functional>
#include <numeric>

namespace Dealscope {

namespace {

const QString EventGroupId = QStringLiteral("events");

QString layerId(Layer layer)
{
    switch (layer) {
    case Layer::IaaS:
        return QStringLiteral("iaas");
    case Layer::PaaS:
        return QStringLiteral("paas");
    case Layer::SaaS:
        return QStringLiteral("saas");
    case Layer::RevenueShare:
        return QStringLiteral("revenueShare");
    case Layer::Equity:
        return QStringLiteral("equity");
    }
    return {};
}

QString tr(const char *text)
{
    // lupdate files the calls in member functions under the class and those in free functions under the
    // namespace ("Dealscope"); look in both, so either kind is translated.
    const QString translated = QCoreApplication::translate("Dealscope::AgreementModel", text);
    return translated != QString::fromUtf8(text) ? translated : QCoreApplication::translate("Dealscope", text);
}

QString formatDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString formatPartialDate(const PartialDate &date)
{
    switch (date.precision()) {
    case PartialDate::Precision::Year:
        return QString::number(date.yearValue());
    case PartialDate::Precision::Month:
        return QLocale().toString(date.firstDay(), QStringLiteral("MMM yyyy"));
    case PartialDate::Precision::Day:
        return formatDate(date.firstDay());
    }
    return {};
}

} // namespace

QString statusName(ClauseStatus status)
{
    switch (status) {
    case ClauseStatus::NotYetInForce:
        return tr("Not yet agreed");
    case ClauseStatus::InForce:
        return tr("In force");
    case ClauseStatus::Unknown:
        return tr("Not restated");
    case ClauseStatus::Ended:
        return tr("Ended");
    case ClauseStatus::Expired:
        return tr("Expired");
    }
    return {};
}

QString changeName(ChangeKind change)
{
    switch (change) {
    case ChangeKind::Introduced:
        return tr("New");
    case ChangeKind::Unchanged:
        return tr("Reaffirmed");
    case ChangeKind::Amended:
        return tr("Amended");
    case ChangeKind::Ended:
        return tr("Ended");
    case ChangeKind::NotRestated:
        return tr("Not restated");
    }
    return {};
}

QString timingName(EventTiming timing)
{
    return timing == EventTiming::Later ? tr("Later") : QString();
}

struct AgreementModel::Node
{
    NodeKind kind = NodeKind::Category;
    Node *parent = nullptr;
    int row = 0;
    qsizetype dataIndex = -1; ///< into the dataset's categories, clauses (and state) or events
    std::vector<std::unique_ptr<Node>> children;

    Node *addChild(NodeKind childKind, qsizetype index)
    {
        auto child = std::make_unique<Node>();
        child->kind = childKind;
        child->parent = this;
        child->row = int(children.size());
        child->dataIndex = index;
        children.push_back(std::move(child));
        return children.back().get();
    }
};

AgreementModel::AgreementModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) { }

AgreementModel::~AgreementModel() = default;

void AgreementModel::setDataset(DatasetPtr dataset)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    m_versionId = m_dataset && !m_dataset->versions.isEmpty() ? m_dataset->versions.constLast().id : QString();
    recomputeState();
    rebuild();
    endResetModel();
    Q_EMIT versionChanged(m_versionId);
}

void AgreementModel::rebuild()
{
    m_root = std::make_unique<Node>();
    if (!m_dataset)
        return;
    QHash<QString, qsizetype> clauseIndex;
    for (qsizetype i = 0; i < m_dataset->clauses.size(); ++i)
        clauseIndex.insert(m_dataset->clauses.at(i).id, i);

    // Children are added in file order; the loader guarantees parents exist and form no cycle.
    std::function<void(Node *, const QString &, const QString &)> addClauses;
    addClauses = [&](Node *parentNode, const QString &categoryId, const QString &parentId) {
        for (const Clause *clause : m_dataset->childClauses(categoryId, parentId)) {
            Node *node = parentNode->addChild(NodeKind::Clause, clauseIndex.value(clause->id));
            addClauses(node, categoryId, clause->id);
        }
    };
    for (qsizetype c = 0; c < m_dataset->categories.size(); ++c) {
        Node *category = m_root->addChild(NodeKind::Category, c);
        addClauses(category, m_dataset->categories.at(c).id, QString());
    }
    if (!m_dataset->events.isEmpty()) {
        QList<qsizetype> order(m_dataset->events.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
            return m_dataset->events.at(a).date.firstDay() < m_dataset->events.at(b).date.firstDay();
        });
        Node *group = m_root->addChild(NodeKind::EventGroup, -1);
        for (qsizetype i : std::as_const(order))
            group->addChild(NodeKind::Event, i);
    }
}

void AgreementModel::recomputeState()
{
    const Version *version = m_dataset ? m_dataset->version(m_versionId) : nullptr;
    m_state = version ? asOf(*m_dataset, version->date, m_milestoneDates) : AgreementState();
}

void AgreementModel::setVersion(const QString &versionId)
{
    if (versionId == m_versionId || !m_dataset || !m_dataset->version(versionId))
        return;
    m_versionId = versionId;
    refresh();
    Q_EMIT versionChanged(m_versionId);
}

void AgreementModel::refresh()
{
    recomputeState();
    // The tree's shape never depends on the version or the milestones: only texts, statuses and ends change.
    const std::function<void(const QModelIndex &)> notify = [&](const QModelIndex &parentIndex) {
        const int rows = rowCount(parentIndex);
        if (rows == 0)
            return;
        Q_EMIT dataChanged(index(0, 0, parentIndex), index(rows - 1, ColumnCount - 1, parentIndex));
        for (int r = 0; r < rows; ++r)
            notify(index(r, 0, parentIndex));
    };
    notify({});
}

QString AgreementModel::previousVersion() const
{
    if (!m_dataset)
        return {};
    for (qsizetype i = 1; i < m_dataset->versions.size(); ++i) {
        if (m_dataset->versions.at(i).id == m_versionId)
            return m_dataset->versions.at(i - 1).id;
    }
    return {};
}

void AgreementModel::setMilestoneDates(const MilestoneDates &dates)
{
    if (dates == m_milestoneDates)
        return;
    m_milestoneDates = dates;
    refresh();
    Q_EMIT milestoneDatesChanged();
}

bool AgreementModel::isFallback(const LocalizedText &text) const
{
    return !text.isEmpty() && !text.has(m_language) && m_language != QLatin1String("en");
}

QString AgreementModel::withFallbackNote(const QString &tip, std::initializer_list<const LocalizedText *> texts) const
{
    // A dataset without the display language shows English; say so rather than pass it off as translated.
    if (std::none_of(texts.begin(), texts.end(), [this](const LocalizedText *text) { return isFallback(*text); }))
        return tip;
    return tip + u'\n' + tr("English text; no %1 translation").arg(LanguageManager::nativeName(m_language));
}

void AgreementModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    refresh();
    // The interface language changes with the dataset language: headers are translated at display time.
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

AgreementModel::Node *AgreementModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex AgreementModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *parentNode = nodeFor(parent);
    if (row >= int(parentNode->children.size()))
        return {};
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex AgreementModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *parentNode = nodeFor(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, const_cast<Node *>(parentNode));
}

int AgreementModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int AgreementModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags AgreementModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant AgreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (role == Qt::ToolTipRole) {
        // Narrow columns elide their header; the tooltip has it whole, and says what a mixed column holds.
        if (section == EndColumn)
            return tr("When a clause ends; when an event happened");
        if (section == ChangeColumn)
            return tr("What the selected version did: new, amended, ended or not restated");
        return headerData(section, orientation, Qt::DisplayRole);
    }
    switch (section) {
    case TitleColumn:
        return tr("Clause");
    case ChangeColumn:
        return tr("Change");
    case StatusColumn:
        return tr("Status");
    case EndColumn:
        return tr("Ends / date");
    case ConfidenceColumn:
        return tr("Confidence");
    default:
        return {};
    }
}

QHash<int, QByteArray> AgreementModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeKindRole, "nodeKind");
    names.insert(IdRole, "id");
    names.insert(LaneRole, "lane");
    names.insert(StartDateRole, "startDate");
    names.insert(EndDateRole, "endDate");
    names.insert(EndKindRole, "endKind");
    names.insert(PendingMilestonesRole, "pendingMilestones");
    names.insert(StatusRole, "status");
    names.insert(ChangeRole, "change");
    names.insert(ConfidenceRole, "confidence");
    names.insert(EventKindRole, "eventKind");
    names.insert(DatePrecisionRole, "datePrecision");
    names.insert(SummaryRole, "summary");
    names.insert(SearchTextRole, "searchText");
    names.insert(AffectsLayersRole, "affectsLayers");
    names.insert(UntranslatedRole, "untranslated");
    names.insert(AfterVersionRole, "afterVersion");
    return names;
}

AgreementModel::NodeKind AgreementModel::nodeKind(const QModelIndex &index) const
{
    return nodeFor(index)->kind;
}

const ClauseState *AgreementModel::clauseState(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    if (!index.isValid() || node->kind != NodeKind::Clause || node->dataIndex >= m_state.clauses.size())
        return nullptr;
    return &m_state.clauses.at(node->dataIndex);
}

const Clause *AgreementModel::clause(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    if (!index.isValid() || node->kind != NodeKind::Clause || !m_dataset)
        return nullptr;
    return &m_dataset->clauses.at(node->dataIndex);
}

const Event *AgreementModel::eventAt(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    if (!index.isValid() || node->kind != NodeKind::Event || !m_dataset)
        return nullptr;
    return &m_dataset->events.at(node->dataIndex);
}

QModelIndex AgreementModel::indexForId(const QString &id) const
{
    if (!m_dataset || id.isEmpty())
        return {};
    const std::function<QModelIndex(const QModelIndex &)> search = [&](const QModelIndex &parentIndex) -> QModelIndex {
        for (int r = 0; r < rowCount(parentIndex); ++r) {
            const QModelIndex child = index(r, 0, parentIndex);
            if (child.data(IdRole).toString() == id && nodeFor(child)->kind != NodeKind::Category)
                return child;
            if (const QModelIndex found = search(child); found.isValid())
                return found;
        }
        return {};
    };
    return search({});
}

ResolvedEnd AgreementModel::effectiveEnd(const ClauseState &state) const
{
    if (state.status == ClauseStatus::Ended && state.entry) {
        // A version ended the clause: that version's date is its end, whatever its term said.
        ResolvedEnd ended;
        if (const Version *version = m_dataset->version(state.entry->version))
            ended.date = version->date;
        return ended;
    }
    return state.end;
}

namespace {

AgreementModel::EndKind endKind(const ResolvedEnd &end)
{
    if (end.isOpen())
        return AgreementModel::EndKind::None;
    if (end.isDefinite())
        return AgreementModel::EndKind::Definite;
    return end.date.isValid() ? AgreementModel::EndKind::MilestoneOrDate : AgreementModel::EndKind::Milestone;
}

} // namespace

QVariant AgreementModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_dataset)
        return {};
    if (role == Qt::AccessibleTextRole || role == Qt::AccessibleDescriptionRole)
        return accessibleData(index, role);
    const Node &node = *nodeFor(index);
    switch (node.kind) {
    case NodeKind::Clause:
        return clauseData(node, index.column(), role);
    case NodeKind::Event:
        return eventData(node, index.column(), role);
    case NodeKind::Category:
    case NodeKind::EventGroup:
        return groupData(node, index.column(), role);
    }
    return {};
}

/// What a screen reader says of a cell: a cell's text with what it is ("Status: In force", an event's
/// "Date: …", "Confidence: A/B"), and for a title its nesting level and parent row.
QVariant AgreementModel::accessibleData(const QModelIndex &index, int role) const
{
    if (role == Qt::AccessibleDescriptionRole) {
        if (index.column() != TitleColumn)
            return {};
        int level = 1;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++level;
        const QString parentTitle = index.parent().siblingAtColumn(TitleColumn).data(Qt::DisplayRole).toString();
        return parentTitle.isEmpty() ? tr("Level %1").arg(level) : tr("Level %1, in %2").arg(level).arg(parentTitle);
    }
    const QString shown = data(index, Qt::DisplayRole).toString();
    if (shown.isEmpty())
        return {};
    const bool isEvent = NodeKind(data(index, NodeKindRole).toInt()) == NodeKind::Event;
    switch (index.column()) {
    case ChangeColumn:
        return tr("In this version: %1").arg(shown);
    case StatusColumn:
        return tr("Status: %1").arg(shown);
    case EndColumn: // "Ends / date": a clause's end, an event's date
        return isEvent ? tr("Date: %1").arg(shown) : tr("Ends: %1").arg(shown);
    case ConfidenceColumn:
        return tr("Confidence: %1").arg(shown);
    default:
        return shown;
    }
}

QVariant AgreementModel::groupData(const Node &node, int column, int role) const
{
    const bool isEvents = node.kind == NodeKind::EventGroup;
    const Category *category = isEvents ? nullptr : &m_dataset->categories.at(node.dataIndex);
    switch (role) {
    case Qt::DisplayRole:
        if (column == TitleColumn)
            return isEvents ? tr("Events") : category->title.text(m_language);
        return {};
    case Qt::ToolTipRole:
        return isEvents
            ? tr("Dated events around the agreement")
            : withFallbackNote(category->description.text(m_language), {&category->title, &category->description});
    case UntranslatedRole:
        return !isEvents && isFallback(category->title);
    case NodeKindRole:
        return int(node.kind);
    case IdRole:
    case LaneRole:
        return isEvents ? EventGroupId : category->id;
    case SearchTextRole:
        return QString(); // groups are shown for their matching children, not for themselves
    default:
        return {};
    }
}

QVariant AgreementModel::clauseData(const Node &node, int column, int role) const
{
    const Clause &clause = m_dataset->clauses.at(node.dataIndex);
    const ClauseState &state = m_state.clauses.at(node.dataIndex);
    const ResolvedEnd end = effectiveEnd(state);

    auto milestoneTitles = [&] {
        QStringList titles;
        for (const QString &id : end.pendingMilestones) {
            const Milestone *milestone = m_dataset->milestone(id);
            titles.append(milestone ? milestone->title.text(m_language) : id);
        }
        return titles;
    };
    auto endText = [&]() -> QString {
        if (state.status == ClauseStatus::NotYetInForce && !state.entry)
            return QString();
        if (state.status == ClauseStatus::Ended)
            return tr("Ended %1").arg(formatDate(end.date));
        const bool yearEnd = state.term.end.kind == TermEnd::Kind::Date
            && state.term.end.date.precision() == PartialDate::Precision::Year;
        const QString date = yearEnd ? tr("end of %1").arg(end.date.year()) : formatDate(end.date);
        switch (endKind(end)) {
        case EndKind::None:
            return tr("No end stated");
        case EndKind::Definite:
            return date;
        case EndKind::Milestone:
            return tr("At %1 (no date)").arg(milestoneTitles().join(tr(" or ")));
        case EndKind::MilestoneOrDate:
            return tr("%1, or %2 if earlier").arg(formatDate(end.date), milestoneTitles().join(tr(" or ")));
        }
        return {};
    };
    auto compactEndText = [&]() -> QString {
        if (state.status == ClauseStatus::NotYetInForce && !state.entry)
            return QString();
        const bool yearEnd = state.term.end.kind == TermEnd::Kind::Date
            && state.term.end.date.precision() == PartialDate::Precision::Year;
        const QString date = yearEnd ? QString::number(end.date.year()) : formatDate(end.date);
        if (state.status == ClauseStatus::Ended)
            return formatDate(end.date);
        switch (endKind(end)) {
        case EndKind::None:
            return tr("No end");
        case EndKind::Definite:
            return date;
        case EndKind::Milestone:
            return milestoneTitles().join(tr(" or "));
        case EndKind::MilestoneOrDate:
            return tr("by %1", "the latest a clause can end; a milestone may end it earlier").arg(date);
        }
        return {};
    };

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return QString(clause.id + QStringLiteral(" · ") + clause.title.text(m_language));
        case ChangeColumn:
            // "Reaffirmed" is no change worth a mark; the tooltip and the details still say it.
            if (state.entry && state.entry->version == m_versionId && state.entry->change != ChangeKind::Unchanged)
                return changeName(state.entry->change);
            return QString();
        case StatusColumn:
            return statusName(state.status);
        case EndColumn:
            return endText();
        case ConfidenceColumn:
            return clause.confidence.code();
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines = {clause.title.text(m_language), statusName(state.status)};
        if (state.entry && state.entry->version == m_versionId)
            lines.append(tr("In this version: %1").arg(changeName(state.entry->change)));
        if (const QString e = endText(); !e.isEmpty())
            lines.append(tr("Ends: %1").arg(e));
        lines.append(tr("Confidence: %1").arg(clause.confidence.code()));
        QStringList publishers;
        for (const QString &id : clause.sources) {
            if (const Source *source = m_dataset->source(id); source && !publishers.contains(source->publisher))
                publishers.append(source->publisher);
        }
        lines.append(tr("Sources: %1").arg(publishers.join(QStringLiteral(", "))));
        return withFallbackNote(lines.join(u'\n'), {&clause.title, &clause.summary});
    }
    case CompactTextRole:
        return column == EndColumn ? compactEndText() : QString();
    case UntranslatedRole:
        return isFallback(clause.title);
    case NodeKindRole:
        return int(NodeKind::Clause);
    case IdRole:
        return clause.id;
    case LaneRole:
        return clause.category;
    case StartDateRole:
        if (state.start.isValid())
            return state.start;
        // Not yet introduced as of this version: where it will start, for views that show it anyway.
        for (const HistoryEntry &entry : clause.history) {
            if (entry.change == ChangeKind::Introduced) {
                if (const Version *version = m_dataset->version(entry.version))
                    return clause.term.start.isValid() ? clause.term.start.firstDay() : version->date;
            }
        }
        return QDate();
    case EndDateRole:
        return end.date;
    case EndKindRole:
        return int(endKind(end));
    case PendingMilestonesRole:
        return milestoneTitles();
    case StatusRole:
        return int(state.status);
    case ChangeRole:
        return state.entry && state.entry->version == m_versionId ? int(state.entry->change) : -1;
    case ConfidenceRole:
        return clause.confidence.code();
    case SummaryRole:
        return state.wording ? state.wording->text(m_language) : clause.summary.text(m_language);
    case SearchTextRole: {
        QStringList parts = {clause.id, clause.title.text(m_language), clause.summary.text(m_language)};
        if (state.wording)
            parts.append(state.wording->text(m_language));
        for (const QString &id : clause.sources) {
            if (const Source *source = m_dataset->source(id))
                parts.append(source->publisher);
        }
        return parts.join(u'\n');
    }
    case AffectsLayersRole: {
        QStringList layers;
        for (Layer layer : clause.layers)
            layers.append(layerId(layer));
        return layers;
    }
    default:
        return {};
    }
}

EventTiming AgreementModel::timingOf(const Event &event) const
{
    return eventTiming(*m_dataset, event, m_versionId);
}

QVariant AgreementModel::eventData(const Node &node, int column, int role) const
{
    const Event &event = m_dataset->events.at(node.dataIndex);
    const EventTiming timing = timingOf(event);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return event.title.text(m_language);
        case ChangeColumn:
            return timing == EventTiming::New ? changeName(ChangeKind::Introduced) : QString();
        case StatusColumn:
            return timingName(timing);
        case EndColumn:
            return formatPartialDate(event.date);
        case ConfidenceColumn:
            return event.confidence.code();
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList publishers;
        for (const QString &id : event.sources) {
            if (const Source *source = m_dataset->source(id); source && !publishers.contains(source->publisher))
                publishers.append(source->publisher);
        }
        QStringList lines = {event.title.text(m_language), formatPartialDate(event.date)};
        if (timing == EventTiming::New)
            lines.append(tr("New in the selected version"));
        if (timing == EventTiming::Later) {
            const Version *version = m_dataset->version(m_versionId);
            lines.append(
                tr("After the selected version (%1)").arg(version ? version->label.text(m_language) : QString()));
        }
        lines.append(tr("Confidence: %1").arg(event.confidence.code()));
        lines.append(tr("Sources: %1").arg(publishers.join(QStringLiteral(", "))));
        const QString tip = lines.join(u'\n');
        return withFallbackNote(tip, {&event.title, &event.summary});
    }
    case UntranslatedRole:
        return isFallback(event.title);
    case NodeKindRole:
        return int(NodeKind::Event);
    case IdRole:
        return event.id;
    case LaneRole:
        return EventGroupId;
    case StartDateRole:
        return event.date.firstDay();
    case EndDateRole:
        return event.date.lastDay();
    case EndKindRole:
        return int(EndKind::Definite);
    case ConfidenceRole:
        return event.confidence.code();
    case EventKindRole:
        return int(event.kind);
    case ChangeRole:
        return timing == EventTiming::New ? int(ChangeKind::Introduced) : -1;
    case AfterVersionRole:
        return timing == EventTiming::Later;
    case DatePrecisionRole:
        return int(event.date.precision());
    case SummaryRole:
        return event.summary.text(m_language);
    case SearchTextRole: {
        QStringList parts = {event.id, event.title.text(m_language), event.summary.text(m_language)};
        for (const QString &id : event.sources) {
            if (const Source *source = m_dataset->source(id))
                parts.append(source->publisher);
        }
        return parts.join(u'\n');
    }
    default:
        return {};
    }
}

} // namespace Dealscope
