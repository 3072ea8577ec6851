// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/communitysession.h"

#include "models/net/discourseclient.h"
#include "models/store/database.h"
#include "models/store/store.h"
#include "models/store/teamchannel.h"
#include "models/sync/caseservice.h"
#include "models/sync/outbox.h"
#include "models/sync/syncengine.h"
#include "models/sync/usernotesservice.h"

#include <QNetworkAccessManager>

namespace steward {

CommunitySession::CommunitySession(QObject* parent)
    : QObject(parent)
{
}

CommunitySession::~CommunitySession()
{
    // Users of the store first, the connection last.
    m_cases.reset();
    m_notes.reset();
    m_outbox.reset();
    m_sync.reset();
    m_client.reset();
    m_team.reset();
    m_store.reset();
    m_database.reset();
}

bool CommunitySession::open(const SiteConnection& site, const QString& dbPath, QString* error,
                            const QString& dbPassword)
{
    m_database = std::make_unique<Database>();
    // A restart after a clean exit opens at once; after a crash the copy is checked first.
    if (!m_database->open(dbPath, error, Database::Integrity::CheckUnlessClosedCleanly, dbPassword))
        return false;
    m_store = std::make_unique<Store>(*m_database);
    m_team = std::make_unique<TeamChannel>(*m_database);
    if (!m_team->start(error))
        return false;
    connect(m_team.get(), &TeamChannel::changed, m_store.get(), &Store::changed);
    // A process killed during the first walk over all posts left their indexes dropped; the
    // window's readers need them until the sync resumes the walk (and drops them again).
    // On a team database the leader may be in its first walk right now: it builds them when
    // it is done, and building them here would block its writes.
    if (!m_team->isShared() && !m_store->hasPostIndexes() && !m_store->createPostIndexes()) {
        if (error)
            *error = m_store->lastError();
        return false;
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<DiscourseClient>(site, m_network.get());
    m_client->setClock(m_clock);
    m_sync = std::make_unique<SyncEngine>(*m_client, *m_store);
    // Moved posts' topics are read again by whoever syncs: this Steward, or the team's leader.
    m_sync->serveTopicRequests(*m_team);
    m_outbox = std::make_unique<Outbox>(*m_client, *m_store, site.apiUsername);
    // Every moderator's decisions share a team database's outbox; each Steward sends its own.
    // A decision another window of this moderator left "sending" is taken over once that
    // window's connection is gone, without waiting for this one to be opened again.
    if (m_team->isShared()) {
        m_outbox->entries().setSendingActor(site.apiUsername);
        m_outbox->setOrphanCheckMs(kOrphanCheckMs);
    }
    m_notes = std::make_unique<UserNotesService>(*m_client, *m_store, *m_outbox, site.apiUsername);
    m_cases = std::make_unique<CaseService>(*m_database, m_network.get());
    m_cases->setOutbox(m_outbox.get());
    m_cases->recover();
    if (m_name.isEmpty())
        m_name = site.baseUrl.host();
    m_outbox->recover();
    m_team->setDisplayName(site.apiUsername);
    m_team->setWantsToLead(true);
    return true;
}

} // namespace steward
