// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/emptystatepane.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace steward {

EmptyStatePane::EmptyStatePane(const QString& iconPath, QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
{
    m_icon->setPixmap(QIcon(iconPath).pixmap(64, 64));
    m_icon->setAlignment(Qt::AlignCenter);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));

    m_body->setWordWrap(true);
    m_body->setAlignment(Qt::AlignCenter);
    m_body->setForegroundRole(QPalette::PlaceholderText);
    m_body->setObjectName(QStringLiteral("emptyStateBody"));

    // A fixed-width column, centred: word-wrapped labels get their height for that width.
    auto* column = new QWidget(this);
    column->setFixedWidth(480);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_icon);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_title);
    columnLayout->addSpacing(6);
    columnLayout->addWidget(m_body);

    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void EmptyStatePane::setTexts(const QString& title, const QString& body)
{
    m_title->setText(title);
    m_body->setText(body);
}

QString EmptyStatePane::title() const
{
    return m_title->text();
}

QString EmptyStatePane::body() const
{
    return m_body->text();
}

} // namespace steward
