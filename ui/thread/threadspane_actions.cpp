// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The thread curation pane's operations: each is stored in the outbox, undoable while it
// waits, and shown as pending in the list and the thread until the server has it.
#include "models/items/topiclistmodel.h"
#include "models/store/store.h"
#include "models/sync/outbox.h"
#include "ui/dialogs/bulkclosedialog.h"
#include "ui/dialogs/movepostsdialog.h"
#include "ui/dialogs/topiceditdialog.h"
#include "ui/thread/threadspane.h"
#include "ui/thread/threadview.h"

#include <QDateTime>
#include <QLocale>

#include <utility>

namespace steward {

bool ThreadsPane::submit(const ModerationAction& action, const QString& summary)
{
    const std::optional<Id> entry = m_outbox.submit(action);
    if (!entry)
        return false;
    m_lastBatch = {*entry};
    Q_EMIT decided(summary, 1);
    return true;
}

bool ThreadsPane::setTopicStatus(TopicFlag flag, bool enabled)
{
    const thread::Header& h = m_thread->header();
    if (h.id == 0)
        return false;
    QString summary;
    switch (flag) {
    case TopicFlag::Closed:
        summary = enabled ? tr("Closing “%1”") : tr("Reopening “%1”");
        break;
    case TopicFlag::Pinned:
        summary = enabled ? tr("Pinning “%1”") : tr("Unpinning “%1”");
        break;
    case TopicFlag::Archived:
        summary = enabled ? tr("Archiving “%1”") : tr("Unarchiving “%1”");
        break;
    case TopicFlag::Visible:
        summary = enabled ? tr("Listing “%1”") : tr("Unlisting “%1”");
        break;
    case TopicFlag::PinnedGlobally:
        return false; // not offered: a site-wide banner is the admin pages' decision
    }
    return submit(actions::setTopicStatus(h.id, flag, enabled), summary.arg(h.title));
}

bool ThreadsPane::toggleStatus(TopicFlag flag)
{
    const thread::Header& h = m_thread->header();
    const bool now = flag == TopicFlag::Closed     ? h.closed
                     : flag == TopicFlag::Pinned   ? h.pinned
                     : flag == TopicFlag::Archived ? h.archived
                                                   : h.visible;
    return setTopicStatus(flag, !now);
}

bool ThreadsPane::editTopic(const TopicChange& change)
{
    const thread::Header& h = m_thread->header();
    if (h.id == 0 || (!change.title && !change.categoryId && !change.tags))
        return false;
    return submit(actions::updateTopic(h.id, change), tr("Editing “%1”").arg(h.title));
}

bool ThreadsPane::postAction(Id postId, const QString& verb)
{
    const auto it = std::find_if(m_thread->posts().cbegin(), m_thread->posts().cend(),
                                 [&](const thread::ThreadPost& p) { return p.post.id == postId; });
    if (it == m_thread->posts().cend())
        return false;
    const int number = it->post.postNumber;
    if (verb == u"delete")
        return submit(actions::deletePost(postId), tr("Deleting post #%1").arg(number));
    if (verb == u"recover")
        return submit(actions::recoverPost(postId), tr("Recovering post #%1").arg(number));
    if (verb == u"accept")
        return submit(actions::acceptSolution(postId),
                      tr("Accepting post #%1 as the solution").arg(number));
    if (verb == u"unaccept")
        return submit(actions::unacceptSolution(postId), tr("Unaccepting post #%1").arg(number));
    return false;
}

bool ThreadsPane::movePosts(const QString& newTitle, Id categoryId, Id destinationTopicId)
{
    const QList<Id> posts = m_thread->selectedPosts();
    const Id source = m_thread->topicId();
    if (posts.isEmpty() || source == 0)
        return false;
    const QString summary =
        destinationTopicId != 0
            ? tr("Moving %n post(s) into topic %1", nullptr, int(posts.size()))
                  .arg(destinationTopicId)
            : tr("Moving %n post(s) to “%1”", nullptr, int(posts.size())).arg(newTitle);
    if (!submit(actions::movePosts(source, posts, newTitle, categoryId, destinationTopicId),
                summary))
        return false;
    m_thread->clearSelection();
    return true;
}

QDialog* ThreadsPane::openMoveDialog()
{
    const int count = int(m_thread->selectedPosts().size());
    if (count == 0)
        return nullptr;
    auto* dialog = new MovePostsDialog(m_store.database(), m_thread->topicId(),
                                       m_thread->header().categoryId, count, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->toExisting())
            movePosts(QString(), 0, dialog->destinationTopicId());
        else
            movePosts(dialog->newTitle(), dialog->categoryId());
    });
    dialog->open();
    return dialog;
}

QList<Id> ThreadsPane::staleTopics() const
{
    topics::Filter f = m_filter;
    f.view = topics::View::Stale;
    f.sort = topics::Sort::Activity;
    f.descending = false;
    return topics::ids(m_store.database(), f);
}

int ThreadsPane::bulkStatus(const QList<Id>& topicIds, TopicFlag flag)
{
    QList<Id> batch;
    for (Id id : topicIds) {
        if (const std::optional<Id> entry =
                m_outbox.submit(actions::setTopicStatus(id, flag, true)))
            batch.append(*entry);
    }
    if (batch.isEmpty())
        return 0;
    m_lastBatch = batch;
    Q_EMIT decided(flag == TopicFlag::Archived
                       ? tr("Archiving %n stale topic(s)", nullptr, int(batch.size()))
                       : tr("Closing %n stale topic(s)", nullptr, int(batch.size())),
                   int(batch.size()));
    return int(batch.size());
}

QDialog* ThreadsPane::openEditDialog()
{
    if (m_thread->header().id == 0)
        return nullptr;
    auto* dialog =
        new TopicEditDialog(m_thread->header(), topics::categoryTree(m_store.database()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { editTopic(dialog->change()); });
    dialog->open();
    return dialog;
}

QDialog* ThreadsPane::openBulkCloseDialog()
{
    const QList<Id> ids = staleTopics();
    const QHash<Id, topics::Row> rows = topics::rows(m_store.database(), ids);
    QList<BulkCloseDialog::Topic> shown;
    for (Id id : ids) {
        const topics::Row r = rows.value(id);
        shown.append({id, r.title,
                      QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.activityAt).date(),
                                         QLocale::ShortFormat)});
    }
    auto* dialog = new BulkCloseDialog(shown, m_filter.staleDays, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { bulkStatus(dialog->topicIds(), dialog->status()); });
    dialog->open();
    return dialog;
}

int ThreadsPane::undoLast()
{
    const int count = m_outbox.undo(std::exchange(m_lastBatch, {}));
    if (count > 0)
        Q_EMIT undone(count);
    return count;
}

} // namespace steward
