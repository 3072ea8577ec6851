// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the sandbox community: a vendor forum for "Fieldnote", a notes-and-tasks app
// for teams with web, desktop and mobile apps, an API and integrations. This file holds the
// support questions and their replies; phrasebook_community.cpp the rest.
#include "models/sandbox/content/phrasebook.h"

#include <cstring>

namespace steward::sandbox::phrasebook {

namespace {

using detail::all;

constexpr Theme kGettingStarted[] = {
    {"How do I invite my [team|colleagues|whole team|department] to a [shared|new|private] "
     "notebook?|[Inviting|Adding] [colleagues|teammates|members] to a shared notebook|Can't find "
     "where to invite [members|teammates|colleagues]|Invite [button|option] missing [for shared "
     "notebooks|in the share menu]|How to share a notebook with my [team|whole "
     "team|department|contractors]?",
     "I set up a workspace on the {plan} plan and created a notebook for our project, but I can't "
     "find where to invite colleagues. The share button only offers a public link.",
     "", "",
     "Open the notebook, choose **Members** in the sidebar and use **Invite by email**. Public "
     "links are read-only; members need a seat on the workspace first (Settings > Members).",
     "sharing,workspace"},
    {"Importing [notes|files|pages] from [another app|Evernote|OneNote|Notion] [loses|breaks] "
     "formatting|Import [loses|drops|strips] "
     "[headings|checklists|formatting|tables]|[Formatting|Checklists|Headings|Tables] gone after "
     "importing {count} notes|Imported [notes|pages|documents] show up as plain text|Best way to "
     "import from [Evernote|OneNote|Notion|Google Keep|Apple Notes]?",
     "I imported about 300 notes from an export file. Headings and checklists came through as "
     "plain text on the {platform}. Is there a way to keep the formatting?",
     "", "",
     "The importer keeps formatting only for Markdown and HTML exports. Export again as HTML and "
     "use **File > Import > HTML folder**; checklists become Fieldnote tasks.",
     "import,formatting"},
    {"What is the difference between [tags|labels] and [folders|notebooks]?|[Tags vs "
     "folders|Folders or tags]: [which one|what do you recommend|best practice]?|Should we use "
     "[folders|tags|both] for a team of {count}?|How do you organise [notes|projects|client work] "
     "with [tags|folders|nested folders]?",
     "New here. Should I organise our team's notes with folders or tags? We have about 20 people "
     "and several projects.",
     "", "",
     "Folders hold a note in one place; tags cut across folders. Most teams use one folder per "
     "project and tags for status (`draft`, `approved`) and topics.",
     "organisation"},
    {"Keyboard shortcuts on {platform}?|[List of|Where are the|Custom] keyboard "
     "shortcuts?|Shortcut to [create a task|jump between notebooks|search|open the quick switcher] "
     "on {platform}?|Is there a shortcut [cheat sheet|list|overview]?",
     "Is there a list of keyboard shortcuts? I'd like to create a task and jump between notebooks "
     "without the mouse.",
     "", "",
     "Press `Ctrl+/` (or `Cmd+/` on macOS) anywhere to see every shortcut. New task is "
     "`Ctrl+Shift+T`.",
     "shortcuts"},
    {"[Can't|Unable to|Cannot] verify my [email address|email|account]|Verification email [never "
     "arrives|not arriving|not received]|[No|Missing] verification email [with Microsoft 365|with "
     "Gmail|with Outlook.com|for new members]|Email verification link [expired|doesn't work|opens "
     "a blank page]",
     "The verification email never arrives. I checked the spam folder and tried resending three "
     "times. Our company uses Microsoft 365.",
     "", "",
     "Some Microsoft 365 tenants quarantine our mail. Ask your admin to release it or to allow "
     "`noreply@mail.fieldnote.example`. We resent the link to you directly.",
     "account,email"},
    {"Templates for [meeting notes|standups|1:1s|sprint planning|client calls]|[Can I|How do I] "
     "[create|share|reuse] templates for [meeting notes|standups|1:1s|project "
     "briefs|retrospectives]?|Template for [weekly|recurring|monthly] [meeting notes|status "
     "reports]|Where do [saved|workspace|shared] templates show up?",
     "Does Fieldnote have templates? We take the same kind of meeting notes every week and copy "
     "the last one each time.",
     "", "",
     "Yes: write the note once, then **More > Save as template**. Templates show up under **New > "
     "From template** for everyone in the workspace.",
     "templates"},
};

constexpr Theme kBilling[] = {
    {"Charged twice for the {plan} plan[| this month| in March| in October]|[Double|Duplicate] "
     "charge on my [card|credit card|invoice]|Charged twice [after upgrading|for one month|on the "
     "same day]|[Refund for a|How do I get a] duplicate [payment|charge]?",
     "My card was charged twice on the same day for the {plan} plan. The invoice page only shows "
     "one invoice. How do I get the duplicate refunded?",
     "", "",
     "The second charge was a pending authorisation from a failed payment retry; it drops off "
     "within 5 business days. If it doesn't, reply here and we'll refund it.",
     "billing,invoice"},
    {"How do I download [invoices|receipts|past invoices] as [PDF|CSV]?|[Where can I find|How do I "
     "download] [old|past|all] invoices?|[Invoice|Billing] history [missing|only shows the latest "
     "invoice|is empty]|Need invoices for the last [12|6|24|18] months",
     "Our finance team needs PDF invoices for the last 12 months. I only see the latest one in "
     "Settings.",
     "", "",
     "Settings > Billing > **Invoice history** lists every invoice with a PDF link. Only workspace "
     "owners and billing admins see it.",
     "billing,invoice"},
    {"Downgrading from {plan} keeps failing|Can't downgrade [from {plan}|our workspace]: "
     "\"{error}\"|Downgrade [fails|stuck|not working] with {error}|How to downgrade [from "
     "{plan}|to Starter] without losing [notes|history|members]?",
     "When I try to downgrade our workspace the page shows \"{error}\" and nothing changes.", "",
     "",
     "A downgrade fails while the workspace uses more seats or storage than the smaller plan "
     "allows. Remove members or archive notebooks first, then try again.",
     "billing,plans"},
    {"Add a [VAT|tax|GST] [number|ID] to [invoices|our invoices|receipts]|[Where do I enter|How to "
     "add] [our|a] VAT [ID|number]?|VAT [ID|number] missing on [invoices|the last invoice|our "
     "receipts]|Reissue an invoice with [our VAT ID|the company name|a new address|a PO number]",
     "We're a company in the EU and need our VAT ID on invoices. Where do I enter it?", "", "",
     "Settings > Billing > **Company details** has a VAT ID field. It applies to the next invoice; "
     "we can reissue the current one on request.",
     "billing,tax"},
    {"Transfer [workspace|account|billing] ownership[| to a colleague| to me]|[Owner|Admin|Our IT "
     "lead] left the company: [transfer|change] [workspace ownership|the billing owner]|How to "
     "change the [workspace owner|billing contact|account owner]?|Ownership transfer for a "
     "workspace of {count}",
     "The person who created our workspace has left the company. How can we transfer ownership to "
     "me?",
     "", "",
     "Any admin can ask the owner to transfer it under Settings > Members. If the owner is gone, "
     "our support team can move it after verifying your domain; open a ticket from the Help menu.",
     "account,admin"},
    {"[Nonprofit|Charity|Education|Student] discount?|[Discount|Pricing] for "
     "[nonprofits|charities|schools|students|universities]?|Do you offer [an education|a "
     "nonprofit|a startup] discount?|{plan} plan discount for [registered charities|NGOs|volunteer "
     "groups]",
     "Do you offer a discount for registered charities? We'd need about 15 seats on {plan}.", "",
     "",
     "Yes, 50% off any paid plan for registered nonprofits. Apply from the pricing page with your "
     "registration document.",
     "billing,pricing"},
    {"Payment declined with {error}|Card [declined|rejected] [when upgrading|on renewal|for the "
     "{plan} plan]|[Can't|Unable to] update [the payment method|our credit card]|Renewal failed: "
     "\"{error}\"",
     "Our renewal failed and the billing page says \"{error}\". The card works everywhere else and "
     "our bank sees no attempt.",
     "", "",
     "Some banks block the 3-D Secure check in an embedded frame. Update the card from **Settings "
     "> Billing** in a new browser tab; the renewal is retried within an hour.",
     "billing,payments"},
};

constexpr Theme kIntegrations[] = {
    {"{integration} integration stopped posting updates|{integration} [integration|connector] "
     "[stopped|no longer] [posting|sending] [updates|notifications]|No [task|note|comment] updates "
     "in {integration} [since yesterday|anymore|for some channels]|{integration} webhook [returns "
     "410|fails|keeps failing]",
     "Since yesterday our {integration} channel no longer gets task updates. Reconnecting the "
     "integration didn't help. The integration log shows:",
     "log",
     "2026-03-14T09:12:44Z WARN  webhook delivery failed target={integration} "
     "status=410\n2026-03-14T09:12:44Z INFO  retry scheduled attempt=3 "
     "backoff=120s\n2026-03-14T09:16:45Z ERROR giving up after 3 attempts",
     "A 410 means the target was removed on their side. Remove the integration in Settings > "
     "Integrations, add it again, and pick the channel anew.",
     "integrations,webhooks"},
    {"Map custom fields from {integration}|[Custom|Extra] fields from {integration} [not "
     "syncing|missing|not mapped]|{integration} field mapping for [priority|owners|due "
     "dates|status]|How to map {integration} [custom fields|properties] to [tasks|task "
     "properties]?",
     "We sync records from {integration}. Is it possible to map custom fields into task "
     "properties? Only the name and owner come across.",
     "json",
     "{\n  \"mapping\": {\n    \"name\": \"title\",\n    \"owner\": \"assignee\",\n    "
     "\"custom_priority__c\": \"priority\"\n  }\n}",
     "Custom fields need the mapping editor (Business plan and up). Your JSON is right; upload it "
     "under Integrations > {integration} > Field mapping.",
     "integrations,mapping"},
    {"Zapier [trigger|zap] fires twice for every [new task|new note|comment]|[Zap|Zapier zap] "
     "[triggers|runs] twice [per task|for new tasks|for template tasks]|Duplicate "
     "[rows|records|cards] from the Zapier trigger|\"New [task|note]\" trigger [fires "
     "twice|duplicates entries]",
     "Every new task triggers our Zap twice, so we get duplicate rows in the spreadsheet.", "", "",
     "The trigger fires once for creation and once for the first edit when the task is created "
     "from a template. Use the **New task (instant)** trigger, which fires once.",
     "integrations,zapier"},
    {"SSO with {integration} fails with {error}|[SAML|SSO] login [fails|broken] with "
     "{integration}: {error}|{integration} SSO: \"{error}\" after [the "
     "redirect|login|sign-in]|[Single sign-on|SSO] audience mismatch with {integration}",
     "We set up single sign-on and now everyone gets \"{error}\" after the redirect.", "log",
     "SAML response rejected: AudienceRestriction mismatch\nexpected: "
     "https://app.fieldnote.example/saml/metadata\nreceived: https://app.fieldnote.example/saml",
     "The audience must be the full metadata URL, ending in `/saml/metadata`. Fix it in your "
     "identity provider's app settings.",
     "sso,security"},
    {"Calendar sync shows [tasks|due dates|reminders] one day [early|late]|[Calendar "
     "feed|{integration} calendar] [shows|puts] tasks [one day early|on the wrong day]|Due dates "
     "[off by one day|shifted] in [the calendar feed|{integration}]|Time zone wrong in [calendar "
     "sync|the calendar feed|reminders][| for tasks| for events]",
     "Tasks with a due date appear one day early in the calendar feed. We're in UTC+10.", "", "",
     "The feed used the workspace's time zone instead of yours. Set your own time zone under "
     "Profile > Preferences and resubscribe to the feed.",
     "integrations,calendar"},
    {"Connect {integration} to [a shared notebook|several workspaces|a private "
     "channel]?|{integration}: [permission|scope] error when connecting|Reconnecting {integration} "
     "[asks for admin approval|fails with {error}]",
     "I'm trying to connect {integration} for our team and get a permissions screen my account "
     "can't approve. What scopes does the integration need?",
     "", "",
     "The integration asks for read access to channels and write access to post updates. In most "
     "{integration} setups a workspace admin has to approve it once; after that every member can "
     "connect.",
     "integrations,permissions"},
};

constexpr Theme kMobile[] = {
    {"App crashes on launch after updating to {version}|[Crash|Crashes] on [launch|startup] "
     "[after|since] {version}|{version} [crashes|won't open] on {platform}|App "
     "[closes|quits|freezes] right after the [splash screen|login screen]",
     "Since the {version} update the app crashes right after the splash screen on my {platform} "
     "device. Reinstalling didn't help.",
     "log",
     "FATAL EXCEPTION: main\nProcess: com.fieldnote.app, PID: "
     "21734\njava.lang.IllegalStateException: Database schema version 41 newer than app\n\tat "
     "com.fieldnote.store.Migrations.check(Migrations.kt:88)",
     "Thanks for the log. {version} shipped a migration bug for devices that skipped 4.1. A fix is "
     "rolling out; until then, clear the app's storage and sign in again (your notes are on the "
     "server).",
     "mobile,crash"},
    {"Push notifications not arriving on {platform}|[No|Missing|Delayed] [push "
     "notifications|mention notifications|reminders] on {platform}|Notifications [stopped|not "
     "working] [after the update|since {version}|on my new phone]",
     "I don't get notifications for mentions on {platform}, although they are on in the app and in "
     "the system settings.",
     "", "",
     "Check **Settings > Notifications > Devices** on the web: if your phone is listed twice, "
     "remove both and sign in again on the phone.",
     "mobile,notifications"},
    {"Offline mode: [notes|edits|changes] missing after [reconnect|reconnecting|going "
     "online]|[Offline|Flight-mode] edits [lost|missing|gone] after [sync|reconnecting]|Notes "
     "[edited|written] offline [disappeared|never synced]|Lost [changes|edits|notes] [after|from] "
     "offline mode",
     "I edited notes on a flight in offline mode. After landing, two of the edits were gone.", "",
     "",
     "When the same note changed on another device meanwhile, the offline edit is kept as a "
     "conflict copy. Look for notes named \"(conflict)\" in the notebook.",
     "mobile,offline,sync"},
    {"Widget stays blank on {platform}|[Home screen|Lock screen|Today] widget [blank|empty|not "
     "updating]|[Widget|The widget] shows [only the logo|nothing|old tasks|yesterday's tasks]",
     "The home screen widget shows nothing but the Fieldnote logo.", "", "",
     "The widget needs background refresh. On {platform}, allow it for Fieldnote and remove and "
     "re-add the widget.",
     "mobile,widget"},
    {"Attach [photos|pictures|scans] from the camera [in|to] a [task|note]|[Take a photo|Scan a "
     "document] [into|from] a [task|note]?|Camera [option missing|not available] [in "
     "attachments|when attaching]|Attach [photos|images|scans] from the phone?",
     "Is there a way to take a photo straight into a task? I can only attach existing files.", "",
     "", "Tap the paperclip and choose **Camera**; it appears once the app has camera permission.",
     "mobile,attachments"},
    {"App [drains|eats] battery on {platform}|Battery drain [since {version}|in the "
     "background|overnight]|High battery use by Fieldnote on {platform}",
     "Since the last update Fieldnote is at the top of the battery list on my {platform} phone, "
     "even when I don't open it.",
     "", "",
     "Background sync retried too often after a failed attachment upload in {version}. Open the "
     "app once on Wi-Fi so the upload finishes; the next release backs off properly.",
     "mobile,battery"},
};

constexpr Theme kApi[] = {
    {"API returns {error} when creating tasks in bulk|[Bulk|Batch] [task creation|import] fails "
     "with {error}|{error} after about [100|200|150] [API calls|requests]|Rate limit when creating "
     "[tasks|notes] [from a script|in bulk|from a cron job]",
     "I'm creating tasks from a script and after about 100 requests I get {error}.", "python",
     "import requests\n\nfor row in rows:\n    r = requests.post(f\"{BASE}/v2/tasks\", json=row, "
     "headers=auth)\n    r.raise_for_status()",
     "The API allows 100 requests per minute per token. Use the bulk endpoint `POST "
     "/v2/tasks/batch` (up to 500 tasks) and honour the `Retry-After` header on 429.",
     "api,rate-limits"},
    {"Webhook signature verification [fails|always fails|broken|fails randomly]|[HMAC|Signature] "
     "[mismatch|never matches] [on webhooks|for X-Fieldnote-Signature]|Verifying webhook "
     "signatures in [Node|Express|Python|Go|PHP]|Webhook signature [invalid|wrong] [since "
     "{version}|after a redeploy]",
     "I verify the `X-Fieldnote-Signature` header as documented but the HMAC never matches.", "js",
     "const sig = crypto.createHmac('sha256', secret)\n  .update(JSON.stringify(req.body))\n  "
     ".digest('hex');",
     "Sign the raw request body, not a re-serialised object: key order and whitespace change. Use "
     "the raw buffer from your framework.",
     "api,webhooks"},
    {"Pagination cursor returns [duplicates|duplicate items|the same page]|[Duplicate|Missing] "
     "[notes|items|tasks] when paging with a cursor|Cursor pagination [skips|repeats] "
     "[items|notes|tasks]|[/v2/notes|/v2/tasks|/v2/comments] paging returns the same item twice",
     "Listing notes with `?cursor=` sometimes returns the same note on two pages.", "bash",
     "curl -s \"$BASE/v2/notes?limit=100&cursor=$NEXT\" -H \"Authorization: Bearer $TOKEN\" | jq "
     "'.items[].id'",
     "Cursors are stable only with `sort=created`; the default sort by update time moves notes "
     "between pages while they change.",
     "api,pagination"},
    {"OAuth token refresh gives {error}|[Refresh token|Token refresh] fails with {error}|OAuth: "
     "\"{error}\" [every hour|after one refresh|since {version}]|[Rotating|Storing|Refreshing] "
     "[refresh|OAuth] tokens correctly?",
     "Our integration refreshes tokens every hour. Since {version} the refresh fails with {error}.",
     "json",
     "{\n  \"error\": \"invalid_grant\",\n  \"error_description\": \"refresh token already "
     "used\"\n}",
     "Refresh tokens rotate: each one works once. Store the new refresh token from every response.",
     "api,oauth"},
    {"Rate limits for the [search|export|bulk|comments] endpoint|[What are the|Documented] rate "
     "limits for [/v2/search|search|the search API]?|Search API [returns 429|throttled] "
     "[quickly|after 30 requests|from our backend]",
     "What are the rate limits for `/v2/search`? The docs only list the general limit.", "", "",
     "Search has its own limit of 30 requests per minute per token because it's expensive. We'll "
     "add it to the docs.",
     "api,search"},
    {"API: [creating|updating] [tasks|notes] in a [shared|archived] notebook returns "
     "{error}|Permission error with a [service|bot] token: {error}|[Service|Bot] token can't "
     "[write to|read] shared notebooks",
     "Our bot token can read notes but every write to a shared notebook fails with {error}.",
     "bash",
     "curl -s -X POST \"$BASE/v2/notes\" -H \"Authorization: Bearer $TOKEN\" -d '{\"notebook_id\": "
     "9912, \"title\": \"Standup\"}'",
     "Bot tokens act as the member who created them. Add that member to the notebook with edit "
     "rights, or create the token from an admin account.",
     "api,permissions"},
};

constexpr Theme kSync[] = {
    {"Sync stuck at \"{error}\" on {platform}|Sync [stuck|hangs|frozen] [on {platform}|for two "
     "days|at {error}]|{platform} [app|client] won't sync: {error}|Sync error {error} [every "
     "time|since {version}|on one device]",
     "Sync has been stuck for two days on my {platform} app with {error}. The web app is up to "
     "date.",
     "log",
     "[sync] 2026-05-02 08:14:03 start delta=1842 items\n[sync] 2026-05-02 08:14:09 conflict "
     "note=8f3a2c resolution=manual\n[sync] 2026-05-02 08:14:09 ERROR {error} aborting batch",
     "One note has a conflict that blocks the batch. Open **Settings > Sync > Conflicts**, resolve "
     "it, and sync resumes.",
     "sync"},
    {"Deleted [notebook|folder|notes] came back after [sync|a sync|syncing]|[Deleted|Removed] "
     "[notebook|notes|tasks] [reappeared|came back|keep coming back]|Old [notebook|folder] "
     "[resurrected|restored itself] after [sync|an update]",
     "I deleted an old notebook on the web; the next day it was back on every device.", "", "",
     "A device that was offline for more than 30 days re-uploaded it. Delete it again; we're "
     "changing sync so stale devices can't resurrect deletions.",
     "sync,notebooks"},
    {"Very slow first sync on {platform} ({count}k notes)|First sync [takes hours|very slow] with "
     "{count}k notes|[Initial|Full] sync [slow|never finishes] [on a new machine|on {platform}]",
     "Our workspace has about 50,000 notes. The first sync on a new {platform} machine takes over "
     "four hours.",
     "", "",
     "Turn on **Selective sync** and pick the notebooks you need; the rest loads on demand.",
     "sync,performance"},
    {"[Attachments|Files] not syncing over [company|corporate] "
     "[proxy|VPN]|[Attachments|Images|PDFs] [stuck at|stay at] "
     "\"waiting\"|[Files|Attachments|Images] [not syncing|not downloading] [behind a corporate "
     "proxy|on the office network|over VPN]",
     "Notes sync but attachments stay at \"waiting\". We're behind a corporate proxy.", "log",
     "attachments: GET https://files.fieldnote.example/a/77e1 -> proxy CONNECT refused (407)",
     "Attachments come from a second host, `files.fieldnote.example`. Ask IT to allow it alongside "
     "the app host.",
     "sync,network"},
    {"Export all [data|notes|our data] before we [leave|cancel|switch tools]|[Export|Back up] "
     "[everything|all notes|the whole workspace] including attachments?|How to export [a "
     "workspace|all data] to [Markdown|JSON|a ZIP file]?",
     "We're moving to another tool. How do we export everything, including attachments?", "", "",
     "Settings > Data > **Export workspace** makes a ZIP with Markdown, JSON metadata and "
     "attachments. Large workspaces take a while; you get an email when it's ready.",
     "export,data"},
    {"Conflict copies [everywhere|keep appearing|after every sync]|Why do I get \"(conflict)\" "
     "[notes|copies|files][| every day]?|[Dozens of|Many] conflict copies on {platform}",
     "Every morning I find new notes named \"(conflict)\" next to the originals. Only two of us "
     "edit these notes.",
     "", "",
     "A conflict copy appears when the same note changed on two devices before either synced. A "
     "device with a wrong clock makes it happen all the time: check the date and time settings on "
     "each device.",
     "sync,conflicts"},
};

// Known issues: problems many members hit at once; their threads run for weeks.
constexpr Theme kKnownIssues[] = {
    {"Sync stuck at \"{error}\" on {platform}|Sync [stuck|failing] for [everyone|many of us] since "
     "{version}|{platform} app won't sync after {version}",
     "Since this morning sync fails on every device I have, with {error}. The status page says "
     "everything is fine.",
     "log",
     "[sync] start delta=1842 items\n[sync] ERROR {error} aborting batch\n[sync] retry in 300s",
     "We've found the cause: a server-side change in {version} rejects some batches. A fix is "
     "rolling out; your notes are safe on your devices meanwhile.",
     "sync,known-issue"},
    {"App crashes on launch after updating to {version}|[Crash|Crashes] on [launch|startup] since "
     "{version} on {platform}",
     "Since the {version} update the app crashes right after the splash screen on my {platform} "
     "device. Reinstalling didn't help.",
     "log",
     "FATAL EXCEPTION: main\njava.lang.IllegalStateException: Database schema version 41 newer "
     "than app\n\tat com.fieldnote.store.Migrations.check(Migrations.kt:88)",
     "{version} shipped a migration bug for devices that skipped a release. Clearing the app's "
     "storage and signing in again works around it; the fix is on its way.",
     "mobile,crash,known-issue"},
    {"Push notifications [not arriving|stopped] on {platform} since {version}|No "
     "[reminders|mentions] on {platform} [anymore|since the update]",
     "Since {version} I get no notifications at all on {platform}, though they are on everywhere.",
     "", "",
     "A certificate for our push service expired on the {platform} side. We've renewed it; "
     "notifications should arrive again after restarting the app.",
     "mobile,notifications,known-issue"},
    {"{integration} integration stopped posting updates|{integration} [webhooks|updates] failing "
     "for [everyone|all workspaces]",
     "Since yesterday no updates reach {integration} anymore, in several of our workspaces.", "log",
     "webhook delivery failed target={integration} status=410\ngiving up after 3 attempts",
     "{integration} changed their API and our connector didn't follow. Reconnect the integration "
     "once the fix is out; no updates are lost, they're queued.",
     "integrations,known-issue"},
    {"Search returns [nothing|no results|old results] since {version}|Search [broken|empty] on "
     "{platform}",
     "Search finds nothing newer than last week, on the web and on {platform}.", "", "",
     "The search index stopped updating after {version}. We're rebuilding it workspace by "
     "workspace; results come back within a day.",
     "search,known-issue"},
    {"Login loop on {platform} after {version}|[Signed out|Logged out] every few minutes on "
     "{platform}",
     "After updating to {version} the {platform} app keeps signing me out, sometimes in the middle "
     "of typing.",
     "", "",
     "Session tokens were refreshed too early in {version}. The fix is in the next release; "
     "keeping the app open on Wi-Fi makes it happen less.",
     "account,known-issue"},
};

constexpr const char* kFollowUps[] = {
    "Thanks for the quick reply. I tried that, but it still happens. Anything else I can check?",
    "Some more detail: it only happens for notebooks shared with external guests.",
    "I'm on {version} on {platform}, if that matters.",
    "That worked! It took a few minutes to show up, but it's there now.",
    "Our IT team says nothing is blocked on their side. Could it be something with our {plan} "
    "plan?",
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
    "Same for us on {platform}. Any update?",
    "Happening to three people in our team since {version}.",
    "Still seeing this today on {version}.",
    "Same here. Our workaround is to restart the app, which is not great.",
    "Any ETA on a fix? This blocks our team.",
    "We have the same issue on {platform} with the {plan} plan.",
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
    "Taking this one. Looks like the {platform} migration bug; checking their logs first.",
    "Enterprise customer, account manager is in the loop.",
};
constexpr const char* kMoreDetail[] = {
    "Some more detail: it only happens for notebooks shared with external guests.",
    "I'm on {version} on {platform}, if that matters.",
    "Forgot to say: this started right after updating to {version}.",
    "Also tried reinstalling the app, no change.",
    "Edit: it happens on the web app too, so it's not just {platform}.",
};
constexpr const char* kBumps[] = {
    "Any ideas, anyone?",
    "Bumping this, it still happens on {platform}.",
    "Still looking for help with this one.",
    "Nobody? Is there a better place to ask?",
};
constexpr const char* kAutoReplies[] = {
    "Thanks for contacting Fieldnote Billing. A member of the billing team replies within one "
    "business day. "
    "Invoices, receipts and plan changes are under **Settings > Billing** in the meantime.",
    "Thanks for your message! Billing questions are answered on business days from 09:00 to 17:00 "
    "CET. "
    "Please don't post card numbers or invoices here; we'll ask for details privately if needed.",
};
constexpr const char* kStaffUpdates[] = {
    "Update: we've reproduced this on {platform} and the team is working on a fix. Thanks for the "
    "reports.",
    "Quick update: the cause is a migration bug in {version}. A fix is in testing.",
    "We're still investigating. If you can, send us your logs from **Help > Send diagnostics** and "
    "mention this topic.",
    "The fix is in {version}, rolling out over the next few days. Please update and tell us if "
    "it's still happening.",
    "Thanks for your patience, everyone. We've found a workaround while the fix is tested: sign "
    "out, clear the app's cache and sign in again.",
};
constexpr const char* kAskForDetails[] = {
    "To help people help you, please add your app version, your platform and the exact error "
    "message you see.",
    "Could you edit your post to include the version ({version}?), the platform and a screenshot "
    "of the error? "
    "Topics with those details get answers much faster.",
};
constexpr const char* kCleanupNotes[] = {
    "I removed a few off-topic replies. Please keep this topic about the original question.",
    "Some replies were removed because they shared personal data. Please use private messages for "
    "account details.",
};
constexpr const char* kFixedNotes[] = {
    "This is fixed in {version}. Closing this topic; if you still see the problem after updating, "
    "please open a new topic with your logs.",
    "The fix has been rolled out to everyone. Thanks all for the reports and the patience! Closing "
    "this one.",
};

} // namespace

std::span<const Theme> themesFor(const char* slug)
{
    if (std::strcmp(slug, "billing-and-accounts") == 0)
        return all(kBilling);
    if (std::strncmp(slug, "integrations", 12) == 0 || std::strcmp(slug, "slack") == 0 ||
        std::strcmp(slug, "salesforce") == 0 || std::strcmp(slug, "zapier") == 0)
        return all(kIntegrations);
    if (std::strcmp(slug, "mobile-apps") == 0)
        return all(kMobile);
    if (std::strcmp(slug, "api-and-developers") == 0)
        return all(kApi);
    if (std::strcmp(slug, "sync-and-data") == 0)
        return all(kSync);
    return all(kGettingStarted);
}

std::span<const Theme> knownIssueThemes()
{
    return all(kKnownIssues);
}
std::span<const char* const> followUps()
{
    return all(kFollowUps);
}
std::span<const char* const> thanks()
{
    return all(kThanks);
}
std::span<const char* const> agreements()
{
    return all(kAgreements);
}
std::span<const char* const> answerOpeners()
{
    return all(kAnswerOpeners);
}
std::span<const char* const> staffOpeners()
{
    return all(kStaffOpeners);
}
std::span<const char* const> whispers()
{
    return all(kWhispers);
}
std::span<const char* const> moreDetail()
{
    return all(kMoreDetail);
}
std::span<const char* const> bumps()
{
    return all(kBumps);
}
std::span<const char* const> autoReplies()
{
    return all(kAutoReplies);
}
std::span<const char* const> staffUpdates()
{
    return all(kStaffUpdates);
}
std::span<const char* const> askForDetails()
{
    return all(kAskForDetails);
}
std::span<const char* const> cleanupNotes()
{
    return all(kCleanupNotes);
}
std::span<const char* const> fixedNotes()
{
    return all(kFixedNotes);
}

} // namespace steward::sandbox::phrasebook
