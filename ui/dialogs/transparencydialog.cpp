// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/transparencydialog.h"

#include "models/analytics/headlines.h"
#include "models/domain/reviewable.h"
#include "models/settings/preferences.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace steward {

using reports::Ground;

TransparencyDialog::TransparencyDialog(QWidget* parent)
    : QDialog(parent)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_format(new QComboBox(this))
    , m_grounds(new QTableWidget(this))
{
    setWindowTitle(tr("Transparency Report"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    // A half-year is what the DSA asks of most providers (Art. 15(1), Art. 24(2)).
    const QDate today = QDate::currentDate();
    const QDate halfStart(today.year(), today.month() <= 6 ? 1 : 7, 1);
    setRange(halfStart.addMonths(-6), halfStart.addDays(-1));
    m_format->setObjectName(QStringLiteral("transparencyFormat"));
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("PDF, for publication"), int(reports::ReportFormat::Pdf));
    m_format->addItem(tr("Spreadsheet (XLSX)"), int(reports::ReportFormat::Xlsx));
    m_format->addItem(tr("CSV"), int(reports::ReportFormat::Csv));
    m_format->addItem(tr("JSON"), int(reports::ReportFormat::Json));

    m_grounds->setObjectName(QStringLiteral("transparencyGrounds"));
    m_grounds->setAccessibleName(tr("Grounds of flag reasons"));
    m_grounds->setColumnCount(2);
    m_grounds->setHorizontalHeaderLabels({tr("Flag reason"), tr("Counts as")});
    m_grounds->verticalHeader()->hide();
    m_grounds->horizontalHeader()->setStretchLastSection(true);
    const reports::TransparencyGrounds kept = rememberedGrounds();
    QStringList keys;
    QList<int> types;
    for (int type : {ScoreTypeId::Illegal, ScoreTypeId::Spam, ScoreTypeId::Inappropriate,
                     ScoreTypeId::OffTopic, ScoreTypeId::NotifyModerators, ScoreTypeId::NotifyUser,
                     ScoreTypeId::NeedsApproval}) {
        keys.append(scoreTypeKey(type));
        types.append(type);
    }
    for (auto it = kept.byReason.begin(); it != kept.byReason.end(); ++it) {
        if (!keys.contains(it.key())) {
            keys.append(it.key()); // a custom flag kept from before
            types.append(0);
        }
    }
    m_grounds->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        auto* reason =
            new QTableWidgetItem(analytics::Headlines::flagReason(types[row], keys[row]));
        reason->setData(Qt::UserRole, keys[row]);
        reason->setFlags(Qt::ItemIsEnabled);
        m_grounds->setItem(row, 0, reason);
        auto* ground = new QComboBox(m_grounds);
        ground->addItem(tr("Terms of service"), int(Ground::TermsOfService));
        ground->addItem(tr("Illegal content"), int(Ground::IllegalContent));
        ground->setCurrentIndex(kept.of(keys[row]) == Ground::IllegalContent ? 1 : 0);
        ground->setAccessibleName(tr("Ground of %1").arg(reason->text()));
        m_grounds->setCellWidget(row, 1, ground);
    }
    m_grounds->resizeColumnsToContents();
    m_grounds->setMinimumHeight(m_grounds->verticalHeader()->length() +
                                m_grounds->horizontalHeader()->height() + 4);

    auto* form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Format:"), m_format);
    auto* note = new QLabel(
        tr("Which flag reasons are notices of illegal content (Art. 16); the others count "
           "against the terms of service. Actions without a flag count against the terms."),
        this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    // A period that ends before it starts is no period.
    const auto checkRange = [this, buttons] {
        buttons->button(QDialogButtonBox::Save)->setEnabled(m_from->date() <= m_to->date());
    };
    connect(m_from, &QDateEdit::dateChanged, this, checkRange);
    connect(m_to, &QDateEdit::dateChanged, this, checkRange);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_grounds);
    layout->addWidget(buttons);
}

QDate TransparencyDialog::from() const
{
    return m_from->date();
}

QDate TransparencyDialog::to() const
{
    return m_to->date();
}

void TransparencyDialog::setRange(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

reports::ReportFormat TransparencyDialog::format() const
{
    return reports::ReportFormat(m_format->currentData().toInt());
}

reports::TransparencyGrounds TransparencyDialog::grounds() const
{
    reports::TransparencyGrounds g;
    for (int row = 0; row < m_grounds->rowCount(); ++row) {
        const QString key = m_grounds->item(row, 0)->data(Qt::UserRole).toString();
        const auto* box = qobject_cast<QComboBox*>(m_grounds->cellWidget(row, 1));
        g.byReason.insert(key, Ground(box->currentData().toInt()));
    }
    return g;
}

reports::TransparencyGrounds TransparencyDialog::rememberedGrounds()
{
    const QByteArray kept = prefs::transparencyGrounds.get();
    QString error;
    const auto parsed = kept.isEmpty() ? std::nullopt
                                       : reports::TransparencyGrounds::fromJson(
                                             QJsonDocument::fromJson(kept).object(), &error);
    return parsed.value_or(reports::TransparencyGrounds::defaults());
}

void TransparencyDialog::rememberGrounds(const reports::TransparencyGrounds& grounds)
{
    prefs::transparencyGrounds.set(QJsonDocument(grounds.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace steward
