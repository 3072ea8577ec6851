// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/teamchannel.h"

#include "models/store/database.h"
#include "models/store/storelog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace steward {

namespace {

const QString kChannel = QStringLiteral("steward_changes");
/// The sync leader's lock, one per database (a team database holds one community).
constexpr qint64 kLeaderLock = 5374657761726401;
/// Under NOTIFY's 8000 bytes, with room for the keys.
constexpr qsizetype kMaxPayload = 7000;

struct Kind
{
    const char* key;
    QSet<Id> ChangeSet::* ids;
};
constexpr Kind kKinds[] = {
    {"c", &ChangeSet::categories}, {"u", &ChangeSet::users},         {"t", &ChangeSet::topics},
    {"p", &ChangeSet::posts},      {"r", &ChangeSet::reviewables},   {"o", &ChangeSet::outbox},
    {"n", &ChangeSet::userNotes},  {"q", &ChangeSet::topicRequests},
};

} // namespace

QStringList changeNotifications(const ChangeSet& changes, qint64 sender)
{
    QStringList out;
    QJsonObject current{{QStringLiteral("s"), sender}};
    qsizetype size = 40;
    const auto flush = [&] {
        if (current.size() > 1)
            out.append(QString::fromUtf8(QJsonDocument(current).toJson(QJsonDocument::Compact)));
        current = QJsonObject{{QStringLiteral("s"), sender}};
        size = 40;
    };
    for (const Kind& kind : kKinds) {
        const QString key = QString::fromLatin1(kind.key);
        QJsonArray ids;
        for (Id id : changes.*(kind.ids)) {
            if (size + 21 > kMaxPayload) {
                if (!ids.isEmpty())
                    current.insert(key, ids);
                flush();
                ids = QJsonArray();
            }
            ids.append(id);
            size += QString::number(id).size() + 1;
        }
        if (!ids.isEmpty()) {
            current.insert(key, ids);
            size += 6;
        }
    }
    flush();
    return out;
}

bool parseChangeNotification(const QString& payload, qint64* sender, ChangeSet* changes)
{
    const QJsonObject o = QJsonDocument::fromJson(payload.toUtf8()).object();
    if (!o.value(QStringLiteral("s")).isDouble())
        return false;
    *sender = o.value(QStringLiteral("s")).toInteger();
    for (const Kind& kind : kKinds)
        for (const QJsonValue& id : o.value(QString::fromLatin1(kind.key)).toArray())
            if (id.isDouble())
                ((*changes).*(kind.ids)).insert(id.toInteger());
    return true;
}

TeamChannel::TeamChannel(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &TeamChannel::check);
    m_gather.setSingleShot(true);
    m_gather.setInterval(kGatherMs);
    connect(&m_gather, &QTimer::timeout, this, [this] {
        const ChangeSet changes = std::exchange(m_gathered, {});
        if (!changes.isEmpty())
            Q_EMIT changed(changes);
    });
}

TeamChannel::~TeamChannel()
{
    if (!m_listenName.isEmpty()) {
        {
            QSqlDatabase listen = QSqlDatabase::database(m_listenName, false);
            listen.close();
        }
        QSqlDatabase::removeDatabase(m_listenName);
    }
}

bool TeamChannel::start(QString* error)
{
    m_shared = m_database.backend() == Database::Backend::PostgreSQL;
    if (!m_shared)
        return true;
    QSqlQuery pid(m_database.connection());
    if (!pid.exec(QStringLiteral("SELECT pg_backend_pid()")) || !pid.next()) {
        if (error)
            *error = pid.lastError().text();
        return false;
    }
    m_ownProcess = pid.value(0).toLongLong();
    static std::atomic<int> counter{0};
    m_listenName = QStringLiteral("steward-listen-%1").arg(++counter);
    if (!listen(error))
        return false;
    m_retry.start();
    return true;
}

bool TeamChannel::listen(QString* error)
{
    if (QSqlDatabase::contains(m_listenName)) {
        {
            QSqlDatabase old = QSqlDatabase::database(m_listenName, false);
            old.close();
        }
        QSqlDatabase::removeDatabase(m_listenName);
    }
    QSqlDatabase listening = QSqlDatabase::cloneDatabase(m_database.connection(), m_listenName);
    if (!listening.open() || !listening.driver()->subscribeToNotification(kChannel)) {
        if (error)
            *error = QStringLiteral("cannot listen for the team's changes: %1")
                         .arg(listening.lastError().text().trimmed());
        return false;
    }
    connect(listening.driver(), &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                onNotification(name, payload);
            });
    return true;
}

void TeamChannel::check()
{
    if (!m_shared)
        return;
    QSqlQuery alive(m_database.connection());
    if (m_leader && !alive.exec(QStringLiteral("SELECT 1"))) {
        qCWarning(lcStore, "lost the team database, and with it the sync's lead: %s",
                  qPrintable(alive.lastError().text()));
        m_leader = false;
        Q_EMIT leadershipChanged(false);
    }
    const QSqlDatabase listening = QSqlDatabase::database(m_listenName, false);
    if (!listening.isOpen() || !QSqlQuery(listening).exec(QStringLiteral("SELECT 1"))) {
        QString error;
        if (listen(&error)) {
            qCInfo(lcStore, "listening to the team again");
            Q_EMIT reconnected();
        } else {
            qCWarning(lcStore, "%s", qPrintable(error));
        }
    }
    tryToLead();
}

void TeamChannel::setDisplayName(const QString& name)
{
    if (!m_shared)
        return;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT set_config('application_name', ?, false)"));
    q.addBindValue(
        QStringLiteral("%1 (%2)").arg(QCoreApplication::applicationName(), name).left(63));
    q.exec();
}

void TeamChannel::onNotification(const QString& name, const QVariant& payload)
{
    qint64 sender = 0;
    ChangeSet changes;
    if (name != kChannel || !parseChangeNotification(payload.toString(), &sender, &changes) ||
        sender == m_ownProcess || changes.isEmpty())
        return;
    m_gathered.merge(changes);
    if (!m_gather.isActive())
        m_gather.start();
}

void TeamChannel::setWantsToLead(bool wants)
{
    m_wantsToLead = wants;
    if (!m_shared) {
        if (m_leader != wants) {
            m_leader = wants;
            Q_EMIT leadershipChanged(m_leader);
        }
        return;
    }
    if (wants) {
        tryToLead();
        return;
    }
    if (m_leader) {
        QSqlQuery q(m_database.connection());
        q.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kLeaderLock));
        m_leader = false;
        Q_EMIT leadershipChanged(false);
    }
}

void TeamChannel::tryToLead()
{
    if (!m_wantsToLead || m_leader)
        return;
    QSqlQuery q(m_database.connection());
    if (q.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(kLeaderLock)) && q.next() &&
        q.value(0).toBool()) {
        m_leader = true;
        qCInfo(lcStore, "this Steward now leads the team's sync");
        Q_EMIT leadershipChanged(true);
    }
}

QString TeamChannel::leaderDescription() const
{
    if (!m_shared)
        return {};
    // objid holds the key's low 32 bits, classid its high ones.
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT a.application_name, a.pid FROM pg_locks l JOIN "
                               "pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' "
                               "AND l.granted AND l.classid = %1 AND l.objid = %2")
                    .arg(kLeaderLock >> 32)
                    .arg(kLeaderLock & 0xffffffff)) ||
        !q.next())
        return {};
    return QStringLiteral("%1 (process %2)")
        .arg(q.value(0).toString())
        .arg(q.value(1).toLongLong());
}

} // namespace steward
