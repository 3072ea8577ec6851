// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/casedialog.h"

#include "models/sync/usermessages.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace steward {

namespace {

QString targetText(const CaseTarget& target)
{
    switch (target.kind) {
    case CaseTarget::Kind::ServiceNow:
        return CaseDialog::tr("ServiceNow at %1, as %2").arg(target.url.host(), target.user);
    case CaseTarget::Kind::Webhook:
        return CaseDialog::tr("Webhook %1")
            .arg(target.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    case CaseTarget::Kind::None:
        break;
    }
    return CaseDialog::tr("nowhere yet");
}

} // namespace

CaseDialog::CaseDialog(const CaseDraft& draft, const CaseTarget& target, QWidget* parent)
    : QDialog(parent)
    , m_draft(draft)
    , m_title(new QLineEdit(draft.title, this))
    , m_customer(new QLineEdit(draft.customer, this))
    , m_excerpt(new QPlainTextEdit(draft.excerpt, this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("caseDialog"));
    setWindowTitle(tr("Create support case"));
    CaseFailure failure;
    m_usable = target.isUsable(&failure);
    const QString why = m_usable ? QString() : messages::caseFailure(failure);
    auto* link = new QLabel(QStringLiteral("<a href=\"%1\">%2</a>")
                                .arg(draft.threadUrl.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                     draft.threadUrl.toString().toHtmlEscaped()),
                            this);
    link->setOpenExternalLinks(true);
    link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto* name = new QLabel(draft.customerName.toHtmlEscaped(), this);
    name->setForegroundRole(QPalette::PlaceholderText);
    m_excerpt->setTabChangesFocus(true);
    m_excerpt->setMinimumHeight(160);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Goes to:"), new QLabel(targetText(target).toHtmlEscaped(), this));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("C&ustomer:"), m_customer);
    if (!draft.customerName.isEmpty())
        form->addRow(QString(), name);
    form->addRow(tr("Thread:"), link);
    form->addRow(tr("&Excerpt:"), m_excerpt);
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create case"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &CaseDialog::validate);
    connect(m_customer, &QLineEdit::textChanged, this, &CaseDialog::validate);
    connect(m_excerpt, &QPlainTextEdit::textChanged, this, &CaseDialog::validate);
    if (!m_usable)
        m_problem->setText(why);
    resize(620, sizeHint().height());
    validate();
}

CaseDraft CaseDialog::draft() const
{
    CaseDraft d = m_draft;
    d.title = m_title->text().simplified();
    d.customer = m_customer->text().trimmed();
    if (d.customer != m_draft.customer)
        d.customerName.clear(); // another customer: the author's name no longer applies
    d.excerpt = m_excerpt->toPlainText().trimmed();
    return d;
}

void CaseDialog::validate()
{
    QString problem;
    if (m_usable) {
        if (m_title->text().simplified().isEmpty())
            problem = tr("The case needs a title.");
        else if (m_customer->text().trimmed().isEmpty())
            problem = tr("Name the customer the case is for.");
        m_problem->setText(problem);
    }
    m_problem->setVisible(!m_problem->text().isEmpty());
    if (auto* box = findChild<QDialogButtonBox*>())
        box->button(QDialogButtonBox::Ok)->setEnabled(m_usable && problem.isEmpty());
}

} // namespace steward
