// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analytics/headlines.h"

#include "models/analytics/definitions.h"
#include "models/domain/reviewable.h"

#include <cmath>

namespace steward::analytics {

namespace {

/// The change in percent, as changeText and verdict read it.
double percentChange(double value, double previous)
{
    return (value - previous) / previous * 100.0;
}

} // namespace

QList<Headline> Headlines::of(const Report& r, const QStringList& sections)
{
    const QStringList wanted = expandSections(sections);
    QList<Headline> out;
    const auto add = [&](const char* section, const QString& key, const QString& title,
                         CellKind kind, double value, double previous, Direction direction,
                         bool valueKnown = true) {
        if (wanted.contains(QLatin1String(section)))
            out.append({key, QString::fromLatin1(section), title, kind, value, previous, valueKnown,
                        direction});
    };
    const auto count = [&](const char* section, const char* key, int value, int previous,
                           Direction direction) {
        const QString k = QString::fromLatin1(key);
        add(section, k, Definitions::metric(k).title, CellKind::Integer, value, previous,
            direction);
    };
    const ActivityCounts& a = r.activity.total;
    const ActivityCounts& p = r.activity.previous;
    count("activity", "new_topics", a.topics, p.topics, Direction::HigherIsBetter);
    count("activity", "posts", a.posts, p.posts, Direction::HigherIsBetter);
    count("activity", "active_users", a.activeUsers, p.activeUsers, Direction::HigherIsBetter);
    count("activity", "new_users", a.newUsers, p.newUsers, Direction::HigherIsBetter);

    const Response& resp = r.response;
    add("response", QStringLiteral("first_response"),
        tr("%1 (median)").arg(Definitions::firstResponse(r.query.definition).title),
        CellKind::Hours, resp.hours.median,
        resp.previousHours.count > 0 ? resp.previousHours.median : -1.0, Direction::LowerIsBetter,
        resp.hours.count > 0);
    add("response", QStringLiteral("first_response_share"),
        Definitions::metric(QStringLiteral("first_response_share")).title, CellKind::Share,
        resp.communityShare, resp.previousCommunityShare, Direction::HigherIsBetter);

    const Resolution& res = r.resolution;
    add("resolution", QStringLiteral("solved_rate"),
        Definitions::metric(QStringLiteral("solved_rate")).title, CellKind::Share, res.solvedRate,
        res.previousSolvedRate, Direction::HigherIsBetter);
    add("resolution", QStringLiteral("time_to_solution"),
        tr("%1 (median)").arg(Definitions::metric(QStringLiteral("time_to_solution")).title),
        CellKind::Hours, res.toSolution.median,
        res.previousToSolution.count > 0 ? res.previousToSolution.median : -1.0,
        Direction::LowerIsBetter, res.toSolution.count > 0);

    count("unanswered", "unanswered", r.unanswered.count, r.unanswered.previous,
          Direction::LowerIsBetter);

    const Flags& f = r.flags;
    count("flags", "flags", f.total, f.previousTotal, Direction::Neutral);
    add("flags", QStringLiteral("flag_handle_time"),
        tr("%1 (median)").arg(Definitions::metric(QStringLiteral("flag_handle_time")).title),
        CellKind::Hours, f.handleHours.median,
        f.previousHandleHours.count > 0 ? f.previousHandleHours.median : -1.0,
        Direction::LowerIsBetter, f.handleHours.count > 0);

    const int waiting = r.backlog.empty() ? 0 : r.backlog.back().pending;
    const int atStart = r.backlog.empty() ? 0 : r.backlog.front().pending;
    count("backlog", "backlog", waiting, atStart, Direction::LowerIsBetter);
    return out;
}

QString Headlines::hoursText(double hours, int count, const QLocale& locale)
{
    if (count == 0)
        return QStringLiteral("–");
    if (hours >= 48)
        return tr("%1 d").arg(locale.toString(hours / 24.0, 'f', 1));
    if (hours < 1)
        return tr("%1 min").arg(locale.toString(hours * 60.0, 'f', 0));
    return tr("%1 h").arg(locale.toString(hours, 'f', 1));
}

QString Headlines::percentText(double share, const QLocale& locale)
{
    return QStringLiteral("%1 %").arg(locale.toString(share * 100.0, 'f', 0));
}

QString Headlines::valueText(const Headline& h, const QLocale& locale)
{
    switch (h.kind) {
    case CellKind::Hours:
        return hoursText(h.value, h.valueKnown ? 1 : 0, locale);
    case CellKind::Share:
        return percentText(h.value, locale);
    default:
        return locale.toString(qint64(std::llround(h.value)));
    }
}

QString Headlines::changeText(double value, double previous, bool isCount, const QLocale& locale)
{
    if (previous < 0 || !std::isfinite(previous))
        return {};
    if (previous == 0.0)
        return value == 0.0 ? tr("±0 %") : tr("new");
    const double change = percentChange(value, previous);
    const QString arrow = change > 0.5    ? QStringLiteral("▲")
                          : change < -0.5 ? QStringLiteral("▼")
                                          : QStringLiteral("●");
    if (isCount && previous < 10) {
        const qint64 difference = qint64(std::llround(value - previous));
        const QString signedDifference =
            (difference > 0 ? QStringLiteral("+") : QString()) + locale.toString(difference);
        return tr("%1 %2 from %3").arg(arrow, signedDifference, locale.toString(qint64(previous)));
    }
    return QStringLiteral("%1 %2 %").arg(
        arrow, locale.toString(change, 'f', std::abs(change) < 10 ? 1 : 0));
}

QString Headlines::bucketLabel(QDate start, Granularity granularity, const QLocale& locale)
{
    return locale.toString(start, granularity == Granularity::Month ? QStringLiteral("MMM yy")
                                                                    : QStringLiteral("d MMM"));
}

QString Headlines::flagReason(int scoreType, const QString& key)
{
    switch (scoreType) {
    case ScoreTypeId::Spam:
        return tr("Spam");
    case ScoreTypeId::OffTopic:
        return tr("Off-topic");
    case ScoreTypeId::Inappropriate:
        return tr("Inappropriate");
    case ScoreTypeId::NotifyModerators:
        return tr("Something else");
    case ScoreTypeId::NotifyUser:
        return tr("Message to user");
    case ScoreTypeId::NeedsApproval:
        return tr("Needs approval");
    case ScoreTypeId::Illegal:
        return tr("Illegal");
    default:
        return key.isEmpty() ? tr("Type %1").arg(scoreType) : key;
    }
}

int Headlines::verdict(double value, double previous, Direction direction)
{
    if (direction == Direction::Neutral || previous <= 0 || !std::isfinite(previous))
        return 0;
    const double change = percentChange(value, previous);
    const bool up = change > 0.5;
    const bool down = change < -0.5;
    if (!up && !down)
        return 0;
    return (direction == Direction::HigherIsBetter) == up ? 1 : -1;
}

} // namespace steward::analytics
