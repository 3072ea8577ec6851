// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/generator/communitygenerator.h"

#include "models/sandbox/generator/rng.h"

namespace steward::sandbox {

SandboxCommunity generateCommunity(const GeneratorParams& params)
{
    SandboxCommunity community;
    community.seed = params.seed;
    community.now = params.now.toUTC();
    community.start = community.now.addDays(-30 * params.months);
    Rng rng(params.seed);
    detail::generateCategories(community);
    detail::generateUsers(community, params, rng);
    detail::generateTopics(community, params, rng);
    detail::generateReviewQueue(community, params, rng);
    detail::generateStaffLog(community);
    detail::generateUserNotes(community);
    return community;
}

namespace detail {

void generateCategories(SandboxCommunity& community)
{
    struct Spec
    {
        const char* name;
        const char* slug;
        const char* color;
        const char* description;
        Id parent;
        bool solved;
        bool restricted;
    };
    static constexpr Spec kSpecs[] = {
        {"Announcements", "announcements", "0E76BD",
         "News and release notes from the Fieldnote team.", 0, false, false},
        {"Getting Started", "getting-started", "25AAE2",
         "New to Fieldnote? Ask about setup, workspaces and the basics.", 0, true, false},
        {"Billing & Accounts", "billing-and-accounts", "F1592A",
         "Plans, invoices, payments and account access.", 0, true, false},
        {"Integrations", "integrations", "8C6238",
         "Connecting Fieldnote with the tools your team uses.", 0, true, false},
        {"Mobile Apps", "mobile-apps", "3AB54A", "Fieldnote for iOS and Android.", 0, true, false},
        {"API & Developers", "api-and-developers", "652D90",
         "The REST API, webhooks and building on Fieldnote.", 0, true, false},
        {"Sync & Data", "sync-and-data", "BF1E2E", "Sync, offline mode, import and export.", 0,
         true, false},
        {"Feature Ideas", "feature-ideas", "F7941D", "Suggest and vote on what we build next.", 0,
         false, false},
        {"Community Lounge", "community-lounge", "92278F", "Workflows, tips and everything else.",
         0, false, false},
        {"Staff", "staff", "B3B5B4", "Private category for staff discussions.", 0, false, true},
        {"Slack", "slack", "4A154B", "The Slack integration.", 4, true, false},
        {"Salesforce", "salesforce", "00A1E0", "The Salesforce integration.", 4, true, false},
        {"Zapier", "zapier", "FF4A00", "Zaps, triggers and actions.", 4, true, false},
    };
    Id id = 1;
    for (const Spec& spec : kSpecs) {
        Category c;
        c.id = id;
        c.position = int(id);
        c.name = QString::fromUtf8(spec.name);
        c.slug = QString::fromUtf8(spec.slug);
        c.color = QString::fromLatin1(spec.color);
        c.textColor = QStringLiteral("FFFFFF");
        c.description = QString::fromUtf8(spec.description);
        c.parentId = spec.parent;
        c.acceptedAnswersEnabled = spec.solved;
        c.readRestricted = spec.restricted;
        community.categories.append(c);
        ++id;
    }
}

} // namespace detail

} // namespace steward::sandbox
