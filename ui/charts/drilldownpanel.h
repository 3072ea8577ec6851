// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/analytics/dataset.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace steward {

/// What lies behind a clicked chart element: a list of topics (title, category, created, and
/// their first response), or a user with the topics they wrote in. Activating a row (double
/// click, Enter) opens the topic on the community's site; the user's profile opens likewise.
class DrillDownPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DrillDownPanel(QWidget* parent = nullptr);

    void setSite(const QUrl& site) { m_site = site; }
    void showTopics(const QString& title, const QList<Id>& topics,
                    const analytics::Dataset& dataset);
    void showUser(Id user, const QList<Id>& topics, const analytics::Dataset& dataset);
    QString title() const;
    QTreeWidget* list() const { return m_list; }
    QUrl topicUrl(Id topic) const;

Q_SIGNALS:
    void closeRequested();

private:
    void open(const QUrl& url);

    QUrl m_site;
    QLabel* m_title;
    QPushButton* m_profile;
    QTreeWidget* m_list;
    QString m_username;
    QHash<Id, QString> m_slugs;
};

} // namespace steward
