// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduled reports: a preset run every week or month by a systemd user timer that calls
// `stewardctl schedule run NAME`. The schedules live in one JSON file that Steward and
// stewardctl share; each run syncs first when it can, writes the report of every whole period
// since the last run (so missed runs are caught up), and can tell a webhook.
#pragma once

#include "models/reports/presets.h"
#include "models/reports/reportdocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace steward::reports {

struct ReportSchedule
{
    QString name; ///< letters, digits, - and _: it names the unit files
    QString preset = QStringLiteral("community-health"); ///< a preset key, or "transparency"
    Period every = Period::Month;
    ReportFormat format = ReportFormat::Pdf;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QString database;  ///< the synced copy
    QString outputDir; ///< where the files go
    QString title;     ///< the community's name on the report
    QString webhook;   ///< optional: told of each file (a chat channel's incoming webhook)
    QString syncUrl;   ///< optional: synced first (with the keychain's key for syncUser)
    QString syncUser;
    /// The transparency preset's grounds (TransparencyGrounds::toJson()); empty: defaults.
    QJsonObject grounds;
    QDate lastDone; ///< the last day of the last period written; invalid before the first run

    QJsonObject toJson() const;
    static std::optional<ReportSchedule> fromJson(const QJsonObject& o, QString* error);
};

class ReportSchedules
{
    Q_DECLARE_TR_FUNCTIONS(steward::reports::ReportSchedules)
public:
    /// $XDG_CONFIG_HOME/steward/schedules.json, for Steward and stewardctl alike.
    static QString defaultPath();
    /// $XDG_CONFIG_HOME/systemd/user: where the timers live.
    static QString unitDirectory();
    static QString serviceName(const QString& name); ///< steward-report-NAME.service
    static QString timerName(const QString& name);   ///< steward-report-NAME.timer

    static bool isValidName(const QString& name);
    /// https, or http to this computer only: the URL carries the channel's secret and the
    /// posts name files and the community.
    static bool isAcceptableWebhook(const QString& url);
    /// Every schedule in the file; an absent file holds none.
    static std::optional<QList<ReportSchedule>> load(const QString& path, QString* error);
    static bool save(const QString& path, const QList<ReportSchedule>& schedules, QString* error);
    /// Sets one schedule's last period done in the file as it is now (Steward may have changed
    /// the others while a run was syncing); false when the schedule is gone or the file
    /// cannot be written.
    static bool markDone(const QString& path, const QString& name, QDate lastDone, QString* error);

    /// The unit files' text: the service runs stewardctl schedule run NAME once; the timer
    /// fires weekly (Monday) or monthly (the 1st) at 06:00, late runs caught up at the next
    /// start (Persistent=true).
    static QString serviceText(const ReportSchedule& s, const QString& stewardctl,
                               const QString& schedulesPath);
    static QString timerText(const ReportSchedule& s);

    /// Writes the unit files and enables the timer with systemctl --user when there is a user
    /// manager; false with a reason when the files cannot be written. *enabled says whether
    /// systemd took the timer (false: the files are there, to be enabled by hand).
    static bool install(const ReportSchedule& s, const QString& stewardctl,
                        const QString& schedulesPath, bool* enabled, QString* error);
    /// Disables the timer and removes both unit files.
    static bool uninstall(const QString& name, QString* error);

    /// The whole periods not yet reported on: after lastDone (or only the last one, for a new
    /// schedule), up to the last that ended before today; oldest first.
    static QList<std::pair<QDate, QDate>> duePeriods(const ReportSchedule& s, QDate today);
};

} // namespace steward::reports
