// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduled reports as a user sets them up: stewardctl schedule add writes a systemd user
// timer and service that systemd-analyze accepts; run syncs from the sandbox first, writes the
// report of every whole period missed since the last run, and tells a webhook of each; a
// webhook that refuses fails the run but keeps the files; remove takes the timer away.
#include "models/reports/schedules.h"
#include "tests/support/loopbackhttp.h"
#include "tests/support/synctesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace steward;
using namespace steward::testing;

class TestSchedules : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QString m_db;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// stewardctl with its own config home, run while this process serves the sandbox and the
    /// webhook.
    std::pair<int, QByteArray> ctl(const QStringList& arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("STEWARD_API_KEY"), m_server->adminCredentials().key);
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral(STEWARDCTL), arguments);
        if (!done.wait(180000))
            return {-1, p.readAll()};
        return {p.exitCode(), p.readAll()};
    }

    QString unit(const QString& name) const
    {
        return path(QStringLiteral("config/systemd/user/")) + name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = startSandbox();
        m_db = path(QStringLiteral("community.db"));
        SyncRig rig(m_db, adminSite(*m_server));
        QVERIFY(rig.sync());
    }

    void addWritesATimerSystemdAccepts()
    {
        LoopbackHttp hook(
            [](const QByteArray&) { return LoopbackHttp::Response{200, "text/plain", "ok"}; });
        QVERIFY(hook.listen());
        const auto [code, out] =
            ctl({QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("weekly"),
                 QStringLiteral("--preset"), QStringLiteral("moderation-activity"),
                 QStringLiteral("--every"), QStringLiteral("week"), QStringLiteral("--format"),
                 QStringLiteral("xlsx"), QStringLiteral("--db"), m_db, QStringLiteral("--out-dir"),
                 path(QStringLiteral("out")), QStringLiteral("--title"), QStringLiteral("Sandbox"),
                 QStringLiteral("--url"), m_server->url().toString(),
                 QStringLiteral("--api-username"), m_server->adminCredentials().username});
        QVERIFY2(code == 0, out.constData());
        QVERIFY2(out.contains("steward-report-weekly.timer"), out.constData());
        QFile timer(unit(QStringLiteral("steward-report-weekly.timer")));
        QVERIFY(timer.open(QIODevice::ReadOnly));
        const QByteArray timerText = timer.readAll();
        QVERIFY(timerText.contains("OnCalendar=Mon *-*-* 06:00:00"));
        QVERIFY(timerText.contains("Persistent=true")); // missed runs at the next start
        QFile service(unit(QStringLiteral("steward-report-weekly.service")));
        QVERIFY(service.open(QIODevice::ReadOnly));
        const QByteArray serviceText = service.readAll();
        QVERIFY(serviceText.contains("ExecStart=\"" STEWARDCTL "\" schedule run \"weekly\""));
        QVERIFY(!serviceText.contains(m_server->adminCredentials().key.toUtf8())); // no key
        // The schedules may hold a webhook's secret URL: the owner's alone.
        QCOMPARE(QFile::permissions(path(QStringLiteral("config/steward/schedules.json"))) &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
        QVERIFY2(!analyze.isEmpty(), "systemd-analyze comes with packaging/build-deps.txt");
        QProcess verify;
        verify.setWorkingDirectory(path(QStringLiteral("config/systemd/user")));
        verify.start(analyze,
                     {QStringLiteral("verify"), QStringLiteral("./steward-report-weekly.service"),
                      QStringLiteral("./steward-report-weekly.timer")});
        QVERIFY(verify.waitForFinished(60000));
        QVERIFY2(verify.exitCode() == 0, verify.readAllStandardError().constData());
    }

    void runCatchesUpMissedPeriodsAndTellsTheWebhook()
    {
        LoopbackHttp hook(
            [](const QByteArray&) { return LoopbackHttp::Response{200, "text/plain", "ok"}; });
        QVERIFY(hook.listen());
        const QString schedules = path(QStringLiteral("config/steward/schedules.json"));
        QString error;
        auto all = reports::ReportSchedules::load(schedules, &error);
        QVERIFY2(all && all->size() == 1, qPrintable(error));
        // Three weeks went by without a run: the machine was off.
        const QDate today = kNow.date(); // a Friday
        (*all)[0].lastDone =
            reports::ReportPresets::lastWhole(reports::Period::Week, today).second.addDays(-21);
        (*all)[0].webhook = hook.url().toString() + QStringLiteral("/hooks/reports");
        QVERIFY(reports::ReportSchedules::save(schedules, *all, &error));

        const QStringList run{QStringLiteral("schedule"), QStringLiteral("run"),
                              QStringLiteral("weekly"), QStringLiteral("--today"),
                              today.toString(Qt::ISODate)};
        auto [code, out] = ctl(run);
        QVERIFY2(code == 0, out.constData());
        QVERIFY2(out.contains("synced just before the report"), out.constData());
        const QStringList files =
            QDir(path(QStringLiteral("out"))).entryList({QStringLiteral("*.xlsx")}, QDir::Files);
        QCOMPARE(files.size(), 3);
        QCOMPARE(hook.bodies().size(), 3);
        const QJsonObject told = QJsonDocument::fromJson(hook.bodies().last()).object();
        QVERIFY(told[u"text"].toString().contains(u"Sandbox"));
        QVERIFY(told[u"synced"].toBool());
        QVERIFY(QFileInfo::exists(told[u"file"].toString()));
        QCOMPARE(hook.requested().last(), QStringLiteral("/hooks/reports"));

        std::tie(code, out) = ctl(run);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains("nothing due"), out.constData());
        QCOMPARE(hook.bodies().size(), 3);

        // A site that cannot be reached: nothing is written and the period stays due.
        all = reports::ReportSchedules::load(schedules, &error);
        const QDate doneBefore = (*all)[0].lastDone.addDays(-7);
        (*all)[0].lastDone = doneBefore;
        (*all)[0].syncUrl = QStringLiteral("http://127.0.0.1:9");
        QVERIFY(reports::ReportSchedules::save(schedules, *all, &error));
        std::tie(code, out) = ctl(run);
        QCOMPARE(code, 68);
        QVERIFY2(out.contains("stays due"), out.constData());
        QCOMPARE(reports::ReportSchedules::load(schedules, &error)->first().lastDone, doneBefore);
        QCOMPARE(QDir(path(QStringLiteral("out"))).entryList({QStringLiteral("*.xlsx")}).size(), 3);

        // A webhook that refuses: the run fails, the report is written all the same.
        LoopbackHttp refusing(
            [](const QByteArray&) { return LoopbackHttp::Response{500, "text/plain", "down"}; });
        QVERIFY(refusing.listen());
        all = reports::ReportSchedules::load(schedules, &error);
        (*all)[0].webhook = refusing.url().toString();
        (*all)[0].syncUrl.clear(); // and no sync: the run says how fresh the copy is
        QVERIFY(reports::ReportSchedules::save(schedules, *all, &error));
        std::tie(code, out) = ctl(run);
        QCOMPARE(code, 68);
        QVERIFY2(out.contains("not synced by this run"), out.constData());
        QVERIFY2(out.contains("HTTP 500"), out.constData());
        all = reports::ReportSchedules::load(schedules, &error);
        QCOMPARE((*all)[0].lastDone,
                 reports::ReportPresets::lastWhole(reports::Period::Week, today).second);
    }

    void removeTakesTheTimerAway()
    {
        const auto [code, out] =
            ctl({QStringLiteral("schedule"), QStringLiteral("remove"), QStringLiteral("weekly")});
        QVERIFY2(code == 0, out.constData());
        QVERIFY(!QFileInfo::exists(unit(QStringLiteral("steward-report-weekly.timer"))));
        QVERIFY(!QFileInfo::exists(unit(QStringLiteral("steward-report-weekly.service"))));
        QCOMPARE(ctl({QStringLiteral("schedule"), QStringLiteral("run"), QStringLiteral("weekly")})
                     .first,
                 64);
    }

    void duePeriodsStartWithTheLastWholeOne()
    {
        reports::ReportSchedule s;
        s.every = reports::Period::Month;
        const QDate today(2026, 11, 27);
        auto due = reports::ReportSchedules::duePeriods(s, today);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0], std::pair(QDate(2026, 10, 1), QDate(2026, 10, 31)));
        s.lastDone = QDate(2026, 7, 31);
        due = reports::ReportSchedules::duePeriods(s, today);
        QCOMPARE(due.size(), 3);
        QCOMPARE(due.first().first, QDate(2026, 8, 1));
        s.lastDone = QDate(2026, 10, 31);
        QVERIFY(reports::ReportSchedules::duePeriods(s, today).isEmpty());
        QVERIFY(!reports::ReportSchedules::isValidName(QStringLiteral("../evil")));
    }
};

QTEST_MAIN(TestSchedules)
#include "tst_schedules.moc"
