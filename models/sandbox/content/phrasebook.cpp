// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the sandbox community: a vendor forum for "Fieldnote", a notes-and-tasks app
// for teams with web, desktop and mobile apps, an API and integrations.
#include "models/sandbox/content/phrasebook.h"

#include <cstring>

namespace steward::sandbox::phrasebook {

namespace {

constexpr Theme kGettingStarted[] = {
    {"How do I invite my team to a shared notebook?", "I set up a workspace on the {plan} plan and created a notebook for our project, but I can't find where to invite colleagues. The share button only offers a public link.", "", "", "Open the notebook, choose **Members** in the sidebar and use **Invite by email**. Public links are read-only; members need a seat on the workspace first (Settings > Members).", "sharing,workspace"},
    {"Importing notes from another app loses formatting", "I imported about 300 notes from an export file. Headings and checklists came through as plain text on the {platform}. Is there a way to keep the formatting?", "", "", "The importer keeps formatting only for Markdown and HTML exports. Export again as HTML and use **File > Import > HTML folder**; checklists become Fieldnote tasks.", "import,formatting"},
    {"What is the difference between tags and folders?", "New here. Should I organise our team's notes with folders or tags? We have about 20 people and several projects.", "", "", "Folders hold a note in one place; tags cut across folders. Most teams use one folder per project and tags for status (`draft`, `approved`) and topics.", "organisation"},
    {"Keyboard shortcuts on {platform}?", "Is there a list of keyboard shortcuts? I'd like to create a task and jump between notebooks without the mouse.", "", "", "Press `Ctrl+/` (or `Cmd+/` on macOS) anywhere to see every shortcut. New task is `Ctrl+Shift+T`.", "shortcuts"},
    {"Can't verify my email address", "The verification email never arrives. I checked the spam folder and tried resending three times. Our company uses Microsoft 365.", "", "", "Some Microsoft 365 tenants quarantine our mail. Ask your admin to release it or to allow `noreply@mail.fieldnote.example`. We resent the link to you directly.", "account,email"},
    {"Templates for meeting notes", "Does Fieldnote have templates? We take the same kind of meeting notes every week and copy the last one each time.", "", "", "Yes: write the note once, then **More > Save as template**. Templates show up under **New > From template** for everyone in the workspace.", "templates"},
};

constexpr Theme kBilling[] = {
    {"Charged twice for the {plan} plan this month", "My card was charged twice on the same day for the {plan} plan. The invoice page only shows one invoice. How do I get the duplicate refunded?", "", "", "The second charge was a pending authorisation from a failed payment retry; it drops off within 5 business days. If it doesn't, reply here and we'll refund it.", "billing,invoice"},
    {"How do I download invoices as PDF?", "Our finance team needs PDF invoices for the last 12 months. I only see the latest one in Settings.", "", "", "Settings > Billing > **Invoice history** lists every invoice with a PDF link. Only workspace owners and billing admins see it.", "billing,invoice"},
    {"Downgrading from {plan} keeps failing", "When I try to downgrade our workspace the page shows \"{error}\" and nothing changes.", "", "", "A downgrade fails while the workspace uses more seats or storage than the smaller plan allows. Remove members or archive notebooks first, then try again.", "billing,plans"},
    {"Add a VAT number to invoices", "We're a company in the EU and need our VAT ID on invoices. Where do I enter it?", "", "", "Settings > Billing > **Company details** has a VAT ID field. It applies to the next invoice; we can reissue the current one on request.", "billing,tax"},
    {"Transfer workspace ownership", "The person who created our workspace has left the company. How can we transfer ownership to me?", "", "", "Any admin can ask the owner to transfer it under Settings > Members. If the owner is gone, our support team can move it after verifying your domain; open a ticket from the Help menu.", "account,admin"},
    {"Nonprofit discount?", "Do you offer a discount for registered charities? We'd need about 15 seats on {plan}.", "", "", "Yes, 50% off any paid plan for registered nonprofits. Apply from the pricing page with your registration document.", "billing,pricing"},
};

constexpr Theme kIntegrations[] = {
    {"{integration} integration stopped posting updates", "Since yesterday our {integration} channel no longer gets task updates. Reconnecting the integration didn't help. The integration log shows:", "log", "2026-03-14T09:12:44Z WARN  webhook delivery failed target={integration} status=410\n2026-03-14T09:12:44Z INFO  retry scheduled attempt=3 backoff=120s\n2026-03-14T09:16:45Z ERROR giving up after 3 attempts", "A 410 means the target was removed on their side. Remove the integration in Settings > Integrations, add it again, and pick the channel anew.", "integrations,webhooks"},
    {"Map custom fields from {integration}", "We sync records from {integration}. Is it possible to map custom fields into task properties? Only the name and owner come across.", "json", "{\n  \"mapping\": {\n    \"name\": \"title\",\n    \"owner\": \"assignee\",\n    \"custom_priority__c\": \"priority\"\n  }\n}", "Custom fields need the mapping editor (Business plan and up). Your JSON is right; upload it under Integrations > {integration} > Field mapping.", "integrations,mapping"},
    {"Zapier trigger fires twice for every new task", "Every new task triggers our Zap twice, so we get duplicate rows in the spreadsheet.", "", "", "The trigger fires once for creation and once for the first edit when the task is created from a template. Use the **New task (instant)** trigger, which fires once.", "integrations,zapier"},
    {"SSO with {integration} fails with {error}", "We set up single sign-on and now everyone gets \"{error}\" after the redirect.", "log", "SAML response rejected: AudienceRestriction mismatch\nexpected: https://app.fieldnote.example/saml/metadata\nreceived: https://app.fieldnote.example/saml", "The audience must be the full metadata URL, ending in `/saml/metadata`. Fix it in your identity provider's app settings.", "sso,security"},
    {"Calendar sync shows tasks one day early", "Tasks with a due date appear one day early in the calendar feed. We're in UTC+10.", "", "", "The feed used the workspace's time zone instead of yours. Set your own time zone under Profile > Preferences and resubscribe to the feed.", "integrations,calendar"},
};

constexpr Theme kMobile[] = {
    {"App crashes on launch after updating to {version}", "Since the {version} update the app crashes right after the splash screen on my {platform} device. Reinstalling didn't help.", "log", "FATAL EXCEPTION: main\nProcess: com.fieldnote.app, PID: 21734\njava.lang.IllegalStateException: Database schema version 41 newer than app\n\tat com.fieldnote.store.Migrations.check(Migrations.kt:88)", "Thanks for the log. {version} shipped a migration bug for devices that skipped 4.1. A fix is rolling out; until then, clear the app's storage and sign in again (your notes are on the server).", "mobile,crash"},
    {"Push notifications not arriving on {platform}", "I don't get notifications for mentions on {platform}, although they are on in the app and in the system settings.", "", "", "Check **Settings > Notifications > Devices** on the web: if your phone is listed twice, remove both and sign in again on the phone.", "mobile,notifications"},
    {"Offline mode: notes missing after reconnect", "I edited notes on a flight in offline mode. After landing, two of the edits were gone.", "", "", "When the same note changed on another device meanwhile, the offline edit is kept as a conflict copy. Look for notes named \"(conflict)\" in the notebook.", "mobile,offline,sync"},
    {"Widget stays blank on {platform}", "The home screen widget shows nothing but the Fieldnote logo.", "", "", "The widget needs background refresh. On {platform}, allow it for Fieldnote and remove and re-add the widget.", "mobile,widget"},
    {"Attach photos from the camera in a task", "Is there a way to take a photo straight into a task? I can only attach existing files.", "", "", "Tap the paperclip and choose **Camera**; it appears once the app has camera permission.", "mobile,attachments"},
};

constexpr Theme kApi[] = {
    {"API returns {error} when creating tasks in bulk", "I'm creating tasks from a script and after about 100 requests I get {error}.", "python", "import requests\n\nfor row in rows:\n    r = requests.post(f\"{BASE}/v2/tasks\", json=row, headers=auth)\n    r.raise_for_status()", "The API allows 100 requests per minute per token. Use the bulk endpoint `POST /v2/tasks/batch` (up to 500 tasks) and honour the `Retry-After` header on 429.", "api,rate-limits"},
    {"Webhook signature verification fails", "I verify the `X-Fieldnote-Signature` header as documented but the HMAC never matches.", "js", "const sig = crypto.createHmac('sha256', secret)\n  .update(JSON.stringify(req.body))\n  .digest('hex');", "Sign the raw request body, not a re-serialised object: key order and whitespace change. Use the raw buffer from your framework.", "api,webhooks"},
    {"Pagination cursor returns duplicates", "Listing notes with `?cursor=` sometimes returns the same note on two pages.", "bash", "curl -s \"$BASE/v2/notes?limit=100&cursor=$NEXT\" -H \"Authorization: Bearer $TOKEN\" | jq '.items[].id'", "Cursors are stable only with `sort=created`; the default sort by update time moves notes between pages while they change.", "api,pagination"},
    {"OAuth token refresh gives {error}", "Our integration refreshes tokens every hour. Since {version} the refresh fails with {error}.", "json", "{\n  \"error\": \"invalid_grant\",\n  \"error_description\": \"refresh token already used\"\n}", "Refresh tokens rotate: each one works once. Store the new refresh token from every response.", "api,oauth"},
    {"Rate limits for the search endpoint", "What are the rate limits for `/v2/search`? The docs only list the general limit.", "", "", "Search has its own limit of 30 requests per minute per token because it's expensive. We'll add it to the docs.", "api,search"},
};

constexpr Theme kSync[] = {
    {"Sync stuck at \"{error}\" on {platform}", "Sync has been stuck for two days on my {platform} app with {error}. The web app is up to date.", "log", "[sync] 2026-05-02 08:14:03 start delta=1842 items\n[sync] 2026-05-02 08:14:09 conflict note=8f3a2c resolution=manual\n[sync] 2026-05-02 08:14:09 ERROR {error} aborting batch", "One note has a conflict that blocks the batch. Open **Settings > Sync > Conflicts**, resolve it, and sync resumes.", "sync"},
    {"Deleted notebook came back after sync", "I deleted an old notebook on the web; the next day it was back on every device.", "", "", "A device that was offline for more than 30 days re-uploaded it. Delete it again; we're changing sync so stale devices can't resurrect deletions.", "sync,notebooks"},
    {"Very slow first sync on {platform} (50k notes)", "Our workspace has about 50,000 notes. The first sync on a new {platform} machine takes over four hours.", "", "", "Turn on **Selective sync** and pick the notebooks you need; the rest loads on demand.", "sync,performance"},
    {"Attachments not syncing over company proxy", "Notes sync but attachments stay at \"waiting\". We're behind a corporate proxy.", "log", "attachments: GET https://files.fieldnote.example/a/77e1 -> proxy CONNECT refused (407)", "Attachments come from a second host, `files.fieldnote.example`. Ask IT to allow it alongside the app host.", "sync,network"},
    {"Export all data before we leave", "We're moving to another tool. How do we export everything, including attachments?", "", "", "Settings > Data > **Export workspace** makes a ZIP with Markdown, JSON metadata and attachments. Large workspaces take a while; you get an email when it's ready.", "export,data"},
};

constexpr Theme kAnnouncements[] = {
    {"Fieldnote {version} is out", "Fieldnote {version} is rolling out to all platforms this week.", "", "", "Highlights: faster search, offline mode for shared notebooks, and a new task board view. Full release notes are in the Help centre.", "release-notes"},
    {"Scheduled maintenance this weekend", "We'll upgrade our database cluster on Saturday between 02:00 and 04:00 UTC.", "", "", "Sync pauses for up to 15 minutes during the window. Nothing you write is lost; devices catch up afterwards.", "maintenance"},
    {"New community guidelines", "We've updated the community guidelines: be kind, stay on topic, no sales pitches.", "", "", "Flag posts that break them and our moderators will take a look. Repeated spam leads to suspension.", "guidelines"},
    {"Welcome to the Fieldnote community!", "This is the place to ask questions, share tips and tell us what to build next.", "", "", "Start in Getting Started, search before posting, and mark the reply that solved your problem as the solution.", "welcome"},
};

constexpr Theme kIdeas[] = {
    {"Dark mode for the web app", "The desktop apps have a dark theme; the web app doesn't. Please add it!", "", "", "", "ui"},
    {"Recurring tasks with custom intervals", "We need tasks that repeat every second Tuesday, or on the last workday of the month.", "", "", "", "tasks"},
    {"Gantt view for projects", "A timeline or Gantt view of tasks with due dates would let us drop a second tool.", "", "", "", "tasks,views"},
    {"Let guests comment without a seat", "Clients should be able to comment on a shared note without a paid seat.", "", "", "", "sharing,pricing"},
    {"Export a notebook as PDF", "We hand notebooks to customers and currently print to PDF page by page.", "", "", "", "export"},
    {"Native Linux app", "The web app works, but a native Linux client with offline mode would be great.", "", "", "", "desktop,linux"},
};

constexpr Theme kDiscussion[] = {
    {"How does your team organise meeting notes?", "Curious how others structure recurring meeting notes. We use one notebook per team with a template.", "", "", "", "workflows"},
    {"Share your favourite templates", "Post the templates that save you time. I'll start with our incident review template.", "", "", "", "templates"},
    {"What integrations do you use daily?", "We live in Slack and Jira. What does your setup look like?", "", "", "", "integrations"},
    {"Tips for keeping a big workspace tidy", "We have 12 teams in one workspace and it's getting messy. Any conventions that worked for you?", "", "", "", "organisation"},
};

constexpr Theme kSpam[] = {
    {"Cheap accounting software licence keys 90% off", "Get genuine licence keys today at the lowest prices. Visit our store:", "", "", "", ""},
    {"Best CRM for small business 2026 (honest review)", "I tested 30 tools so you don't have to. Full comparison here:", "", "", "", ""},
    {"Call now for instant support +1 888 000 0000", "Fieldnote support 24/7 hotline, call now for instant help with your account:", "", "", "", ""},
    {"Earn $500 a day from home", "My cousin makes $500 a day with this simple method, click here:", "", "", "", ""},
};

constexpr const char* kPlatforms[] = {"iOS", "Android", "Windows", "macOS", "Linux", "web app"};
constexpr const char* kVersions[] = {"4.1.0", "4.1.2", "4.2.0", "4.2.1", "4.3.0", "4.3.2", "5.0.0"};
constexpr const char* kIntegrationNames[] = {"Slack", "Salesforce", "Jira", "Microsoft Teams", "Google Drive", "Zapier", "Okta"};
constexpr const char* kPlans[] = {"Starter", "Team", "Business", "Enterprise"};
constexpr const char* kFeatures[] = {"shared notebooks", "offline mode", "reminders", "templates", "two-factor authentication", "task boards"};
constexpr const char* kErrors[] = {"ERR_SYNC_CONFLICT", "401 Unauthorized", "429 Too Many Requests", "E_QUOTA_EXCEEDED", "TLS handshake timeout", "invalid_grant"};

constexpr const char* kFollowUps[] = {
    "Thanks for the quick reply. I tried that, but it still happens. Anything else I can check?",
    "Some more detail: it only happens for notebooks shared with external guests.",
    "I'm on {version} on {platform}, if that matters.",
    "That worked! It took a few minutes to show up, but it's there now.",
    "Our IT team says nothing is blocked on their side. Could it be something with our {plan} plan?",
    "Update: after signing out and in again it works on {platform}, but not on the web app.",
};
constexpr const char* kThanks[] = {
    "That was it, thank you!",
    "Perfect, problem solved. Thanks a lot.",
    "Thanks, marking this as the solution.",
    "Works now. Appreciate the help!",
};
constexpr const char* kAgreements[] = {
    "Same here since {version} on {platform}.",
    "+1, we see this too on the {plan} plan.",
    "Would love this as well. We have 40 people asking for it.",
    "Following, same problem.",
};
constexpr const char* kAnswerOpeners[] = {
    "I had the same problem last month.",
    "This is what fixed it for us:",
    "Try this:",
    "As far as I know,",
    "We solved this in our team like this:",
};
constexpr const char* kStaffOpeners[] = {
    "Thanks for reporting this, and sorry for the trouble.",
    "Good question!",
    "Hi, thanks for the detailed report.",
    "Thanks for raising this.",
};
constexpr const char* kWhispers[] = {
    "Escalated to the sync team, internal ticket FN-4821.",
    "This user has opened three tickets about the same thing; let's keep an eye on it.",
    "Known issue in {version}; the fix ships next week.",
};

template<typename T, std::size_t N>
constexpr std::span<const T> all(const T (&items)[N])
{
    return std::span<const T>(items, N);
}

} // namespace

std::span<const Theme> themesFor(const char* slug)
{
    if (std::strcmp(slug, "billing-and-accounts") == 0)
        return all(kBilling);
    if (std::strncmp(slug, "integrations", 12) == 0 || std::strcmp(slug, "slack") == 0
        || std::strcmp(slug, "salesforce") == 0 || std::strcmp(slug, "zapier") == 0)
        return all(kIntegrations);
    if (std::strcmp(slug, "mobile-apps") == 0)
        return all(kMobile);
    if (std::strcmp(slug, "api-and-developers") == 0)
        return all(kApi);
    if (std::strcmp(slug, "sync-and-data") == 0)
        return all(kSync);
    return all(kGettingStarted);
}

std::span<const Theme> announcementThemes() { return all(kAnnouncements); }
std::span<const Theme> ideaThemes() { return all(kIdeas); }
std::span<const Theme> discussionThemes() { return all(kDiscussion); }
std::span<const Theme> spamThemes() { return all(kSpam); }
std::span<const char* const> platforms() { return all(kPlatforms); }
std::span<const char* const> versions() { return all(kVersions); }
std::span<const char* const> integrations() { return all(kIntegrationNames); }
std::span<const char* const> plans() { return all(kPlans); }
std::span<const char* const> features() { return all(kFeatures); }
std::span<const char* const> errors() { return all(kErrors); }
std::span<const char* const> followUps() { return all(kFollowUps); }
std::span<const char* const> thanks() { return all(kThanks); }
std::span<const char* const> agreements() { return all(kAgreements); }
std::span<const char* const> answerOpeners() { return all(kAnswerOpeners); }
std::span<const char* const> staffOpeners() { return all(kStaffOpeners); }
std::span<const char* const> whispers() { return all(kWhispers); }

} // namespace steward::sandbox::phrasebook
