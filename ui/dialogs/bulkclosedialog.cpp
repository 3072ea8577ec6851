// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/bulkclosedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace steward {

BulkCloseDialog::BulkCloseDialog(const QList<Topic>& topics, int staleDays, QWidget* parent)
    : QDialog(parent)
    , m_topics(topics)
    , m_list(new QListWidget(this))
    , m_close(new QRadioButton(tr("&Close them"), this))
    , m_archive(new QRadioButton(tr("&Archive them"), this))
{
    setObjectName(QStringLiteral("bulkCloseDialog"));
    setWindowTitle(tr("Stale topics"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("%n topic(s) had no activity for %1 days or more. These, and only these, will change:",
           nullptr, int(topics.size()))
            .arg(staleDays),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (const Topic& t : topics)
        m_list->addItem(tr("%1 — last activity %2").arg(t.title, t.lastActivity));
    layout->addWidget(m_list, 1);
    m_close->setChecked(true);
    layout->addWidget(m_close);
    layout->addWidget(m_archive);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    const auto label = [this, ok] {
        ok->setText(m_archive->isChecked()
                        ? tr("Archive %n topic(s)", nullptr, int(m_topics.size()))
                        : tr("Close %n topic(s)", nullptr, int(m_topics.size())));
    };
    label();
    ok->setEnabled(!topics.isEmpty());
    connect(m_archive, &QRadioButton::toggled, this, label);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 480);
}

TopicFlag BulkCloseDialog::status() const
{
    return m_archive->isChecked() ? TopicFlag::Archived : TopicFlag::Closed;
}

QList<Id> BulkCloseDialog::topicIds() const
{
    QList<Id> ids;
    for (const Topic& t : m_topics)
        ids.append(t.id);
    return ids;
}

} // namespace steward
