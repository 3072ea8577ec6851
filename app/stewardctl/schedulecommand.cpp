// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/stewardctl/schedulecommand.h"

#include "app/common/logging.h"
#include "app/stewardctl/exitcodes.h"
#include "app/stewardctl/reportcommand.h"
#include "app/stewardctl/synccommand.h"
#include "models/reports/schedules.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryFile>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>

namespace steward::cli {

namespace {

using reports::ReportSchedule;
using reports::ReportSchedules;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(stewardctl)
};

int fail(int code, const QString& message)
{
    QTextStream(stderr) << QStringLiteral("stewardctl schedule: ") << message << Qt::endl;
    return code;
}

void say(const QString& line)
{
    QTextStream(stdout) << line << Qt::endl;
}

/// Posts the run's news as JSON ({"text": ...} as chat webhooks take it, and the details);
/// empty on success, else why not.
QString tellWebhook(const QString& url, const QJsonObject& body)
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(30000);
    QNetworkReply* reply =
        network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString error = status >= 300 ? Text::tr("HTTP %1").arg(status)
                          : reply->error() != QNetworkReply::NoError ? reply->errorString()
                                                                     : QString();
    reply->deleteLater();
    return error;
}

std::optional<QList<ReportSchedule>> load(const QString& path, int* code)
{
    QString error;
    auto all = ReportSchedules::load(path, &error);
    if (!all)
        *code = fail(ExitIo, error);
    return all;
}

qsizetype indexOf(const QList<ReportSchedule>& all, const QString& name)
{
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all[i].name == name)
            return i;
    }
    return -1;
}

/// The schedules in path and the index of the one named; nullopt with the exit code set (and
/// said) when the file cannot be read or holds no such schedule.
std::optional<std::pair<QList<ReportSchedule>, qsizetype>> loadNamed(const QString& path,
                                                                     const QString& name, int* code)
{
    auto all = load(path, code);
    if (!all)
        return std::nullopt;
    const qsizetype i = indexOf(*all, name);
    if (i < 0) {
        *code = fail(ExitUsage, Text::tr("no schedule '%1'").arg(name));
        return std::nullopt;
    }
    return std::pair{std::move(*all), i};
}

int add(const QCommandLineParser& p, const QString& path)
{
    ReportSchedule s;
    s.name = p.positionalArguments().value(1);
    if (!ReportSchedules::isValidName(s.name))
        return fail(ExitUsage, Text::tr("name the schedule: letters, digits, - and _"));
    s.preset = p.value(QStringLiteral("preset"));
    if (s.preset != u"transparency" && !reports::ReportPresets::find(s.preset))
        return fail(ExitUsage, Text::tr("unknown preset '%1'").arg(s.preset));
    const auto every = reports::ReportPresets::periodFromName(p.value(QStringLiteral("every")));
    if (!every)
        return fail(ExitUsage, Text::tr("--every takes week, month or quarter"));
    s.every = *every;
    const auto format = reports::ReportFiles::formatFromName(p.value(QStringLiteral("format")));
    if (!format)
        return fail(ExitUsage, Text::tr("--format takes json, csv, xlsx or pdf"));
    s.format = *format;
    s.pageSize =
        p.value(QStringLiteral("page-size")) == u"letter" ? QPageSize::Letter : QPageSize::A4;
    if (!p.isSet(QStringLiteral("db")) || !p.isSet(QStringLiteral("out-dir")))
        return fail(ExitUsage, Text::tr("--db and --out-dir are required"));
    s.database = QFileInfo(p.value(QStringLiteral("db"))).absoluteFilePath();
    s.outputDir = QFileInfo(p.value(QStringLiteral("out-dir"))).absoluteFilePath();
    s.title = p.isSet(QStringLiteral("title")) ? p.value(QStringLiteral("title"))
                                               : QFileInfo(s.database).completeBaseName();
    s.webhook = p.value(QStringLiteral("webhook"));
    if (!ReportSchedules::isAcceptableWebhook(s.webhook))
        return fail(ExitUsage, Text::tr("--webhook takes an https URL (or http to this computer)"));
    s.syncUrl = p.value(QStringLiteral("url"));
    s.syncUser = p.value(QStringLiteral("api-username"));
    if (s.syncUrl.isEmpty() != s.syncUser.isEmpty())
        return fail(ExitUsage, Text::tr("--url and --api-username go together"));
    int code = ExitOk;
    auto all = load(path, &code);
    if (!all)
        return code;
    if (const qsizetype i = indexOf(*all, s.name); i >= 0)
        (*all)[i] = s;
    else
        all->append(s);
    QString error;
    if (!ReportSchedules::save(path, *all, &error))
        return fail(ExitIo, error);
    if (p.isSet(QStringLiteral("no-timer"))) {
        say(Text::tr("Saved %1 in %2 (no timer).").arg(s.name, path));
        return ExitOk;
    }
    bool enabled = false;
    if (!ReportSchedules::install(s, QCoreApplication::applicationFilePath(), path, &enabled,
                                  &error))
        return fail(ExitIo, error);
    const QString timer =
        ReportSchedules::unitDirectory() + u'/' + ReportSchedules::timerName(s.name);
    say(enabled ? Text::tr("Saved %1; its timer %2 is enabled.").arg(s.name, timer)
                : Text::tr("Saved %1; its timer is %2. No systemd user manager took it: enable "
                           "it with systemctl --user enable --now %3")
                      .arg(s.name, timer, ReportSchedules::timerName(s.name)));
    return ExitOk;
}

int list(const QString& path)
{
    int code = ExitOk;
    const auto all = load(path, &code);
    if (!all)
        return code;
    if (all->isEmpty())
        say(Text::tr("No schedules in %1.").arg(path));
    for (const ReportSchedule& s : *all) {
        const auto next = ReportSchedules::duePeriods(s, QDate::currentDate());
        say(Text::tr("%1: %2 every %3 as %4 into %5; last period done %6%7; timer %8")
                .arg(s.name, s.preset, reports::ReportPresets::periodName(s.every),
                     reports::ReportFiles::formatName(s.format), s.outputDir,
                     s.lastDone.isValid() ? s.lastDone.toString(Qt::ISODate) : Text::tr("none"),
                     next.isEmpty() ? QString() : Text::tr(", %n due", nullptr, int(next.size())),
                     ReportSchedules::unitDirectory() + u'/' + ReportSchedules::timerName(s.name)));
    }
    return ExitOk;
}

int remove(const QCommandLineParser& p, const QString& path)
{
    const QString name = p.positionalArguments().value(1);
    int code = ExitOk;
    auto found = loadNamed(path, name, &code);
    if (!found)
        return code;
    auto& [all, i] = *found;
    all.removeAt(i);
    QString error;
    if (!ReportSchedules::save(path, all, &error) || !ReportSchedules::uninstall(name, &error))
        return fail(ExitIo, error);
    say(Text::tr("Removed %1 and its timer.").arg(name));
    return ExitOk;
}

/// Syncs first when the schedule names a site; says how fresh the copy is either way.
QString syncFirst(const ReportSchedule& s, bool* synced)
{
    *synced = false;
    if (!s.syncUrl.isEmpty()) {
        *synced = runSync({QStringLiteral("stewardctl sync"), QStringLiteral("--url"), s.syncUrl,
                           QStringLiteral("--api-username"), s.syncUser, QStringLiteral("--db"),
                           s.database}) == ExitOk;
    }
    const QDateTime written = QFileInfo(s.database).lastModified().toUTC();
    return *synced ? Text::tr("synced just before the report")
                   : Text::tr("not synced by this run; the copy was last written %1")
                         .arg(written.toString(Qt::ISODate));
}

int run(const QCommandLineParser& p, const QString& path)
{
    int code = ExitOk;
    const auto found = loadNamed(path, p.positionalArguments().value(1), &code);
    if (!found)
        return code;
    const ReportSchedule& s = found->first[found->second];
    const QDate today = p.isSet(QStringLiteral("today"))
                            ? QDate::fromString(p.value(QStringLiteral("today")), Qt::ISODate)
                            : QDate::currentDate();
    const auto due = ReportSchedules::duePeriods(s, today);
    if (due.isEmpty()) {
        say(Text::tr("%1: nothing due; the last period done ends %2")
                .arg(s.name, s.lastDone.toString(Qt::ISODate)));
        return ExitOk;
    }
    bool synced = false;
    const QString freshness = syncFirst(s, &synced);
    // A schedule that names a site reports on a fresh copy or not at all: the period stays
    // due and the next start (or the next timer) tries again.
    if (!s.syncUrl.isEmpty() && !synced)
        return fail(
            ExitNetwork,
            Text::tr("%1: the sync failed; nothing written, the period stays due").arg(s.name));
    say(Text::tr("%1: the data was %2.").arg(s.name, freshness));
    QDir().mkpath(s.outputDir);
    int result = ExitOk;
    for (const auto& [from, to] : due) {
        const QString file =
            QDir(s.outputDir)
                .filePath(QStringLiteral("%1-%2-%3.%4")
                              .arg(s.name, from.toString(Qt::ISODate), to.toString(Qt::ISODate),
                                   reports::ReportFiles::formatName(s.format)));
        // The grounds the schedule was given, as the report reads them: a file.
        QTemporaryFile grounds;
        QStringList extra;
        if (!s.grounds.isEmpty() && grounds.open()) {
            grounds.write(QJsonDocument(s.grounds).toJson());
            grounds.flush();
            extra = {QStringLiteral("--grounds"), grounds.fileName()};
        }
        const int made = runReport(
            QStringList{
                QStringLiteral("stewardctl report"), QStringLiteral("--db"), s.database,
                QStringLiteral("--preset"), s.preset, QStringLiteral("--from"),
                from.toString(Qt::ISODate), QStringLiteral("--to"), to.toString(Qt::ISODate),
                QStringLiteral("--format"), reports::ReportFiles::formatName(s.format),
                QStringLiteral("--page-size"),
                s.pageSize == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4"),
                QStringLiteral("--title"), s.title, QStringLiteral("--tz"),
                QString::fromUtf8(QTimeZone::systemTimeZoneId()), QStringLiteral("--out"), file} +
            extra);
        if (made != ExitOk)
            return made; // what was done before stays done
        QString error;
        if (!ReportSchedules::markDone(path, s.name, to, &error))
            return fail(ExitIo, error);
        say(Text::tr("%1: wrote %2").arg(s.name, file));
        if (s.webhook.isEmpty())
            continue;
        const QString text = Text::tr("%1: the %2 report for %3 to %4 is ready: %5 (%6)")
                                 .arg(s.title, s.preset, from.toString(Qt::ISODate),
                                      to.toString(Qt::ISODate), file, freshness);
        const QString refused =
            tellWebhook(s.webhook, {{QStringLiteral("text"), text},
                                    {QStringLiteral("schedule"), s.name},
                                    {QStringLiteral("preset"), s.preset},
                                    {QStringLiteral("from"), from.toString(Qt::ISODate)},
                                    {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                    {QStringLiteral("file"), file},
                                    {QStringLiteral("synced"), synced},
                                    {QStringLiteral("freshness"), freshness}});
        if (!refused.isEmpty()) {
            fail(ExitNetwork,
                 Text::tr("the webhook was not told (%1); the file is written").arg(refused));
            result = ExitNetwork;
        }
    }
    return result;
}

} // namespace

int runSchedule(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(Text::tr(
        "Run a report preset every week, month or quarter on a systemd user timer.\n\n"
        "  add NAME     save a schedule and enable its timer\n"
        "  list         the schedules, what is due, and where their timers are\n"
        "  remove NAME  remove a schedule and its timer\n"
        "  run NAME     sync (when the schedule names a site), then write every whole period "
        "not yet written: what the timer calls"));
    p.addHelpOption();
    const QCommandLineOption verbose = addVerboseOption(p);
    p.addPositionalArgument(QStringLiteral("action"), Text::tr("add, list, remove or run."));
    p.addOptions({
        {QStringLiteral("schedules"),
         Text::tr("The schedules file (default: %1).").arg(ReportSchedules::defaultPath()),
         QStringLiteral("FILE")},
        {QStringLiteral("preset"),
         Text::tr("add: the report's preset (default: community-health)."), QStringLiteral("NAME"),
         QStringLiteral("community-health")},
        {QStringLiteral("every"), Text::tr("week, month or quarter (default: month)."),
         QStringLiteral("PERIOD"), QStringLiteral("month")},
        {QStringLiteral("format"), Text::tr("pdf, xlsx, csv or json (default: pdf)."),
         QStringLiteral("FORMAT"), QStringLiteral("pdf")},
        {QStringLiteral("page-size"), Text::tr("a4 or letter (default: a4)."),
         QStringLiteral("SIZE"), QStringLiteral("a4")},
        {QStringLiteral("db"), Text::tr("add: the synced database."), QStringLiteral("PATH")},
        {QStringLiteral("out-dir"), Text::tr("add: where the reports are written."),
         QStringLiteral("DIR")},
        {QStringLiteral("title"), Text::tr("add: the community's name on the reports."),
         QStringLiteral("TEXT")},
        {QStringLiteral("webhook"),
         Text::tr("add: a URL told of each report as JSON ({\"text\": ...}, as chat webhooks "
                  "take it)."),
         QStringLiteral("URL")},
        {QStringLiteral("url"),
         Text::tr("add: sync from this site before each run (the key comes from "
                  "STEWARD_API_KEY or the keychain)."),
         QStringLiteral("URL")},
        {QStringLiteral("api-username"), Text::tr("add: the user of --url."),
         QStringLiteral("NAME")},
        {QStringLiteral("no-timer"), Text::tr("add: save the schedule without a timer.")},
        {QStringLiteral("today"), Text::tr("run: the day to run as, YYYY-MM-DD (default: today)."),
         QStringLiteral("DATE")},
    });
    if (!p.parse(arguments))
        return fail(ExitUsage, p.errorText());
    setUpLogging(p.isSet(verbose));
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return ExitOk;
    }
    // Absolute: the timer runs from the home directory, not from here.
    const QString path =
        QFileInfo(p.isSet(QStringLiteral("schedules")) ? p.value(QStringLiteral("schedules"))
                                                       : ReportSchedules::defaultPath())
            .absoluteFilePath();
    const QString action = p.positionalArguments().value(0);
    if (action == u"add")
        return add(p, path);
    if (action == u"list")
        return list(path);
    if (action == u"remove")
        return remove(p, path);
    if (action == u"run")
        return run(p, path);
    return fail(ExitUsage, Text::tr("add, list, remove or run; see --help"));
}

} // namespace steward::cli
