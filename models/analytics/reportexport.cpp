// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analytics/reportexport.h"

#include "models/analytics/definitions.h"

#include <QJsonArray>
#include <QVariant>

#include <cmath>

namespace steward::analytics {

namespace {

/// A section as a table: the same rows serve JSON (objects keyed by column) and CSV.
struct Table
{
    QStringList columns;
    QList<QVariantList> rows;
    QJsonObject summary; ///< JSON only: the section's totals and comparisons
    QStringList metrics; ///< definition keys the section reports
};

double rounded(double v)
{
    return std::isfinite(v) ? std::round(v * 1000.0) / 1000.0 : 0.0;
}

QJsonObject summaryJson(const Summary& s)
{
    return {{QStringLiteral("count"), s.count},
            {QStringLiteral("mean"), rounded(s.mean)},
            {QStringLiteral("median"), rounded(s.median)},
            {QStringLiteral("p90"), rounded(s.p90)}};
}

QJsonObject compare(const QJsonValue& now, const QJsonValue& before)
{
    return {{QStringLiteral("value"), now}, {QStringLiteral("previous"), before}};
}

QString userName(const Dataset& d, Id id)
{
    const UserFact* u = d.user(id);
    return u ? u->username : QString();
}

QString categoryName(const Dataset& d, Id id)
{
    const CategoryFact* c = d.category(id);
    return c ? c->name : QString();
}

Table activityTable(const Report& r)
{
    Table t;
    t.metrics = {QStringLiteral("new_topics"), QStringLiteral("posts"), QStringLiteral("new_users"),
                 QStringLiteral("active_users")};
    t.columns = {QStringLiteral("date"), QStringLiteral("new_topics"), QStringLiteral("posts"),
                 QStringLiteral("new_users"), QStringLiteral("active_users")};
    for (const ActivityBucket& b : r.activity.buckets)
        t.rows.append({b.start.toString(Qt::ISODate), b.counts.topics, b.counts.posts,
                       b.counts.newUsers, b.counts.activeUsers});
    const ActivityCounts& n = r.activity.total;
    const ActivityCounts& p = r.activity.previous;
    t.summary = {{QStringLiteral("new_topics"), compare(n.topics, p.topics)},
                 {QStringLiteral("posts"), compare(n.posts, p.posts)},
                 {QStringLiteral("new_users"), compare(n.newUsers, p.newUsers)},
                 {QStringLiteral("active_users"), compare(n.activeUsers, p.activeUsers)}};
    return t;
}

Table responseTable(const Report& r)
{
    Table t;
    t.metrics = {QStringLiteral("first_response"), QStringLiteral("first_response_share")};
    t.columns = {QStringLiteral("date"), QStringLiteral("topics"), QStringLiteral("mean_hours"),
                 QStringLiteral("median_hours"), QStringLiteral("p90_hours")};
    for (const ResponseBucket& b : r.response.buckets)
        t.rows.append({b.start.toString(Qt::ISODate), b.hours.count, rounded(b.hours.mean),
                       rounded(b.hours.median), rounded(b.hours.p90)});
    QJsonArray histogram;
    for (const HistogramBin& bin : r.response.histogram) {
        histogram.append(
            QJsonObject{{QStringLiteral("from_hours"), bin.fromHours},
                        {QStringLiteral("to_hours"),
                         std::isinf(bin.toHours) ? QJsonValue() : QJsonValue(bin.toHours)},
                        {QStringLiteral("topics"), bin.topics.size()}});
    }
    t.summary = {
        {QStringLiteral("first_response"),
         compare(summaryJson(r.response.hours), summaryJson(r.response.previousHours))},
        {QStringLiteral("first_response_share"),
         compare(rounded(r.response.communityShare), rounded(r.response.previousCommunityShare))},
        {QStringLiteral("staff_first"), r.response.staffFirst},
        {QStringLiteral("community_first"), r.response.communityFirst},
        {QStringLiteral("without_response"), r.response.withoutResponse},
        {QStringLiteral("histogram"), histogram}};
    return t;
}

Table resolutionTable(const Report& r)
{
    Table t;
    t.metrics = {QStringLiteral("time_to_solution"), QStringLiteral("time_to_close"),
                 QStringLiteral("solved_rate")};
    t.columns = {QStringLiteral("date"), QStringLiteral("solved")};
    for (std::size_t i = 0; i < r.resolution.solvedPerBucket.size(); ++i)
        t.rows.append(
            {r.activity.buckets[i].start.toString(Qt::ISODate), r.resolution.solvedPerBucket[i]});
    const Resolution& s = r.resolution;
    t.summary = {{QStringLiteral("time_to_solution"),
                  compare(summaryJson(s.toSolution), summaryJson(s.previousToSolution))},
                 {QStringLiteral("time_to_close"),
                  compare(summaryJson(s.toClose), summaryJson(s.previousToClose))},
                 {QStringLiteral("solved_rate"),
                  compare(rounded(s.solvedRate), rounded(s.previousSolvedRate))},
                 {QStringLiteral("eligible"), s.eligible},
                 {QStringLiteral("solved"), s.solved},
                 {QStringLiteral("closed_unsolved"), s.closedUnsolved}};
    return t;
}

Table unansweredTable(const Report& r, const Dataset& d)
{
    Table t;
    t.metrics = {QStringLiteral("unanswered")};
    t.columns = {QStringLiteral("topic_id"), QStringLiteral("created_at"),
                 QStringLiteral("category"), QStringLiteral("title")};
    for (Id id : r.unanswered.topics) {
        const TopicFact* topic = d.topic(id);
        t.rows.append(
            {id,
             QDateTime::fromMSecsSinceEpoch(topic->createdAt, QTimeZone::UTC).toString(Qt::ISODate),
             categoryName(d, topic->categoryId), topic->title});
    }
    t.summary = {
        {QStringLiteral("unanswered"), compare(r.unanswered.count, r.unanswered.previous)}};
    return t;
}

Table topicsTable(const Report& r, const Dataset& d)
{
    Table t;
    t.metrics = {QStringLiteral("active_topics")};
    t.columns = {QStringLiteral("topic_id"), QStringLiteral("posts"), QStringLiteral("category"),
                 QStringLiteral("title")};
    for (const TopicRow& row : r.activeTopics) {
        const TopicFact* topic = d.topic(row.topic);
        t.rows.append({row.topic, row.posts, categoryName(d, topic->categoryId), topic->title});
    }
    return t;
}

Table categoriesTable(const Report& r, const Dataset& d)
{
    Table t;
    t.metrics = {QStringLiteral("categories")};
    t.columns = {QStringLiteral("category_id"),     QStringLiteral("name"),
                 QStringLiteral("topics"),          QStringLiteral("topic_share"),
                 QStringLiteral("previous_topics"), QStringLiteral("posts"),
                 QStringLiteral("post_share"),      QStringLiteral("previous_posts")};
    for (const CategoryRow& c : r.categories)
        t.rows.append({c.category, categoryName(d, c.category), c.topics, rounded(c.topicShare),
                       c.previousTopics, c.posts, rounded(c.postShare), c.previousPosts});
    return t;
}

Table contributorsTable(const Report& r, const Dataset& d)
{
    Table t;
    t.metrics = {QStringLiteral("contributors")};
    t.columns = {QStringLiteral("ranked_by"), QStringLiteral("group"),    QStringLiteral("rank"),
                 QStringLiteral("user_id"),   QStringLiteral("username"), QStringLiteral("posts"),
                 QStringLiteral("solutions"), QStringLiteral("likes")};
    static const char* const metrics[] = {"posts", "solutions", "likes"};
    for (int m = 0; m < ContributorMetricCount; ++m) {
        for (const auto& [group, list] : {std::pair{"staff", &r.contributors.staff},
                                          std::pair{"community", &r.contributors.community}}) {
            int rank = 0;
            for (const Contributor& c : (*list)[std::size_t(m)])
                t.rows.append({QString::fromLatin1(metrics[m]), QString::fromLatin1(group), ++rank,
                               c.user, userName(d, c.user), c.posts, c.solutions, c.likes});
        }
    }
    t.summary = {{QStringLiteral("active_staff"), r.contributors.activeStaff},
                 {QStringLiteral("active_community"), r.contributors.activeCommunity}};
    return t;
}

Table moderatorsTable(const Report& r)
{
    Table t;
    t.metrics = {QStringLiteral("moderator_activity")};
    t.columns = {QStringLiteral("user_id"), QStringLiteral("username"), QStringLiteral("resolved"),
                 QStringLiteral("steward_decisions")};
    for (const ModeratorRow& m : r.moderators)
        t.rows.append({m.user, m.name, m.resolved, m.stewardDecisions});
    return t;
}

Table flagsTable(const Report& r)
{
    Table t;
    t.metrics = {QStringLiteral("flags"), QStringLiteral("flag_handle_time")};
    t.columns = {QStringLiteral("score_type_id"), QStringLiteral("reason"),
                 QStringLiteral("flags"),         QStringLiteral("agreed"),
                 QStringLiteral("disagreed"),     QStringLiteral("ignored"),
                 QStringLiteral("pending")};
    for (const FlagReason& f : r.flags.reasons)
        t.rows.append({f.scoreType, f.key, f.count, f.agreed, f.disagreed, f.ignored, f.pending});
    const Flags& f = r.flags;
    t.summary = {{QStringLiteral("flags"), compare(f.total, f.previousTotal)},
                 {QStringLiteral("agreed_share"), rounded(f.agreedShare)},
                 {QStringLiteral("disagreed_share"), rounded(f.disagreedShare)},
                 {QStringLiteral("ignored_share"), rounded(f.ignoredShare)},
                 {QStringLiteral("flag_handle_time"),
                  compare(summaryJson(f.handleHours), summaryJson(f.previousHandleHours))}};
    return t;
}

Table backlogTable(const Report& r)
{
    Table t;
    t.metrics = {QStringLiteral("backlog")};
    t.columns = {QStringLiteral("date"), QStringLiteral("pending"),
                 QStringLiteral("median_age_hours"), QStringLiteral("oldest_age_hours")};
    for (const BacklogPoint& p : r.backlog)
        t.rows.append({p.start.toString(Qt::ISODate), p.pending, rounded(p.medianAgeHours),
                       rounded(p.oldestAgeHours)});
    return t;
}

Table table(const QString& name, const Report& r, const Dataset& d)
{
    if (name == u"activity")
        return activityTable(r);
    if (name == u"response")
        return responseTable(r);
    if (name == u"resolution")
        return resolutionTable(r);
    if (name == u"unanswered")
        return unansweredTable(r, d);
    if (name == u"topics")
        return topicsTable(r, d);
    if (name == u"categories")
        return categoriesTable(r, d);
    if (name == u"contributors")
        return contributorsTable(r, d);
    if (name == u"moderators")
        return moderatorsTable(r);
    if (name == u"flags")
        return flagsTable(r);
    return backlogTable(r);
}

QStringList expand(const QStringList& sections)
{
    if (sections.contains(QStringLiteral("all")))
        return sectionNames();
    QStringList known;
    for (const QString& s : sections) {
        if (sectionNames().contains(s) && !known.contains(s))
            known.append(s);
    }
    return known;
}

MetricDefinition definitionOf(const QString& key, const Report& r)
{
    return key == u"first_response" ? Definitions::firstResponse(r.query.definition)
                                    : Definitions::metric(key);
}

QJsonValue jsonValue(const QVariant& v)
{
    if (v.typeId() == QMetaType::QString)
        return v.toString();
    if (v.typeId() == QMetaType::Double)
        return v.toDouble();
    return v.toLongLong();
}

} // namespace

QStringList sectionNames()
{
    return {QStringLiteral("activity"),     QStringLiteral("response"),
            QStringLiteral("resolution"),   QStringLiteral("unanswered"),
            QStringLiteral("topics"),       QStringLiteral("categories"),
            QStringLiteral("contributors"), QStringLiteral("moderators"),
            QStringLiteral("flags"),        QStringLiteral("backlog")};
}

QJsonObject reportToJson(const Report& r, const Dataset& d, const QStringList& sections)
{
    const Query& q = r.query;
    QJsonObject out;
    out.insert(
        QStringLiteral("parameters"),
        QJsonObject{{QStringLiteral("from"), q.from.toString(Qt::ISODate)},
                    {QStringLiteral("to"), q.to.toString(Qt::ISODate)},
                    {QStringLiteral("previous_from"), q.previous().from.toString(Qt::ISODate)},
                    {QStringLiteral("previous_to"), q.previous().to.toString(Qt::ISODate)},
                    {QStringLiteral("time_zone"), QString::fromUtf8(q.zone.id())},
                    {QStringLiteral("category_id"),
                     q.categoryId == 0 ? QJsonValue() : QJsonValue(q.categoryId)},
                    {QStringLiteral("category"),
                     q.categoryId == 0 ? QJsonValue() : QJsonValue(categoryName(d, q.categoryId))},
                    {QStringLiteral("granularity"), granularityName(q.granularity)},
                    {QStringLiteral("definition"), definitionName(q.definition)},
                    {QStringLiteral("top"), q.top}});
    out.insert(QStringLiteral("conventions"), Definitions::conventions());
    QJsonObject definitions;
    for (const QString& name : expand(sections)) {
        const Table t = table(name, r, d);
        QJsonArray rows;
        for (const QVariantList& row : t.rows) {
            QJsonObject o;
            for (qsizetype c = 0; c < t.columns.size(); ++c)
                o.insert(t.columns[c], jsonValue(row[c]));
            rows.append(o);
        }
        QJsonObject section = t.summary;
        section.insert(QStringLiteral("rows"), rows);
        out.insert(name, section);
        for (const QString& key : t.metrics) {
            const MetricDefinition m = definitionOf(key, r);
            definitions.insert(key, QJsonObject{{QStringLiteral("title"), m.title},
                                                {QStringLiteral("unit"), m.unit},
                                                {QStringLiteral("definition"), m.definition}});
        }
    }
    out.insert(QStringLiteral("definitions"), definitions);
    return out;
}

QByteArray csvCell(const QString& text)
{
    QString cell = text;
    if (!cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front()))
        cell.prepend(u'\'');
    // Quoted also when it holds a semicolon or a tab: a spreadsheet that splits on those (the
    // usual separator where the decimal mark is a comma) would start a new cell, maybe "=…".
    if (cell.contains(u',') || cell.contains(u';') || cell.contains(u'\t') || cell.contains(u'"') ||
        cell.contains(u'\n') || cell.contains(u'\r'))
        cell = u'"' + cell.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return cell.toUtf8();
}

QByteArray reportToCsv(const Report& r, const Dataset& d, const QStringList& sections)
{
    QByteArray out;
    const auto line = [&out](const QList<QByteArray>& cells) { out += cells.join(',') + "\r\n"; };
    QStringList keys;
    for (const QString& name : expand(sections)) {
        const Table t = table(name, r, d);
        line({csvCell(name)});
        QList<QByteArray> header;
        for (const QString& c : t.columns)
            header.append(csvCell(c));
        line(header);
        for (const QVariantList& row : t.rows) {
            QList<QByteArray> cells;
            for (const QVariant& v : row)
                cells.append(v.typeId() == QMetaType::QString ? csvCell(v.toString())
                                                              : v.toString().toUtf8());
            line(cells);
        }
        out += "\r\n";
        keys += t.metrics;
    }
    line({"definitions"});
    line({"key", "title", "unit", "definition"});
    for (const QString& key : keys) {
        const MetricDefinition m = definitionOf(key, r);
        line({csvCell(m.key), csvCell(m.title), csvCell(m.unit), csvCell(m.definition)});
    }
    line({csvCell(QStringLiteral("conventions")), csvCell(Definitions::conventions()), {}, {}});
    const Query& q = r.query;
    line({"parameters",
          csvCell(
              QStringLiteral("from=%1 to=%2 time_zone=%3 category=%4 granularity=%5 definition=%6")
                  .arg(q.from.toString(Qt::ISODate), q.to.toString(Qt::ISODate),
                       QString::fromUtf8(q.zone.id()), QString::number(q.categoryId),
                       granularityName(q.granularity), definitionName(q.definition))),
          {},
          {}});
    return out;
}

} // namespace steward::analytics
