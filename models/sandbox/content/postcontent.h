// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sandbox/community.h"
#include "models/sandbox/content/blocks.h"

#include <QStringList>

namespace steward::sandbox {

/// The words of one topic: the theme it is about and the values of its slots. A pure function
/// of (seed, topic id, kind, category), so titles and posts can be made again at any time.
struct TopicWords
{
    QString title;
    QStringList tags;
    QString detail;
    QString codeLanguage;
    QString code;
    QString fix;
    QString platform;
    QString version;
    QString plan;
};

TopicWords topicWords(quint64 seed, Id topicId, TopicKind kind, const QString& categorySlug);
/// Discourse-style slug: lower-case ASCII words joined by '-'; "topic" when nothing is left.
QString slugify(const QString& title);
/// The Markdown and cooked HTML of a post, made from its kind and its topic's words.
RenderedPost postContent(const SandboxCommunity& community, const PostRecord& post);

} // namespace steward::sandbox
