// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The transparency report's tables, facts and notes (transparency.h).
#include "models/analytics/headlines.h"
#include "models/analytics/stats.h"
#include "models/domain/reviewable.h"
#include "models/reports/transparency.h"

#include <array>
#include <map>

namespace steward::reports {

namespace {

// The tables' words are asked for as ::steward::reports::Transparency::tr: from inside an
// anonymous namespace, lupdate files a shorter name under a context no tr() asks for.
using K = analytics::CellKind;

/// The median of hours, or an empty cell when there are none.
QVariant medianCell(std::vector<double> hours)
{
    if (hours.empty())
        return {};
    return analytics::roundedValue(analytics::summarize(hours).median);
}

analytics::ReportTable actionsTable(const TransparencyData& d)
{
    analytics::ReportTable t;
    t.name = QStringLiteral("actions");
    t.title =
        ::steward::reports::Transparency::tr("Moderation actions by type, ground and detection");
    t.columns = {{QStringLiteral("type"), K::Text, false},
                 {QStringLiteral("restriction"), K::Text},
                 {QStringLiteral("total"), K::Integer},
                 {QStringLiteral("illegal_content"), K::Integer},
                 {QStringLiteral("terms_of_service"), K::Integer},
                 {QStringLiteral("on_notice"), K::Integer},
                 {QStringLiteral("own_initiative"), K::Integer},
                 {QStringLiteral("automated"), K::Integer},
                 {QStringLiteral("median_hours_notice_to_action"), K::Hours}};
    constexpr auto types = std::size_t(RestrictionType::Count);
    std::vector<std::array<int, 6>> counts(types, std::array<int, 6>{});
    std::vector<std::vector<double>> hours(types);
    std::array<int, 6> all{};
    std::vector<double> allHours;
    for (const ClassifiedAction& c : d.actions) {
        auto& row = counts[std::size_t(c.type)];
        const int cells[] = {1,
                             c.ground == Ground::IllegalContent ? 1 : 0,
                             c.ground == Ground::TermsOfService ? 1 : 0,
                             c.detection == Detection::Notice ? 1 : 0,
                             c.detection == Detection::OwnInitiative ? 1 : 0,
                             c.detection == Detection::Automated ? 1 : 0};
        for (std::size_t i = 0; i < row.size(); ++i) {
            row[i] += cells[i];
            all[i] += cells[i];
        }
        if (c.noticeMs > 0) {
            const double h =
                double(c.action.createdAt.toMSecsSinceEpoch() - c.noticeMs) / analytics::kMsPerHour;
            hours[std::size_t(c.type)].push_back(std::max(0.0, h));
            allHours.push_back(std::max(0.0, h));
        }
    }
    for (int type = 0; type < int(types); ++type) {
        const auto& row = counts[std::size_t(type)];
        t.rows.append({Transparency::typeKey(RestrictionType(type)),
                       Transparency::typeTitle(RestrictionType(type)), row[0], row[1], row[2],
                       row[3], row[4], row[5], medianCell(hours[std::size_t(type)])});
    }
    t.rows.append({QStringLiteral("total"), ::steward::reports::Transparency::tr("All actions"),
                   all[0], all[1], all[2], all[3], all[4], all[5], medianCell(allHours)});
    return t;
}

analytics::ReportTable noticesTable(const TransparencyData& d, const TransparencyGrounds& grounds)
{
    analytics::ReportTable t;
    t.name = QStringLiteral("notices");
    t.title =
        ::steward::reports::Transparency::tr("Notices (flags) by reason and what came of them");
    t.columns = {{QStringLiteral("reason"), K::Text, false},
                 {QStringLiteral("reason_title"), K::Text},
                 {QStringLiteral("ground"), K::Text},
                 {QStringLiteral("from_users"), K::Integer},
                 {QStringLiteral("automated"), K::Integer},
                 {QStringLiteral("acted_on"), K::Integer},
                 {QStringLiteral("not_acted_on"), K::Integer},
                 {QStringLiteral("pending"), K::Integer},
                 {QStringLiteral("median_hours_to_decision"), K::Hours}};
    struct Row
    {
        int type = 0;
        std::array<int, 5> counts{};
        std::vector<double> hours;
    };
    std::map<QString, Row> rows;
    for (const ReviewNotice& r : d.reviews) {
        for (const ReviewNotice::Score& s : r.scores) {
            if (s.createdAt < d.startMs || s.createdAt >= d.endMs)
                continue;
            const QString key = s.key.isEmpty() ? QString::number(s.scoreType) : s.key;
            Row& row = rows[key];
            row.type = s.scoreType;
            const bool user = s.userId > 0 && s.scoreType != ScoreTypeId::NeedsApproval;
            row.counts[user ? 0 : 1] += 1;
            if (s.status == int(ScoreStatus::Agreed))
                row.counts[2] += 1;
            else if (s.status == int(ScoreStatus::Disagreed) ||
                     s.status == int(ScoreStatus::Ignored))
                row.counts[3] += 1;
            else
                row.counts[4] += 1;
            if (s.status != int(ScoreStatus::Pending) && r.reviewedAt >= s.createdAt)
                row.hours.push_back(double(r.reviewedAt - s.createdAt) / analytics::kMsPerHour);
        }
    }
    for (auto& [key, row] : rows)
        t.rows.append({key, analytics::Headlines::flagReason(row.type, key),
                       TransparencyGrounds::groundName(grounds.of(key)), row.counts[0],
                       row.counts[1], row.counts[2], row.counts[3], row.counts[4],
                       medianCell(row.hours)});
    return t;
}

analytics::ReportTable accountsTable(const TransparencyData& d, const QList<StaffAction>& lifted)
{
    analytics::ReportTable t;
    t.name = QStringLiteral("accounts");
    t.title =
        ::steward::reports::Transparency::tr("Suspensions and other restrictions of accounts");
    t.columns = {{QStringLiteral("measure"), K::Text, false},
                 {QStringLiteral("title"), K::Text},
                 {QStringLiteral("count"), K::Integer}};
    const auto countOf = [&](RestrictionType type) {
        return int(std::count_if(d.actions.begin(), d.actions.end(),
                                 [type](const ClassifiedAction& c) { return c.type == type; }));
    };
    const auto liftedOf = [&](int action) {
        return int(std::count_if(lifted.begin(), lifted.end(),
                                 [action](const StaffAction& a) { return a.action == action; }));
    };
    t.rows = {
        {QStringLiteral("suspended"), ::steward::reports::Transparency::tr("Accounts suspended"),
         countOf(RestrictionType::AccountSuspension)},
        {QStringLiteral("suspension_lifted"),
         ::steward::reports::Transparency::tr("Suspensions lifted early"),
         liftedOf(StaffActionId::UnsuspendUser)},
        {QStringLiteral("silenced"), ::steward::reports::Transparency::tr("Accounts silenced"),
         countOf(RestrictionType::AccountRestriction)},
        {QStringLiteral("silence_lifted"),
         ::steward::reports::Transparency::tr("Silences lifted early"),
         liftedOf(StaffActionId::UnsilenceUser)},
        {QStringLiteral("terminated"), ::steward::reports::Transparency::tr("Accounts terminated"),
         countOf(RestrictionType::AccountTermination)}};
    return t;
}

QString dateText(QDate d, const QLocale& l)
{
    return l.toString(d, QLocale::LongFormat);
}

} // namespace

TableDocument Transparency::document(const TransparencyData& d, const TransparencyGrounds& grounds,
                                     const QString& community, const QDateTime& generatedAt,
                                     const QLocale& locale)
{
    TableDocument doc;
    doc.key = QStringLiteral("transparency");
    doc.title = tr("Transparency report");
    doc.community = community;
    doc.generatedAt = generatedAt;
    doc.locale = locale;
    QStringList illegal;
    for (auto it = grounds.byReason.begin(); it != grounds.byReason.end(); ++it) {
        if (it.value() == Ground::IllegalContent)
            illegal.append(it.key());
    }
    illegal.sort();
    const analytics::ReportTable actions = actionsTable(d);
    const analytics::ReportTable notices = noticesTable(d, grounds);
    int noticeCount = 0;
    for (const QVariantList& row : notices.rows)
        noticeCount += row[3].toInt();
    doc.facts = {
        {QStringLiteral("period"), tr("Period"),
         tr("%1 to %2").arg(dateText(d.from, locale), dateText(d.to, locale))},
        {QStringLiteral("time_zone"), tr("Time zone"), QString::fromUtf8(d.zone.id())},
        {QStringLiteral("legal_basis"), tr("Legal basis"),
         tr("Regulation (EU) 2022/2065 (Digital Services Act), Art. 15 and Art. 24; tables in "
            "the order of the templates of Implementing Regulation (EU) 2024/2835")},
        {QStringLiteral("actions"), tr("Moderation actions"),
         locale.toString(actions.rows.last()[2].toInt())},
        {QStringLiteral("notices"), tr("Notices from users"), locale.toString(noticeCount)},
        {QStringLiteral("illegal_reasons"), tr("Flag reasons counted as illegal content"),
         illegal.isEmpty() ? tr("none") : illegal.join(QStringLiteral(", "))},
        {QStringLiteral("appeals"), tr("Appeals (internal complaints)"),
         tr("not recorded by Discourse; see Gaps")},
        {QStringLiteral("staff_log"), tr("Staff action log in the copy"),
         d.coverage.rows == 0
             ? tr("none: it was never synced, or the key could not read it; the actions above "
                  "are incomplete")
             : tr("%n rows from %1", nullptr, int(d.coverage.rows))
                   .arg(dateText(QDateTime::fromMSecsSinceEpoch(d.coverage.firstMs, d.zone).date(),
                                 locale))}};
    if (d.coverage.rows > 0 && d.coverage.firstMs > d.startMs)
        doc.facts.append({QStringLiteral("warning"), tr("Warning"),
                          tr("The copy's staff action log starts after the period does: actions "
                             "before it are missing.")});
    doc.tables = {actions, notices, accountsTable(d, d.lifted)};
    doc.notes = {
        {tr("Method"),
         tr("Actions are the rows of Discourse's staff action log "
            "(/admin/logs/staff_action_logs) in the period: deleted posts and topics (removal), "
            "rejected queued posts (refused before publication), silenced users (account "
            "restricted), suspended users (account suspended) and deleted users (account "
            "terminated); and flags agreed with in the period whose post is hidden now "
            "(visibility restricted). An action answers the review item on its post or user "
            "decided nearest to it, within a day (a rejected post: the queued post the same "
            "moderator rejected within five minutes). Its ground is illegal content when any "
            "flag on that item has a reason counted as illegal content, otherwise the terms of "
            "service; actions without a flag count against the terms of service. Detection: a "
            "user's flag is a notice; an item raised only by the system (watched words, spam "
            "filters, held posts) or an action by the system user is automated; the rest are "
            "on staff's own initiative. The time to act runs from the first flag on the item to "
            "the action.")},
        {tr("Gaps"),
         tr("Discourse does not record appeals of moderation decisions, out-of-court "
            "settlements or the number of monthly active recipients in the EU; they are not in "
            "this report and must be added by the provider. Discourse records which flag was "
            "agreed with, not whether the post was then hidden or kept: hidden posts are read "
            "from the copy as it is now. Suspensions' end dates are not in the log. Rows of the "
            "log older than its first sync, or cleared by an admin, are missing. Only actions on "
            "this forum are counted, whatever the country of the users.")}};
    return doc;
}

} // namespace steward::reports
