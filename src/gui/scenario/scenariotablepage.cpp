// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenariotablepage.h"

#include "scenario/fantablemodel.h"
#include "scenario/scenariotablemodel.h"
#include "scenario/sensitivitytablemodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Dealscope {

ScenarioTablePage::ScenarioTablePage(QWidget *parent)
    : QWidget(parent)
    , m_pickerLabel(new QLabel(this))
    , m_picker(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_projection(new ScenarioTableModel(this))
    , m_sensitivity(new SensitivityTableModel(this))
    , m_fan(new FanTableModel(this))
{
    m_picker->setObjectName(QStringLiteral("scenarioTablePicker"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int content = 0; content <= int(Content::Fan); ++content)
        m_picker->addItem(QString());
    m_pickerLabel->setBuddy(m_picker);
    connect(m_picker, &QComboBox::currentIndexChanged, this, &ScenarioTablePage::showContent);

    m_table->setObjectName(QStringLiteral("scenarioTable"));
    m_table->setModel(m_projection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *pickerRow = new QHBoxLayout;
    pickerRow->addWidget(m_pickerLabel);
    pickerRow->addWidget(m_picker);
    pickerRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(pickerRow);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);
    m_table->viewport()->installEventFilter(this); // its width decides how the columns share it
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_projection), static_cast<QAbstractItemModel *>(m_fan)}) {
        // New figures or headings (a comparison, another language) may need other widths.
        connect(model, &QAbstractItemModel::modelReset, this, &ScenarioTablePage::fitColumns);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &ScenarioTablePage::fitColumns);
        // Figures that grow a digit need room too; measured only while on show (a drag on the Chart tab
        // changes them at every step), and again when the page is shown.
        connect(model, &QAbstractItemModel::dataChanged, this, [this] {
            if (isVisible())
                fitColumns();
        });
    }
    retranslate();
}

ScenarioTablePage::Content ScenarioTablePage::content() const
{
    return Content(m_picker->currentIndex());
}

void ScenarioTablePage::setContent(Content content)
{
    m_picker->setCurrentIndex(int(content));
}

void ScenarioTablePage::showContent()
{
    const Content shown = content();
    QAbstractItemModel *models[] = {m_projection, m_sensitivity, m_fan};
    m_table->setModel(models[int(shown)]);
    // Assumption names take the room the figures leave, wrapped onto a second line where they need one.
    QHeaderView *columns = m_table->horizontalHeader();
    QHeaderView *rows = m_table->verticalHeader();
    if (shown == Content::Sensitivity) {
        columns->setSectionResizeMode(QHeaderView::ResizeToContents);
        columns->setSectionResizeMode(SensitivityTableModel::AssumptionColumn, QHeaderView::Stretch);
        rows->setSectionResizeMode(QHeaderView::ResizeToContents);
    } else {
        rows->setSectionResizeMode(QHeaderView::Fixed);
    }
    m_table->verticalHeader()->setVisible(shown != Content::Sensitivity);
    fitColumns();
    Q_EMIT contentChanged(shown);
}

/// The projection's and the fan's columns each get the width their heading and figures need, and share
/// what is left of the table's width; in a narrower table the table scrolls sideways, rather than cutting
/// headings down to "zure stac".
void ScenarioTablePage::fitColumns()
{
    if (content() == Content::Sensitivity)
        return;
    QHeaderView *columns = m_table->horizontalHeader();
    if (columns->count() == 0)
        return;
    const QAbstractItemView *view = m_table; // QTableView hides the measure QAbstractItemView offers
    QList<int> needed;
    int total = 0;
    for (int column = 0; column < columns->count(); ++column) {
        needed.append(std::max(columns->sectionSizeHint(column), view->sizeHintForColumn(column)));
        total += needed.constLast();
    }
    // What is left over is shared evenly (Qt's Stretch would make all columns equal, cutting a wide heading).
    const int spare = std::max(0, m_table->viewport()->width() - total);
    columns->setSectionResizeMode(QHeaderView::Fixed);
    for (int column = 0; column < columns->count(); ++column) {
        const int share = spare / int(needed.size()) + (column == needed.size() - 1 ? spare % int(needed.size()) : 0);
        columns->resizeSection(column, needed.at(column) + share);
    }
}

bool ScenarioTablePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void ScenarioTablePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ScenarioTablePage::retranslate()
{
    m_pickerLabel->setText(tr("S&how:"));
    m_picker->setItemText(int(Content::Projection), tr("Projection by year"));
    m_picker->setItemText(int(Content::Sensitivity), tr("Sensitivity of each assumption"));
    m_picker->setItemText(int(Content::Fan), tr("AGI-year fan (percentiles)"));
    m_picker->setToolTip(tr("Every chart's figures as a table, readable with the keyboard and a screen reader"));
    m_projection->retranslate();
    m_sensitivity->retranslate();
    m_fan->retranslate();
}

} // namespace Dealscope
