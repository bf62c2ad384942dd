// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSlider;
class QAbstractSpinBox;
class QSpinBox;
class QTextBrowser;
class QToolButton;

namespace Dealscope {

/// Registers the accessibility factory for the widgets whose stock interface tells a screen reader the
/// wrong thing (see docs/accessibility.md); safe to call more than once. Read-only text views and charts
/// get theirs by class; sliders and folding titles opt in below, best right after they are made (an
/// interface made earlier is replaced).
void installAccessibleInterfaces();

/// @p slider reports @p spinBox's value, range and step: a screen reader then says "50.0" in the
/// assumption's unit instead of the slider's step index.
void reportValueOf(QSlider *slider, QAbstractSpinBox *spinBox);

/// While @p spinBox shows its special value text ("not assumed"), its description starts with that text,
/// since its value (the minimum) says nothing; call it after each change of value or language.
void describeSpecialValue(QSpinBox *spinBox);

/// @p button, which folds a group of controls away, reads as a heading that is expanded or collapsed
/// (its checked state), not as a check box.
void markAsFoldingHeading(QToolButton *button);

} // namespace Dealscope
