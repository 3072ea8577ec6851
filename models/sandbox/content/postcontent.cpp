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

using K = Block::Kind;

void addParagraph(QList<Block>& blocks, const QString& text)
{
    blocks.append(Block{K::Paragraph, text, {}, 0, 0, {}});
}

/// What a post's text is made from: its topic's words and the post's own random stream.
struct PostSource
{
    const SandboxCommunity& community;
    const PostRecord& post;
    const TopicRecord& topic;
    const Category* category;
    const TopicWords& words;
    Rng& rng;

    /// A phrase from items, with the topic's slots filled in.
    QString fillFrom(std::span<const char* const> items) const
    {
        return words.slots.fill(QString::fromUtf8(pick(rng, items)));
    }
};

/// A topic's opening post: the category's description for an about topic, else the
/// problem, its code, and what the kind of topic adds.
QList<Block> openingBlocks(const PostSource& s)
{
    QList<Block> blocks;
    if (s.topic.kind == TopicKind::CategoryAbout) {
        addParagraph(blocks, s.category ? s.category->description : QString());
        addParagraph(blocks, QStringLiteral(
                                 "Before you post, search for an existing topic, and give yours a "
                                 "title that says what "
                                 "happened. Staff and community champions read every topic here."));
        return blocks;
    }
    addParagraph(blocks, s.words.detail);
    if (!s.words.code.isEmpty())
        blocks.append(Block{K::Code, s.words.code, s.words.codeLanguage, 0, 0, {}});
    if (s.topic.kind == TopicKind::Announcement)
        addParagraph(blocks, s.words.fix);
    else if (s.topic.kind == TopicKind::Idea)
        addParagraph(blocks, QStringLiteral("Would anyone else use this? Please vote if so."));
    else if (s.topic.kind == TopicKind::Question && s.rng.chance(0.5))
        addParagraph(blocks, QStringLiteral("Thanks in advance!"));
    return blocks;
}

/// A spam post: the pitch, its link and sometimes a banner.
QList<Block> spamBlocks(const PostSource& s)
{
    QList<Block> blocks;
    addParagraph(blocks, s.words.detail);
    addParagraph(blocks,
                 QStringLiteral("[Click here for the offer](https://deals.example.net/r/%1)")
                     .arg(s.post.id));
    if (s.rng.chance(0.5))
        blocks.append(
            Block{K::Image,
                  QStringLiteral("https://cdn.example.net/banner-%1.png").arg(s.post.id % 7),
                  {},
                  0,
                  0,
                  {}});
    return blocks;
}

/// A member's answer: the topic's fix, or the usual checklist when there is none.
QList<Block> answerBlocks(const PostSource& s)
{
    QList<Block> blocks;
    if (s.words.fix.isEmpty() || s.rng.chance(0.3)) {
        addParagraph(blocks, pickText(s.rng, phrasebook::answerOpeners()));
        blocks.append(Block{K::List,
                            {},
                            {},
                            0,
                            0,
                            {QStringLiteral("sign out and back in"),
                             QStringLiteral("update to the latest version (%1 is current)")
                                 .arg(s.words.slots.version),
                             QStringLiteral("check the status page for incidents")}});
    } else {
        addParagraph(blocks, pickText(s.rng, phrasebook::answerOpeners()) + u' ' + s.words.fix);
    }
    return blocks;
}

/// A staff answer: an opener, then the topic's fix or a promise to pass it on.
QList<Block> staffAnswerBlocks(const PostSource& s)
{
    QList<Block> blocks;
    addParagraph(blocks, pickText(s.rng, phrasebook::staffOpeners()));
    addParagraph(blocks, s.words.fix.isEmpty()
                             ? QStringLiteral("Thanks, I've passed this on to the product team.")
                             : s.words.fix);
    return blocks;
}

/// The asker's follow-up, sometimes quoting the post it replies to.
QList<Block> followUpBlocks(const PostSource& s)
{
    QList<Block> blocks;
    const PostRecord& post = s.post;
    if (s.rng.chance(0.3) && post.replyToPostNumber > 0) {
        const SandboxUser* quoted = nullptr;
        if (post.replyToPostNumber <= int(s.topic.posts.size()))
            quoted = s.community.user(
                s.community
                    .posts[std::size_t(s.topic.posts[std::size_t(post.replyToPostNumber - 1)])]
                    .userId);
        blocks.append(Block{K::Quote,
                            s.words.fix.left(120),
                            quoted ? quoted->user.username : QString(),
                            post.replyToPostNumber,
                            int(s.topic.topic.id),
                            {}});
    }
    addParagraph(blocks, s.fillFrom(phrasebook::followUps()));
    return blocks;
}

/// The one paragraph of the posts that have no more, from the phrases for their kind.
QString replyText(const PostSource& s)
{
    switch (s.post.kind) {
    case PostKind::Thanks:
        return pickText(s.rng, phrasebook::thanks());
    case PostKind::Agreement:
        return s.fillFrom(phrasebook::agreements());
    case PostKind::StaffWhisper:
        return s.fillFrom(phrasebook::whispers());
    case PostKind::MoreDetail:
        return s.fillFrom(phrasebook::moreDetail());
    case PostKind::Bump:
        return s.fillFrom(phrasebook::bumps());
    case PostKind::AutoReply:
        return s.fillFrom(phrasebook::autoReplies());
    case PostKind::StaffUpdate:
        return s.fillFrom(phrasebook::staffUpdates());
    case PostKind::ThreadReply:
        return s.fillFrom(s.category && s.category->slug == u"community-lounge"
                              ? phrasebook::introductions()
                              : phrasebook::feedback());
    case PostKind::MessageReply:
        // The first reply answers the message; later ones go back and forth.
        return s.post.postNumber == 2 && !s.words.fix.isEmpty()
                   ? s.words.fix
                   : s.fillFrom(phrasebook::messageReplies());
    case PostKind::AskForDetails:
        return s.fillFrom(phrasebook::askForDetails());
    case PostKind::CleanupNote:
        return s.fillFrom(phrasebook::cleanupNotes());
    case PostKind::FixedNote:
        return s.fillFrom(phrasebook::fixedNotes());
    default:
        break;
    }
    return {};
}

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
    const PostSource source{community, post, *topic, category, words, rng};
    QList<Block> blocks;

    switch (post.kind) {
    case PostKind::Opening:
        blocks = openingBlocks(source);
        break;
    case PostKind::Spam:
        blocks = spamBlocks(source);
        break;
    case PostKind::Answer:
        blocks = answerBlocks(source);
        break;
    case PostKind::StaffAnswer:
        blocks = staffAnswerBlocks(source);
        break;
    case PostKind::FollowUp:
        blocks = followUpBlocks(source);
        break;
    case PostKind::Thanks:
    case PostKind::Agreement:
    case PostKind::StaffWhisper:
    case PostKind::MoreDetail:
    case PostKind::Bump:
    case PostKind::AutoReply:
    case PostKind::StaffUpdate:
    case PostKind::ThreadReply:
    case PostKind::MessageReply:
    case PostKind::AskForDetails:
    case PostKind::CleanupNote:
    case PostKind::FixedNote:
        addParagraph(blocks, replyText(source));
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
