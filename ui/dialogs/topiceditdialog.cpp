// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/topiceditdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace steward {

TopicEditDialog::TopicEditDialog(const thread::Header& topic,
                                 const QList<topics::CategoryNode>& categories, QWidget* parent)
    : QDialog(parent)
    , m_topic(topic)
    , m_title(new QLineEdit(topic.title, this))
    , m_category(new QComboBox(this))
    , m_tags(new QLineEdit(topic.tags.join(QStringLiteral(", ")), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("topicEditDialog"));
    setWindowTitle(tr("Edit topic"));
    QHash<Id, int> depth;
    for (const topics::CategoryNode& c : categories) {
        depth.insert(c.id, c.parentId != 0 ? depth.value(c.parentId) + 1 : 0);
        m_category->addItem(QString(depth.value(c.id) * 3, u' ') + c.name, c.id);
    }
    m_category->setCurrentIndex(m_category->findData(topic.categoryId));
    m_tags->setPlaceholderText(tr("tags, separated by commas"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("Ta&gs:"), m_tags);
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &TopicEditDialog::validate);
    connect(m_tags, &QLineEdit::textChanged, this, &TopicEditDialog::validate);
    connect(m_category, &QComboBox::currentIndexChanged, this, &TopicEditDialog::validate);
    resize(520, sizeHint().height());
    validate();
}

QStringList TopicEditDialog::tags() const
{
    QStringList out;
    for (const QString& tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        const QString t = tag.trimmed().toLower().replace(u' ', u'-');
        if (!t.isEmpty() && !out.contains(t))
            out.append(t);
    }
    return out;
}

TopicChange TopicEditDialog::change() const
{
    TopicChange c;
    c.originalTitle = m_topic.title;
    c.originalTags = m_topic.tags;
    if (m_title->text().simplified() != m_topic.title)
        c.title = m_title->text().simplified();
    if (const Id category = m_category->currentData().toLongLong();
        category != 0 && category != m_topic.categoryId)
        c.categoryId = category;
    const QStringList now = tags();
    if (QSet<QString>(now.begin(), now.end()) !=
        QSet<QString>(m_topic.tags.begin(), m_topic.tags.end()))
        c.tags = now;
    return c;
}

bool TopicEditDialog::hasChange() const
{
    const TopicChange c = change();
    return c.title || c.categoryId || c.tags;
}

void TopicEditDialog::validate()
{
    // Discourse's default title limits; the server still has the last word.
    const int length = int(m_title->text().simplified().size());
    QString problem;
    if (length < 15)
        problem = tr("The title needs at least 15 characters.");
    else if (length > 255)
        problem = tr("The title can have at most 255 characters.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (auto* box = findChild<QDialogButtonBox*>())
        box->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && hasChange());
}

} // namespace steward
