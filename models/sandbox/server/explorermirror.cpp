// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/server/explorermirror.h"

#include "models/sandbox/server/explorertables.h"
#include "models/sandbox/server/json.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimeZone>

#include <array>
#include <sqlite3.h>
#include <vector>

namespace steward::sandbox {

using explorer::kTableCount;
using explorer::Row;
using explorer::Table;

/// Per table, the fingerprint of each row by key (0: no such row). Tables keyed by dense ids
/// (posts, topics, users, ...) keep them in a vector indexed by key, up to kDenseLimit; the
/// others (ids spread out: topic_tags, reviewable_scores, tags) and larger keys in a hash.
class ExplorerMirror::Fingerprints
{
public:
    quint64 get(Table table, qint64 key) const
    {
        const Store& s = m_tables[std::size_t(table)];
        if (isDense(table, key))
            return std::size_t(key) < s.dense.size() ? s.dense[std::size_t(key)] : 0;
        return s.sparse.value(key, 0);
    }
    void set(Table table, qint64 key, quint64 fingerprint)
    {
        Store& s = m_tables[std::size_t(table)];
        if (isDense(table, key)) {
            if (std::size_t(key) >= s.dense.size())
                s.dense.resize(std::max(std::size_t(key) + 1, s.dense.size() * 3 / 2), 0);
            s.dense[std::size_t(key)] = fingerprint;
        } else {
            s.sparse.insert(key, fingerprint);
        }
    }
    /// Makes room for as many rows as other holds, so that a refresh does not grow the stores.
    void sizeLike(const Fingerprints& other)
    {
        for (std::size_t t = 0; t < m_tables.size(); ++t) {
            m_tables[t].dense.assign(other.m_tables[t].dense.size(), 0);
            m_tables[t].sparse.reserve(other.m_tables[t].sparse.size());
        }
    }
    /// Calls f(key) for every row of table.
    template <typename F> void forEachKey(Table table, F f) const
    {
        const Store& s = m_tables[std::size_t(table)];
        for (std::size_t key = 0; key < s.dense.size(); ++key)
            if (s.dense[key])
                f(qint64(key));
        for (auto it = s.sparse.cbegin(); it != s.sparse.cend(); ++it)
            f(it.key());
    }

private:
    static constexpr qint64 kDenseLimit = qint64(1) << 23;
    static bool isDense(Table table, qint64 key)
    {
        return key >= 0 && key < kDenseLimit && table != Table::TopicTags &&
               table != Table::ReviewableScores && table != Table::Tags;
    }
    struct Store
    {
        std::vector<quint64> dense;
        QHash<qint64, quint64> sparse;
    };
    std::array<Store, kTableCount> m_tables;
};

namespace {

QString lastError(sqlite3* db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

bool exec(sqlite3* db, const QByteArray& sql, QString* error)
{
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    *error = QStringLiteral("%1: %2").arg(QString::fromUtf8(sql.left(60)), lastError(db));
    return false;
}

QByteArray firstColumn(const explorer::TableDef& table)
{
    const QByteArray columns(table.columns);
    return columns.left(columns.indexOf(' '));
}

int columnCount(const explorer::TableDef& table)
{
    return int(QByteArray(table.columns).count(',')) + 1;
}

/// The RowSink of a build or a refresh: compares each offered row's fingerprint with the one
/// the database holds (none for a build), writes new and changed rows with INSERT OR REPLACE,
/// and at the end deletes the rows no longer offered.
class MirrorWriter final : public explorer::RowSink
{
public:
    MirrorWriter(sqlite3* db, const ExplorerMirror::Fingerprints* before,
                 ExplorerMirror::Fingerprints& after, const std::atomic<bool>* cancel,
                 std::atomic<qint64>* progress)
        : m_db(db)
        , m_before(before)
        , m_after(after)
        , m_cancel(cancel)
        , m_progress(progress)
    {
    }
    ~MirrorWriter() override
    {
        for (sqlite3_stmt* s : m_insert)
            sqlite3_finalize(s);
    }

    bool prepare(QString* error)
    {
        for (int t = 0; t < kTableCount; ++t) {
            const explorer::TableDef& def = explorer::tables()[std::size_t(t)];
            QByteArray sql = QByteArrayLiteral("INSERT OR REPLACE INTO ") + def.name + " VALUES (?";
            for (int i = 1; i < columnCount(def); ++i)
                sql += ",?";
            sql += ')';
            if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()),
                                   &m_insert[std::size_t(t)], nullptr) != SQLITE_OK) {
                *error = lastError(m_db);
                return false;
            }
        }
        return true;
    }

    bool wants(Table table, qint64 key, quint64 fingerprint) override
    {
        if (m_progress)
            m_progress->fetch_add(explorer::workOf(table), std::memory_order_relaxed);
        m_after.set(table, key, fingerprint);
        return m_before->get(table, key) != fingerprint;
    }

    bool write(Table table, const Row& row) override
    {
        sqlite3_stmt* s = m_insert[std::size_t(table)];
        int index = 0;
        for (const Row::Value& v : row.values()) {
            ++index;
            switch (v.kind) {
            case Row::Value::Null:
                sqlite3_bind_null(s, index);
                break;
            case Row::Value::Integer:
                sqlite3_bind_int64(s, index, v.integer);
                break;
            case Row::Value::Real:
                sqlite3_bind_double(s, index, v.real);
                break;
            case Row::Value::Text:
                bindText(s, index, v.text);
                break;
            case Row::Value::Time:
                bindText(s, index,
                         json::time(QDateTime::fromMSecsSinceEpoch(v.integer, QTimeZone::UTC))
                             .toString());
                break;
            }
        }
        const bool complete = index == columnCount(explorer::tableDef(table));
        const int rc = complete ? sqlite3_step(s) : SQLITE_MISUSE;
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        if (rc == SQLITE_DONE) {
            ++m_changes;
            return true;
        }
        m_error = complete ? lastError(m_db)
                           : QStringLiteral("a %1 row has %2 values")
                                 .arg(QLatin1StringView(explorer::tableDef(table).name))
                                 .arg(index);
        return false;
    }

    bool stopped() const override
    {
        return !m_error.isEmpty() || (m_cancel && m_cancel->load(std::memory_order_relaxed));
    }

    /// Deletes the rows the database holds that were not offered this time.
    bool deleteMissing()
    {
        for (int t = 0; t < kTableCount && m_error.isEmpty(); ++t) {
            const Table table = Table(t);
            const explorer::TableDef& def = explorer::tableDef(table);
            const QByteArray sql = QByteArrayLiteral("DELETE FROM ") + def.name + " WHERE " +
                                   firstColumn(def) + " = ?";
            sqlite3_stmt* s = nullptr;
            if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &s, nullptr) !=
                SQLITE_OK) {
                m_error = lastError(m_db);
                break;
            }
            m_before->forEachKey(table, [&](qint64 key) {
                if (!m_error.isEmpty() || m_after.get(table, key))
                    return;
                sqlite3_bind_int64(s, 1, key);
                if (sqlite3_step(s) != SQLITE_DONE)
                    m_error = lastError(m_db);
                sqlite3_reset(s);
                ++m_changes;
            });
            sqlite3_finalize(s);
        }
        return m_error.isEmpty();
    }

    QString error() const { return !m_error.isEmpty() ? m_error : QStringLiteral("cancelled"); }
    qint64 changes() const { return m_changes; }

private:
    static void bindText(sqlite3_stmt* s, int index, const QString& text)
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(s, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }

    sqlite3* m_db;
    const ExplorerMirror::Fingerprints* m_before; ///< what the database holds
    ExplorerMirror::Fingerprints& m_after;
    const std::atomic<bool>* m_cancel;
    std::atomic<qint64>* m_progress;
    std::array<sqlite3_stmt*, kTableCount> m_insert{};
    QString m_error;
    qint64 m_changes = 0;
};

} // namespace

ExplorerMirror::ExplorerMirror() = default;

ExplorerMirror::~ExplorerMirror()
{
    close();
}

void ExplorerMirror::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
    m_rows.reset();
}

bool ExplorerMirror::build(const SandboxCommunity& community, QString* error,
                           const std::atomic<bool>* cancel, std::atomic<qint64>* progress)
{
    close();
    QElapsedTimer timer;
    timer.start();
    // "": a private temporary database on disk, deleted when closed; pages beyond the cache
    // spill to disk instead of memory.
    if (sqlite3_open_v2("", &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_PRIVATECACHE,
                        nullptr) != SQLITE_OK) {
        *error = QStringLiteral("cannot open the Data Explorer mirror: %1")
                     .arg(m_db ? lastError(m_db) : QString());
        close();
        return false;
    }
    bool ok = exec(m_db, "PRAGMA journal_mode = OFF", error) &&
              exec(m_db, "PRAGMA synchronous = OFF", error) &&
              exec(m_db, "PRAGMA cache_size = -16384", error);
    for (const explorer::TableDef& t : explorer::tables())
        ok = ok && exec(m_db, QByteArrayLiteral("CREATE TABLE ") + t.name + " (" + t.columns + ")",
                        error);
    m_rows = std::make_unique<Fingerprints>();
    if (cancel) // a cancel also interrupts SQLite's own long steps (the indexes)
        sqlite3_progress_handler(
            m_db, 10000,
            [](void* flag) { return static_cast<const std::atomic<bool>*>(flag)->load() ? 1 : 0; },
            const_cast<std::atomic<bool>*>(cancel));
    // Indexes after the rows: faster than keeping them up to date row by row.
    ok = ok && update(community, error, cancel, progress) &&
         exec(m_db, "CREATE INDEX index_posts_on_topic_id ON posts (topic_id, post_number)",
              error) &&
         exec(m_db, "CREATE INDEX index_topic_tags_on_topic_id ON topic_tags (topic_id, tag_id)",
              error) &&
         exec(m_db,
              "CREATE INDEX index_user_histories_on_target_user_id ON user_histories "
              "(target_user_id, id)",
              error)
         // As Discourse's (app/models/reviewable_history.rb, reviewable_score.rb): without them a
         // reviewable's history is a scan of every history row, over 10 s on large.
         && exec(m_db,
                 "CREATE INDEX index_reviewable_histories_on_reviewable_id ON reviewable_histories "
                 "(reviewable_id)",
                 error) &&
         exec(m_db,
              "CREATE INDEX index_reviewable_scores_on_reviewable_id ON reviewable_scores "
              "(reviewable_id)",
              error) &&
         exec(m_db, "PRAGMA query_only = ON", error);
    sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    if (ok && progress)
        progress->fetch_add(explorer::indexWork(community), std::memory_order_relaxed);
    if (!ok) {
        close();
        return false;
    }
    m_buildMs = timer.elapsed();
    m_refreshChanges = 0; // counted for refreshes only
    ++m_builds;
    return true;
}

bool ExplorerMirror::refresh(const SandboxCommunity& community, QString* error)
{
    if (!m_db)
        return build(community, error);
    if (m_revision == community.revision)
        return true;
    QElapsedTimer timer;
    timer.start();
    if (!exec(m_db, "PRAGMA query_only = OFF", error) ||
        !update(community, error, nullptr, nullptr) ||
        !exec(m_db, "PRAGMA query_only = ON", error)) {
        close();
        return false;
    }
    ++m_refreshes;
    m_refreshMs = timer.elapsed();
    return true;
}

bool ExplorerMirror::update(const SandboxCommunity& community, QString* error,
                            const std::atomic<bool>* cancel, std::atomic<qint64>* progress)
{
    auto after = std::make_unique<Fingerprints>();
    after->sizeLike(*m_rows);
    MirrorWriter writer(m_db, m_rows.get(), *after, cancel, progress); // a build's m_rows is empty
    if (!writer.prepare(error) || !exec(m_db, "BEGIN", error))
        return false;
    if (!explorer::produceRows(community, writer) || !writer.deleteMissing()) {
        QString ignored;
        exec(m_db, "ROLLBACK", &ignored);
        *error = writer.error();
        return false;
    }
    if (!exec(m_db, "COMMIT", error))
        return false;
    m_rows = std::move(after);
    m_revision = community.revision;
    m_refreshChanges = writer.changes();
    return true;
}

bool ExplorerMirror::isBooleanType(const char* declaredType)
{
    return declaredType && qstricmp(declaredType, "BOOLEAN") == 0;
}

QStringList ExplorerMirror::booleanColumns(const QString& tableName)
{
    QStringList result;
    for (const explorer::TableDef& t : explorer::tables()) {
        if (tableName != QLatin1StringView(t.name))
            continue;
        for (const QString& column : QString::fromLatin1(t.columns).split(u','))
            if (column.simplified().section(u' ', 1, 1) == u"BOOLEAN")
                result << column.simplified().section(u' ', 0, 0);
    }
    return result;
}

} // namespace steward::sandbox
