// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenarioslider.h"

#include "accessibility/accessibleinterfaces.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>

#include <cmath>

namespace Dealscope {

namespace {

constexpr int LabelWidth = 172;

QString formatted(const AssumptionInfo &info, double value)
{
    const QLocale locale;
    switch (info.unit) {
    case AssumptionUnit::UsdBillions:
        return ScenarioSlider::tr("$%1 B").arg(locale.toString(value, 'f', 1));
    case AssumptionUnit::Fraction:
        return ScenarioSlider::tr("%1 %").arg(locale.toString(value * 100.0, 'f', 1));
    case AssumptionUnit::Ratio:
        return ScenarioSlider::tr("%1 ×").arg(locale.toString(value, 'f', 2));
    case AssumptionUnit::Year:
        return QString::number(std::lround(value));
    case AssumptionUnit::Years:
        return ScenarioSlider::tr("%1 years").arg(locale.toString(value, 'f', info.integer ? 0 : 1));
    }
    return locale.toString(value);
}

} // namespace

ScenarioSlider::ScenarioSlider(const AssumptionInfo &info, QWidget *parent)
    : QWidget(parent)
    , m_info(info)
    , m_value(info.defaultValue)
    , m_label(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_spin(new QDoubleSpinBox(this))
    , m_reset(new QToolButton(this))
{
    setObjectName(QStringLiteral("assumption_") + info.key);

    m_label->setFixedWidth(LabelWidth);
    m_label->setWordWrap(true);

    // Where the default comes from: a fact-sheet code, or a visible "assumption" badge.
    m_badge->setObjectName(QStringLiteral("badge"));
    m_badge->setAlignment(Qt::AlignCenter);
    if (info.isAssumption()) {
        m_badge->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 3px;"
                                              " padding: 0px 3px; font-style: italic; }"));
    } else {
        m_badge->setStyleSheet(
            QStringLiteral("QLabel { border: 1px solid palette(highlight); border-radius: 3px; padding: 0px 3px; }"));
    }
    QFont small = m_badge->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_badge->setFont(small);

    const int steps = std::max(1, int(std::lround((info.maximum - info.minimum) / info.step)));
    m_slider->setRange(0, steps);
    m_slider->setSingleStep(1);
    m_slider->setPageStep(std::max(1, steps / 10));
    m_slider->setMinimumWidth(90);

    const double scale = displayScale();
    m_spin->setKeyboardTracking(false);
    m_spin->setGroupSeparatorShown(false);
    m_spin->setAccelerated(true);
    m_spin->setDecimals(info.unit == AssumptionUnit::Ratio ? 2
                            : info.unit == AssumptionUnit::Year || (info.unit == AssumptionUnit::Years && info.integer)
                            ? 0
                            : 1);
    if (info.unit == AssumptionUnit::UsdBillions)
        m_spin->setPrefix(QStringLiteral("$"));
    m_spin->setRange(info.minimum * scale, info.maximum * scale);
    m_spin->setSingleStep(info.step * scale);
    m_spin->setFixedWidth(92);
    m_spin->setAlignment(Qt::AlignRight);

    m_reset->setText(QStringLiteral("↺"));
    m_reset->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 1, 2, 1);
    layout->setSpacing(6);
    layout->addWidget(m_label);
    layout->addWidget(m_badge);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spin);
    layout->addWidget(m_reset);

    reportValueOf(m_slider, m_spin);
    retranslate();
    setValue(info.defaultValue, false);

    connect(m_slider, &QSlider::valueChanged, this, &ScenarioSlider::sliderMoved);
    connect(m_slider, &QSlider::sliderPressed, this, [this] { Q_EMIT dragStarted(m_info.id); });
    connect(m_slider, &QSlider::sliderReleased, this, [this] { Q_EMIT dragFinished(m_info.id); });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, &ScenarioSlider::spinEdited);
    connect(m_reset, &QToolButton::clicked, this, [this] { Q_EMIT resetRequested(m_info.id); });
}

/// Every text of the row, in the interface language; numbers in its locale.
void ScenarioSlider::retranslate()
{
    const AssumptionInfo &info = m_info;
    const QString label = ScenarioAssumptions::displayLabel(info.id);
    m_label->setText(label);
    const QString range
        = tr("Range %1 to %2; default %3.")
              .arg(formatted(info, info.minimum), formatted(info, info.maximum), formatted(info, info.defaultValue));
    const QString tip = QStringLiteral("<p><b>%1</b></p><p>%2</p><p>%3</p>")
                            .arg(label.toHtmlEscaped(), ScenarioAssumptions::displayRationale(info.id).toHtmlEscaped(),
                                 range.toHtmlEscaped());
    m_label->setToolTip(tip);
    if (info.isAssumption()) {
        m_badge->setText(tr("assumption"));
        m_badge->setToolTip(tr("No published figure: the default is an assumption of the model."));
    } else {
        m_badge->setText(tr("source %1").arg(info.confidence->code()));
        m_badge->setToolTip(tr("The default rests on a reported figure (confidence %1 in the fact sheet).")
                                .arg(info.confidence->code()));
    }
    // Every row's badge is as wide as the longest badge text, so the sliders line up.
    m_badge->setFixedWidth(std::max(QFontMetrics(m_badge->font()).horizontalAdvance(tr("assumption")),
                                    QFontMetrics(m_badge->font()).horizontalAdvance(m_badge->text()))
                           + 12);
    // Screen readers hear the name, then this: the tooltip's lines without its markup and title.
    const QString description = ScenarioAssumptions::displayRationale(info.id) + QLatin1Char(' ') + range;
    m_label->setAccessibleDescription(description);
    m_slider->setToolTip(tip);
    m_slider->setAccessibleName(label);
    m_slider->setAccessibleDescription(description);
    m_spin->setToolTip(tip);
    m_spin->setAccessibleName(label);
    m_spin->setAccessibleDescription(description);
    switch (info.unit) {
    case AssumptionUnit::UsdBillions:
        m_spin->setSuffix(tr(" B"));
        break;
    case AssumptionUnit::Fraction:
        m_spin->setSuffix(tr(" %"));
        break;
    case AssumptionUnit::Ratio:
        m_spin->setSuffix(tr(" ×"));
        break;
    case AssumptionUnit::Year:
        break;
    case AssumptionUnit::Years:
        m_spin->setSuffix(tr(" yr"));
        break;
    }
    m_reset->setToolTip(tr("Reset to the default (%1)").arg(formatted(info, info.defaultValue)));
    m_reset->setAccessibleName(tr("Reset %1").arg(label));
}

void ScenarioSlider::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

double ScenarioSlider::displayScale() const
{
    return m_info.unit == AssumptionUnit::Fraction ? 100.0 : 1.0;
}

int ScenarioSlider::positionFor(double value) const
{
    const int position = int(std::lround((value - m_info.minimum) / m_info.step));
    return std::clamp(position, m_slider->minimum(), m_slider->maximum());
}

double ScenarioSlider::valueAt(int position) const
{
    if (position >= m_slider->maximum())
        return m_info.maximum;
    const double value = m_info.minimum + position * m_info.step;
    // Keep whole numbers whole and strip the binary noise of repeated steps (0.1 + 3 × 0.05).
    const double rounded = m_info.integer ? std::round(value) : std::round(value * 1e9) / 1e9;
    return std::clamp(rounded, m_info.minimum, m_info.maximum);
}

void ScenarioSlider::setValue(double value, bool overridden)
{
    m_value = value;
    {
        const QSignalBlocker blockSlider(m_slider);
        m_slider->setValue(positionFor(value));
    }
    {
        const QSignalBlocker blockSpin(m_spin);
        m_spin->setValue(value * displayScale());
    }
    m_reset->setEnabled(overridden);
}

void ScenarioSlider::setHighlighted(bool on)
{
    if (m_highlighted == on)
        return;
    m_highlighted = on;
    QFont font = m_label->font();
    font.setBold(on);
    m_label->setFont(font);
    update();
}

void ScenarioSlider::paintEvent(QPaintEvent *event)
{
    if (m_highlighted) {
        // A tint of the current palette's highlight colour: follows light and dark palettes.
        QPainter painter(this);
        QColor tint = palette().color(QPalette::Highlight);
        tint.setAlphaF(0.22f);
        painter.fillRect(rect(), tint);
    }
    QWidget::paintEvent(event);
}

void ScenarioSlider::sliderMoved(int position)
{
    const double value = valueAt(position);
    if (value == m_value)
        return;
    m_value = value;
    {
        const QSignalBlocker blockSpin(m_spin);
        m_spin->setValue(value * displayScale());
    }
    Q_EMIT valueEdited(m_info.id, value, m_slider->isSliderDown());
}

void ScenarioSlider::spinEdited(double shown)
{
    double value = std::clamp(shown / displayScale(), m_info.minimum, m_info.maximum);
    if (m_info.integer)
        value = std::round(value);
    else
        value = std::round(value * 1e9) / 1e9;
    if (value == m_value)
        return;
    m_value = value;
    {
        const QSignalBlocker blockSlider(m_slider);
        m_slider->setValue(positionFor(value));
    }
    Q_EMIT valueEdited(m_info.id, value, false);
}

} // namespace Dealscope
