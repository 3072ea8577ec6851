// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/casetargetdialog.h"

#include "models/sync/usermessages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace steward {

CaseTargetDialog::CaseTargetDialog(const CaseTarget& current, bool hasSecret, const QString& note,
                                   QWidget* parent)
    : QDialog(parent)
    , m_hasSecret(hasSecret)
    , m_kind(new QComboBox(this))
    , m_url(new QLineEdit(current.url.toString(), this))
    , m_user(new QLineEdit(current.user, this))
    , m_secret(new QLineEdit(this))
    , m_template(new QPlainTextEdit(current.bodyTemplate.isEmpty() ? CaseTarget::defaultTemplate()
                                                                   : current.bodyTemplate,
                                    this))
    , m_numberField(new QLineEdit(current.numberField, this))
    , m_urlField(new QLineEdit(current.urlField, this))
    , m_staffNote(new QCheckBox(
          tr("Post a staff &note (a whisper) with the case number to the topic"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("caseTargetDialog"));
    setWindowTitle(tr("Case system"));
    m_kind->addItem(tr("Not set up"), int(CaseTarget::Kind::None));
    m_kind->addItem(tr("ServiceNow (Table API)"), int(CaseTarget::Kind::ServiceNow));
    m_kind->addItem(tr("JSON webhook"), int(CaseTarget::Kind::Webhook));
    m_kind->setCurrentIndex(m_kind->findData(int(current.kind)));
    m_secret->setEchoMode(QLineEdit::Password);
    m_staffNote->setChecked(current.staffNote);
    m_template->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_template->setTabChangesFocus(true);
    m_numberField->setPlaceholderText(QStringLiteral("number"));
    m_urlField->setPlaceholderText(tr("optional, e.g. case.link"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&System:"), m_kind);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_secret);
    form->addRow(tr("&Body template:"), m_template);
    form->addRow(tr("Case &number in the answer:"), m_numberField);
    form->addRow(tr("Case &link in the answer:"), m_urlField);
    form->addRow(m_staffNote);
    if (!note.isEmpty()) {
        auto* noteLabel = new QLabel(note.toHtmlEscaped(), this);
        noteLabel->setWordWrap(true);
        noteLabel->setForegroundRole(QPalette::PlaceholderText);
        form->addRow(noteLabel);
    }
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Which rows apply depends on the system.
    const auto showRows = [this, form] {
        const auto kind = CaseTarget::Kind(m_kind->currentData().toInt());
        const bool serviceNow = kind == CaseTarget::Kind::ServiceNow;
        const bool webhook = kind == CaseTarget::Kind::Webhook;
        form->setRowVisible(m_url, kind != CaseTarget::Kind::None);
        form->setRowVisible(m_user, serviceNow);
        form->setRowVisible(m_secret, serviceNow || webhook);
        form->setRowVisible(m_template, webhook);
        form->setRowVisible(m_numberField, webhook);
        form->setRowVisible(m_urlField, webhook);
        form->setRowVisible(m_staffNote, kind != CaseTarget::Kind::None);
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(m_secret)))
            label->setText(serviceNow ? tr("&Password:") : tr("Bearer &token:"));
        m_url->setPlaceholderText(serviceNow
                                      ? QStringLiteral("https://example.service-now.com")
                                      : QStringLiteral("https://cases.example.com/hooks/steward"));
        const QString keep = serviceNow ? tr("leave empty to keep the stored password")
                                        : tr("leave empty to keep the stored token");
        m_secret->setPlaceholderText(m_hasSecret ? keep
                                                 : (serviceNow ? QString() : tr("optional")));
        validate();
        adjustSize();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, showRows);
    for (QLineEdit* edit : {m_url, m_user, m_secret, m_numberField, m_urlField})
        connect(edit, &QLineEdit::textChanged, this, &CaseTargetDialog::validate);
    connect(m_template, &QPlainTextEdit::textChanged, this, &CaseTargetDialog::validate);
    resize(640, 0);
    showRows();
}

CaseTarget CaseTargetDialog::target() const
{
    CaseTarget t;
    t.kind = CaseTarget::Kind(m_kind->currentData().toInt());
    if (t.kind == CaseTarget::Kind::None)
        return t;
    t.url = QUrl::fromUserInput(m_url->text().trimmed());
    t.staffNote = m_staffNote->isChecked();
    if (t.kind == CaseTarget::Kind::ServiceNow) {
        t.user = m_user->text().trimmed();
    } else {
        t.bodyTemplate = m_template->toPlainText();
        t.numberField = m_numberField->text().trimmed().isEmpty() ? QStringLiteral("number")
                                                                  : m_numberField->text().trimmed();
        t.urlField = m_urlField->text().trimmed();
    }
    return t;
}

QString CaseTargetDialog::secret() const
{
    return m_secret->text();
}

void CaseTargetDialog::validate()
{
    const CaseTarget t = target();
    CaseFailure why;
    const bool usable = t.kind == CaseTarget::Kind::None || t.isUsable(&why);
    QString problem = usable ? QString() : messages::caseFailure(why);
    if (usable && t.kind == CaseTarget::Kind::ServiceNow && !m_hasSecret &&
        m_secret->text().isEmpty()) {
        problem = tr("ServiceNow needs the user's password.");
    } else if (usable && t.kind == CaseTarget::Kind::Webhook) {
        CaseDraft sample;
        sample.title = QStringLiteral("\"quoted\" title");
        sample.excerpt = QStringLiteral("line one\nline two");
        CaseFailure error;
        if (CaseSender::webhookBody(t.bodyTemplate, sample, &error).isEmpty())
            problem = tr("The body template is not JSON once filled in: %1").arg(error.detail);
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (auto* box = findChild<QDialogButtonBox*>())
        box->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

} // namespace steward
