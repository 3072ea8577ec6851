// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ids.h"
#include "models/domain/moderation.h"

#include <QDialog>

class QListWidget;
class QRadioButton;

namespace steward {

/// The preview of a bulk change to stale topics: exactly the topics it will touch, by title,
/// and whether they are closed or archived. Nothing is sent before it is accepted.
class BulkCloseDialog : public QDialog
{
    Q_OBJECT
public:
    struct Topic
    {
        Id id = 0;
        QString title;
        QString lastActivity;
    };
    BulkCloseDialog(const QList<Topic>& topics, int staleDays, QWidget* parent = nullptr);

    /// Closed or Archived.
    TopicFlag status() const;
    QList<Id> topicIds() const;
    QListWidget* list() const { return m_list; }
    QRadioButton* archiveButton() const { return m_archive; }

private:
    QList<Topic> m_topics;
    QListWidget* m_list;
    QRadioButton* m_close;
    QRadioButton* m_archive;
};

} // namespace steward
