// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guide/userguide.h"

class QWidget;

namespace Dealscope {

/// Which part of the user guide a pane is about, so that F1 opens the guide where the user is. The
/// topic is kept on the pane's widget; a widget inside it inherits it.
void setHelpTopic(QWidget *pane, UserGuide::Topic topic);
/// The topic of @p widget or of the nearest pane around it; the guide's contents when none has one.
UserGuide::Topic helpTopicFor(const QWidget *widget);

} // namespace Dealscope
