// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/topicqueries.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace steward {

class Database;

/// Where selected posts go: a new topic (title, category) or an existing one (its number or
/// web address, named back from the local copy before anything is sent).
class MovePostsDialog : public QDialog
{
    Q_OBJECT
public:
    MovePostsDialog(const Database& db, Id sourceTopicId, Id sourceCategoryId, int postCount,
                    QWidget* parent = nullptr);

    bool toExisting() const;
    QString newTitle() const;
    Id categoryId() const;
    /// The existing topic named, 0 when none (or not stored, or the source itself).
    Id destinationTopicId() const;

    QRadioButton* existingButton() const { return m_existing; }
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* destinationEdit() const { return m_destination; }

private:
    void validate();

    const Database& m_db;
    Id m_source;
    QRadioButton* m_new;
    QRadioButton* m_existing;
    QLineEdit* m_title;
    QComboBox* m_category;
    QLineEdit* m_destination;
    QLabel* m_destinationName;
};

} // namespace steward
