// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/clausetreepanel.h"

#include "accessibility/currentitemview.h"
#include "agreement/agreementfiltermodel.h"
#include "agreement/agreementmodel.h"
#include "explorer/badgedelegate.h"
#include "explorer/columnshare.h"
#include "legend/legendbutton.h"
#include "widgets/elidingheaderview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace Dealscope {

namespace {

const QChar Ellipsis(0x2026);

} // namespace

ClauseTreePanel::ClauseTreePanel(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new CurrentItemView<QTreeView>(this))
    , m_delegate(new BadgeDelegate(this))
{
    m_filter->setObjectName(QStringLiteral("clauseFilter"));
    m_filter->setClearButtonEnabled(true);

    m_view->setObjectName(QStringLiteral("clauseTree"));
    m_view->setHeader(new ElidingHeaderView(Qt::Horizontal, m_view));
    retranslate();
    m_view->setItemDelegate(m_delegate);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::Fixed); // the panel shares the width itself
    m_view->header()->setMinimumSectionSize(0);
    m_view->viewport()->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(new LegendButton(LegendView::Part::Tree, this));
    layout->addLayout(filterRow);
    layout->addWidget(m_view);

    setFocusProxy(m_view);
}

void ClauseTreePanel::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter clauses and events…"));
    m_filter->setAccessibleName(tr("Filter clauses and events"));
    m_filter->setToolTip(tr("Keep the clauses and events whose title, wording or source contains every word"));
    m_view->setAccessibleName(tr("Clauses"));
}

void ClauseTreePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
    // Status names, fonts and styles all change the widths the columns need.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange)
        layoutColumns();
}

bool ClauseTreePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        layoutColumns();
    return QWidget::eventFilter(watched, event);
}

void ClauseTreePanel::setModel(AgreementFilterModel *model)
{
    m_model = model;
    m_view->setModel(model);
    connect(m_filter, &QLineEdit::textChanged, model, [this](const QString &text) {
        m_model->setSearchText(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        layoutColumns();
    });
    // Texts change with the version and the language, rows with the filter: the widths follow.
    connect(model, &QAbstractItemModel::dataChanged, this, &ClauseTreePanel::layoutColumns);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ClauseTreePanel::layoutColumns);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ClauseTreePanel::layoutColumns);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ClauseTreePanel::layoutColumns);
    m_view->expandAll();
    layoutColumns();
}

void ClauseTreePanel::setShowChanges(bool show)
{
    m_showChanges = show;
    layoutColumns();
    m_view->viewport()->update();
}

qsizetype ClauseTreePanel::readableTitleLength(QStringView title)
{
    const auto isWide = [](QChar c) {
        switch (c.script()) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul:
            return true;
        default:
            // CJK punctuation and full-width forms ("、", "：", "（").
            return (c.unicode() >= 0x3000 && c.unicode() <= 0x303F) || (c.unicode() >= 0xFF00 && c.unicode() <= 0xFFEF);
        }
    };
    int columns = 0;
    qsizetype length = 0;
    for (const QChar c : title) {
        columns += isWide(c) ? 2 : 1;
        if (columns > ReadableTitleChars)
            break;
        ++length;
    }
    return length;
}

int ClauseTreePanel::titleMinimum() const
{
    // Room for the start of every title, at its own depth, with the ellipsis that ends a cut title.
    const int decorated = m_view->rootIsDecorated() ? 1 : 0;
    const int margins = BadgeDelegate::textMargins(m_view);
    int needed = 0;
    const std::function<void(const QModelIndex &, int)> visit = [&](const QModelIndex &parent, int depth) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, AgreementModel::TitleColumn, parent);
            QFont font = m_view->font();
            font.setItalic(index.data(AgreementModel::UntranslatedRole).toBool());
            // A clause's title follows its id ("C1 · "): the id does not count as title.
            const QString title = index.data().toString();
            const QString id = index.data(AgreementModel::IdRole).toString();
            const bool clause
                = index.data(AgreementModel::NodeKindRole).toInt() == int(AgreementModel::NodeKind::Clause);
            const qsizetype prefix = clause && title.startsWith(id) ? title.indexOf(u' ', id.size() + 1) + 1 : 0;
            const QString start = title.left(prefix + readableTitleLength(QStringView(title).mid(prefix)));
            const int text
                = QFontMetrics(font).horizontalAdvance(title.size() > start.size() ? start + Ellipsis : title);
            needed = std::max(needed, (depth + decorated) * m_view->indentation() + text + margins);
            visit(index, depth + 1);
        }
    };
    visit({}, 0);
    return needed;
}

int ClauseTreePanel::textColumnWidth(int column, int role) const
{
    const QFontMetrics metrics(m_view->font());
    int widest = 0;
    const std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, column, parent);
            QString text = index.data(role).toString();
            if (text.isEmpty() && role != Qt::DisplayRole)
                text = index.data().toString(); // no shorter form: the text itself
            widest = std::max(widest, metrics.horizontalAdvance(text));
            visit(m_model->index(row, 0, parent));
        }
    };
    visit({});
    return widest == 0 ? 0 : widest + BadgeDelegate::textMargins(m_view);
}

void ClauseTreePanel::layoutColumns()
{
    if (!m_model)
        return;
    const QFontMetrics metrics(m_view->font());
    auto widestBadge = [&](const QStringList &texts) {
        int widest = 0;
        for (const QString &text : texts)
            widest = std::max(widest, BadgeDelegate::badgeWidth(m_view->font(), text));
        return widest;
    };
    // Badges keep a width from the longest possible name, so that columns do not jump between versions.
    QStringList statuses;
    for (ClauseStatus status : {ClauseStatus::NotYetInForce, ClauseStatus::InForce, ClauseStatus::Unknown,
                                ClauseStatus::Ended, ClauseStatus::Expired})
        statuses.append(statusName(status));
    statuses.append(timingName(EventTiming::Later));
    QStringList changes;
    for (ChangeKind change : {ChangeKind::Introduced, ChangeKind::Amended, ChangeKind::Ended, ChangeKind::NotRestated})
        changes.append(changeName(change));
    QStringList codes;
    for (const char *code : {"A", "A/B", "B/C", "X"})
        codes.append(QString::fromLatin1(code));
    // A badge cut short still shows its first character ("In…"; "有…" in Japanese, wider).
    int shortBadge = BadgeDelegate::badgeWidth(m_view->font(), QStringLiteral("In") + Ellipsis);
    for (const QString &name : statuses + changes)
        shortBadge = std::max(shortBadge, BadgeDelegate::badgeWidth(m_view->font(), name.left(1) + Ellipsis));
    const int usefulEnd
        = metrics.horizontalAdvance(QStringLiteral("2030") + Ellipsis) + BadgeDelegate::textMargins(m_view);

    // The end gives way to the title first, down to its short forms ("4/27/26" for "Ended 4/27/26"); then
    // the status and the change give way together; then the end's short forms; the confidence code is
    // short and stays whole.
    const int changeWidth = m_showChanges ? widestBadge(changes) : 0;
    const int endWidest = textColumnWidth(AgreementModel::EndColumn);
    const int endShort
        = std::min(endWidest, textColumnWidth(AgreementModel::EndColumn, AgreementModel::CompactTextRole));
    // The end's room in two parts: what only its long forms need, and what its short forms need.
    const ColumnShare share = shareColumns(m_view->viewport()->width(), titleMinimum(),
                                           {{endWidest - endShort, 0, 0},
                                            {endShort, 0, 2},
                                            {widestBadge(statuses), shortBadge, 1},
                                            {changeWidth, std::min(changeWidth, shortBadge), 1},
                                            {widestBadge(codes), widestBadge(codes), 3}});
    int endWidth = share.secondary.at(0) + share.secondary.at(1);
    int titleWidth = share.main;
    if (endWidth < usefulEnd) {
        titleWidth += endWidth; // a column too narrow for a year says nothing: the title has the room
        endWidth = 0;
    }
    QHeaderView *header = m_view->header();
    header->setSectionHidden(AgreementModel::ChangeColumn, !m_showChanges);
    header->setSectionHidden(AgreementModel::EndColumn, endWidth == 0);
    header->resizeSection(AgreementModel::TitleColumn, titleWidth);
    header->resizeSection(AgreementModel::EndColumn, std::max(endWidth, 1));
    header->resizeSection(AgreementModel::StatusColumn, share.secondary.at(2));
    if (m_showChanges)
        header->resizeSection(AgreementModel::ChangeColumn, share.secondary.at(3));
    header->resizeSection(AgreementModel::ConfidenceColumn, share.secondary.at(4));
}

} // namespace Dealscope
