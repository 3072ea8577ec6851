// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QPlainTextEdit;

namespace steward {

/// Asks how long and why to suspend or silence users: a duration preset (or a date), a
/// reason (required; Discourse shows it to the user and in the staff log) and an optional
/// message emailed to them. Keyboard first: the reason has focus, Enter confirms.
class PenaltyDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Suspend,
        Silence
    };

    PenaltyDialog(Kind kind, const QStringList& usernames, QWidget* parent = nullptr);

    Kind kind() const { return m_kind; }
    /// When the penalty ends, from the chosen preset and now (or the chosen date).
    QDateTime until(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    QString reason() const;
    QString message() const;

    /// The duration presets, in days (0: until the date chosen; -1: permanently).
    static QList<int> presetDays();

private:
    void updateState();

    Kind m_kind;
    QComboBox* m_duration;
    QDateTimeEdit* m_date;
    QComboBox* m_reason;
    QPlainTextEdit* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace steward
