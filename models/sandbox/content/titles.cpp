// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Titles as varied as people write them: a theme's wording, then its slots, then the
// prefixes and qualifiers people add (the platform, the version, since when, for whom).
#include "models/sandbox/content/titles.h"

#include "models/sandbox/content/phrasebook.h"

namespace steward::sandbox {

namespace {

QString pickText(Rng& rng, std::span<const char* const> items)
{
    return QString::fromUtf8(items[std::size_t(rng.range(0, int(items.size()) - 1))]);
}

/// Whether part mentions a slot whose value the title already holds ("on iOS on iOS").
bool repeats(const QString& title, QStringView part, const Slots& slots)
{
    for (qsizetype open = part.indexOf(u'{'); open >= 0; open = part.indexOf(u'{', open + 1)) {
        const qsizetype close = part.indexOf(u'}', open);
        if (close < 0)
            break;
        const QString* value = slots.value(part.sliced(open + 1, close - open - 1));
        if (value && title.contains(*value))
            return true;
    }
    return false;
}

/// A qualifier for title from items, filled, or empty when the tries only found repeats.
QString qualifier(Rng& rng, const QString& title, std::span<const char* const> items,
                  const Slots& slots)
{
    for (int tries = 0; tries < 3; ++tries) {
        const char* text = items[std::size_t(rng.range(0, int(items.size()) - 1))];
        const QString part = QString::fromUtf8(text);
        if (!repeats(title, part, slots))
            return slots.fill(part);
    }
    return {};
}

/// title with suffix added before a closing question mark, if any.
QString qualify(const QString& title, const QString& suffix)
{
    if (suffix.isEmpty())
        return title;
    if (title.endsWith(u'?'))
        return title.chopped(1) + suffix + u'?';
    return title + suffix;
}

} // namespace

QString chooseInline(Rng& rng, QStringView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype open = text.indexOf(u'[', from);
        const qsizetype close = open < 0 ? -1 : text.indexOf(u']', open);
        if (close < 0)
            break;
        out += text.sliced(from, open - from);
        const QList<QStringView> options = text.sliced(open + 1, close - open - 1).split(u'|');
        out += options[rng.range(0, int(options.size()) - 1)];
        from = close + 1;
    }
    out += text.sliced(from);
    return out.simplified();
}

QString composeTitle(Rng& rng, const char* alternatives, const Slots& slots, TopicKind kind)
{
    // Alternatives are separated by the '|' outside inline choices.
    const QString text = QString::fromUtf8(alternatives);
    QList<QStringView> wordings;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const QChar c = i < text.size() ? text.at(i) : QChar(u'|');
        depth += c == u'[' ? 1 : c == u']' ? -1 : 0;
        if (c == u'|' && depth == 0) {
            wordings.append(QStringView(text).sliced(start, i - start));
            start = i + 1;
        }
    }
    const QString chosen = chooseInline(rng, wordings[rng.range(0, int(wordings.size()) - 1)]);
    QString title = slots.fill(chosen);
    const bool question = title.endsWith(u'?');
    // A wording without slots that vary needs a qualifier; one with them has it mostly. (An
    // integration subcategory fixes {integration}.)
    const bool varies = chosen.count(u'{') > chosen.count(QStringLiteral("{integration}"));
    const double qualified = varies ? 0.9 : 1.0;
    using namespace phrasebook;
    switch (kind) {
    case TopicKind::Question: {
        const auto qualifiers = question ? questionQualifiers() : statementQualifiers();
        if (rng.chance(qualified))
            title = qualify(title, qualifier(rng, title, qualifiers, slots));
        if (rng.chance(0.15))
            title = qualify(title, qualifier(rng, title, qualifiers, slots));
        if (rng.chance(0.45))
            title =
                qualifier(rng, title, question ? questionPrefixes() : statementPrefixes(), slots) +
                title;
        if (rng.chance(0.06))
            title = title.toLower();
        else if (question && rng.chance(0.05))
            title += u'?';
        break;
    }
    case TopicKind::KnownIssue: {
        if (rng.chance(0.3))
            title = qualify(
                title, qualifier(rng, title,
                                 question ? questionQualifiers() : statementQualifiers(), slots));
        static constexpr const char* kMarks[] = {"Known issue: %1", "[Known issue] %1",
                                                 "%1 (known issue)", "%1 - megathread"};
        title = QString::fromLatin1(kMarks[rng.range(0, 3)]).arg(title);
        break;
    }
    case TopicKind::Idea:
        if (rng.chance(qualified))
            title = qualify(title, qualifier(rng, title, ideaQualifiers(), slots));
        if (rng.chance(0.3))
            title = qualify(title, qualifier(rng, title, ideaQualifiers(), slots));
        if (rng.chance(0.5))
            title = pickText(rng, ideaPrefixes()) + title;
        break;
    case TopicKind::Discussion:
        if (rng.chance(qualified))
            title = qualify(title, qualifier(rng, title, questionQualifiers(), slots));
        if (rng.chance(0.35))
            title = pickText(rng, discussionPrefixes()) + title;
        break;
    case TopicKind::PrivateMessage:
        if (rng.chance(0.3))
            title = QStringLiteral("Re: ") + title;
        break;
    case TopicKind::Announcement:
    case TopicKind::Spam:
    case TopicKind::CategoryAbout:
    case TopicKind::Megathread:
        break;
    }
    return title;
}

} // namespace steward::sandbox
