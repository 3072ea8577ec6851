// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/penaltydialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace steward {

namespace {
// Discourse's "forever": a date far enough away that it never comes.
constexpr int kPermanentYears = 1000;
} // namespace

QList<int> PenaltyDialog::presetDays()
{
    return {1, 3, 7, 14, 30, 90, 365, -1, 0};
}

PenaltyDialog::PenaltyDialog(Kind kind, const QStringList& usernames, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_duration(new QComboBox(this))
    , m_date(new QDateTimeEdit(this))
    , m_reason(new QComboBox(this))
    , m_message(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("penaltyDialog"));
    const bool suspend = kind == Kind::Suspend;
    const QString who = usernames.size() <= 3
                            ? usernames.join(QStringLiteral(", "))
                            : tr("%1 and %n others", nullptr, int(usernames.size() - 2))
                                  .arg(usernames.mid(0, 2).join(QStringLiteral(", ")));
    setWindowTitle(suspend ? tr("Suspend %1").arg(who) : tr("Silence %1").arg(who));

    auto* intro = new QLabel(
        suspend ? tr("A suspended user cannot log in until the suspension ends.")
                : tr("A silenced user can read and log in, but cannot post, message or flag."),
        this);
    intro->setWordWrap(true);

    m_duration->setObjectName(QStringLiteral("penaltyDuration"));
    const QStringList labels{tr("1 day"),   tr("3 days"),      tr("1 week"),
                             tr("2 weeks"), tr("1 month"),     tr("3 months"),
                             tr("1 year"),  tr("Permanently"), tr("Until a date…")};
    const QList<int> days = presetDays();
    for (qsizetype i = 0; i < days.size(); ++i)
        m_duration->addItem(labels.value(i), days[i]);
    m_duration->setCurrentIndex(2); // a week: the usual first step
    m_date->setObjectName(QStringLiteral("penaltyDate"));
    m_date->setCalendarPopup(true);
    m_date->setDateTime(QDateTime::currentDateTime().addDays(7));
    m_date->setMinimumDateTime(QDateTime::currentDateTime());

    m_reason->setObjectName(QStringLiteral("penaltyReason"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems({QString(), tr("Spam"), tr("Abusive or harassing posts"),
                        tr("Repeated off-topic posts after warnings"),
                        tr("Posting others' personal information")});
    m_reason->lineEdit()->setPlaceholderText(tr("Shown to the user and in the staff log"));
    m_reason->setCurrentIndex(0);

    m_message->setObjectName(QStringLiteral("penaltyMessage"));
    m_message->setPlaceholderText(tr("Optional: emailed to the user with the reason"));
    m_message->setTabChangesFocus(true);
    m_message->setMaximumHeight(90);

    auto* form = new QFormLayout;
    form->addRow(tr("&Duration:"), m_duration);
    form->addRow(tr("U&ntil:"), m_date);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Message:"), m_message);

    m_buttons->button(QDialogButtonBox::Ok)->setText(suspend ? tr("&Suspend") : tr("Si&lence"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_duration, &QComboBox::currentIndexChanged, this, &PenaltyDialog::updateState);
    connect(m_reason, &QComboBox::editTextChanged, this, &PenaltyDialog::updateState);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    m_reason->setFocus();
    updateState();
}

QDateTime PenaltyDialog::until(const QDateTime& now) const
{
    const int days = m_duration->currentData().toInt();
    if (days == 0)
        return m_date->dateTime().toUTC();
    return days < 0 ? now.addYears(kPermanentYears) : now.addDays(days);
}

QString PenaltyDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

QString PenaltyDialog::message() const
{
    return m_message->toPlainText().trimmed();
}

void PenaltyDialog::updateState()
{
    // The date field shows when a preset ends; it is edited only for "Until a date".
    const int days = m_duration->currentData().toInt();
    m_date->setEnabled(days == 0);
    if (days > 0)
        m_date->setDateTime(QDateTime::currentDateTime().addDays(days));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

} // namespace steward
