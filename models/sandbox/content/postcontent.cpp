// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/content/postcontent.h"

#include "models/sandbox/content/phrasebook.h"
#include "models/sandbox/content/titles.h"
#include "models/sandbox/generator/rng.h"

namespace steward::sandbox {

namespace {

template <typename T> const T& pick(Rng& rng, std::span<const T> items)
{
    return items[std::size_t(rng.range(0, int(items.size()) - 1))];
}

QString pickText(Rng& rng, std::span<const char* const> items)
{
    return QString::fromUtf8(pick(rng, items));
}

const phrasebook::Theme& themeOf(Rng& rng, TopicKind kind, const QString& slug)
{
    switch (kind) {
    case TopicKind::Announcement:
        return pick(rng, phrasebook::announcementThemes());
    case TopicKind::Idea:
        return pick(rng, phrasebook::ideaThemes());
    case TopicKind::Discussion:
        return pick(rng, phrasebook::discussionThemes());
    case TopicKind::Spam:
        return pick(rng, phrasebook::spamThemes());
    case TopicKind::PrivateMessage:
        return pick(rng, phrasebook::messageThemes());
    case TopicKind::Megathread:
        return slug == u"community-lounge" ? phrasebook::introductionTheme()
                                           : phrasebook::feedbackTheme();
    case TopicKind::KnownIssue:
        return pick(rng, phrasebook::knownIssueThemes());
    case TopicKind::Question:
    case TopicKind::CategoryAbout:
        break;
    }
    return pick(rng, phrasebook::themesFor(slug.toUtf8().constData()));
}

constexpr quint64 kTopicSalt = 0x70706963ULL;
constexpr quint64 kPostSalt = 0x706f7374ULL;

} // namespace

TopicWords topicWords(quint64 seed, Id topicId, TopicKind kind, const QString& categorySlug)
{
    Rng rng = Rng(seed ^ kTopicSalt).fork(quint64(topicId));
    const phrasebook::Theme& theme = themeOf(rng, kind, categorySlug);
    TopicWords words;
    words.slots = Slots::pick(rng);
    Slots& slots = words.slots;
    if (categorySlug == u"slack" || categorySlug == u"salesforce" || categorySlug == u"zapier")
        slots.integration = categorySlug.at(0).toUpper() + categorySlug.mid(1);
    words.title = composeTitle(rng, theme.title, slots, kind);
    words.tags = QString::fromUtf8(theme.tags).split(u',', Qt::SkipEmptyParts);
    words.detail = slots.fill(QString::fromUtf8(theme.detail));
    words.codeLanguage = QString::fromUtf8(theme.codeLanguage);
    words.code = slots.fill(QString::fromUtf8(theme.code));
    words.fix = slots.fill(QString::fromUtf8(theme.fix));
    return words;
}

QString slugify(const QString& title)
{
    QString slug;
    bool dash = false;
    for (QChar c : title.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (dash && !slug.isEmpty())
                slug += u'-';
            slug += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    return slug.isEmpty() ? QStringLiteral("topic") : slug.left(80);
}

RenderedPost postContent(const SandboxCommunity& community, const PostRecord& post)
{
    if (const auto it = community.editedRaw.constFind(post.id); it != community.editedRaw.cend())
        return render({Block{Block::Kind::Paragraph, *it, {}, 0, 0, {}}});
    const TopicRecord* topic = community.topic(post.topicId);
    if (!topic)
        return {};
    const Category* category = community.category(topic->originalCategoryId);
    const TopicWords words = topicWords(community.seed, topic->topic.id, topic->kind,
                                        category ? category->slug : QString());
    Rng rng = Rng(community.seed ^ kPostSalt).fork(quint64(post.id));
    const Slots& slots = words.slots;
    auto fillFrom = [&](std::span<const char* const> items) {
        return slots.fill(QString::fromUtf8(pick(rng, items)));
    };
    using K = Block::Kind;
    QList<Block> blocks;
    auto paragraph = [&blocks](const QString& text) {
        blocks.append(Block{K::Paragraph, text, {}, 0, 0, {}});
    };

    switch (post.kind) {
    case PostKind::Opening:
        if (topic->kind == TopicKind::CategoryAbout) {
            paragraph(category ? category->description : QString());
            paragraph(
                QStringLiteral("Before you post, search for an existing topic, and give yours a "
                               "title that says what "
                               "happened. Staff and community champions read every topic here."));
            break;
        }
        paragraph(words.detail);
        if (!words.code.isEmpty())
            blocks.append(Block{K::Code, words.code, words.codeLanguage, 0, 0, {}});
        if (topic->kind == TopicKind::Announcement)
            paragraph(words.fix);
        else if (topic->kind == TopicKind::Idea)
            paragraph(QStringLiteral("Would anyone else use this? Please vote if so."));
        else if (topic->kind == TopicKind::Question && rng.chance(0.5))
            paragraph(QStringLiteral("Thanks in advance!"));
        break;
    case PostKind::Spam:
        paragraph(words.detail);
        paragraph(QStringLiteral("[Click here for the offer](https://deals.example.net/r/%1)")
                      .arg(post.id));
        if (rng.chance(0.5))
            blocks.append(
                Block{K::Image,
                      QStringLiteral("https://cdn.example.net/banner-%1.png").arg(post.id % 7),
                      {},
                      0,
                      0,
                      {}});
        break;
    case PostKind::Answer:
        if (words.fix.isEmpty() || rng.chance(0.3)) {
            paragraph(pickText(rng, phrasebook::answerOpeners()));
            blocks.append(Block{
                K::List,
                {},
                {},
                0,
                0,
                {QStringLiteral("sign out and back in"),
                 QStringLiteral("update to the latest version (%1 is current)").arg(slots.version),
                 QStringLiteral("check the status page for incidents")}});
        } else {
            paragraph(pickText(rng, phrasebook::answerOpeners()) + u' ' + words.fix);
        }
        break;
    case PostKind::StaffAnswer:
        paragraph(pickText(rng, phrasebook::staffOpeners()));
        paragraph(words.fix.isEmpty()
                      ? QStringLiteral("Thanks, I've passed this on to the product team.")
                      : words.fix);
        break;
    case PostKind::FollowUp:
        if (rng.chance(0.3) && post.replyToPostNumber > 0) {
            const SandboxUser* quoted = nullptr;
            if (post.replyToPostNumber <= int(topic->posts.size()))
                quoted = community.user(
                    community
                        .posts[std::size_t(topic->posts[std::size_t(post.replyToPostNumber - 1)])]
                        .userId);
            blocks.append(Block{K::Quote,
                                words.fix.left(120),
                                quoted ? quoted->user.username : QString(),
                                post.replyToPostNumber,
                                int(topic->topic.id),
                                {}});
        }
        paragraph(fillFrom(phrasebook::followUps()));
        break;
    case PostKind::Thanks:
        paragraph(pickText(rng, phrasebook::thanks()));
        break;
    case PostKind::Agreement:
        paragraph(fillFrom(phrasebook::agreements()));
        break;
    case PostKind::StaffWhisper:
        paragraph(fillFrom(phrasebook::whispers()));
        break;
    case PostKind::MoreDetail:
        paragraph(fillFrom(phrasebook::moreDetail()));
        break;
    case PostKind::Bump:
        paragraph(fillFrom(phrasebook::bumps()));
        break;
    case PostKind::AutoReply:
        paragraph(fillFrom(phrasebook::autoReplies()));
        break;
    case PostKind::StaffUpdate:
        paragraph(fillFrom(phrasebook::staffUpdates()));
        break;
    case PostKind::ThreadReply:
        paragraph(fillFrom(category && category->slug == u"community-lounge"
                               ? phrasebook::introductions()
                               : phrasebook::feedback()));
        break;
    case PostKind::MessageReply:
        // The first reply answers the message; later ones go back and forth.
        paragraph(post.postNumber == 2 && !words.fix.isEmpty()
                      ? words.fix
                      : fillFrom(phrasebook::messageReplies()));
        break;
    case PostKind::AskForDetails:
        paragraph(fillFrom(phrasebook::askForDetails()));
        break;
    case PostKind::CleanupNote:
        paragraph(fillFrom(phrasebook::cleanupNotes()));
        break;
    case PostKind::FixedNote:
        paragraph(fillFrom(phrasebook::fixedNotes()));
        break;
    case PostKind::ClosedNotice:
    case PostKind::Closed:
    case PostKind::Reopened:
    case PostKind::Pinned:
    case PostKind::PinnedGlobally:
    case PostKind::Unpinned:
    case PostKind::Archived:
    case PostKind::Unlisted:
    case PostKind::Listed:
        return {}; // small actions have no text: clients render them from action_code
    }
    return render(blocks);
}

} // namespace steward::sandbox
