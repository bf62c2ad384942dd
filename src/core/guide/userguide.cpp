// SPDX-License-Identifier: GPL-3.0-or-later
#include "guide/userguide.h"

#include <QDir>
#include <QFileInfo>

namespace Dealscope::UserGuide {

namespace {

// The guides are embedded by src/core/CMakeLists.txt, one file per language code ("zh-Hans.html").
const QString GuideDirectory = QStringLiteral(":/guide");

struct TopicAnchor
{
    Topic topic;
    QStringView anchor;
};

constexpr TopicAnchor Anchors[] = {
    {Topic::Contents, u"contents"}, {Topic::Glance, u"glance"},       {Topic::Explorer, u"explorer"},
    {Topic::Tree, u"tree"},         {Topic::Timeline, u"timeline"},   {Topic::Details, u"details"},
    {Topic::Versions, u"versions"}, {Topic::Find, u"find"},           {Topic::Scenario, u"scenario"},
    {Topic::Charts, u"charts"},     {Topic::Bridge, u"bridge"},       {Topic::Articles, u"articles"},
    {Topic::Compare, u"compare"},   {Topic::Questions, u"questions"}, {Topic::Glossary, u"glossary"},
    {Topic::Export, u"export"},     {Topic::Keyboard, u"keyboard"},
};

QString pathFor(const QString &language)
{
    return GuideDirectory + u'/' + language + QStringLiteral(".html");
}

} // namespace

QList<Topic> topics()
{
    QList<Topic> list;
    for (const TopicAnchor &entry : Anchors)
        list.append(entry.topic);
    return list;
}

QString anchor(Topic topic)
{
    for (const TopicAnchor &entry : Anchors) {
        if (entry.topic == topic)
            return entry.anchor.toString();
    }
    return QStringLiteral("contents");
}

QStringList languages()
{
    QStringList list;
    const QFileInfoList files = QDir(GuideDirectory).entryInfoList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files)
        list.append(file.completeBaseName());
    return list;
}

QString documentPath(const QString &language)
{
    const QString own = pathFor(language);
    return QFileInfo::exists(own) ? own : pathFor(QStringLiteral("en"));
}

QUrl topicUrl(const QString &language, Topic topic)
{
    QUrl url(QStringLiteral("qrc") + documentPath(language));
    url.setFragment(anchor(topic));
    return url;
}

} // namespace Dealscope::UserGuide
