// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace steward {

/// A centred icon, title and explanation shown where a view has nothing to show yet.
class EmptyStatePane : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStatePane(const QString& iconPath, QWidget* parent = nullptr);

    void setTexts(const QString& title, const QString& body);
    QString title() const;
    QString body() const;

private:
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_body;
};

} // namespace steward
