// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/net/casetarget.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace steward {

/// "Create support case": the draft made from the post, with the title, customer and excerpt
/// editable before it goes, and where it goes. When the target cannot be used, says why and
/// offers nothing to send.
class CaseDialog : public QDialog
{
    Q_OBJECT
public:
    CaseDialog(const CaseDraft& draft, const CaseTarget& target, QWidget* parent = nullptr);

    CaseDraft draft() const;
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* customerEdit() const { return m_customer; }
    QPlainTextEdit* excerptEdit() const { return m_excerpt; }
    QLabel* problemLabel() const { return m_problem; }

private:
    void validate();

    CaseDraft m_draft;
    bool m_usable;
    QLineEdit* m_title;
    QLineEdit* m_customer;
    QPlainTextEdit* m_excerpt;
    QLabel* m_problem;
};

} // namespace steward
