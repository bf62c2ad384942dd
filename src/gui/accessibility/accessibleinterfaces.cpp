// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/accessibleinterfaces.h"

#include "accessibility/documentaccessible.h"

#include <QAbstractSpinBox>
#include <QAccessibleWidget>
#include <QChartView>
#include <QDoubleSpinBox>
#include <QPointer>
#include <QSlider>
#include <QSpinBox>
#include <QTextBrowser>
#include <QToolButton>

namespace Dealscope {

namespace {

const char ValueBuddyProperty[] = "dealscopeValueBuddy";
const char FoldingHeadingProperty[] = "dealscopeFoldingHeading";

/// The value of a spin box as a double, whichever kind it is.
struct SpinValue
{
    double value = 0, minimum = 0, maximum = 0, step = 0;
};

SpinValue spinValue(const QAbstractSpinBox *box)
{
    if (const auto *spin = qobject_cast<const QDoubleSpinBox *>(box))
        return {spin->value(), spin->minimum(), spin->maximum(), spin->singleStep()};
    if (const auto *spin = qobject_cast<const QSpinBox *>(box))
        return {double(spin->value()), double(spin->minimum()), double(spin->maximum()), double(spin->singleStep())};
    return {};
}

/// A slider that stands for a spin box beside it: the same value, range and step, in the spin box's
/// unit; setting the value sets the spin box, which moves the slider.
class BuddySliderAccessible : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    BuddySliderAccessible(QSlider *slider, QAbstractSpinBox *buddy)
        : QAccessibleWidget(slider, QAccessible::Slider), m_buddy(buddy)
    { }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ValueInterface)
            return static_cast<QAccessibleValueInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    QString text(QAccessible::Text type) const override
    {
        // The value as the spin box shows it, unit included, ahead of the slider's own description.
        if (type == QAccessible::Value && m_buddy)
            return m_buddy->text();
        if (type == QAccessible::Description && m_buddy) {
            const QString own = QAccessibleWidget::text(type);
            return own.isEmpty() ? m_buddy->text() : m_buddy->text() + QStringLiteral(". ") + own;
        }
        return QAccessibleWidget::text(type);
    }

    QVariant currentValue() const override { return m_buddy ? spinValue(m_buddy).value : QVariant(); }
    void setCurrentValue(const QVariant &value) override
    {
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(m_buddy.data()))
            spin->setValue(value.toDouble());
        else if (auto *spin = qobject_cast<QSpinBox *>(m_buddy.data()))
            spin->setValue(qRound(value.toDouble()));
    }
    QVariant maximumValue() const override { return m_buddy ? spinValue(m_buddy).maximum : QVariant(); }
    QVariant minimumValue() const override { return m_buddy ? spinValue(m_buddy).minimum : QVariant(); }
    QVariant minimumStepSize() const override { return m_buddy ? spinValue(m_buddy).step : QVariant(); }

private:
    QPointer<QAbstractSpinBox> m_buddy;
};

/// A button that folds a group away: a heading with the expanded state and a press action.
class FoldingHeadingAccessible : public QAccessibleWidget
{
public:
    explicit FoldingHeadingAccessible(QToolButton *button) : QAccessibleWidget(button, QAccessible::Heading)
    {
        addControllingSignal(QStringLiteral("toggled(bool)"));
    }

    QString text(QAccessible::Text type) const override
    {
        if (type == QAccessible::Name)
            return button()->text();
        return QAccessibleWidget::text(type);
    }

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.expandable = true;
        state.expanded = button()->isChecked();
        state.collapsed = !button()->isChecked();
        return state;
    }

    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString &action) override
    {
        if (action == pressAction())
            button()->click();
    }

private:
    QToolButton *button() const { return static_cast<QToolButton *>(widget()); }
};

/// A chart, read as one object: its name and description are the widget's (the chart sets its title and
/// a summary of its figures); the Table tab holds every figure.
class ChartAccessible : public QAccessibleWidget
{
public:
    explicit ChartAccessible(QWidget *chart) : QAccessibleWidget(chart, QAccessible::Chart) { }

    int childCount() const override { return 0; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
};

/// Drops @p widget's interface if one was made already, so that the next one comes from the factory above.
void recreateInterface(QWidget *widget)
{
    if (QAccessibleInterface *made = QAccessible::queryAccessibleInterface(widget))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(made));
}

QAccessibleInterface *factory(const QString &, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    if (auto *slider = qobject_cast<QSlider *>(object)) {
        auto *buddy = slider->property(ValueBuddyProperty).value<QAbstractSpinBox *>();
        return buddy ? new BuddySliderAccessible(slider, buddy) : nullptr;
    }
    if (auto *button = qobject_cast<QToolButton *>(object))
        return button->property(FoldingHeadingProperty).toBool() ? new FoldingHeadingAccessible(button) : nullptr;
    if (auto *browser = qobject_cast<QTextBrowser *>(object))
        return new DocumentAccessible(browser);
    if (auto *chart = qobject_cast<QChartView *>(object))
        return new ChartAccessible(chart);
    return nullptr;
}

} // namespace

void installAccessibleInterfaces()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QAccessible::installFactory(factory);
}

void reportValueOf(QSlider *slider, QAbstractSpinBox *spinBox)
{
    slider->setProperty(ValueBuddyProperty, QVariant::fromValue(spinBox));
    recreateInterface(slider);
}

void describeSpecialValue(QSpinBox *spinBox)
{
    const bool special = spinBox->value() == spinBox->minimum() && !spinBox->specialValueText().isEmpty();
    spinBox->setAccessibleDescription(special ? spinBox->specialValueText() + QStringLiteral(". ") + spinBox->toolTip()
                                              : QString());
}

void markAsFoldingHeading(QToolButton *button)
{
    button->setProperty(FoldingHeadingProperty, true);
    recreateInterface(button);
}

} // namespace Dealscope
