// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/savedviews.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

#include <algorithm>

namespace steward {

namespace {

const QString kKey = QStringLiteral("queue/views");

QJsonArray intsToJson(const QSet<int>& values)
{
    QList<int> sorted(values.cbegin(), values.cend());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray out;
    for (int v : sorted)
        out.append(v);
    return out;
}

QSet<int> intsFromJson(const QJsonValue& value, const QSet<int>& fallback)
{
    if (!value.isArray())
        return fallback;
    QSet<int> out;
    for (const QJsonValue& v : value.toArray())
        if (v.isDouble())
            out.insert(v.toInt());
    return out;
}

} // namespace

QJsonObject queueFilterToJson(const QueueFilter& f)
{
    return QJsonObject{{QStringLiteral("statuses"), intsToJson(f.statuses)},
                       {QStringLiteral("types"), intsToJson(f.types)},
                       {QStringLiteral("reason"), f.reasonTypeId},
                       {QStringLiteral("category"), double(f.categoryId)},
                       {QStringLiteral("minPriority"), f.minPriority},
                       {QStringLiteral("minAgeHours"), f.minAgeHours},
                       {QStringLiteral("claimed"), int(f.claimed)},
                       {QStringLiteral("search"), f.search}};
}

QueueFilter queueFilterFromJson(const QJsonObject& json)
{
    QueueFilter f;
    f.statuses = intsFromJson(json.value(QStringLiteral("statuses")), f.statuses);
    f.types = intsFromJson(json.value(QStringLiteral("types")), f.types);
    f.reasonTypeId = json.value(QStringLiteral("reason")).toInt(0);
    f.categoryId = Id(json.value(QStringLiteral("category")).toDouble(0));
    f.minPriority = std::clamp(json.value(QStringLiteral("minPriority")).toInt(f.minPriority),
                               int(ReviewPriority::Low), int(ReviewPriority::High));
    f.minAgeHours = std::max(0, json.value(QStringLiteral("minAgeHours")).toInt(0));
    const int claimed = json.value(QStringLiteral("claimed")).toInt(0);
    f.claimed = claimed >= 0 && claimed <= int(QueueFilter::Claimed::Unclaimed)
                    ? QueueFilter::Claimed(claimed)
                    : QueueFilter::Claimed::Any;
    f.search = json.value(QStringLiteral("search")).toString();
    return f;
}

SavedViews::SavedViews(QSettings& settings)
    : m_settings(settings)
{
}

QList<SavedView> SavedViews::builtIn()
{
    QueueFilter pending;
    QueueFilter high;
    high.minPriority = int(ReviewPriority::High);
    QueueFilter unclaimed;
    unclaimed.claimed = QueueFilter::Claimed::Unclaimed;
    QueueFilter waiting;
    waiting.minAgeHours = 24;
    QueueFilter spam;
    spam.reasonTypeId = ScoreTypeId::Spam;
    QueueFilter queued;
    queued.types = {int(ReviewableType::QueuedPost)};
    auto name = [](const char* text) {
        return QCoreApplication::translate("steward::SavedViews", text);
    };
    return {
        {name(QT_TRANSLATE_NOOP("steward::SavedViews", "All pending")), pending, true},
        {name(QT_TRANSLATE_NOOP("steward::SavedViews", "High priority")), high, true},
        {name(QT_TRANSLATE_NOOP("steward::SavedViews", "Unclaimed")), unclaimed, true},
        {name(QT_TRANSLATE_NOOP("steward::SavedViews", "Waiting over a day")), waiting, true},
        {name(QT_TRANSLATE_NOOP("steward::SavedViews", "Flagged as spam")), spam, true},
        {name(QT_TRANSLATE_NOOP("steward::SavedViews", "Posts awaiting approval")), queued, true}};
}

QList<SavedView> SavedViews::all() const
{
    return builtIn() + saved();
}

QList<SavedView> SavedViews::saved() const
{
    QList<SavedView> out;
    const QJsonArray array = QJsonDocument::fromJson(m_settings.value(kKey).toByteArray()).array();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString().trimmed();
        if (!name.isEmpty())
            out.append(
                {name, queueFilterFromJson(o.value(QStringLiteral("filter")).toObject()), false});
    }
    return out;
}

void SavedViews::write(const QList<SavedView>& views)
{
    QJsonArray array;
    for (const SavedView& v : views)
        array.append(QJsonObject{{QStringLiteral("name"), v.name},
                                 {QStringLiteral("filter"), queueFilterToJson(v.filter)}});
    m_settings.setValue(kKey, QJsonDocument(array).toJson(QJsonDocument::Compact));
    m_settings.sync();
}

bool SavedViews::save(const QString& name, const QueueFilter& filter)
{
    const QString trimmed = name.trimmed();
    const QList<SavedView> shipped = builtIn();
    if (trimmed.isEmpty() || std::any_of(shipped.cbegin(), shipped.cend(),
                                         [&](const SavedView& v) { return v.name == trimmed; }))
        return false;
    QList<SavedView> views = saved();
    auto it = std::find_if(views.begin(), views.end(),
                           [&](const SavedView& v) { return v.name == trimmed; });
    if (it != views.end())
        it->filter = filter;
    else
        views.append({trimmed, filter, false});
    write(views);
    return true;
}

bool SavedViews::remove(const QString& name)
{
    QList<SavedView> views = saved();
    const auto removed = views.removeIf([&](const SavedView& v) { return v.name == name; });
    if (removed == 0)
        return false;
    write(views);
    return true;
}

} // namespace steward
