// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/net/casetarget.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace steward {

/// File › Case system: where "Create support case" sends cases. ServiceNow takes the
/// instance's address, a user and its password; a webhook its endpoint, an optional bearer
/// token, a JSON body template and where the answer names the case. secret() is empty when
/// the stored password or token is to be kept.
class CaseTargetDialog : public QDialog
{
    Q_OBJECT
public:
    /// note: a line under the form (where the settings are kept).
    CaseTargetDialog(const CaseTarget& current, bool hasSecret, const QString& note,
                     QWidget* parent = nullptr);

    CaseTarget target() const;
    QString secret() const;
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* secretEdit() const { return m_secret; }
    QPlainTextEdit* templateEdit() const { return m_template; }
    QCheckBox* staffNoteBox() const { return m_staffNote; }

private:
    void validate();

    bool m_hasSecret;
    QComboBox* m_kind;
    QLineEdit* m_url;
    QLineEdit* m_user;
    QLineEdit* m_secret;
    QPlainTextEdit* m_template;
    QLineEdit* m_numberField;
    QLineEdit* m_urlField;
    QCheckBox* m_staffNote;
    QLabel* m_problem;
};

} // namespace steward
