// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/reports/schedules.h"

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace steward {

/// File › Schedule Reports: the community's scheduled reports, each a preset run every week,
/// month or quarter by a systemd user timer (whose files it names), into a folder and
/// optionally to a webhook. It shares its file with stewardctl schedule.
class ScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    /// database: the community's copy; site and user: synced from before each run if chosen.
    ScheduleDialog(QString database, QUrl site, QString user, QString community,
                   QWidget* parent = nullptr);

    /// Where the schedules are kept (default: ReportSchedules::defaultPath()) and the
    /// stewardctl the timers call (default: the one beside steward).
    void setPaths(const QString& schedules, const QString& stewardctl);
    /// Saves the form as a schedule and installs its timer; false with the reason shown.
    bool addFromForm();
    /// Removes the schedule and its timer.
    bool removeSchedule(const QString& name);
    void reload();

    QTreeWidget* list() const { return m_list; }
    QLineEdit* nameField() const { return m_name; }
    QComboBox* presetBox() const { return m_preset; }
    QComboBox* everyBox() const { return m_every; }
    QLineEdit* folderField() const { return m_folder; }
    QLineEdit* webhookField() const { return m_webhook; }
    QCheckBox* syncBox() const { return m_sync; }
    QString statusText() const;

private:
    QString m_database;
    QUrl m_site;
    QString m_user;
    QString m_community;
    QString m_schedules;
    QString m_stewardctl;
    QTreeWidget* m_list;
    QLineEdit* m_name;
    QComboBox* m_preset;
    QComboBox* m_every;
    QComboBox* m_format;
    QLineEdit* m_folder;
    QLineEdit* m_webhook;
    QCheckBox* m_sync;
    QLabel* m_status;
};

} // namespace steward
