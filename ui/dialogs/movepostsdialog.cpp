// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/movepostsdialog.h"

#include "models/store/threadqueries.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>

namespace steward {

MovePostsDialog::MovePostsDialog(const Database& db, Id sourceTopicId, Id sourceCategoryId,
                                 int postCount, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_source(sourceTopicId)
    , m_new(new QRadioButton(tr("To a &new topic"), this))
    , m_existing(new QRadioButton(tr("To an &existing topic"), this))
    , m_title(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_destination(new QLineEdit(this))
    , m_destinationName(new QLabel(this))
{
    setObjectName(QStringLiteral("movePostsDialog"));
    setWindowTitle(tr("Move %n post(s)", nullptr, postCount));
    QHash<Id, int> depth;
    for (const topics::CategoryNode& c : topics::categoryTree(db)) {
        depth.insert(c.id, c.parentId != 0 ? depth.value(c.parentId) + 1 : 0);
        m_category->addItem(QString(depth.value(c.id) * 3, u' ') + c.name, c.id);
    }
    m_category->setCurrentIndex(std::max(0, m_category->findData(sourceCategoryId)));
    m_title->setPlaceholderText(tr("Title of the new topic"));
    m_destination->setPlaceholderText(tr("Topic number or its address, e.g. /t/slug/123"));
    m_destinationName->setWordWrap(true);
    m_new->setChecked(true);
    auto* form = new QFormLayout(this);
    form->addRow(m_new);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(m_existing);
    form->addRow(tr("&Topic:"), m_destination);
    form->addRow(m_destinationName);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_title, m_destination})
        connect(edit, &QLineEdit::textChanged, this, &MovePostsDialog::validate);
    connect(m_existing, &QRadioButton::toggled, this, &MovePostsDialog::validate);
    resize(520, sizeHint().height());
    validate();
}

bool MovePostsDialog::toExisting() const
{
    return m_existing->isChecked();
}
QString MovePostsDialog::newTitle() const
{
    return m_title->text().simplified();
}
Id MovePostsDialog::categoryId() const
{
    return m_category->currentData().toLongLong();
}

Id MovePostsDialog::destinationTopicId() const
{
    const QString text = m_destination->text().trimmed();
    // "/t/slug/123", "/t/slug/123/4" (a post of it), or "123".
    static const QRegularExpression path(QStringLiteral("/t/[^/]+/(\\d+)"));
    const QRegularExpressionMatch m = path.match(text);
    const Id id = m.hasMatch() ? m.captured(1).toLongLong() : (text.toLongLong());
    if (id == 0 || id == m_source || !thread::header(m_db, id))
        return 0;
    return id;
}

void MovePostsDialog::validate()
{
    m_title->setEnabled(!toExisting());
    m_category->setEnabled(!toExisting());
    m_destination->setEnabled(toExisting());
    bool ok = false;
    if (toExisting()) {
        const Id id = destinationTopicId();
        const auto h = id != 0 ? thread::header(m_db, id) : std::nullopt;
        m_destinationName->setText(h ? tr("Into: %1").arg(h->title)
                                   : m_destination->text().trimmed().isEmpty()
                                       ? QString()
                                       : tr("No such topic in the local copy"));
        ok = h.has_value();
    } else {
        m_destinationName->clear();
        ok = newTitle().size() >= 15;
    }
    if (auto* box = findChild<QDialogButtonBox*>())
        box->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace steward
