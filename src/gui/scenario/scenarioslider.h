// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/scenarioassumptions.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSlider;
class QToolButton;

namespace Dealscope {

/// One assumption of the scenario panel: its label, a badge saying where the default comes from, a slider
/// and a spin box in the assumption's unit (percent for fractions), and a reset button.
///
/// The slider and the spin box follow each other without feedback: setValue() updates both silently, and a
/// user edit in either updates the other silently and then emits valueEdited() once.
class ScenarioSlider : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioSlider(const AssumptionInfo &info, QWidget *parent = nullptr);

    AssumptionId id() const { return m_info.id; }
    const AssumptionInfo &info() const { return m_info; }
    double value() const { return m_value; }

    /// Shows @p value (in the model's unit: fractions as 0–1) without emitting anything. @p overridden
    /// tells whether it differs from the catalogue's default (enables the reset button).
    void setValue(double value, bool overridden);
    /// Marks the row as driven by the selected clause.
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }

    QSlider *slider() const { return m_slider; }
    QDoubleSpinBox *spinBox() const { return m_spin; }
    QToolButton *resetButton() const { return m_reset; }

    /// The slider position for @p value, and back (both clamp to the range).
    int positionFor(double value) const;
    double valueAt(int position) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    /// The user moved the slider or edited the spin box. @p dragging is true while the slider is held down.
    void valueEdited(Dealscope::AssumptionId id, double value, bool dragging);
    void resetRequested(Dealscope::AssumptionId id);
    void dragStarted(Dealscope::AssumptionId id);
    void dragFinished(Dealscope::AssumptionId id);

private:
    void retranslate();
    double displayScale() const;
    void sliderMoved(int position);
    void spinEdited(double shown);

    AssumptionInfo m_info;
    double m_value;
    bool m_highlighted = false;
    QLabel *m_label;
    QLabel *m_badge;
    QSlider *m_slider;
    QDoubleSpinBox *m_spin;
    QToolButton *m_reset;
};

} // namespace Dealscope
