// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The staff action log: newest first, a page of 200 at a time, until a page reaches a row an
// earlier sync stored. Pages are offsets into a log that grows while it is read, so rows seen
// twice are written twice (an upsert) and none is skipped: a new row pushes older ones onto
// the next page, never past it.
#include "models/net/discourseclient.h"
#include "models/net/parse/parse.h"
#include "models/store/store.h"
#include "models/sync/syncengine.h"

namespace steward {

namespace {
constexpr int kStaffLogPage = 200; ///< the controller's most
} // namespace

void SyncEngine::staffLog(int page)
{
    if (page == 0) {
        m_staffLogTop = checkpoint(QStringLiteral("stafflog.max")).toLongLong();
        m_staffLogSeen.clear();
    }
    report(QStringLiteral("staff log"), page, m_staffLogPages);
    fetch(endpoints::staffActionLogs(page, kStaffLogPage), [this, page](const QJsonDocument& doc) {
        if (doc.isNull())
            return next(); // not readable with this key: counted as not fetched
        const parse::StaffActionPage answer = parse::staffActionLogs(doc.object());
        if (answer.totalRows >= 0)
            m_staffLogPages = (answer.totalRows + kStaffLogPage - 1) / kStaffLogPage;
        // The end: a page shorter than asked (counted as served, readable or not), or the
        // last page the total names. A server that serves fewer rows a page than asked ends
        // at its total, not at its first page.
        bool reachedKnown =
            answer.served == 0 ||
            (answer.totalRows >= 0 ? page + 1 >= m_staffLogPages : answer.served < kStaffLogPage);
        Id top = m_staffLogTop;
        int fresh = 0;
        for (const StaffAction& a : answer.rows) {
            reachedKnown = reachedKnown || (a.id > 0 && a.id <= m_staffLogTop);
            top = std::max(top, a.id);
            fresh += m_staffLogSeen.contains(a.id) ? 0 : 1;
            m_staffLogSeen.insert(a.id);
        }
        // A server that ignores page serves the first page again: nothing new, stop there
        // without moving the watermark (the next sync walks from the top again).
        if (page > 0 && fresh == 0 && !answer.rows.isEmpty())
            return next();
        if (!m_store.begin() || !m_store.upsertStaffActions(answer.rows))
            return failStore();
        m_summary.staffActions += int(answer.rows.size());
        if (page == 0)
            m_staffLogNewTop = top;
        // The watermark moves only once the walk met what was stored: a walk cut short
        // starts from the top again next time.
        if (reachedKnown &&
            !setCheckpoint(QStringLiteral("stafflog.max"),
                           QString::number(std::max(m_staffLogNewTop, m_staffLogTop))))
            return failStore();
        if (!commitPage())
            return;
        reachedKnown ? next() : staffLog(page + 1);
    });
}

} // namespace steward
