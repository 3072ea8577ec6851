// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the dashboard shows of a report: tiles, charts, lists, and its export.
#include "models/analytics/analyticsservice.h"
#include "models/analytics/definitions.h"
#include "ui/charts/dashboardcharts.h"
#include "ui/charts/dashboardpane.h"
#include "ui/charts/drilldownpanel.h"
#include "ui/charts/kpitile.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>

namespace steward {

using namespace analytics;

namespace {

QString hoursText(double hours, int count)
{
    return Headlines::hoursText(hours, count);
}

QString percentText(double share)
{
    return Headlines::percentText(share);
}

template <typename T, typename F> QList<double> seriesOf(const std::vector<T>& items, F value)
{
    QList<double> out;
    out.reserve(qsizetype(items.size()));
    for (const T& item : items)
        out.append(double(value(item)));
    return out;
}

} // namespace

KpiTile* DashboardPane::tile(const QString& key) const
{
    for (KpiTile* t : m_tiles) {
        if (t->key() == key)
            return t;
    }
    return nullptr;
}

void DashboardPane::showReport()
{
    if (!m_service.isLoaded())
        return;
    const Report& r = m_service.report();
    const QLocale locale;
    using D = KpiTile::Direction;
    const auto count = [&](const char* key, int now, int before, D direction,
                           const QList<double>& series) {
        KpiTile* t = tile(QString::fromLatin1(key));
        const MetricDefinition m = Definitions::metric(t->key());
        t->setTitle(m.title);
        t->setToolTip(m.definition);
        t->setValue(locale.toString(now), now, before, direction, true);
        t->setSeries(series);
        return t;
    };
    const ActivityCounts& a = r.activity.total;
    const ActivityCounts& p = r.activity.previous;
    const auto& buckets = r.activity.buckets;
    count("new_topics", a.topics, p.topics, D::HigherIsBetter,
          seriesOf(buckets, [](const ActivityBucket& b) { return b.counts.topics; }))
        ->setDetail(tr("previous period: %1").arg(locale.toString(p.topics)));
    count("posts", a.posts, p.posts, D::HigherIsBetter,
          seriesOf(buckets, [](const ActivityBucket& b) { return b.counts.posts; }))
        ->setDetail(tr("previous period: %1").arg(locale.toString(p.posts)));
    count("active_users", a.activeUsers, p.activeUsers, D::HigherIsBetter,
          seriesOf(buckets, [](const ActivityBucket& b) { return b.counts.activeUsers; }))
        ->setDetail(tr("previous period: %1").arg(locale.toString(p.activeUsers)));
    count("new_users", a.newUsers, p.newUsers, D::HigherIsBetter,
          seriesOf(buckets, [](const ActivityBucket& b) { return b.counts.newUsers; }))
        ->setDetail(tr("previous period: %1").arg(locale.toString(p.newUsers)));

    const Response& resp = r.response;
    KpiTile* response = tile(QStringLiteral("first_response"));
    const MetricDefinition responseDef = Definitions::firstResponse(r.query.definition);
    response->setTitle(tr("%1 (median)").arg(responseDef.title));
    response->setToolTip(responseDef.definition);
    response->setValue(hoursText(resp.hours.median, resp.hours.count), resp.hours.median,
                       resp.previousHours.count > 0 ? resp.previousHours.median : -1,
                       D::LowerIsBetter);
    response->setDetail(tr("p90 %1 · mean %2 · %n topics", nullptr, resp.hours.count)
                            .arg(hoursText(resp.hours.p90, resp.hours.count),
                                 hoursText(resp.hours.mean, resp.hours.count)));
    response->setSeries(
        seriesOf(resp.buckets, [](const ResponseBucket& b) { return b.hours.median; }));

    KpiTile* share = tile(QStringLiteral("first_response_share"));
    const MetricDefinition shareDef = Definitions::metric(share->key());
    share->setTitle(shareDef.title);
    share->setToolTip(shareDef.definition);
    share->setValue(percentText(resp.communityShare), resp.communityShare,
                    resp.previousCommunityShare, D::HigherIsBetter);
    share->setDetail(
        tr("community %1 · staff %2")
            .arg(locale.toString(resp.communityFirst), locale.toString(resp.staffFirst)));
    share->setSeries({});

    const Resolution& res = r.resolution;
    KpiTile* solved = tile(QStringLiteral("solved_rate"));
    const MetricDefinition solvedDef = Definitions::metric(solved->key());
    solved->setTitle(solvedDef.title);
    solved->setToolTip(solvedDef.definition + u'\n' +
                       Definitions::metric(QStringLiteral("time_to_solution")).definition);
    solved->setValue(percentText(res.solvedRate), res.solvedRate, res.previousSolvedRate,
                     D::HigherIsBetter);
    solved->setDetail(tr("%1 of %2 · median to solution %3")
                          .arg(locale.toString(res.solved), locale.toString(res.eligible),
                               hoursText(res.toSolution.median, res.toSolution.count)));
    solved->setSeries(seriesOf(res.solvedPerBucket, [](int v) { return v; }));

    count("unanswered", r.unanswered.count, r.unanswered.previous, D::LowerIsBetter,
          seriesOf(r.unanswered.perBucket, [](int v) { return v; }))
        ->setDetail(tr("click to list them"));

    const Flags& f = r.flags;
    KpiTile* flags = count("flags", f.total, f.previousTotal, D::Neutral, {});
    flags->setToolTip(flags->toolTip() + u'\n' +
                      Definitions::metric(QStringLiteral("flag_handle_time")).definition);
    flags->setDetail(
        tr("agreed %1 · median handling %2")
            .arg(percentText(f.agreedShare), hoursText(f.handleHours.median, f.handleHours.count)));

    const int waiting = r.backlog.empty() ? 0 : r.backlog.back().pending;
    const int atStart = r.backlog.empty() ? 0 : r.backlog.front().pending;
    KpiTile* backlog = count("backlog", waiting, atStart, D::LowerIsBetter,
                             seriesOf(r.backlog, [](const BacklogPoint& b) { return b.pending; }));
    backlog->setDetail(r.backlog.empty()
                           ? QString()
                           : tr("median age %1 · oldest %2")
                                 .arg(hoursText(r.backlog.back().medianAgeHours, waiting),
                                      hoursText(r.backlog.back().oldestAgeHours, waiting)));

    QList<bool> partial;
    for (const ActivityBucket& b : buckets)
        partial.append(b.partial);
    for (KpiTile* t : std::as_const(m_tiles))
        t->setPartial(partial);

    m_charts->show(r, m_service.data(),
                   ContributorMetric(std::max(0, m_contributorMetric->currentIndex())),
                   m_contributorGroup->currentIndex() == 1);
    fillLists();
    QString status =
        tr("%1 to %2, compared with the %n days before · as of the last sync · computed in %3 ms",
           nullptr, r.query.days())
            .arg(locale.toString(r.query.from, QLocale::ShortFormat),
                 locale.toString(r.query.to, QLocale::ShortFormat),
                 locale.toString(m_service.lastComputeMs(), 'f', 1));
    if (partial.contains(true))
        status += tr(" · dashed or pale: a period counted only in part (not over yet, or cut by "
                     "the range)");
    m_status->setText(status);
}

void DashboardPane::fillLists()
{
    const Report& r = m_service.report();
    const Dataset& d = m_service.data();
    const QLocale locale;
    m_activeTopics->clear();
    for (const TopicRow& row : r.activeTopics) {
        const TopicFact* t = d.topic(row.topic);
        const CategoryFact* c = t ? d.category(t->categoryId) : nullptr;
        auto* item = new QTreeWidgetItem(m_activeTopics,
                                         {t ? t->title : QString::number(row.topic),
                                          locale.toString(row.posts), c ? c->name : QString()});
        item->setData(0, Qt::UserRole, row.topic);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_categories->clear();
    for (const CategoryRow& row : r.categories) {
        const CategoryFact* c = d.category(row.category);
        const QString change =
            row.previousPosts > 0
                ? QStringLiteral("%1%2 %")
                      .arg(row.posts >= row.previousPosts ? QStringLiteral("+") : QString())
                      .arg(locale.toString(
                          (row.posts - row.previousPosts) * 100.0 / row.previousPosts, 'f', 0))
                : QStringLiteral("–");
        auto* item = new QTreeWidgetItem(
            m_categories, {c ? c->name : QString::number(row.category), locale.toString(row.topics),
                           percentText(row.topicShare), locale.toString(row.posts),
                           percentText(row.postShare), change});
        for (int col = 1; col < 6; ++col)
            item->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_moderators->clear();
    for (const ModeratorRow& row : r.moderators) {
        auto* item = new QTreeWidgetItem(m_moderators, {row.name, locale.toString(row.resolved),
                                                        locale.toString(row.stewardDecisions)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (QTreeWidget* list : {m_activeTopics, m_categories, m_moderators}) {
        for (int col = 1; col < list->columnCount(); ++col)
            list->resizeColumnToContents(col);
        list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
}

void DashboardPane::tileClicked(const QString& key)
{
    const Report& r = m_service.report();
    if (key == u"unanswered") {
        showDrillDown(tr("Unanswered topics"), r.unanswered.topics);
    } else if (key == u"new_topics") {
        QList<Id> all;
        for (const ActivityBucket& b : r.activity.buckets)
            all += b.topics;
        showDrillDown(tr("New topics"), all);
    }
}

bool DashboardPane::exportTo(const QString& path, const ReportExportChoice& choice, QString* error)
{
    reports::ReportDocument document;
    document.report = &m_service.report();
    document.data = &m_service.data();
    document.preset = reports::ReportPresets::find(choice.presetKey)
                          .value_or(reports::ReportPresets::all().constFirst());
    document.community = m_community.isEmpty() ? tr("Community") : m_community;
    document.generatedAt = QDateTime::currentDateTimeUtc();
    document.pageSize = choice.pageSize;
    document.csvByteOrderMark = choice.byteOrderMark;
    document.locale = QLocale();
    QString why;
    if (!reports::ReportFiles::save(document, choice.format, path, &why)) {
        if (error)
            *error = why;
        return false;
    }
    return true;
}

bool DashboardPane::exportTo(const QString& path, QString* error)
{
    ReportExportChoice choice;
    choice.format = reports::ReportFiles::formatOfPath(path).value_or(reports::ReportFormat::Json);
    return exportTo(path, choice, error);
}

} // namespace steward
