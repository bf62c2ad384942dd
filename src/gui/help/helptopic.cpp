// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/helptopic.h"

#include <QVariant>
#include <QWidget>

namespace Dealscope {

namespace {
constexpr char TopicProperty[] = "dealscopeHelpTopic";
}

void setHelpTopic(QWidget *pane, UserGuide::Topic topic)
{
    pane->setProperty(TopicProperty, int(topic));
}

UserGuide::Topic helpTopicFor(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const QVariant topic = w->property(TopicProperty);
        if (topic.isValid())
            return UserGuide::Topic(topic.toInt());
    }
    return UserGuide::Topic::Contents;
}

} // namespace Dealscope
