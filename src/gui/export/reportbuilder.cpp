// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/reportbuilder.h"

#include "agreement/agreementstate.h"
#include "compare/redlinehtml.h"
#include "dealscope_version.h"
#include "export/exporttext.h"
#include "export/exportviews.h"
#include "export/reportquestions.h"
#include "scenario/scenariolabels.h"
#include "scenario/scenariomontecarlo.h"
#include "scenario/scenariotornado.h"
#include "timeline/timelineview.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace Dealscope::ReportBuilder {

namespace {

constexpr double LogicalDpi = 96.0; // the report is laid out in device-independent pixels

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString statusText(ClauseStatus status)
{
    switch (status) {
    case ClauseStatus::NotYetInForce:
        return ExportText::tr("Not yet agreed");
    case ClauseStatus::InForce:
        return ExportText::tr("In force");
    case ClauseStatus::Unknown:
        return ExportText::tr("Not restated");
    case ClauseStatus::Ended:
        return ExportText::tr("Ended");
    case ClauseStatus::Expired:
        return ExportText::tr("Expired");
    }
    return {};
}

QString endText(const Dataset &dataset, const ResolvedEnd &end, const QString &language)
{
    const QLocale locale;
    QStringList waits;
    for (const QString &id : end.pendingMilestones) {
        const Milestone *milestone = nullptr;
        for (const Milestone &m : dataset.milestones) {
            if (m.id == id)
                milestone = &m;
        }
        waits.append(milestone ? milestone->title.text(language) : id);
    }
    if (end.isOpen())
        return ExportText::tr("No end stated");
    if (!end.date.isValid())
        return ExportText::tr("At %1").arg(waits.join(QStringLiteral(", ")));
    const QString date = locale.toString(end.date, QLocale::ShortFormat);
    return waits.isEmpty() ? date : ExportText::tr("%1, or earlier at %2").arg(date, waits.join(QStringLiteral(", ")));
}

/// A source's date in the report's locale, at the precision the dataset knows it.
QString sourceDate(const PartialDate &date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    switch (date.precision()) {
    case PartialDate::Precision::Year:
        return QString::number(date.firstDay().year());
    case PartialDate::Precision::Month:
        return locale.toString(date.firstDay(), QStringLiteral("MMMM yyyy"));
    case PartialDate::Precision::Day:
        break;
    }
    return locale.toString(date.firstDay(), QLocale::ShortFormat);
}

/// "Publisher: Title (date)", escaped, as a reader cites a source.
QString sourceCitationHtml(const Source &source)
{
    QString html = QStringLiteral("<b>%1</b>").arg(esc(source.publisher));
    if (!source.title.isEmpty())
        html += QStringLiteral(": ") + esc(source.title);
    if (const QString date = sourceDate(source.date); !date.isEmpty())
        html += QStringLiteral(" (") + esc(date) + u')';
    return html;
}

/// The sources of a clause for its table cell: each cited, with the link's host (the full link is in the
/// list of sources at the end, where a long address does not squeeze the table).
QString sourceCellHtml(const Dataset &dataset, const QStringList &ids)
{
    QStringList cited;
    for (const QString &id : ids) {
        const auto source = std::find_if(dataset.sources.cbegin(), dataset.sources.cend(),
                                         [&id](const Source &candidate) { return candidate.id == id; });
        if (source == dataset.sources.cend())
            continue;
        QString html = sourceCitationHtml(*source);
        if (source->url.isValid())
            html += QStringLiteral(" <a href=\"%1\">%2</a>").arg(esc(source->url.toString()), esc(source->url.host()));
        cited.append(html);
    }
    return cited.join(QStringLiteral("<br/>"));
}

const Version *versionOf(const Dataset &dataset, const QString &id)
{
    for (const Version &version : dataset.versions) {
        if (version.id == id)
            return &version;
    }
    return nullptr;
}

QString tableStyle()
{
    return QStringLiteral("<style>table { border-collapse: collapse; } th { background: #e8e8e8; text-align: left; }"
                          " td, th { padding: 3px; } h1 { font-size: 20pt; } h2 { font-size: 14pt; }"
                          " .note { color: #555555; }</style>");
}

QString assumptionValue(const AssumptionInfo &info, double value)
{
    const QLocale locale;
    switch (info.unit) {
    case AssumptionUnit::Fraction:
        return locale.toString(value * 100.0, 'f', 1) + QStringLiteral(" %");
    case AssumptionUnit::UsdBillions:
        return QStringLiteral("$") + locale.toString(value, 'f', 1) + QStringLiteral(" B");
    case AssumptionUnit::Ratio:
        return locale.toString(value, 'f', 2) + QStringLiteral(" ×");
    case AssumptionUnit::Year:
        return QString::number(int(value));
    case AssumptionUnit::Years:
        return ExportText::tr("%1 years").arg(locale.toString(value, 'f', info.integer ? 0 : 1));
    }
    return locale.toString(value);
}

QString assumptionsHtml(const ExportInputs &inputs, bool agiOnly)
{
    const AssumptionValues values = inputs.scenario.values();
    QString html = tableStyle() + QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\"><tr><th>")
        + esc(ExportText::tr("Assumption")) + QStringLiteral("</th><th>") + esc(ExportText::tr("Value"))
        + QStringLiteral("</th><th>") + esc(ExportText::tr("Default")) + QStringLiteral("</th><th>")
        + esc(ExportText::tr("Basis")) + QStringLiteral("</th></tr>");
    for (const AssumptionInfo &info : ScenarioAssumptions::all()) {
        if (agiOnly != (info.group == AssumptionGroup::Agi))
            continue;
        const bool changed = inputs.scenario.isOverridden(info.id);
        html += QStringLiteral("<tr><td>%1</td><td>%2%3%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(esc(ScenarioAssumptions::displayLabel(info.id)), changed ? QStringLiteral("<b>") : QString(),
                         esc(assumptionValue(info, values.value(info.id))),
                         changed ? QStringLiteral("</b>") : QString(), esc(assumptionValue(info, info.defaultValue)),
                         esc(info.confidence ? info.confidence->code() : ExportText::tr("assumption")));
    }
    return html + QStringLiteral("</table>");
}

QString tornadoHtml(const TornadoResult &result)
{
    const QLocale locale;
    QString html = tableStyle() + QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\"><tr><th>")
        + esc(ExportText::tr("Assumption")) + QStringLiteral("</th><th>") + esc(ExportText::tr("Range"))
        + QStringLiteral("</th><th>") + esc(ExportText::tr("At minimum, $B")) + QStringLiteral("</th><th>")
        + esc(ExportText::tr("At maximum, $B")) + QStringLiteral("</th></tr>");
    for (const TornadoBar &bar : result.bars) {
        const AssumptionInfo &info = ScenarioAssumptions::info(bar.id);
        html += QStringLiteral("<tr><td>%1</td><td>%2 – %3</td><td>%4</td><td>%5</td></tr>")
                    .arg(esc(ScenarioAssumptions::displayLabel(info.id)), esc(assumptionValue(info, bar.lowValue)),
                         esc(assumptionValue(info, bar.highValue)), locale.toString(bar.lowDelta, 'f', 0),
                         locale.toString(bar.highDelta, 'f', 0));
    }
    return html + QStringLiteral("</table>");
}

/// The bridge's steps: each differing term, its clauses and its Shapley step in both measures.
QString bridgeHtml(const BridgeResult &result)
{
    const QLocale locale;
    const auto row = [&](const QString &name, const QString &clauses, const BridgeMeasures &value) {
        return QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
            .arg(esc(name), esc(clauses), locale.toString(value.microsoft, 'f', 1),
                 locale.toString(value.revenueShare, 'f', 1));
    };
    QString html = tableStyle() + QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\"><tr><th>")
        + esc(ExportText::tr("Term")) + QStringLiteral("</th><th>") + esc(ExportText::tr("Clauses"))
        + QStringLiteral("</th><th>") + esc(ExportText::tr("Microsoft total, $B")) + QStringLiteral("</th><th>")
        + esc(ExportText::tr("Revenue share, $B")) + QStringLiteral("</th></tr>");
    html += row(regimeLabel(result.from), QString(), result.start);
    for (const BridgeStep &step : result.steps)
        html += row(ScenarioBridge::termLabel(step.term), ScenarioBridge::clauses(step.term).join(QStringLiteral(", ")),
                    step.change);
    html += row(regimeLabel(result.to), QString(), result.end);
    return html + QStringLiteral("</table><p class=\"note\">")
        + esc(ExportText::tr("Each step is the term's average effect over every order of switching the terms "
                             "(its Shapley value), so the steps add up to the difference whatever their order."))
        + QStringLiteral("</p>");
}

/// Lays pages out in device-independent pixels and paints them on a paged device.
class PageWriter
{
public:
    PageWriter(QPdfWriter &writer, QPainter &painter) : m_writer(writer), m_painter(painter)
    {
        const QRect paint = writer.pageLayout().paintRectPixels(writer.resolution());
        m_scale = writer.resolution() / LogicalDpi;
        m_page = QSizeF(paint.width() / m_scale, paint.height() / m_scale);
        m_painter.scale(m_scale, m_scale);
    }

    QSizeF pageSize() const { return m_page; }
    double remaining() const { return m_page.height() - m_y; }

    void newPage()
    {
        if (m_y > 0.0) {
            m_writer.newPage();
            m_y = 0.0;
        }
    }

    /// Flows @p html over as many pages as it needs, starting at the current position when it fits there.
    void addHtml(const QString &html)
    {
        QTextDocument document;
        document.setDefaultFont(m_font);
        document.setHtml(html);
        document.setTextWidth(m_page.width());
        const double height = document.size().height();
        if (height <= remaining()) {
            drawDocument(document, 0.0, height);
            m_y += height + 8.0;
            return;
        }
        newPage();
        document.setPageSize(m_page); // paginates: rows never straddle a page break
        const int pages = document.pageCount();
        for (int page = 0; page < pages; ++page) {
            if (page > 0) {
                m_writer.newPage();
                m_y = 0.0;
            }
            drawDocument(document, page * m_page.height(), m_page.height());
        }
        m_y = document.size().height() - (pages - 1) * m_page.height() + 8.0;
    }

    /// Draws a prepared widget @p width × its aspect at the current position, on a new page if needed.
    void addDrawing(QWidget *widget, double maxHeight)
    {
        const QSizeF size = widget->size();
        double height = std::min(maxHeight, m_page.width() * size.height() / size.width());
        if (height > remaining())
            newPage();
        height = std::min(height, remaining());
        ExportRenderer::paint(widget, m_painter, QRectF(0.0, m_y, m_page.width(), height));
        m_y += height + 8.0;
    }

    /// Draws a prepared widget across the page at the current position, as tall as its shape makes it.
    void addDrawingAcross(QWidget *widget)
    {
        const double height = m_page.width() * widget->height() / widget->width();
        ExportRenderer::paint(widget, m_painter, QRectF(0.0, m_y, m_page.width(), height));
        m_y += height + 8.0;
    }

    /// Width on the page per logical pixel of a drawing @p logicalWidth wide.
    double scaleFor(int logicalWidth) const { return m_page.width() / logicalWidth; }

    void setFont(const QFont &font) { m_font = font; }

private:
    void drawDocument(QTextDocument &document, double from, double height)
    {
        m_painter.save();
        m_painter.translate(0.0, m_y - from);
        const QRectF clip(0.0, from, m_page.width(), height);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        m_painter.setClipRect(clip);
        document.documentLayout()->draw(&m_painter, context);
        m_painter.restore();
    }

    QPdfWriter &m_writer;
    QPainter &m_painter;
    QSizeF m_page;
    double m_scale = 1.0;
    double m_y = 0.0;
    QFont m_font;
};

/// Draws the timeline over as many pages as its lanes need. Each page shows the frame (heading, axis band,
/// footnote) laid out at the height left on it, with the lanes scrolled on by whole rows.
void addTimelinePages(PageWriter &pages, ExportFrame &frame, bool darkPalette)
{
    auto *view = qobject_cast<TimelineView *>(frame.content());
    const int width = frame.width();
    if (!view) {
        pages.addDrawing(&frame, pages.pageSize().height());
        return;
    }
    const double scale = pages.scaleFor(width);
    const QList<int> boundaries = view->rowBoundaries();
    const int lanesHeight = view->lanesHeight();
    const int minimumShown = 3 * view->fontMetrics().height(); // a few rows at least, else a fresh page
    int top = 0;
    while (top < lanesHeight) {
        int frameHeight = int(std::floor(pages.remaining() / scale)) - 1;
        ExportRenderer::prepare(&frame, QSize(width, frameHeight), darkPalette);
        int shown = view->viewport()->height() - view->axisHeight();
        const bool freshPage = pages.remaining() >= pages.pageSize().height();
        if (shown < minimumShown && !freshPage) {
            pages.newPage(); // too little room left here: start on a fresh page
            continue;
        }
        // End at the last row boundary that fits, so no row is cut; then shrink the frame to just that.
        int bottom = std::min(lanesHeight, top + shown);
        if (bottom < lanesHeight) {
            const auto after = std::upper_bound(boundaries.cbegin(), boundaries.cend(), bottom);
            if (after != boundaries.cbegin() && *(after - 1) > top)
                bottom = *(after - 1);
        }
        if (bottom <= top)
            bottom = std::min(lanesHeight, top + std::max(1, shown));
        frameHeight -= shown - (bottom - top);
        ExportRenderer::prepare(&frame, QSize(width, frameHeight), darkPalette);
        view->scrollLanesTo(top);
        pages.addDrawingAcross(&frame);
        top = bottom;
        if (top < lanesHeight)
            pages.newPage();
    }
    frame.hide();
}

} // namespace

QString coverHtml(const ExportInputs &inputs)
{
    const Dataset &dataset = *inputs.dataset;
    const QLocale locale;
    const Version *version = versionOf(dataset, inputs.versionId);
    QString html = tableStyle();
    html += QStringLiteral("<h1>%1</h1>").arg(esc(dataset.title.text(inputs.language)));
    html += QStringLiteral("<p>%1</p>").arg(esc(dataset.description.text(inputs.language)));
    if (version) {
        html += QStringLiteral("<p><b>%1</b> %2 (%3)</p>")
                    .arg(esc(ExportText::tr("Version:")), esc(version->label.text(inputs.language)),
                         esc(locale.toString(version->date, QLocale::LongFormat)));
    }
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(esc(ExportText::tr("Facts checked on:")),
                     esc(locale.toString(dataset.factsCheckedOn, QLocale::LongFormat)));
    if (!dataset.coverageNote.isEmpty())
        html += QStringLiteral("<p class=\"note\">%1</p>").arg(esc(dataset.coverageNote.text(inputs.language)));
    html += QStringLiteral("<p><b>%1</b> %2, %3</p>")
                .arg(esc(ExportText::tr("Scenario:")), esc(inputs.scenarioName),
                     esc(regimeLabel(inputs.scenario.regime)));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(esc(ExportText::tr("Report made on:")),
                     esc(locale.toString(QDate::currentDate(), QLocale::LongFormat)));
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(esc(ExportText::tr("Made with Dealscope %1. The scenario figures are illustrative: neither a "
                                        "forecast nor legal or investment advice. Confidence codes: A official text, "
                                        "B several independent reports, C a single or weak source, X not verified.")
                             .arg(QLatin1String(DEALSCOPE_VERSION_STRING))));
    return html;
}

QString clausesHtml(const ExportInputs &inputs)
{
    const Dataset &dataset = *inputs.dataset;
    const AgreementState state = asOf(dataset, inputs.versionId);
    QString html = tableStyle() + QStringLiteral("<h2>%1</h2>").arg(esc(ExportText::tr("Clauses in force")));
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th>"
                           "<th>%4</th><th>%5</th></tr>")
                .arg(esc(ExportText::tr("Clause")), esc(ExportText::tr("Status")), esc(ExportText::tr("Ends")),
                     esc(ExportText::tr("Confidence")), esc(ExportText::tr("Sources")));
    for (const ClauseState &clause : state.clauses) {
        if (!clause.isApplicable())
            continue;
        html += QStringLiteral("<tr><td><b>%1</b> %2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(esc(clause.clause->id), esc(clause.clause->title.text(inputs.language)),
                         esc(statusText(clause.status)), esc(endText(dataset, clause.end, inputs.language)),
                         esc(clause.clause->confidence.code()), sourceCellHtml(dataset, clause.clause->sources));
    }
    return html + QStringLiteral("</table>");
}

QString whatChangedHtml(const ExportInputs &inputs)
{
    const Dataset &dataset = *inputs.dataset;
    const QString previous = VersionComparison::previousVersion(dataset, inputs.versionId);
    if (previous.isEmpty())
        return {};
    const VersionComparison comparison
        = VersionComparison::compare(dataset, previous, inputs.versionId, inputs.language);
    return tableStyle() + RedlineHtml::document(dataset, comparison, ExportText::tr("What changed"));
}

QString sourcesHtml(const ExportInputs &inputs)
{
    QString html = tableStyle()
        + QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\">").arg(esc(ExportText::tr("Sources")));
    for (const Source &source : inputs.dataset->sources) {
        html += QStringLiteral("<tr><td>%1<br/><span class=\"note\">%2</span></td></tr>")
                    .arg(sourceCitationHtml(source), esc(source.url.toString()));
    }
    return html + QStringLiteral("</table>");
}

bool write(const ExportInputs &inputs, const QString &path, const RenderSettings &settings, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = ExportText::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setTitle(ExportText::tr("%1 — report").arg(inputs.dataset->title.text(inputs.language)));
    writer.setCreator(QStringLiteral("Dealscope"));
    writer.setResolution(300);
    QPageSize page(QPageSize::A4);
    for (const auto &[key, id] :
         {std::pair {"A3", QPageSize::A3}, std::pair {"A5", QPageSize::A5}, std::pair {"Letter", QPageSize::Letter},
          std::pair {"Legal", QPageSize::Legal}, std::pair {"Tabloid", QPageSize::Tabloid}}) {
        if (settings.pageSize.compare(QLatin1String(key), Qt::CaseInsensitive) == 0)
            page = QPageSize(id);
    }
    writer.setPageLayout(QPageLayout(page, QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));

    // Build the drawings before painting starts: preparing a widget must not happen mid-page.
    const QString source = ExportViews::sourceLine(*inputs.dataset, inputs.language);
    const QSize drawing(1000, 640);
    std::unique_ptr<ExportFrame> timeline
        = ExportViews::timeline(inputs.dataset, inputs.versionId, inputs.language, source);
    ExportRenderer::prepare(timeline.get(), QSize(1000, 900), settings.darkPalette);
    timeline->hide();

    struct ChartSection
    {
        QString heading;
        std::unique_ptr<ExportFrame> frame;
        QString table;
    };
    std::vector<ChartSection> charts;
    if (inputs.contract) {
        const Projection projection = inputs.projection();
        charts.push_back({ExportText::tr("Azure stack by layer and revenue share"),
                          ExportViews::layersChart(projection, std::nullopt, QString(), source),
                          assumptionsHtml(inputs, false)});
        if (const std::optional<Projection> other = inputs.otherProjection()) {
            const QString name = ScenarioLabels::otherTerms(inputs.scenario.regime);
            charts.push_back({ExportText::tr("Comparison with the other terms"),
                              ExportViews::layersChart(projection, other, name, source),
                              QStringLiteral("<p>%1</p>")
                                  .arg(esc(ExportText::tr("Solid: %1. Dashed: %2. Assumptions as in the table above.")
                                               .arg(regimeLabel(projection.regime), name)))});
        }
        if (inputs.bridgeFrom && inputs.bridgeTo) {
            const BridgeResult bridge = inputs.bridge();
            charts.push_back({ExportText::tr("Amendment bridge, term by term"),
                              ExportViews::bridgeChart(bridge, source), bridgeHtml(bridge)});
        }
        const TornadoResult tornado = ScenarioTornado::run(*inputs.contract, inputs.scenario.values());
        charts.push_back(
            {ExportText::tr("Sensitivity"), ExportViews::tornadoChart(tornado, source), tornadoHtml(tornado)});
        const MonteCarloResult fan
            = ScenarioMonteCarlo::run(*inputs.contract, inputs.scenario.values(), inputs.scenario.horizon);
        charts.push_back({ExportText::tr("AGI-year uncertainty"), ExportViews::fanChart(fan, source),
                          assumptionsHtml(inputs, true)});
    }
    for (ChartSection &section : charts) {
        ExportRenderer::prepare(section.frame.get(), drawing, settings.darkPalette);
        section.frame->hide(); // one laid-out drawing on the (offscreen) desktop at a time
    }

    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        *error = ExportText::tr("cannot write %1: the PDF could not be started").arg(path);
        return false;
    }
    PageWriter pages(writer, painter);
    pages.addHtml(coverHtml(inputs));
    pages.newPage();
    pages.addHtml(clausesHtml(inputs));
    if (const QString changes = whatChangedHtml(inputs); !changes.isEmpty()) {
        pages.newPage();
        pages.addHtml(changes);
    }
    if (const QString questions = ReportQuestions::html(inputs); !questions.isEmpty()) {
        pages.newPage();
        pages.addHtml(tableStyle() + questions);
    }
    pages.newPage();
    pages.addHtml(tableStyle() + QStringLiteral("<h2>%1</h2>").arg(esc(ExportText::tr("Timeline"))));
    addTimelinePages(pages, *timeline, settings.darkPalette);
    for (ChartSection &section : charts) {
        pages.newPage();
        pages.addHtml(tableStyle() + QStringLiteral("<h2>%1</h2>").arg(esc(section.heading)));
        pages.addDrawing(section.frame.get(), pages.pageSize().height() * 0.5);
        pages.addHtml(section.table);
    }
    pages.newPage();
    pages.addHtml(sourcesHtml(inputs));
    painter.end();
    if (!file.commit()) {
        *error = ExportText::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Dealscope::ReportBuilder
