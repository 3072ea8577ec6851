// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/threadqueries.h"
#include "models/store/topicqueries.h"
#include "models/sync/moderationaction.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace steward {

/// Rename, recategorise and retag a topic. change() holds only what differs from the
/// topic as shown, with the title and tags it was shown with for the server's check.
class TopicEditDialog : public QDialog
{
    Q_OBJECT
public:
    TopicEditDialog(const thread::Header& topic, const QList<topics::CategoryNode>& categories,
                    QWidget* parent = nullptr);

    TopicChange change() const;
    bool hasChange() const;
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* categoryBox() const { return m_category; }
    QLineEdit* tagsEdit() const { return m_tags; }

private:
    QStringList tags() const;
    void validate();

    thread::Header m_topic;
    QLineEdit* m_title;
    QComboBox* m_category;
    QLineEdit* m_tags;
    QLabel* m_problem;
};

} // namespace steward
