// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sandbox/community.h"
#include "models/sandbox/content/blocks.h"
#include "models/sandbox/content/slots.h"

#include <QStringList>

namespace steward::sandbox {

/// The words of one topic: the theme it is about and the values of its slots. A pure function
/// of (seed, topic id, kind, category), so titles and posts can be made again at any time.
struct TopicWords
{
    QString title; ///< a category's definition topic gets its title from the category instead
    QStringList tags;
    QString detail;
    QString codeLanguage;
    QString code;
    QString fix;
    Slots slots;
};

TopicWords topicWords(quint64 seed, Id topicId, TopicKind kind, const QString& categorySlug);
/// Discourse-style slug: lower-case ASCII words joined by '-'; "topic" when nothing is left.
QString slugify(const QString& title);
/// The Markdown and cooked HTML of a post, made from its kind and its topic's words.
RenderedPost postContent(const SandboxCommunity& community, const PostRecord& post);

} // namespace steward::sandbox
