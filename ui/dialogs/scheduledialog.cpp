// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/scheduledialog.h"

#include "ui/dialogs/exportreportdialog.h"
#include "ui/dialogs/transparencydialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace steward {

using reports::ReportSchedule;
using reports::ReportSchedules;

ScheduleDialog::ScheduleDialog(QString database, QUrl site, QString user, QString community,
                               QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_site(std::move(site))
    , m_user(std::move(user))
    , m_community(std::move(community))
    , m_schedules(ReportSchedules::defaultPath())
    , m_stewardctl(QCoreApplication::applicationDirPath() + QStringLiteral("/stewardctl"))
    , m_list(new QTreeWidget(this))
    , m_name(new QLineEdit(this))
    , m_preset(new QComboBox(this))
    , m_every(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_webhook(new QLineEdit(this))
    , m_sync(new QCheckBox(tr("Sync from the community first"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Schedule Reports"));
    m_list->setObjectName(QStringLiteral("scheduleList"));
    m_list->setAccessibleName(tr("Scheduled reports"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Report"), tr("Every"), tr("Format"), tr("Folder"),
                             tr("Last period done")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 90);

    m_name->setObjectName(QStringLiteral("scheduleName"));
    m_name->setPlaceholderText(tr("monthly-health"));
    m_name->setAccessibleName(tr("Schedule name"));
    for (const reports::ReportPreset& p : reports::ReportPresets::all())
        m_preset->addItem(p.title, p.key);
    m_preset->addItem(tr("Transparency report (DSA)"), QStringLiteral("transparency"));
    m_preset->setCurrentIndex(1);
    m_preset->setAccessibleName(tr("Report"));
    m_every->addItem(tr("Week (Monday to Sunday)"), int(reports::Period::Week));
    m_every->addItem(tr("Month"), int(reports::Period::Month));
    m_every->addItem(tr("Quarter"), int(reports::Period::Quarter));
    m_every->setCurrentIndex(1);
    m_every->setAccessibleName(tr("Every"));
    for (reports::ReportFormat f : {reports::ReportFormat::Pdf, reports::ReportFormat::Xlsx,
                                    reports::ReportFormat::Csv, reports::ReportFormat::Json})
        m_format->addItem(ExportReportDialog::filter(f), int(f));
    m_format->setAccessibleName(tr("Format"));
    m_folder->setObjectName(QStringLiteral("scheduleFolder"));
    m_folder->setText(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                      QStringLiteral("/Steward reports"));
    m_folder->setAccessibleName(tr("Folder"));
    m_webhook->setObjectName(QStringLiteral("scheduleWebhook"));
    m_webhook->setPlaceholderText(tr("https://chat.example.com/hooks/… (optional)"));
    m_webhook->setAccessibleName(tr("Webhook"));
    m_sync->setChecked(true);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("scheduleStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Folder for the reports"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Report:"), m_preset);
    form->addRow(tr("&Every:"), m_every);
    form->addRow(tr("&Format:"), m_format);
    auto* folderLabel = new QLabel(tr("F&older:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Webhook:"), m_webhook);
    form->addRow(QString(), m_sync);
    auto* add = new QPushButton(tr("&Add Schedule"), this);
    auto* remove = new QPushButton(tr("Re&move"), this);
    connect(add, &QPushButton::clicked, this, &ScheduleDialog::addFromForm);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_list->currentItem())
            removeSchedule(item->text(0));
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(add, QDialogButtonBox::ActionRole);
    buttons->addButton(remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    reload();
}

void ScheduleDialog::setPaths(const QString& schedules, const QString& stewardctl)
{
    m_schedules = schedules;
    m_stewardctl = stewardctl;
    reload();
}

void ScheduleDialog::reload()
{
    m_list->clear();
    QString error;
    const auto all = ReportSchedules::load(m_schedules, &error);
    if (!all) {
        m_status->setText(error);
        return;
    }
    for (const ReportSchedule& s : *all) {
        const auto preset = reports::ReportPresets::find(s.preset);
        new QTreeWidgetItem(m_list, {s.name, preset ? preset->title : s.preset,
                                     reports::ReportPresets::periodName(s.every),
                                     reports::ReportFiles::formatName(s.format), s.outputDir,
                                     s.lastDone.isValid()
                                         ? QLocale().toString(s.lastDone, QLocale::ShortFormat)
                                         : tr("not yet")});
    }
    m_status->setText(statusText());
}

QString ScheduleDialog::statusText() const
{
    return tr("Each schedule is a systemd user timer in %1 (steward-report-NAME.timer) that runs "
              "stewardctl schedule run NAME; a run missed while the computer was off happens at "
              "the next start. The schedules are kept in %2.")
        .arg(ReportSchedules::unitDirectory(), m_schedules);
}

bool ScheduleDialog::addFromForm()
{
    ReportSchedule s;
    s.name = m_name->text().trimmed();
    if (!ReportSchedules::isValidName(s.name)) {
        m_status->setText(tr("Name the schedule with letters, digits, - and _."));
        return false;
    }
    s.preset = m_preset->currentData().toString();
    s.every = reports::Period(m_every->currentData().toInt());
    s.format = reports::ReportFormat(m_format->currentData().toInt());
    s.pageSize = ExportReportDialog::remembered().pageSize;
    s.database = m_database;
    s.outputDir = QFileInfo(m_folder->text()).absoluteFilePath();
    s.title = m_community;
    s.webhook = m_webhook->text().trimmed();
    if (!ReportSchedules::isAcceptableWebhook(s.webhook)) {
        m_status->setText(tr("The webhook must be an https address (or http to this computer)."));
        return false;
    }
    if (s.preset == u"transparency") // as the Transparency Report dialog keeps them
        s.grounds = TransparencyDialog::rememberedGrounds().toJson();
    if (m_sync->isChecked()) {
        s.syncUrl = m_site.toString();
        s.syncUser = m_user;
    }
    QString error;
    auto all = ReportSchedules::load(m_schedules, &error);
    if (!all) {
        m_status->setText(error);
        return false;
    }
    all->removeIf([&](const ReportSchedule& other) { return other.name == s.name; });
    all->append(s);
    bool enabled = false;
    if (!ReportSchedules::save(m_schedules, *all, &error) ||
        !ReportSchedules::install(s, m_stewardctl, m_schedules, &enabled, &error)) {
        m_status->setText(tr("The schedule was not saved: %1").arg(error));
        return false;
    }
    reload();
    const QString timer =
        ReportSchedules::unitDirectory() + u'/' + ReportSchedules::timerName(s.name);
    m_status->setText(enabled ? tr("Saved; the timer %1 is enabled.").arg(timer)
                              : tr("Saved as %1, but no systemd user manager took it; enable it "
                                   "with: systemctl --user enable --now %2")
                                    .arg(timer, ReportSchedules::timerName(s.name)));
    return true;
}

bool ScheduleDialog::removeSchedule(const QString& name)
{
    QString error;
    auto all = ReportSchedules::load(m_schedules, &error);
    if (!all) {
        m_status->setText(error);
        return false;
    }
    all->removeIf([&](const ReportSchedule& s) { return s.name == name; });
    if (!ReportSchedules::save(m_schedules, *all, &error) ||
        !ReportSchedules::uninstall(name, &error)) {
        m_status->setText(error);
        return false;
    }
    reload();
    return true;
}

} // namespace steward
