// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The audit pane over a synced sandbox: its rows, search and source filter, its export, the
// transparency report it saves, and the grounds the transparency dialog keeps; and the
// schedule dialog, which puts a report on a timer and takes it off again.
#include "models/domain/staffaction.h"
#include "models/settings/preferences.h"
#include "tests/support/synctesting.h"
#include "ui/audit/auditpane.h"
#include "ui/audit/audittrailmodel.h"
#include "ui/dialogs/scheduledialog.h"
#include "ui/dialogs/transparencydialog.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace steward;
using namespace steward::testing;

class TestAuditPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<SyncRig> m_rig;
    std::unique_ptr<AuditPane> m_pane;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        m_server = startSandbox();
        m_rig =
            std::make_unique<SyncRig>(m_dir.filePath(QStringLiteral("c.db")), adminSite(*m_server));
        QVERIFY(m_rig->sync());
        m_pane = std::make_unique<AuditPane>(m_rig->database);
        m_pane->setSite(m_server->url(), QStringLiteral("Sandbox"));
        m_pane->rangeBox()->setCurrentIndex(m_pane->rangeBox()->count() - 1); // everything
        m_pane->reload();
    }

    void showsTheWholeLogNewestFirst()
    {
        AuditTrailModel* model = m_pane->model();
        QCOMPARE(model->rowCount(), int(m_server->community().staffActions.size()));
        QVERIFY(model->row(0).at >= model->row(model->rowCount() - 1).at);
        QVERIFY(m_pane->statusText().contains(QString::number(model->rowCount())));
        bool named = false;
        for (int r = 0; r < model->rowCount(); ++r)
            named = named || model->data(model->index(r, AuditTrailModel::Action)).toString() ==
                                 u"Suspended user";
        QVERIFY(named);
    }

    void searchesAndFiltersBySource()
    {
        const sandbox::StaffActionRecord& suspension = *std::find_if(
            m_server->community().staffActions.begin(), m_server->community().staffActions.end(),
            [](const auto& a) { return a.action == StaffActionId::SuspendUser; });
        const QString who = m_server->community().user(suspension.targetUserId)->user.username;
        m_pane->searchField()->setText(who);
        m_pane->reload();
        QVERIFY(m_pane->model()->rowCount() >= 1);
        for (int r = 0; r < m_pane->model()->rowCount(); ++r) {
            const AuditTrailRow& row = m_pane->model()->row(r);
            QVERIFY((row.actor + row.target + row.details).contains(who, Qt::CaseInsensitive));
        }
        m_pane->searchField()->clear();
        m_pane->reload();
        // Nothing was sent from Steward: from Steward is empty, from the web is everything.
        m_pane->model()->setSources(AuditTrailModel::Sources::Steward);
        QCOMPARE(m_pane->model()->rowCount(), 0);
        m_pane->model()->setSources(AuditTrailModel::Sources::Web);
        QCOMPARE(m_pane->model()->rowCount(), int(m_server->community().staffActions.size()));
        m_pane->model()->setSources(AuditTrailModel::Sources::All);
    }

    void exportsWhatItShows()
    {
        QString error;
        const QString json = m_dir.filePath(QStringLiteral("audit.json"));
        QVERIFY2(m_pane->exportTo(json, reports::ReportFormat::Json, &error), qPrintable(error));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(o[u"tables"][u"audit_trail"][u"rows"].toArray().size(),
                 qsizetype(m_pane->model()->rowCount()));
        for (const char* name : {"audit.xlsx", "audit.pdf", "audit.csv"}) {
            const QString path = m_dir.filePath(QString::fromLatin1(name));
            QVERIFY2(m_pane->exportTo(path, *reports::ReportFiles::formatOfPath(path), &error),
                     qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 1000);
        }
    }

    void savesTheTransparencyReport()
    {
        QString error;
        const QString pdf = m_dir.filePath(QStringLiteral("transparency.pdf"));
        const QDate to = kNow.date();
        QVERIFY2(m_pane->exportTransparency(pdf, to.addDays(-180), to, reports::ReportFormat::Pdf,
                                            &error),
                 qPrintable(error));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF-"));
    }

    void schedulesAReportOnATimer()
    {
        const QString schedules = m_dir.filePath(QStringLiteral("schedules.json"));
        ScheduleDialog dialog(m_rig->database.connection().databaseName(), m_server->url(),
                              m_server->adminCredentials().username, QStringLiteral("Sandbox"));
        dialog.setPaths(schedules, QStringLiteral("/usr/bin/stewardctl"));
        QCOMPARE(dialog.list()->topLevelItemCount(), 0);
        QVERIFY(dialog.statusText().contains(reports::ReportSchedules::unitDirectory()));
        dialog.nameField()->setText(QStringLiteral("bad name/.."));
        QVERIFY(!dialog.addFromForm());
        dialog.nameField()->setText(QStringLiteral("monthly-health"));
        dialog.folderField()->setText(m_dir.filePath(QStringLiteral("reports")));
        QVERIFY(dialog.addFromForm());
        QCOMPARE(dialog.list()->topLevelItemCount(), 1);
        const QString timer = reports::ReportSchedules::unitDirectory() +
                              QStringLiteral("/steward-report-monthly-health.timer");
        QVERIFY2(QFileInfo::exists(timer), qPrintable(timer));
        QString error;
        const auto saved = reports::ReportSchedules::load(schedules, &error);
        QVERIFY(saved && saved->size() == 1);
        QCOMPARE(saved->first().preset, QStringLiteral("community-health"));
        QCOMPARE(saved->first().every, reports::Period::Month);
        QCOMPARE(saved->first().syncUrl, m_server->url().toString());
        QVERIFY(dialog.removeSchedule(QStringLiteral("monthly-health")));
        QCOMPARE(dialog.list()->topLevelItemCount(), 0);
        QVERIFY(!QFileInfo::exists(timer));
    }

    void theDialogKeepsTheGrounds()
    {
        prefs::transparencyGrounds.reset();
        {
            TransparencyDialog dialog;
            QCOMPARE(dialog.grounds().of(QStringLiteral("illegal")),
                     reports::Ground::IllegalContent);
            QCOMPARE(dialog.grounds().of(QStringLiteral("spam")), reports::Ground::TermsOfService);
            QTableWidget* table = dialog.groundsTable();
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 0)->data(Qt::UserRole).toString() == u"spam")
                    qobject_cast<QComboBox*>(table->cellWidget(row, 1))->setCurrentIndex(1);
            }
            QCOMPARE(dialog.grounds().of(QStringLiteral("spam")), reports::Ground::IllegalContent);
            TransparencyDialog::rememberGrounds(dialog.grounds());
        }
        TransparencyDialog again;
        QCOMPARE(again.grounds().of(QStringLiteral("spam")), reports::Ground::IllegalContent);
        QVERIFY(again.from() < again.to());
        QCOMPARE(again.from().day(), 1);
    }
};

QTEST_MAIN(TestAuditPane)
#include "tst_auditpane.moc"
