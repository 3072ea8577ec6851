// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the sandbox community beyond support questions: announcements, ideas,
// discussions, spam, private messages and megathreads; the slot values; the parts titles are
// composed from (titles.cpp).
#include "models/sandbox/content/phrasebook.h"

namespace steward::sandbox::phrasebook {

namespace {

using detail::all;

constexpr Theme kAnnouncements[] = {
    {"Fieldnote {version} is out|Fieldnote {version} released|What's new in Fieldnote {version}",
     "Fieldnote {version} is rolling out to all platforms this week.", "", "",
     "Highlights: faster search, offline mode for shared notebooks, and a new task board view. "
     "Full release notes are in the Help centre.",
     "release-notes"},
    {"Scheduled maintenance [this weekend|on Saturday|on Sunday night]",
     "We'll upgrade our database cluster on Saturday between 02:00 and 04:00 UTC.", "", "",
     "Sync pauses for up to 15 minutes during the window. Nothing you write is lost; devices catch "
     "up afterwards.",
     "maintenance"},
    {"New community guidelines|Updated community guidelines",
     "We've updated the community guidelines: be kind, stay on topic, no sales pitches.", "", "",
     "Flag posts that break them and our moderators will take a look. Repeated spam leads to "
     "suspension.",
     "guidelines"},
    {"Welcome to the Fieldnote community!",
     "This is the place to ask questions, share tips and tell us what to build next.", "", "",
     "Start in Getting Started, search before posting, and mark the reply that solved your problem "
     "as the solution.",
     "welcome"},
};

constexpr Theme kIdeas[] = {
    {"Dark [mode|theme] for the [web app|browser version|editor]|Dark [mode|theme] [for the web "
     "app|in the browser|everywhere]|[Any plans for|Please add] a dark theme",
     "The desktop apps have a dark theme; the web app doesn't. Please add it!", "", "", "", "ui"},
    {"Recurring [tasks|reminders|checklists] with custom intervals|Recurring tasks [every second "
     "Tuesday|on the last workday|every N days]|[More flexible|Custom] [recurrence|repeat] rules "
     "for tasks",
     "We need tasks that repeat every second Tuesday, or on the last workday of the month.", "", "",
     "", "tasks"},
    {"[Gantt|Calendar|Workload] view for [projects|teams|boards]|[Timeline|Gantt|Roadmap] view for "
     "[projects|tasks|task boards]|[Dependencies|Milestones] between tasks",
     "A timeline or Gantt view of tasks with due dates would let us drop a second tool.", "", "",
     "", "tasks,views"},
    {"Let [guests|clients|viewers] [comment|react|edit] without a "
     "seat|[Free|Read-only|Comment-only] guest access|[Guests|Clients|External reviewers] "
     "commenting without a paid seat",
     "Clients should be able to comment on a shared note without a paid seat.", "", "", "",
     "sharing,pricing"},
    {"Export a [notebook|task list|board] as [PDF|Word|Markdown]|[PDF|Word|HTML] export for "
     "[notebooks|whole notebooks|task lists]|Print a notebook [with|without] comments",
     "We hand notebooks to customers and currently print to PDF page by page.", "", "", "",
     "export"},
    {"Native [Linux|ARM|Windows on ARM] app|[Native|Desktop] [Linux|Flatpak|Snap] client|Fieldnote "
     "desktop app for [Linux|Ubuntu|Fedora]",
     "The web app works, but a native Linux client with offline mode would be great.", "", "", "",
     "desktop,linux"},
    {"[Sub-tasks|Nested tasks|Checklists inside tasks]|Task [templates|priorities|estimates] [for "
     "boards|per notebook]",
     "Big tasks need smaller steps. Today we write them as a checklist in the description, which "
     "nobody ticks off.",
     "", "", "", "tasks"},
    {"[Offline|Local] search on {platform}|Search inside [attachments|PDFs|images]|[Saved|Pinned] "
     "searches",
     "Search is the one thing we use all day, and it could do more: attachments, saved filters, "
     "offline.",
     "", "", "", "search"},
    {"[Two-way|Better] sync with {integration}|{integration} integration: [sync comments|create "
     "tasks from messages|post daily digests]",
     "Our team lives in {integration}. The integration posts updates but can't do anything in the "
     "other direction.",
     "", "", "", "integrations"},
    {"[Audit log|Activity log|Admin report] for workspace admins|[Export|Download] the "
     "[audit|activity] log|[SCIM|Automatic] user provisioning",
     "As an admin of a workspace with {count} members I need to see who changed what and when.", "",
     "", "", "admin,security"},
    {"[Reminders|Notifications] [by email|as a daily digest|on the desktop]|Snooze "
     "[reminders|notifications] until [tomorrow|next week]",
     "Reminders only show up on the phone. A daily email digest of what's due would help a lot.",
     "", "", "", "reminders"},
    {"[Custom fields|Labels with colours|Status columns] on tasks|[Kanban|Board] [swimlanes|WIP "
     "limits]",
     "We track a few extra properties per task and misuse tags for them today.", "", "", "",
     "tasks,views"},
};

constexpr Theme kDiscussion[] = {
    {"How does your [team|company|department] [organise|structure|run] [meeting "
     "notes|1:1s|standups]?|[How do you|What's your way to] [organise|structure] [meeting "
     "notes|1:1s|standups]?",
     "Curious how others structure recurring meeting notes. We use one notebook per team with a "
     "template.",
     "", "", "", "workflows"},
    {"Share your [favourite|best|most used] [templates|checklists|boards]|[Favourite|Best|Most "
     "useful] templates [for teams|for projects|for onboarding]?",
     "Post the templates that save you time. I'll start with our incident review template.", "", "",
     "", "templates"},
    {"What [integrations|tools|apps] do you use [daily|with Fieldnote|every day]?|[Which|What] "
     "integrations [do you rely on|are worth it|does your team use]?",
     "We live in Slack and Jira. What does your setup look like?", "", "", "", "integrations"},
    {"Tips for keeping a [big|shared|busy] workspace [tidy|organised|clean]|[Keeping|How to keep] "
     "a [big|growing|messy] workspace [tidy|organised]|Workspace [conventions|naming rules] that "
     "worked for you",
     "We have {count} people in one workspace and it's getting messy. Any conventions that worked "
     "for you?",
     "", "", "", "organisation"},
    {"[Fieldnote|Task boards|Notebooks] for [personal|family|hobby] projects?|Using Fieldnote [as "
     "a CRM|for hiring|for a wedding|for research]",
     "We use Fieldnote at work; I'm wondering whether anyone uses it for something else entirely.",
     "", "", "", "workflows"},
    {"[Moving|Migrating|Switching] from [Evernote|Notion|Trello|OneNote] to Fieldnote: [lessons "
     "learned|our experience|tips]",
     "We moved {count} people over last quarter. Here's what went well and what didn't.", "", "",
     "", "migration"},
    {"[GTD|PARA|Zettelkasten] with Fieldnote?|Anyone doing [GTD|PARA|Zettelkasten] in Fieldnote?",
     "Does anyone run a personal productivity system in Fieldnote? I'd love to see your setup.", "",
     "", "", "productivity"},
    {"[Show your|Screenshots of your] [task board|dashboard|home notebook]",
     "Post a screenshot of your board. Ours is a bit chaotic but it works.", "", "", "",
     "showcase"},
};

constexpr Theme kSpam[] = {
    {"Cheap [accounting|antivirus|office|design] software licence keys {count}% off [today|- code "
     "{number}|this week]|Genuine [Windows|Office|antivirus] keys [today only|cheap|{count}% off] "
     "- [code|order|call] {number}",
     "Get genuine licence keys today at the lowest prices. Visit our store:", "", "", "", ""},
    {"Best [CRM|project management|note taking|invoicing] [tool|software|app] for [small "
     "business|startups|freelancers] [2026|in 2026] ([honest review|compared|top {count}])",
     "I tested {count} tools so you don't have to. Full comparison here:", "", "", "", ""},
    {"Call now for instant support +1 888 {number}|Fieldnote [support|helpline|customer care] "
     "number [+1 888 {number}|24/7 +1 800 {number}]",
     "Fieldnote support 24/7 hotline, call now for instant help with your account:", "", "", "",
     ""},
    {"Earn ${count}0 a [day|week] from [home|your phone] - [start today|{count} spots left|code "
     "{number}]|[Work from home|Make money online]: ${number} a month",
     "My cousin makes $500 a day with this simple method, click here:", "", "", "", ""},
};

constexpr Theme kMessages[] = {
    {"Question about invoice INV-{number}|[Invoice|Receipt] INV-{number}: [wrong amount|wrong "
     "company name|missing VAT ID]",
     "Hi, our invoice INV-{number} shows the wrong amount for the {plan} plan. I'd rather not post "
     "our billing details in public. Can you check?",
     "", "",
     "Thanks for writing privately. I can see the invoice: the proration for the seats you added "
     "was applied twice. I've issued a corrected invoice; you'll get it by email today.",
     "billing"},
    {"Account access for workspace #{number}|[Locked out|Can't sign in] [after|since] [changing "
     "jobs|the SSO switch|a password reset] ({platform})|Access to workspace #{number}",
     "I was the admin of our workspace and can't sign in since we switched to SSO. Could you help "
     "without me posting our domain publicly?",
     "", "",
     "Of course. I've sent a verification link to the billing contact on file. Once they confirm, "
     "I'll restore your admin access.",
     "account"},
    {"Your post in [Sync & Data|Mobile Apps|Getting Started|Integrations] about {feature}|About "
     "your [post|reply|edit] in the [{integration}|sync|billing|mobile|API] topic|Removed [an "
     "email address|a phone number|a customer name] from your [post|reply] in [the {integration} "
     "topic|{feature}]",
     "Hi, I removed part of your post because it contained a customer's email address. Nothing "
     "else is wrong; I just wanted to let you know why.",
     "", "", "Oh, thanks, I didn't notice that. Sorry!", "moderation"},
    {"Thanks for the [help|tip|answer] with {integration}[!|| yesterday]|Thank you for your help "
     "with {feature}[!|| last week| yesterday]",
     "Just wanted to say thanks for your answer in the {integration} topic. It saved our team a "
     "lot of time.",
     "", "", "Glad it helped! Feel free to ping me if anything else comes up.", "thanks"},
    {"[Beta|Early access] for {version}?|Joining the {version} [beta|test group] [on "
     "{platform}|with our team|for {integration}]",
     "I saw {version} is in testing. Our team of {count} would love to try it on {platform} and "
     "give feedback.",
     "", "",
     "Thanks for offering! I've added your workspace to the beta group; you'll get the build "
     "within a day.",
     "beta"},
    {"Case #{number}: [follow-up|update|still open]|Follow-up on [case|ticket] #{number}",
     "Following up on our support case #{number}. Is there any news? The issue still happens on "
     "{platform}.",
     "", "",
     "Sorry for the wait. Engineering confirmed the cause and the fix is scheduled for {version}. "
     "I'll update you when it ships.",
     "support"},
    {"Warning: [please stop posting links|repeated off-topic posts|sharing customer data] in [the "
     "{integration} topic|{feature}|Sync & Data|Mobile Apps|the lounge]|[Warning|A warning|Please "
     "read]: your tone in the {integration} topic[| today| yesterday| again]|A note about your "
     "[recent|last few|latest] [posts|replies] in [{feature}|the {integration} topic|Sync & "
     "Data|Mobile Apps]",
     "Hi, several members flagged your recent replies. Please keep to the topic and the community "
     "guidelines; repeated problems lead to a suspension.",
     "", "", "Understood. I got frustrated, it won't happen again.", "moderation"},
    {"[Collaboration|Working together] on the {feature} [template|guide]?|[Can I|May I] "
     "[share|reuse] your {feature} [template|script|guide]?",
     "I liked the template you posted. Could I adapt it for our team of {count} and share the "
     "result here?",
     "", "", "Sure, go ahead! A link back to the original topic would be nice.", "community"},
};

constexpr Theme kIntroductionTheme{
    "Introduce yourself!|Introduce yourself and your team",
    "Welcome to the Fieldnote community! Tell us who you are, what your team does and how you use "
    "Fieldnote.",
    "",
    "",
    "We'll start: we're the Fieldnote community team, and we use Fieldnote to plan this forum.",
    "introductions"};
constexpr Theme kFeedbackTheme{"Fieldnote {version} feedback thread|Feedback on Fieldnote "
                               "{version}|[Megathread|Thread]: your feedback on {version}",
                               "Fieldnote {version} is out. Tell us what you like, what broke and "
                               "what you miss; we read every reply.",
                               "",
                               "",
                               "Thanks for all the feedback so far. We're collecting the most "
                               "requested changes for the next release.",
                               "feedback,release-notes"};

constexpr const char* kIntroductions[] = {
    "Hi all! I'm a project manager at a design agency; we use Fieldnote for client briefs and task "
    "boards.",
    "Hello from a team of {count} in customer support. We moved our knowledge base to shared "
    "notebooks last month.",
    "Hi! Developer here, mostly interested in the API and the {integration} integration.",
    "Hey everyone, I run a small nonprofit and we keep all our volunteer schedules in Fieldnote.",
    "Hello! Teacher here. I use Fieldnote on {platform} to plan lessons with two colleagues.",
    "Hi, IT admin for a workspace of {count} people. Here mostly for SSO and admin questions.",
    "Hi from a research lab! Our lab notebook lives in Fieldnote now, with templates for every "
    "experiment.",
    "Hello, freelance writer. Fieldnote on {platform} is where every draft starts.",
    "Hi all, operations lead at a logistics company. We use task boards for everything from hiring "
    "to audits.",
    "New here, just joined the {plan} plan with my team. Looking forward to learning from you all.",
};
constexpr const char* kFeedback[] = {
    "Loving the new search in {version}, it's so much faster.",
    "Since {version} the {platform} app feels slower to open for me.",
    "The new task board view is great, but I miss the compact mode.",
    "Offline mode for shared notebooks is exactly what we needed. Thank you!",
    "After updating, my sidebar order was reset. Minor, but annoying.",
    "Please bring back the old keyboard shortcut for new tasks.",
    "{version} fixed the sync conflicts we had for months. Great work.",
    "Dark mode looks off on {platform}: grey text on grey background in comments.",
    "Our team of {count} updated without problems. Smooth release.",
    "The {integration} integration lost its settings after the update; had to reconnect.",
};
constexpr const char* kMessageReplies[] = {
    "Thanks, that helps.",
    "Got it, I'll try that and get back to you.",
    "One more question: does this apply to the whole workspace or only to my account?",
    "Thanks for the quick answer!",
    "I checked again and it's working now. Thanks for your help.",
    "Understood. Let me know if you need anything else from our side.",
};

constexpr const char* kPlatforms[] = {"iOS",   "iPadOS", "Android", "Windows",    "Windows 11",
                                      "macOS", "Linux",  "web app", "Chromebook", "Android tablet"};
constexpr const char* kVersions[] = {"4.0.0", "4.0.3", "4.1.0", "4.1.2", "4.1.5", "4.2.0", "4.2.1",
                                     "4.2.3", "4.3.0", "4.3.2", "4.4.0", "4.4.1", "4.5.0", "4.5.2",
                                     "4.6.0", "5.0.0", "5.0.1", "5.1.0", "5.1.2", "5.2.0"};
constexpr const char* kIntegrationNames[] = {
    "Slack",  "Salesforce", "Jira",    "Microsoft Teams", "Google Drive", "Zapier",   "Okta",
    "GitHub", "HubSpot",    "Outlook", "Google Calendar", "Dropbox",      "Azure AD", "Trello"};
constexpr const char* kPlans[] = {"Starter", "Team", "Business", "Enterprise", "Free"};
constexpr const char* kFeatures[] = {"shared notebooks",
                                     "offline mode",
                                     "reminders",
                                     "templates",
                                     "two-factor authentication",
                                     "task boards",
                                     "search",
                                     "the calendar view",
                                     "comments",
                                     "file attachments",
                                     "recurring tasks",
                                     "guest access",
                                     "tags",
                                     "version history",
                                     "checklists",
                                     "mentions"};
constexpr const char* kErrors[] = {"ERR_SYNC_CONFLICT",
                                   "401 Unauthorized",
                                   "429 Too Many Requests",
                                   "E_QUOTA_EXCEEDED",
                                   "TLS handshake timeout",
                                   "invalid_grant",
                                   "403 Forbidden",
                                   "500 Internal Server Error",
                                   "ERR_NETWORK_CHANGED",
                                   "E_SEAT_LIMIT",
                                   "ECONNRESET",
                                   "payment_intent_failed",
                                   "ERR_CERT_AUTHORITY_INVALID",
                                   "E_STORAGE_FULL",
                                   "503 Service Unavailable",
                                   "E_TOKEN_EXPIRED"};
constexpr int kCounts[] = {3,  5,  8,  10, 12,  15,  20,  25,  30,  40,
                           50, 60, 75, 80, 100, 120, 150, 200, 250, 400};

constexpr const char* kStatementPrefixes[] = {
    "[{platform}] ", "[{version}] ",  "Bug: ",     "Issue: ",      "Urgent: ", "Help: ",
    "Problem: ",     "{plan} plan: ", "URGENT - ", "{platform}: ", "Still: ",  "Help needed: "};
constexpr const char* kQuestionPrefixes[] = {
    "Question: ", "Newbie question: ", "Quick question: ", "[{platform}] ",   "Help: ",
    "How-to: ",   "Beginner: ",        "{plan} plan: ",    "Admin question: "};
constexpr const char* kStatementQualifiers[] = {" on {platform}",
                                                " on {platform} {version}",
                                                " since {version}",
                                                " after updating to {version}",
                                                " after the {version} update",
                                                " since yesterday",
                                                " since this morning",
                                                " since last week",
                                                " since Monday",
                                                " again",
                                                " for some users",
                                                " for one user only",
                                                " for the whole team",
                                                " on the {plan} plan",
                                                " ({platform})",
                                                " ({platform}, {version})",
                                                " - error {error}",
                                                " - any ideas?",
                                                " (workspace of {count} people)",
                                                " every few days",
                                                " intermittently",
                                                " after changing my password",
                                                " after enabling 2FA",
                                                " in {feature}",
                                                " with {integration} connected",
                                                " on two of {count} devices",
                                                " since the weekend",
                                                " (please help)",
                                                " on {platform} only",
                                                " after a reinstall",
                                                " on a new laptop",
                                                " for guests only",
                                                " since {version} on {platform}",
                                                " on the {plan} plan since {version}",
                                                " - {error}",
                                                " ({error})",
                                                " at random",
                                                " every morning"};
constexpr const char* kQuestionQualifiers[] = {" on {platform}",
                                               " on the {plan} plan",
                                               " for a team of {count}",
                                               " with {integration}",
                                               " as an admin",
                                               " as a guest",
                                               " in a shared workspace",
                                               " without admin rights",
                                               " in {version}",
                                               " using {platform}",
                                               " for {count} notebooks",
                                               " on a Chromebook",
                                               " with SSO",
                                               " for a new member",
                                               " on {platform} {version}",
                                               " (new to Fieldnote)",
                                               " for our whole company",
                                               " for external clients",
                                               " after the {version} update",
                                               " in bulk",
                                               " from the command line",
                                               " on a shared device",
                                               " for {count} users",
                                               " with {feature} turned on",
                                               " in the {plan} trial",
                                               " for a school",
                                               " for a nonprofit",
                                               " on mobile",
                                               " without losing {feature}"};
constexpr const char* kIdeaPrefixes[] = {"Feature request: ", "Idea: ", "[Idea] ", "Request: ",
                                         "Suggestion: ",      "FR: ",   "Wish: ",  "Proposal: "};
constexpr const char* kIdeaQualifiers[] = {" on {platform}",
                                           " for {plan} workspaces",
                                           " in {feature}",
                                           " please",
                                           " (would pay for this)",
                                           " - +1 from a team of {count}",
                                           " for guests",
                                           " on mobile",
                                           " via {platform}",
                                           " for admins",
                                           " for large workspaces",
                                           " in the API",
                                           " with {integration}",
                                           " (again)",
                                           " for teams of {count}+",
                                           " in {version}",
                                           " on {platform} and {plan}",
                                           " for {feature}",
                                           " like in other tools",
                                           " in shared notebooks",
                                           " for the {plan} plan",
                                           " on the desktop",
                                           " for power users",
                                           " as an option"};
constexpr const char* kDiscussionPrefixes[] = {"Poll: ", "Discussion: ", "[Tips] ",
                                               "Community: ", "Curious: "};

} // namespace

std::span<const Theme> announcementThemes()
{
    return all(kAnnouncements);
}
std::span<const Theme> ideaThemes()
{
    return all(kIdeas);
}
std::span<const Theme> discussionThemes()
{
    return all(kDiscussion);
}
std::span<const Theme> spamThemes()
{
    return all(kSpam);
}
std::span<const Theme> messageThemes()
{
    return all(kMessages);
}
const Theme& introductionTheme()
{
    return kIntroductionTheme;
}
const Theme& feedbackTheme()
{
    return kFeedbackTheme;
}
std::span<const char* const> introductions()
{
    return all(kIntroductions);
}
std::span<const char* const> feedback()
{
    return all(kFeedback);
}
std::span<const char* const> messageReplies()
{
    return all(kMessageReplies);
}
std::span<const char* const> platforms()
{
    return all(kPlatforms);
}
std::span<const char* const> versions()
{
    return all(kVersions);
}
std::span<const char* const> integrations()
{
    return all(kIntegrationNames);
}
std::span<const char* const> plans()
{
    return all(kPlans);
}
std::span<const char* const> features()
{
    return all(kFeatures);
}
std::span<const char* const> errors()
{
    return all(kErrors);
}
std::span<const int> counts()
{
    return all(kCounts);
}
std::span<const char* const> statementPrefixes()
{
    return all(kStatementPrefixes);
}
std::span<const char* const> questionPrefixes()
{
    return all(kQuestionPrefixes);
}
std::span<const char* const> statementQualifiers()
{
    return all(kStatementQualifiers);
}
std::span<const char* const> questionQualifiers()
{
    return all(kQuestionQualifiers);
}
std::span<const char* const> ideaPrefixes()
{
    return all(kIdeaPrefixes);
}
std::span<const char* const> ideaQualifiers()
{
    return all(kIdeaQualifiers);
}
std::span<const char* const> discussionPrefixes()
{
    return all(kDiscussionPrefixes);
}

} // namespace steward::sandbox::phrasebook
