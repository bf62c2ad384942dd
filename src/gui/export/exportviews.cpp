// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportviews.h"

#include "agreement/agreementfiltermodel.h"
#include "agreement/agreementmodel.h"
#include "dealscope_version.h"
#include "export/exporttext.h"
#include "scenario/charts/scenariobridgechart.h"
#include "scenario/charts/scenariochart.h"
#include "scenario/charts/scenariofanchart.h"
#include "scenario/charts/scenariotornadochart.h"
#include "scenario/scenarioregime.h"
#include "timeline/timelineview.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Dealscope {

ExportFrame::ExportFrame(QWidget *content, const QString &heading, const QString &footnote, QWidget *parent)
    : QWidget(parent), m_content(content), m_heading(new QLabel(heading, this)), m_footnote(new QLabel(footnote, this))
{
    setObjectName(QStringLiteral("exportFrame"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->setSpacing(4);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    m_heading->setFont(headingFont);
    m_heading->setVisible(!heading.isEmpty());
    m_footnote->setTextFormat(Qt::PlainText);
    m_footnote->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addWidget(content, 1);
    layout->addWidget(m_footnote);
}

QString ExportFrame::heading() const
{
    return m_heading->text();
}

QString ExportFrame::footnote() const
{
    return m_footnote->text();
}

QString ExportFrame::title() const
{
    if (!m_heading->text().isEmpty())
        return m_heading->text();
    if (const auto *chartView = qobject_cast<const ScenarioChartView *>(m_content))
        return chartView->titleText();
    if (const auto *chartView = qobject_cast<const QChartView *>(m_content))
        return chartView->chart()->title();
    return {};
}

namespace ExportViews {

namespace {

QString illustrative()
{
    return ExportText::tr("Illustrative model of the agreement's terms, not a forecast and not advice.");
}

/// Qt Charts 6.4 draws no labels for an axis formatted "%d" in some layouts; "%.0f" prints the same
/// whole numbers and always draws.
void useRobustYearLabels(QChartView *view)
{
    for (QAbstractAxis *axis : view->chart()->axes()) {
        auto *values = qobject_cast<QValueAxis *>(axis);
        if (values && values->labelFormat() == QLatin1String("%d"))
            values->setLabelFormat(QStringLiteral("%.0f"));
    }
}

/// "Scenario: Defaults (modified)." for the footnote; nothing without a name.
QString scenarioNote(const QString &scenarioName)
{
    return scenarioName.isEmpty() ? QString() : ExportText::tr("Scenario: %1.").arg(scenarioName);
}

QString joinNotes(const QStringList &notes)
{
    QStringList kept;
    for (const QString &note : notes) {
        if (!note.isEmpty())
            kept.append(note);
    }
    return kept.join(u' ');
}

} // namespace

QString sourceLine(const Dataset &dataset, const QString &language)
{
    return ExportText::tr("Dealscope %1 · %2, facts checked on %3.")
        .arg(QLatin1String(DEALSCOPE_VERSION_STRING), dataset.title.text(language),
             QLocale().toString(dataset.factsCheckedOn, QLocale::LongFormat));
}

std::unique_ptr<ExportFrame> layersChart(const Projection &projection, const std::optional<Projection> &comparison,
                                         const QString &comparisonName, const QString &source,
                                         const QString &scenarioName, std::optional<double> revenueShareCap)
{
    auto *chart = new ScenarioChart;
    useRobustYearLabels(chart);
    chart->setComparison(comparison);
    chart->setRevenueShareCap(revenueShareCap);
    chart->setProjection(projection, regimeLabel(projection.regime));
    const QString compared = comparison ? ExportText::tr("Dashed: %1.").arg(comparisonName) : QString();
    return std::make_unique<ExportFrame>(chart, QString(),
                                         joinNotes({scenarioNote(scenarioName), compared, illustrative(), source}));
}

std::unique_ptr<ExportFrame> tornadoChart(const TornadoResult &result, const QString &source,
                                          const QString &scenarioName)
{
    auto *chart = new ScenarioTornadoChart;
    chart->setResult(result);
    return std::make_unique<ExportFrame>(chart, QString(),
                                         joinNotes({scenarioNote(scenarioName), illustrative(), source}));
}

std::unique_ptr<ExportFrame> fanChart(const MonteCarloResult &result, const QString &source,
                                      const QString &scenarioName)
{
    auto *chart = new ScenarioFanChart;
    useRobustYearLabels(chart);
    chart->setResult(result);
    return std::make_unique<ExportFrame>(chart, QString(),
                                         joinNotes({scenarioNote(scenarioName), illustrative(), source}));
}

std::unique_ptr<ExportFrame> bridgeChart(const BridgeResult &result, const QString &source, const QString &scenarioName)
{
    auto *chart = new ScenarioBridgeChart;
    chart->setResult(result);
    return std::make_unique<ExportFrame>(chart, QString(),
                                         joinNotes({scenarioNote(scenarioName), illustrative(), source}));
}

std::unique_ptr<ExportFrame> timeline(const DatasetPtr &dataset, const QString &versionId, const QString &language,
                                      const QString &source)
{
    auto *view = new TimelineView;
    // The models outlive the view: they become the frame's children after it (children die in order).
    auto *model = new AgreementModel;
    auto *filter = new AgreementFilterModel;
    model->setLanguage(language);
    model->setDataset(dataset);
    model->setVersion(versionId);
    filter->setSourceModel(model);
    view->setModel(filter);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setFrameShape(QFrame::NoFrame);
    QList<TimelineView::VersionMark> marks;
    QString versionLabel;
    for (const Version &version : dataset->versions) {
        marks.append({version.date, version.id});
        if (version.id == versionId)
            versionLabel = version.label.text(language);
    }
    view->setVersionMarks(marks);
    view->setCurrentVersion(versionId);
    const QString heading = ExportText::tr("%1: clauses and events as of %2")
                                .arg(dataset->title.text(language), versionLabel.isEmpty() ? versionId : versionLabel);
    const QString note = ExportText::tr("Bars run from a term's start to its end; faded ends wait for a milestone "
                                        "such as AGI verification.");
    auto frame = std::make_unique<ExportFrame>(view, heading, joinNotes({note, source}));
    model->setParent(frame.get());
    filter->setParent(frame.get());
    return frame;
}

} // namespace ExportViews

} // namespace Dealscope
