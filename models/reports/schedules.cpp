// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/schedules.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

namespace steward::reports {

namespace {

constexpr int kMaxCatchUp = 12; ///< periods caught up at most in one run

QString configHome()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
}

/// systemd's quoting of one word of ExecStart: in double quotes, with \ and " escaped, % and
/// $ doubled (a specifier and a variable otherwise). Words with control characters (a line
/// break would start a directive of its own) are refused by install().
QString quoted(const QString& word)
{
    QString w = word;
    w.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'%', QStringLiteral("%%"))
        .replace(u'$', QStringLiteral("$$"));
    return u'"' + w + u'"';
}

bool isPrintable(const QString& text)
{
    return std::none_of(text.begin(), text.end(),
                        [](QChar c) { return c.category() == QChar::Other_Control; });
}

bool systemctl(const QStringList& arguments, QString* output)
{
    QProcess p;
    p.start(QStringLiteral("systemctl"), QStringList{QStringLiteral("--user")} + arguments);
    if (!p.waitForFinished(15000)) {
        *output = p.errorString();
        return false;
    }
    *output = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

QJsonObject ReportSchedule::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("preset"), preset},
            {QStringLiteral("every"), ReportPresets::periodName(every)},
            {QStringLiteral("format"), ReportFiles::formatName(format)},
            {QStringLiteral("page_size"),
             pageSize == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4")},
            {QStringLiteral("database"), database},
            {QStringLiteral("output_dir"), outputDir},
            {QStringLiteral("title"), title},
            {QStringLiteral("webhook"), webhook},
            {QStringLiteral("sync_url"), syncUrl},
            {QStringLiteral("sync_user"), syncUser},
            {QStringLiteral("grounds"), grounds},
            {QStringLiteral("last_done"),
             lastDone.isValid() ? QJsonValue(lastDone.toString(Qt::ISODate)) : QJsonValue()}};
}

std::optional<ReportSchedule> ReportSchedule::fromJson(const QJsonObject& o, QString* error)
{
    ReportSchedule s;
    s.name = o.value(QStringLiteral("name")).toString();
    s.preset = o.value(QStringLiteral("preset")).toString();
    const auto every = ReportPresets::periodFromName(o.value(QStringLiteral("every")).toString());
    const auto format = ReportFiles::formatFromName(o.value(QStringLiteral("format")).toString());
    if (!ReportSchedules::isValidName(s.name) || !every || !format ||
        (s.preset != u"transparency" && !ReportPresets::find(s.preset))) {
        *error = ReportSchedules::tr("schedule '%1' is not readable").arg(s.name);
        return std::nullopt;
    }
    s.every = *every;
    s.format = *format;
    s.pageSize = o.value(QStringLiteral("page_size")).toString() == u"letter" ? QPageSize::Letter
                                                                              : QPageSize::A4;
    s.database = o.value(QStringLiteral("database")).toString();
    s.outputDir = o.value(QStringLiteral("output_dir")).toString();
    s.title = o.value(QStringLiteral("title")).toString();
    s.webhook = o.value(QStringLiteral("webhook")).toString();
    s.syncUrl = o.value(QStringLiteral("sync_url")).toString();
    s.syncUser = o.value(QStringLiteral("sync_user")).toString();
    s.grounds = o.value(QStringLiteral("grounds")).toObject();
    s.lastDone = QDate::fromString(o.value(QStringLiteral("last_done")).toString(), Qt::ISODate);
    return s;
}

QString ReportSchedules::defaultPath()
{
    return configHome() + QStringLiteral("/steward/schedules.json");
}

QString ReportSchedules::unitDirectory()
{
    return configHome() + QStringLiteral("/systemd/user");
}

QString ReportSchedules::serviceName(const QString& name)
{
    return QStringLiteral("steward-report-%1.service").arg(name);
}

QString ReportSchedules::timerName(const QString& name)
{
    return QStringLiteral("steward-report-%1.timer").arg(name);
}

bool ReportSchedules::isAcceptableWebhook(const QString& url)
{
    const QUrl u(url);
    const bool loopback =
        u.host() == u"127.0.0.1" || u.host() == u"localhost" || u.host() == u"::1";
    return url.isEmpty() || (u.isValid() && !u.host().isEmpty() &&
                             (u.scheme() == u"https" || (u.scheme() == u"http" && loopback)));
}

bool ReportSchedules::isValidName(const QString& name)
{
    static const QRegularExpression word(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return word.match(name).hasMatch();
}

std::optional<QList<ReportSchedule>> ReportSchedules::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.exists())
        return QList<ReportSchedule>();
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parsed;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parsed);
    if (parsed.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("%1 is not a schedules file: %2").arg(path, parsed.errorString());
        return std::nullopt;
    }
    QList<ReportSchedule> out;
    for (const QJsonValue& v : doc.object().value(QStringLiteral("schedules")).toArray()) {
        const std::optional<ReportSchedule> s = ReportSchedule::fromJson(v.toObject(), error);
        if (!s)
            return std::nullopt;
        out.append(*s);
    }
    return out;
}

bool ReportSchedules::save(const QString& path, const QList<ReportSchedule>& schedules,
                           QString* error)
{
    QJsonArray all;
    for (const ReportSchedule& s : schedules)
        all.append(s.toJson());
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("schedules"), all}})
                                 .toJson(QJsonDocument::Indented);
    // Owner only: a webhook URL is a secret that lets anyone post to the channel.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ReportSchedules::markDone(const QString& path, const QString& name, QDate lastDone,
                               QString* error)
{
    std::optional<QList<ReportSchedule>> all = load(path, error);
    if (!all)
        return false;
    for (ReportSchedule& s : *all) {
        if (s.name == name) {
            s.lastDone = lastDone;
            return save(path, *all, error);
        }
    }
    *error = tr("schedule '%1' was removed during the run").arg(name);
    return false;
}

QString ReportSchedules::serviceText(const ReportSchedule& s, const QString& stewardctl,
                                     const QString& schedulesPath)
{
    return QStringLiteral("# Written by Steward: the report schedule \"%1\". Edit it in Steward "
                          "(File > Schedule Reports) or with stewardctl schedule.\n"
                          "[Unit]\n"
                          "Description=Steward report %1 (%2, every %3)\n\n"
                          "[Service]\n"
                          "Type=oneshot\n"
                          "ExecStart=%4 schedule run %5 --schedules %6\n")
        .arg(s.name, s.preset, ReportPresets::periodName(s.every), quoted(stewardctl),
             quoted(s.name), quoted(schedulesPath));
}

QString ReportSchedules::timerText(const ReportSchedule& s)
{
    const QString calendar = s.every == Period::Week ? QStringLiteral("Mon *-*-* 06:00:00")
                             : s.every == Period::Month
                                 ? QStringLiteral("*-*-01 06:00:00")
                                 : QStringLiteral("*-01,04,07,10-01 06:00:00");
    return QStringLiteral("# Written by Steward: the report schedule \"%1\".\n"
                          "[Unit]\n"
                          "Description=Steward report %1, every %2\n\n"
                          "[Timer]\n"
                          "OnCalendar=%3\n"
                          "Persistent=true\n"
                          "RandomizedDelaySec=10min\n\n"
                          "[Install]\n"
                          "WantedBy=timers.target\n")
        .arg(s.name, ReportPresets::periodName(s.every), calendar);
}

bool ReportSchedules::install(const ReportSchedule& s, const QString& stewardctl,
                              const QString& schedulesPath, bool* enabled, QString* error)
{
    *enabled = false;
    for (const QString& word : {stewardctl, schedulesPath}) {
        if (!isPrintable(word) || QFileInfo(word).isRelative()) {
            *error = tr("%1 is not a path a timer can run").arg(word);
            return false;
        }
    }
    const QString dir = unitDirectory();
    if (!QDir().mkpath(dir)) {
        *error = tr("cannot create %1").arg(dir);
        return false;
    }
    const std::pair<QString, QString> files[] = {
        {serviceName(s.name), serviceText(s, stewardctl, schedulesPath)},
        {timerName(s.name), timerText(s)}};
    for (const auto& [name, text] : files) {
        QSaveFile file(dir + u'/' + name);
        const QByteArray bytes = text.toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            *error = tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
    }
    QString said;
    *enabled =
        systemctl({QStringLiteral("daemon-reload")}, &said) &&
        systemctl({QStringLiteral("enable"), QStringLiteral("--now"), timerName(s.name)}, &said);
    return true;
}

bool ReportSchedules::uninstall(const QString& name, QString* error)
{
    QString said;
    systemctl({QStringLiteral("disable"), QStringLiteral("--now"), timerName(name)}, &said);
    for (const QString& file : {serviceName(name), timerName(name)}) {
        QFile unit(unitDirectory() + u'/' + file);
        if (unit.exists() && !unit.remove()) {
            *error = tr("cannot remove %1: %2").arg(unit.fileName(), unit.errorString());
            return false;
        }
    }
    systemctl({QStringLiteral("daemon-reload")}, &said);
    return true;
}

QList<std::pair<QDate, QDate>> ReportSchedules::duePeriods(const ReportSchedule& s, QDate today)
{
    QList<std::pair<QDate, QDate>> due;
    auto period = ReportPresets::lastWhole(s.every, today);
    while (due.size() < kMaxCatchUp && (!s.lastDone.isValid() || period.second > s.lastDone)) {
        due.prepend(period);
        if (!s.lastDone.isValid())
            break; // a new schedule starts with the last whole period
        period = ReportPresets::lastWhole(s.every, period.first);
    }
    return due;
}

} // namespace steward::reports
