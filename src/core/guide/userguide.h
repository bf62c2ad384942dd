// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace Dealscope::UserGuide {

/// A part of the bundled user guide (resources/guide/<language>.html), one per view or pane, so that F1
/// can open the part about where the user is. Each has an anchor of the same name in every guide.
enum class Topic {
    Contents,
    Glance,
    Explorer,
    Tree,
    Timeline,
    Details,
    Versions,
    Find,
    Scenario,
    Charts,
    Bridge,
    Articles,
    Compare,
    Questions,
    Glossary,
    Export,
    Keyboard,
};

/// Every topic, in the order of the guide.
QList<Topic> topics();
/// The topic's anchor in the guide's HTML: "timeline", "scenario", …
QString anchor(Topic topic);

/// The languages the guide is written in; English is always one of them.
QStringList languages();
/// The guide to show in @p language: its own when one is written, else English.
QString documentPath(const QString &language);
/// The address of @p topic in the guide for @p language (a qrc: URL with the topic's anchor as fragment).
QUrl topicUrl(const QString &language, Topic topic);

} // namespace Dealscope::UserGuide
