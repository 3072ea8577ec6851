// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The queue pane's decisions: verbs and server actions on the selection, claims, suspend
// and silence, conflicts re-applied or discarded, and undo. All go through the outbox.
#include "models/items/queuefiltermodel.h"
#include "models/items/queuemodel.h"
#include "models/present/actionnames.h"
#include "models/store/reviewqueries.h"
#include "models/store/store.h"
#include "models/sync/outbox.h"
#include "ui/dialogs/penaltydialog.h"
#include "ui/queue/itemdetailview.h"
#include "ui/queue/queuepane.h"

#include <algorithm>
#include <utility>

namespace steward {

QString QueuePane::openDecisionText(Id item) const
{
    const QList<OutboxEntry> open = m_outbox.entries().openOn({ActionKind::ReviewPerform}, item);
    if (open.isEmpty())
        return {};
    if (open.first().actor == m_outbox.actor())
        return tr("Your decision on this item is already on its way");
    return tr("%1 has already decided on this item; their Steward sends it")
        .arg(open.first().actor);
}

void QueuePane::noteIfDecidedElsewhere(Id before, bool wasPending)
{
    // Shown as decided already: it may leave with a filter change, and nothing was missed.
    if (!wasPending)
        return;
    // Still listed: the moderator moved on. Still pending in the store: a filter changed.
    const int sourceRow = m_model->rowOf(before);
    if (sourceRow >= 0 && m_filter->mapFromSource(m_model->index(sourceRow, 0)).isValid())
        return;
    const std::optional<Reviewable> item = reviewqueries::reviewable(m_store.database(), before);
    if (item && item->isPending())
        return;
    m_replaced.start();
    Q_EMIT notice(tr("The item you were reading was decided elsewhere; the next one is shown"));
}

bool QueuePane::refuseJustReplaced()
{
    if (!m_replaced.isValid() || m_replaced.elapsed() >= kReplacedHoldMs)
        return false;
    Q_EMIT refused(tr("Not decided: the item you were reading was just decided elsewhere, and "
                      "this is the next one"));
    return true;
}

int QueuePane::perform(QueueVerb verb)
{
    if (refuseJustReplaced())
        return 0;
    QList<Id> entries;
    QString what;
    QString openText; // the first item skipped for an open decision on it
    const auto open = reviewqueries::openDecisions(m_store.database());
    for (Id id : selectedIds()) {
        const std::optional<Reviewable> item = reviewqueries::reviewable(m_store.database(), id);
        if (item && item->isPending() && open.contains(id) && openText.isEmpty())
            openText = openDecisionText(id);
        if (!item || !item->isPending() || open.contains(id))
            continue;
        const std::optional<ReviewableAction> action = actionForVerb(*item, verb);
        if (!action)
            continue;
        if (const std::optional<Id> entry =
                m_outbox.submit(actions::performReview(id, action->performId(), item->version))) {
            entries.append(*entry);
            m_decidedHere.insert(id);
            what = actionName(*action);
        }
    }
    if (entries.isEmpty()) {
        Q_EMIT refused(!openText.isEmpty()
                           ? openText
                           : tr("The selected items do not offer that decision, or are not "
                                "pending"));
        return 0;
    }
    m_lastBatch = entries;
    Q_EMIT decided(
        entries.size() == 1
            ? tr("%1: item sent in a few seconds").arg(what)
            : tr("%1: %n items sent in a few seconds", nullptr, int(entries.size())).arg(what),
        int(entries.size()));
    if (entries.size() == 1)
        next();
    return int(entries.size());
}

bool QueuePane::performAction(const QString& performId)
{
    const std::optional<Reviewable> item =
        reviewqueries::reviewable(m_store.database(), currentId());
    if (!item || !item->isPending() || !item->action(performId) || refuseJustReplaced())
        return false;
    // One open decision on an item at a time, this moderator's or a colleague's (the store
    // enforces it on a team database; here it is said why).
    if (const QString open = openDecisionText(item->id); !open.isEmpty()) {
        Q_EMIT refused(open);
        return false;
    }
    const std::optional<Id> entry =
        m_outbox.submit(actions::performReview(item->id, performId, item->version));
    if (!entry) {
        const QString open = openDecisionText(item->id);
        Q_EMIT refused(
            !open.isEmpty()
                ? open
                : tr("The decision could not be stored: %1").arg(m_outbox.entries().lastError()));
        return false;
    }
    m_lastBatch = {*entry};
    m_decidedHere.insert(item->id);
    Q_EMIT decided(tr("%1: item sent in a few seconds").arg(item->action(performId)->label), 1);
    return true;
}

int QueuePane::toggleClaim()
{
    QList<const QueueRow*> rows;
    for (Id id : selectedIds())
        if (const QueueRow* row = m_model->rowData(m_model->rowOf(id)); row && row->topicId != 0)
            rows.append(row);
    const bool allClaimed =
        !rows.isEmpty() && std::all_of(rows.cbegin(), rows.cend(),
                                       [](const QueueRow* r) { return r->claimedById != 0; });
    QList<Id> entries;
    for (const QueueRow* row : rows)
        if (const std::optional<Id> entry =
                m_outbox.submit(allClaimed ? actions::unclaimTopic(row->topicId)
                                           : actions::claimTopic(row->topicId)))
            entries.append(*entry);
    if (!entries.isEmpty()) {
        m_lastBatch = entries;
        Q_EMIT decided(allClaimed ? tr("Unclaimed: %n", nullptr, int(entries.size()))
                                  : tr("Claimed: %n", nullptr, int(entries.size())),
                       int(entries.size()));
    }
    return int(entries.size());
}

bool QueuePane::penaliseAuthors(bool suspend)
{
    QList<Id> users;
    QStringList names;
    for (Id id : selectedIds()) {
        const QueueRow* row = m_model->rowData(m_model->rowOf(id));
        if (!row || row->authorId <= 0 || users.contains(row->authorId))
            continue;
        users.append(row->authorId);
        names.append(reviewqueries::username(m_store.database(), row->authorId));
    }
    if (users.isEmpty())
        return false;
    auto* dialog = new PenaltyDialog(
        suspend ? PenaltyDialog::Kind::Suspend : PenaltyDialog::Kind::Silence, names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, users, names, suspend] {
        const QDateTime until = dialog->until();
        QList<Id> entries;
        for (Id user : users) {
            const ModerationAction action =
                suspend ? actions::suspendUser(user, until, dialog->reason(), dialog->message())
                        : actions::silenceUser(user, until, dialog->reason(), dialog->message());
            if (const std::optional<Id> entry = m_outbox.submit(action))
                entries.append(*entry);
        }
        if (entries.isEmpty())
            return;
        m_lastBatch = entries;
        const QString who =
            names.size() == 1 ? names.first() : tr("%n users", nullptr, int(names.size()));
        Q_EMIT decided(suspend ? tr("Suspending %1").arg(who) : tr("Silencing %1").arg(who),
                       int(entries.size()));
    });
    dialog->open();
    return true;
}

std::optional<OutboxEntry> QueuePane::shownProblem() const
{
    return m_outbox.problemFor(ActionKind::ReviewPerform, m_detail->itemId());
}

void QueuePane::updateProblem()
{
    const std::optional<OutboxEntry> problem = shownProblem();
    if (!problem) {
        m_detail->showProblem(QString(), false);
        return;
    }
    const QString action = problem->params.value(QStringLiteral("action")).toString();
    const std::optional<ReviewableAction> known = m_detail->item().action(action);
    const QString what = known ? actionName(*known) : action;
    const QString text =
        problem->state == OutboxState::Conflict
            ? tr("Your decision \u201c%1\u201d was not applied: someone changed the item first. It "
                 "is now %2 on the server.")
                  .arg(what, QueueModel::statusLabel(m_detail->item().status))
            : tr("Your decision \u201c%1\u201d failed: %2").arg(what, problem->error);
    m_detail->showProblem(text, m_outbox.canReapply(problem->id));
}

bool QueuePane::reapplyProblem()
{
    const std::optional<OutboxEntry> problem = shownProblem();
    const std::optional<Id> entry = problem ? m_outbox.reapply(problem->id) : std::nullopt;
    if (entry) {
        m_lastBatch = {*entry};
        m_decidedHere.insert(problem->targetId);
        Q_EMIT decided(tr("Sending again in a few seconds"), 1);
    }
    updateProblem();
    return entry.has_value();
}

bool QueuePane::discardProblem()
{
    const std::optional<OutboxEntry> problem = shownProblem();
    const bool done = problem && m_outbox.discard(problem->id);
    if (done)
        m_decidedHere.insert(problem->targetId);
    updateProblem();
    return done;
}

int QueuePane::undoLast()
{
    const QList<Id> batch = std::exchange(m_lastBatch, {});
    const int count = m_outbox.undo(batch);
    if (count == 0)
        return 0;
    // Back to the item undone (the first of a batch that had not left yet), as the moderator
    // left it.
    Id back = 0;
    for (Id entry : batch)
        if (const auto e = m_outbox.entries().entry(entry);
            e && e->state == OutboxState::Cancelled && e->kind == ActionKind::ReviewPerform) {
            m_decidedHere.remove(e->targetId);
            back = back ? back : e->targetId;
        }
    if (back)
        selectItem(back);
    Q_EMIT undone(count);
    return count;
}

} // namespace steward
