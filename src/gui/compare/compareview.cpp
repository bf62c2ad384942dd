// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/compareview.h"

#include "accessibility/currentitemview.h"
#include "compare/redlinedelegate.h"
#include "compare/redlinehtml.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Dealscope {

namespace {
/// The item column's share of the table's width; the two versions share the rest equally.
constexpr double ItemColumnShare = 0.2;
constexpr int ItemColumnMinimumCharacters = 18;
// The pickers take what room the row has, from a short minimum, so the page fits a 1024 px window.
constexpr int PickerVersionCharacters = 16;
} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ComparisonModel(this))
    , m_versionALabel(new QLabel(this))
    , m_versionA(new QComboBox(this))
    , m_swap(new QToolButton(this))
    , m_versionBLabel(new QLabel(this))
    , m_versionB(new QComboBox(this))
    , m_filterLabel(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_export(new QPushButton(this))
    , m_legend(new QLabel(this))
    , m_table(new CurrentItemView<QTableView>(this))
{
    setObjectName(QStringLiteral("compareView"));
    m_versionA->setObjectName(QStringLiteral("compareVersionA"));
    m_versionB->setObjectName(QStringLiteral("compareVersionB"));
    m_filter->setObjectName(QStringLiteral("compareFilter"));
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_export->setObjectName(QStringLiteral("compareExport"));
    for (QComboBox *combo : {m_versionA, m_versionB}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(PickerVersionCharacters);
    }
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_versionALabel->setBuddy(m_versionA);
    m_versionBLabel->setBuddy(m_versionB);
    m_filterLabel->setBuddy(m_filter);
    m_swap->setIcon(QIcon::fromTheme(QStringLiteral("object-flip-horizontal")));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setItemDelegate(new RedlineDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->viewport()->installEventFilter(this);

    // Two rows, so that both versions' names fit whole in a 1024 px window in every language: the
    // versions, then what the marks mean beside the filter and Export.
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(m_versionALabel);
    pickers->addWidget(m_versionA, 1);
    pickers->addWidget(m_swap);
    pickers->addWidget(m_versionBLabel);
    pickers->addWidget(m_versionB, 1);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_legend, 1);
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(pickers);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    setTabOrder(m_versionA, m_swap);
    setTabOrder(m_swap, m_versionB);
    setTabOrder(m_versionB, m_filter);
    setTabOrder(m_filter, m_export);
    setTabOrder(m_export, m_table);

    connect(m_versionA, &QComboBox::activated, this, &CompareView::recompare);
    connect(m_versionB, &QComboBox::activated, this, &CompareView::recompare);
    connect(m_swap, &QToolButton::clicked, this, [this] { setVersions(versionB(), versionA()); });
    connect(m_filter, &QComboBox::activated, this,
            [this](int row) { setFilter(ComparisonModel::Filter(m_filter->itemData(row).toInt())); });
    connect(m_export, &QPushButton::clicked, this, &CompareView::exportRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_following && current.isValid())
                    Q_EMIT itemSelected(current.data(ComparisonModel::IdRole).toString());
            });
    // Rows are as tall as their text at the columns' width: measured again once the widths settle.
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeRowsToContents);
    retranslate();
}

void CompareView::setDataset(DatasetPtr dataset)
{
    m_dataset = std::move(dataset);
    fillVersionPickers();
    if (m_dataset && !m_dataset->versions.isEmpty()) {
        const QString latest = m_dataset->versions.constLast().id;
        setVersions(VersionComparison::previousVersion(*m_dataset, latest), latest);
    } else {
        recompare();
    }
}

void CompareView::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    fillVersionPickers();
    recompare();
}

void CompareView::setMilestoneDates(const MilestoneDates &dates)
{
    if (dates == m_milestones)
        return;
    m_milestones = dates;
    recompare();
}

void CompareView::setVersions(const QString &versionA, const QString &versionB)
{
    if (const int row = m_versionA->findData(versionA); row >= 0)
        m_versionA->setCurrentIndex(row);
    if (const int row = m_versionB->findData(versionB); row >= 0)
        m_versionB->setCurrentIndex(row);
    recompare();
}

QString CompareView::versionA() const
{
    return m_versionA->currentData().toString();
}

QString CompareView::versionB() const
{
    return m_versionB->currentData().toString();
}

void CompareView::setFilter(ComparisonModel::Filter filter)
{
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(int(filter))));
    m_model->setFilter(filter);
}

void CompareView::setCurrentItem(const QString &id)
{
    const int row = m_model->rowOf(id);
    m_following = true;
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, ComparisonModel::ItemColumn));
        m_table->scrollTo(m_model->index(row, ComparisonModel::ItemColumn));
    } else {
        m_table->clearSelection();
    }
    m_following = false;
}

void CompareView::fillVersionPickers()
{
    const QString a = versionA();
    const QString b = versionB();
    for (QComboBox *combo : {m_versionA, m_versionB}) {
        const QSignalBlocker block(combo);
        combo->clear();
        if (!m_dataset)
            continue;
        for (const Version &version : m_dataset->versions)
            combo->addItem(RedlineHtml::versionLabel(*m_dataset, version.id, m_language), version.id);
    }
    if (const int row = m_versionA->findData(a); row >= 0)
        m_versionA->setCurrentIndex(row);
    if (const int row = m_versionB->findData(b); row >= 0)
        m_versionB->setCurrentIndex(row);
}

void CompareView::fillFilter()
{
    const QSignalBlocker block(m_filter);
    const int current = m_filter->currentIndex();
    m_filter->clear();
    using Filter = ComparisonModel::Filter;
    const std::pair<Filter, QString> filters[] = {
        {Filter::All, tr("All changes")},
        {Filter::Added, tr("Added")},
        {Filter::Ended, tr("Ended")},
        {Filter::Amended, tr("Amended")},
        {Filter::NotRestated, tr("Not restated")},
        {Filter::Events, tr("New events")},
    };
    for (const auto &[filter, name] : filters)
        m_filter->addItem(QStringLiteral("%1 (%2)").arg(name).arg(m_model->count(filter)), int(filter));
    m_filter->setCurrentIndex(std::max(0, current));
}

void CompareView::recompare()
{
    VersionComparison comparison;
    if (m_dataset)
        comparison = VersionComparison::compare(*m_dataset, versionA(), versionB(), m_language, m_milestones);
    const QString current = m_table->currentIndex().data(ComparisonModel::IdRole).toString();
    m_model->setComparison(m_dataset, comparison);
    fillFilter();
    fitColumns();
    if (!current.isEmpty())
        setCurrentItem(current);
    Q_EMIT versionsChanged(versionA(), versionB());
}

void CompareView::fitColumns()
{
    const int width = m_table->viewport()->width();
    const int item = std::max(int(width * ItemColumnShare),
                              m_table->fontMetrics().averageCharWidth() * ItemColumnMinimumCharacters);
    const int side = std::max(80, (width - item) / 2);
    m_table->setColumnWidth(ComparisonModel::ItemColumn, item);
    m_table->setColumnWidth(ComparisonModel::VersionAColumn, side);
    m_table->setColumnWidth(ComparisonModel::VersionBColumn, width - item - side);
    m_table->resizeRowsToContents();
}

// The columns follow the table's viewport, not this widget: while the page is hidden the viewport gets its
// size only when shown, after this widget's own resize.
bool CompareView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void CompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CompareView::retranslate()
{
    m_versionALabel->setText(tr("Version &A:"));
    m_versionBLabel->setText(tr("Version &B:"));
    m_filterLabel->setText(tr("&Show:"));
    m_export->setText(tr("&Export…"));
    m_export->setToolTip(tr("Save this comparison as a redline PDF or as a CSV table"));
    m_swap->setText(tr("Swap"));
    m_swap->setToolTip(tr("Swap versions A and B"));
    m_versionA->setAccessibleName(tr("Version A"));
    m_versionA->setToolTip(tr("The earlier version: its wording is struck through where B differs"));
    m_versionB->setAccessibleName(tr("Version B"));
    m_versionB->setToolTip(tr("The later version: its wording is underlined where it differs from A"));
    m_filter->setAccessibleName(tr("Kind of change"));
    m_table->setAccessibleName(tr("Changes between versions A and B"));
    m_legend->setText(RedlineHtml::legend());
    fillFilter();
    if (!m_model->comparison().isValid())
        return;
    recompare(); // kinds, statuses and ends are worded in the interface language
}

} // namespace Dealscope
