// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audit/auditpane.h"

#include "models/reports/tabledocument.h"
#include "models/reports/transparency.h"
#include "models/store/database.h"
#include "ui/audit/audittrailmodel.h"
#include "ui/dialogs/exportreportdialog.h"
#include "ui/dialogs/transparencydialog.h"
#include "ui/widgets/flowlayout.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace steward {

namespace {
constexpr int kRangeDays[] = {7, 30, 90, 365, 0}; ///< 0: everything synced
} // namespace

AuditPane::AuditPane(const Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(new AuditTrailModel(this))
    , m_search(new QLineEdit(this))
    , m_range(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_export(new QPushButton(this))
    , m_transparency(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("auditPane"));
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_range->setObjectName(QStringLiteral("auditRange"));
    m_source->setObjectName(QStringLiteral("auditSource"));
    for (int i = 0; i < int(std::size(kRangeDays)); ++i)
        m_range->addItem(QString(), kRangeDays[i]);
    m_range->setCurrentIndex(1);
    for (int i = 0; i < 3; ++i)
        m_source->addItem(QString(), i);
    m_export->setObjectName(QStringLiteral("auditExport"));
    m_transparency->setObjectName(QStringLiteral("transparencyReport"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);

    auto* bar = new FlowLayout;
    bar->addWidget(m_search);
    bar->addWidget(m_range);
    bar->addWidget(m_source);
    bar->addWidget(m_export);
    bar->addWidget(m_transparency);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &AuditPane::reload);
    connect(m_range, &QComboBox::activated, this, &AuditPane::reload);
    connect(m_source, &QComboBox::activated, this, [this](int i) {
        m_model->setSources(AuditTrailModel::Sources(i));
        m_status->setText(statusText());
    });
    connect(m_export, &QPushButton::clicked, this, &AuditPane::chooseExport);
    connect(m_transparency, &QPushButton::clicked, this, &AuditPane::chooseTransparencyReport);
    connect(m_table, &QTableView::activated, this, &AuditPane::openRow);
    retranslate();
}

void AuditPane::setSite(const QUrl& site, const QString& community)
{
    m_site = site;
    m_community = community;
}

QDateTime AuditPane::rangeStart() const
{
    const int days = m_range->currentData().toInt();
    return days > 0 ? QDateTime::currentDateTimeUtc().addDays(-days) : QDateTime();
}

void AuditPane::reload()
{
    AuditTrailFilter filter;
    filter.from = rangeStart();
    filter.text = m_search->text();
    const StoreResult<QList<AuditTrailRow>> rows = queries::auditTrail(m_database, filter);
    m_error = rows ? QString() : rows.error();
    m_model->setRows(rows ? *rows : QList<AuditTrailRow>());
    if (m_table->horizontalHeader()->sectionSize(AuditTrailModel::Time) < 20 ||
        m_model->rowCount() > 0)
        m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(AuditTrailModel::Details,
                                                      QHeaderView::Stretch);
    m_status->setText(statusText());
}

QString AuditPane::statusText() const
{
    if (!m_error.isEmpty())
        return tr("The audit trail could not be read: %1").arg(m_error);
    const int rows = m_model->rowCount();
    if (m_model->allCount() == 0 && m_search->text().isEmpty())
        return tr("Nothing in this period. The staff action log comes with each full sync (every "
                  "tenth poll); it needs an admin's or moderator's key.");
    return tr("%n entries, %1 from Steward; double-click one to open its user, post or topic on "
              "the site",
              nullptr, rows)
        .arg(m_model->stewardCount());
}

void AuditPane::openRow(const QModelIndex& index)
{
    if (!index.isValid() || !m_site.isValid())
        return;
    const AuditTrailRow& r = m_model->row(index.row());
    QString path;
    if (r.postId != 0)
        path = QStringLiteral("/p/%1").arg(r.postId);
    else if (r.topicId != 0)
        path = QStringLiteral("/t/%1").arg(r.topicId);
    else if (r.targetUserId != 0 && !r.target.startsWith(QStringLiteral("user ")))
        path = QStringLiteral("/u/%1").arg(QString::fromUtf8(QUrl::toPercentEncoding(r.target)));
    if (!path.isEmpty())
        QDesktopServices::openUrl(m_site.resolved(QUrl(path)));
}

bool AuditPane::exportTo(const QString& path, reports::ReportFormat format, QString* error)
{
    reports::TableDocument d;
    d.key = QStringLiteral("audit-trail");
    d.title = tr("Audit trail");
    d.community = m_community.isEmpty() ? m_site.host() : m_community;
    d.generatedAt = QDateTime::currentDateTimeUtc();
    d.locale = QLocale();
    d.pageSize = ExportReportDialog::remembered().pageSize;
    const QDateTime from = rangeStart();
    d.facts = {
        {QStringLiteral("period"), tr("Period"),
         from.isValid()
             ? tr("%1 to now").arg(QLocale().toString(from.toLocalTime(), QLocale::ShortFormat))
             : tr("Everything synced")},
        {QStringLiteral("search"), tr("Search"),
         m_search->text().isEmpty() ? tr("none") : m_search->text()},
        {QStringLiteral("source"), tr("Source"), m_source->currentText()},
        {QStringLiteral("entries"), tr("Entries"), QString::number(m_model->rowCount())}};
    d.tables = {m_model->toTable()};
    d.notes = {{tr("Sources"),
                tr("Server entries are Discourse's staff action log "
                   "(/admin/logs/staff_action_logs), as of the last sync. Steward entries are the "
                   "decisions sent from Steward on this computer; one is linked to the server "
                   "entry that the same moderator's action on the same target left within 15 "
                   "minutes. Steward decisions of kinds Discourse does not log (claims, replies, "
                   "topic edits) have no server entry.")}};
    return reports::TableDocuments::save(d, format, path, error);
}

void AuditPane::chooseExport()
{
    const QList<reports::ReportFormat> formats{
        reports::ReportFormat::Pdf, reports::ReportFormat::Xlsx, reports::ReportFormat::Csv,
        reports::ReportFormat::Json};
    QStringList filters;
    for (reports::ReportFormat f : formats)
        filters.append(ExportReportDialog::filter(f));
    QString chosen;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Audit Trail"),
        QStringLiteral("audit-trail-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)),
        filters.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty())
        return;
    const reports::ReportFormat format = reports::ReportFiles::formatOfPath(path).value_or(
        formats.value(int(filters.indexOf(chosen)), reports::ReportFormat::Pdf));
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool saved = exportTo(path, format, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!saved)
        QMessageBox::warning(this, tr("Export Audit Trail"),
                             tr("The audit trail was not saved: %1").arg(error));
}

bool AuditPane::exportTransparency(const QString& path, QDate from, QDate to,
                                   reports::ReportFormat format, QString* error)
{
    const reports::TransparencyGrounds grounds = TransparencyDialog::rememberedGrounds();
    const std::optional<reports::TransparencyData> period = reports::Transparency::read(
        m_database, from, to, QTimeZone::systemTimeZone(), grounds, error);
    if (!period)
        return false;
    reports::TableDocument d = reports::Transparency::document(
        *period, grounds, m_community.isEmpty() ? m_site.host() : m_community,
        QDateTime::currentDateTimeUtc(), QLocale());
    d.pageSize = ExportReportDialog::remembered().pageSize;
    return reports::TableDocuments::save(d, format, path, error);
}

void AuditPane::chooseTransparencyReport()
{
    TransparencyDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    TransparencyDialog::rememberGrounds(dialog.grounds());
    const reports::ReportFormat format = dialog.format();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Transparency Report"),
        QStringLiteral("transparency-%1-%2.%3")
            .arg(dialog.from().toString(Qt::ISODate), dialog.to().toString(Qt::ISODate),
                 reports::ReportFiles::formatName(format)),
        ExportReportDialog::filter(format));
    if (path.isEmpty())
        return;
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool saved = exportTransparency(path, dialog.from(), dialog.to(), format, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!saved)
        QMessageBox::warning(this, tr("Transparency Report"),
                             tr("The report was not saved: %1").arg(error));
}

void AuditPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditPane::retranslate()
{
    m_search->setPlaceholderText(tr("Search moderator, user, action or details"));
    m_search->setAccessibleName(tr("Search the audit trail"));
    const QStringList ranges{tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"),
                             tr("Last 365 days"), tr("Everything synced")};
    for (int i = 0; i < ranges.size(); ++i)
        m_range->setItemText(i, ranges[i]);
    m_range->setAccessibleName(tr("Period"));
    const QStringList sources{tr("From Steward and the web"), tr("From Steward"),
                              tr("From the web")};
    for (int i = 0; i < sources.size(); ++i)
        m_source->setItemText(i, sources[i]);
    m_source->setAccessibleName(tr("Source"));
    m_export->setText(tr("&Export…"));
    m_export->setToolTip(tr("Save the entries shown as a PDF, a spreadsheet, CSV or JSON"));
    // Alt+T is the Thread menu's.
    m_transparency->setText(tr("T&ransparency Report…"));
    m_transparency->setToolTip(
        tr("The EU Digital Services Act transparency report (Art. 15 and 24) for a period"));
    m_table->setAccessibleName(tr("Audit trail"));
    m_status->setText(statusText());
}

} // namespace steward
