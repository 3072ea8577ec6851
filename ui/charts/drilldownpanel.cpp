// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/drilldownpanel.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace steward {

DrillDownPanel::DrillDownPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_profile(new QPushButton(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("drillDown"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close the list"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &DrillDownPanel::closeRequested);
    m_profile->setText(tr("Open Profile"));
    m_profile->hide();
    connect(m_profile, &QPushButton::clicked, this, [this] {
        open(m_site.resolved(
            QUrl(QStringLiteral("/u/") + QString::fromUtf8(QUrl::toPercentEncoding(m_username)))));
    });
    m_list->setObjectName(QStringLiteral("drillDownList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Topic"), tr("Category"), tr("Created")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The category gets a fixed share: long category names left the titles ~15 characters.
    m_list->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_list->header()->resizeSection(1, fontMetrics().averageCharWidth() * 12);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        open(topicUrl(item->data(0, Qt::UserRole).toLongLong()));
    });
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(close, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_profile, 0, Qt::AlignLeft);
    layout->addWidget(m_list, 1);
}

QString DrillDownPanel::title() const
{
    return m_title->text();
}

QUrl DrillDownPanel::topicUrl(Id topic) const
{
    const QString slug = m_slugs.value(topic, QStringLiteral("topic"));
    return m_site.resolved(QUrl(QStringLiteral("/t/%1/%2")
                                    .arg(slug.isEmpty() ? QStringLiteral("topic") : slug)
                                    .arg(topic)));
}

void DrillDownPanel::open(const QUrl& url)
{
    if (m_site.isValid())
        QDesktopServices::openUrl(url);
}

void DrillDownPanel::showTopics(const QString& title, const QList<Id>& topics,
                                const analytics::Dataset& dataset)
{
    m_title->setText(tr("%1 (%n topics)", nullptr, int(topics.size())).arg(title));
    m_profile->hide();
    m_list->clear();
    m_slugs.clear();
    QList<QTreeWidgetItem*> items;
    const QLocale locale;
    for (Id id : topics) {
        const analytics::TopicFact* t = dataset.topic(id);
        if (!t)
            continue;
        const analytics::CategoryFact* c = dataset.category(t->categoryId);
        auto* item =
            new QTreeWidgetItem({t->title, c ? c->name : QString(),
                                 locale.toString(QDateTime::fromMSecsSinceEpoch(t->createdAt),
                                                 QStringLiteral("d MMM yy"))});
        item->setData(0, Qt::UserRole, id);
        item->setToolTip(
            2, locale.toString(QDateTime::fromMSecsSinceEpoch(t->createdAt), QLocale::LongFormat));
        item->setToolTip(0, t->title + u'\n' +
                                tr("Double-click or press Enter to open the topic on the site"));
        if (c)
            item->setToolTip(1, c->name);
        m_slugs.insert(id, t->slug);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    if (!items.isEmpty())
        m_list->setCurrentItem(items.first());
}

void DrillDownPanel::showUser(Id user, const QList<Id>& topics, const analytics::Dataset& dataset)
{
    const analytics::UserFact* u = dataset.user(user);
    m_username = u ? u->username : QString();
    showTopics(tr("Topics %1 wrote in").arg(m_username), topics, dataset);
    m_profile->setVisible(!m_username.isEmpty());
}

} // namespace steward
