// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QStatusBar;

namespace Dealscope {

/// Lets screen readers hear the status bar's messages ("Found: …", what a new version changed): the status
/// bar's accessible name follows its message, which sends a name change, and where Qt has announcements
/// (6.8 on) the message is announced as well.
void announceStatusMessages(QStatusBar *statusBar);

} // namespace Dealscope
