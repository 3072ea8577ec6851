// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/content/postcontent.h"

#include "models/sandbox/content/phrasebook.h"
#include "models/sandbox/generator/rng.h"

namespace steward::sandbox {

namespace {

template<typename T>
const T& pick(Rng& rng, std::span<const T> items)
{
    return items[std::size_t(rng.range(0, int(items.size()) - 1))];
}

QString pickText(Rng& rng, std::span<const char* const> items)
{
    return QString::fromUtf8(pick(rng, items));
}

struct Slots
{
    QString platform, version, integration, plan, feature, error;

    QString fill(const char* text) const
    {
        QString s = QString::fromUtf8(text);
        s.replace(QStringLiteral("{platform}"), platform);
        s.replace(QStringLiteral("{version}"), version);
        s.replace(QStringLiteral("{integration}"), integration);
        s.replace(QStringLiteral("{plan}"), plan);
        s.replace(QStringLiteral("{feature}"), feature);
        s.replace(QStringLiteral("{error}"), error);
        return s;
    }
};

std::span<const phrasebook::Theme> themesOf(TopicKind kind, const QString& slug)
{
    switch (kind) {
    case TopicKind::Announcement: return phrasebook::announcementThemes();
    case TopicKind::Idea: return phrasebook::ideaThemes();
    case TopicKind::Discussion: return phrasebook::discussionThemes();
    case TopicKind::Spam: return phrasebook::spamThemes();
    case TopicKind::Question: break;
    }
    return phrasebook::themesFor(slug.toUtf8().constData());
}

constexpr quint64 kTopicSalt = 0x70706963ULL;
constexpr quint64 kPostSalt = 0x706f7374ULL;

} // namespace

TopicWords topicWords(quint64 seed, Id topicId, TopicKind kind, const QString& categorySlug)
{
    Rng rng = Rng(seed ^ kTopicSalt).fork(quint64(topicId));
    const auto& theme = pick(rng, themesOf(kind, categorySlug));
    Slots slots{pickText(rng, phrasebook::platforms()), pickText(rng, phrasebook::versions()),
                pickText(rng, phrasebook::integrations()), pickText(rng, phrasebook::plans()),
                pickText(rng, phrasebook::features()), pickText(rng, phrasebook::errors())};
    if (categorySlug == u"slack" || categorySlug == u"salesforce" || categorySlug == u"zapier")
        slots.integration = categorySlug.at(0).toUpper() + categorySlug.mid(1);

    TopicWords words;
    words.title = slots.fill(theme.title);
    if (kind == TopicKind::Question && rng.chance(0.25)) {
        static constexpr const char* kVariants[] = {"[%1] %2", "%2 (%1)", "%2?", "Help: %2"};
        const QString variant = QString::fromLatin1(kVariants[rng.range(0, 3)]);
        QString base = words.title;
        if (base.endsWith(u'?') && variant.endsWith(u'?'))
            base.chop(1);
        words.title = QString(variant).replace(QStringLiteral("%1"), slots.platform).replace(QStringLiteral("%2"), base);
    }
    words.tags = QString::fromUtf8(theme.tags).split(u',', Qt::SkipEmptyParts);
    words.detail = slots.fill(theme.detail);
    words.codeLanguage = QString::fromUtf8(theme.codeLanguage);
    words.code = slots.fill(theme.code);
    words.fix = slots.fill(theme.fix);
    words.platform = slots.platform;
    words.version = slots.version;
    words.plan = slots.plan;
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
    Slots slots{words.platform, words.version, {}, words.plan, {}, {}};
    using K = Block::Kind;
    QList<Block> blocks;
    auto paragraph = [&blocks](const QString& text) { blocks.append(Block{K::Paragraph, text, {}, 0, 0, {}}); };

    switch (post.kind) {
    case PostKind::Opening:
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
        paragraph(QStringLiteral("[Click here for the offer](https://deals.example.net/r/%1)").arg(post.id));
        if (rng.chance(0.5))
            blocks.append(Block{K::Image, QStringLiteral("https://cdn.example.net/banner-%1.png").arg(post.id % 7), {}, 0, 0, {}});
        break;
    case PostKind::Answer:
        if (words.fix.isEmpty() || rng.chance(0.3)) {
            paragraph(pickText(rng, phrasebook::answerOpeners()));
            blocks.append(Block{K::List, {}, {}, 0, 0,
                                {QStringLiteral("sign out and back in"),
                                 QStringLiteral("update to the latest version (%1 is current)").arg(words.version),
                                 QStringLiteral("check the status page for incidents")}});
        } else {
            paragraph(pickText(rng, phrasebook::answerOpeners()) + u' ' + words.fix);
        }
        break;
    case PostKind::StaffAnswer:
        paragraph(pickText(rng, phrasebook::staffOpeners()));
        paragraph(words.fix.isEmpty() ? QStringLiteral("Thanks, I've passed this on to the product team.") : words.fix);
        break;
    case PostKind::FollowUp:
        if (rng.chance(0.3) && post.replyToPostNumber > 0) {
            const SandboxUser* quoted = nullptr;
            if (post.replyToPostNumber <= int(topic->posts.size()))
                quoted = community.user(community.posts[std::size_t(topic->posts[std::size_t(post.replyToPostNumber - 1)])].userId);
            blocks.append(Block{K::Quote, words.fix.left(120), quoted ? quoted->user.username : QString(),
                                post.replyToPostNumber, int(topic->topic.id), {}});
        }
        paragraph(slots.fill(pick(rng, phrasebook::followUps())));
        break;
    case PostKind::Thanks:
        paragraph(pickText(rng, phrasebook::thanks()));
        break;
    case PostKind::Agreement:
        paragraph(slots.fill(pick(rng, phrasebook::agreements())));
        break;
    case PostKind::StaffWhisper:
        paragraph(slots.fill(pick(rng, phrasebook::whispers())));
        break;
    case PostKind::ClosedNotice:
        return {};
    }
    return render(blocks);
}

} // namespace steward::sandbox
