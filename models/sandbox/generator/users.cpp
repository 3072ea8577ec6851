// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Members: staff from launch, sign-ups growing over 18 months (community-metrics.md §8), most
// never posting, activity spread lognormally so that a few members write most posts (§4).
#include "models/sandbox/generator/communitygenerator.h"
#include "models/sandbox/generator/rhythm.h"
#include "models/sandbox/generator/rng.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace steward::sandbox::detail {

namespace {

constexpr const char* kFirst[] = {
    "maria",  "james",  "li",     "aisha", "tom",    "sofia",  "daniel", "priya", "lucas",  "emma",
    "noah",   "fatima", "oliver", "yuki",  "mateo",  "hannah", "omar",   "chloe", "ivan",   "grace",
    "samuel", "leila",  "kofi",   "anna",  "raj",    "julia",  "ben",    "mei",   "carlos", "nina",
    "erik",   "zara",   "felix",  "amara", "hugo",   "ines",   "kenji",  "olga",  "pablo",  "ruth",
    "diego",  "sara",   "tariq",  "elena", "victor", "maya",   "jonas",  "ada",   "liam",   "nora"};
constexpr const char* kLast[] = {"schmidt", "nguyen",   "okafor", "garcia", "kim",     "rossi",
                                 "novak",   "patel",    "silva",  "berg",   "tanaka",  "murphy",
                                 "haddad",  "kowalski", "dubois", "ahmed",  "larsen",  "costa",
                                 "weber",   "chen",     "moreau", "singh",  "fischer", "lopez",
                                 "ivanova", "mensah",   "olsen",  "brooks", "sato",    "reyes"};

/// taken maps each base name to the next free numeric suffix, so a clash costs one lookup.
QString makeUsername(Rng& rng, QHash<QString, int>& taken, Persona persona)
{
    const QString first = QString::fromLatin1(kFirst[rng.range(0, std::size(kFirst) - 1)]);
    const QString last = QString::fromLatin1(kLast[rng.range(0, std::size(kLast) - 1)]);
    QString name;
    if (persona == Persona::Spammer) {
        static constexpr const char* kSpam[] = {"bestdeals", "promo", "supportline", "cheapkeys",
                                                "crypto"};
        name = QString::fromLatin1(kSpam[rng.range(0, 4)]) + QString::number(rng.range(100, 99999));
    } else {
        switch (rng.range(0, 4)) {
        case 0:
            name = first + u'_' + last.left(1);
            break;
        case 1:
            name = first + u'.' + last;
            break;
        case 2:
            name = first + last;
            break;
        case 3:
            name = first.left(1) + last;
            break;
        default:
            name = first + QString::number(rng.range(1, 99));
            break;
        }
    }
    auto it = taken.find(name);
    if (it == taken.end()) {
        taken.insert(name, 2);
        return name;
    }
    // "name" + suffix may itself be a base name ("maria" + 2 vs "maria2"): skip those.
    QString unique;
    do {
        unique = name + QString::number((*it)++);
    } while (taken.contains(unique));
    taken.insert(unique, 2);
    return unique;
}

QString displayName(const QString& username)
{
    QString n = username;
    n.replace(u'_', u' ').replace(u'.', u' ');
    QStringList words = n.split(u' ', Qt::SkipEmptyParts);
    for (QString& w : words)
        w[0] = w[0].toUpper();
    return words.join(u' ');
}

TrustLevel trustFor(Persona persona, double activity, Rng& rng)
{
    switch (persona) {
    case Persona::Admin:
    case Persona::Moderator:
    case Persona::Staff:
    case Persona::Champion:
        return rng.chance(0.5) ? TrustLevel::Leader : TrustLevel::Regular;
    case Persona::Spammer:
        return TrustLevel::NewUser;
    case Persona::Lurker:
        return rng.chance(0.6) ? TrustLevel::Basic : TrustLevel::NewUser;
    case Persona::Newcomer:
        return rng.chance(0.7) ? TrustLevel::NewUser : TrustLevel::Basic;
    case Persona::Regular:
        break;
    }
    if (activity > 40.0)
        return TrustLevel::Regular;
    return activity > 6.0 ? TrustLevel::Member : TrustLevel::Basic;
}

int utcOffsetFor(Rng& rng)
{
    static constexpr std::array<double, 3> kShares{0.45, 0.35, 0.20};
    static constexpr int kOffsets[3][3] = {{-480, -360, -300}, {0, 60, 120}, {330, 480, 600}};
    return kOffsets[rng.weighted(kShares)][rng.range(0, 2)];
}

} // namespace

void generateUsers(SandboxCommunity& community, const GeneratorParams& params, Rng& rng)
{
    const int posts = targetPosts(params.scale);
    const int registered = std::max(400, posts / 2);
    const int moderators = params.scale == Scale::Small ? 3 : params.scale == Scale::Medium ? 5 : 8;
    const int staff = params.scale == Scale::Small ? 3 : params.scale == Scale::Medium ? 6 : 10;
    const int champions = params.scale == Scale::Small ? 4 : params.scale == Scale::Medium ? 6 : 8;
    const int waveSpammers = params.scale == Scale::Small    ? 6
                             : params.scale == Scale::Medium ? 30
                                                             : 60;

    const qint64 start = toSeconds(community.start);
    const qint64 now = toSeconds(community.now);
    static constexpr std::array<double, 18> kSignups{250, 300, 300, 260, 200, 190, 200, 220, 260,
                                                     320, 390, 460, 530, 580, 620, 650, 650, 650};
    const ActivityClock signups(start, now, kSignups);

    struct Draft
    {
        SandboxUser member;
        qint64 joined;
    };
    std::vector<Draft> drafts;
    drafts.reserve(std::size_t(registered + waveSpammers + 32));
    QHash<QString, int> taken;
    auto add = [&](Persona persona, qint64 joined, double activity) {
        Draft d;
        d.member.persona = persona;
        d.member.activity = activity;
        d.joined = joined;
        d.member.user.username = makeUsername(rng, taken, persona);
        d.member.user.admin = persona == Persona::Admin;
        // The vendor's support team moderates too: Discourse counts admins and moderators as staff.
        d.member.user.moderator =
            persona == Persona::Moderator || persona == Persona::Admin || persona == Persona::Staff;
        d.member.utcOffsetMinutes = utcOffsetFor(rng);
        d.member.user.trustLevel = trustFor(persona, activity, rng);
        drafts.push_back(std::move(d));
    };

    for (int i = 0; i < 2; ++i)
        add(Persona::Admin, start + i * 600, 4.0);
    for (int i = 0; i < moderators; ++i)
        add(Persona::Moderator, start + 3600 * (i + 1), 6.0);
    for (int i = 0; i < staff; ++i)
        add(Persona::Staff, start + 7200 * (i + 1), 8.0);
    for (int i = 0; i < champions; ++i)
        add(Persona::Champion, start + qint64(rng.uniform() * 120) * 86400,
            rng.lognormal(150.0, 0.4));
    const qint64 waveStart = now - 2 * 86400 - 5 * 3600;
    for (int i = 0; i < waveSpammers; ++i)
        add(Persona::Spammer, waveStart - rng.range(600, 6 * 3600), 0.0);
    for (int i = int(drafts.size()); i < registered; ++i) {
        const qint64 joined = signups.sample(rng);
        const double roll = rng.uniform();
        if (roll < 0.006)
            add(Persona::Spammer, joined, 0.0);
        else if (roll < 0.70)
            add(Persona::Lurker, joined, 0.0);
        else {
            const double activity = std::max(1.0, rng.lognormal(1.75, 1.55));
            add(activity >= 4.0 ? Persona::Regular : Persona::Newcomer, joined, activity);
        }
    }

    std::stable_sort(drafts.begin(), drafts.end(),
                     [](const Draft& a, const Draft& b) { return a.joined < b.joined; });
    community.users.reserve(drafts.size());
    for (Draft& d : drafts) {
        SandboxUser& m = d.member;
        m.user.id = Id(community.users.size() + 1);
        m.user.name = displayName(m.user.username);
        m.user.createdAt = toDateTime(d.joined);
        m.user.avatarTemplate =
            QStringLiteral("/letter_avatar_proxy/v4/letter/%1/%2/{size}.png")
                .arg(m.user.username.left(1).toLower(), QStringLiteral("5f9b8f"));
        m.email = m.user.username + QStringLiteral("@example.com");
        community.userIdsByName.insert(m.user.username.toLower(), m.user.id);
        community.users.push_back(std::move(m));
    }
}

} // namespace steward::sandbox::detail
