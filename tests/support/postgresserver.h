// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A real PostgreSQL server for one test run, from Debian's postgresql package: initdb in a
// temporary folder, a Unix socket there (no TCP), stopped and deleted at the end. Run as root
// (the build root), it runs the server as the package's postgres user, which initdb requires.
#pragma once

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <unistd.h>

namespace steward::testing {

class PostgresServer
{
public:
    ~PostgresServer()
    {
        if (m_started)
            run(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"),
                 QStringLiteral("-w"), QStringLiteral("stop")});
        if (QSqlDatabase::contains(m_connection))
            QSqlDatabase::removeDatabase(m_connection);
    }

    /// Makes and starts the cluster; false with a reason when it cannot.
    bool start(QString* error)
    {
        const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                         .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        if (versions.isEmpty())
            return fail(error,
                        QStringLiteral(
                            "no /usr/lib/postgresql/*/bin: install Debian's postgresql package"));
        m_bin = QStringLiteral("/usr/lib/postgresql/%1/bin/").arg(versions.last());
        if (!m_dir.isValid())
            return fail(error, QStringLiteral("no temporary folder"));
        if (geteuid() == 0 && QProcess::execute(QStringLiteral("chown"),
                                                {QStringLiteral("postgres"), m_dir.path()}) != 0)
            return fail(error,
                        QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir.path()));
        QString out;
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-A"), QStringLiteral("trust"),
                  QStringLiteral("-U"), QStringLiteral("steward"), QStringLiteral("-E"),
                  QStringLiteral("UTF8"), QStringLiteral("--locale=C")},
                 &out))
            return fail(error, QStringLiteral("initdb failed: %1").arg(out));
        // STEWARD_PG_OPTIONS adds server settings and STEWARD_PG_LOG keeps the server's log
        // (a benchmark traced with -c log_min_duration_statement=1, docs/benchmarks.md).
        const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses= -c fsync=off %3")
                                    .arg(m_dir.path())
                                    .arg(kPort)
                                    .arg(qEnvironmentVariable("STEWARD_PG_OPTIONS"));
        const QString log =
            qEnvironmentVariable("STEWARD_PG_LOG", m_dir.filePath(QStringLiteral("server.log")));
        if (!run(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-o"), options,
                  QStringLiteral("-l"), log, QStringLiteral("-w"), QStringLiteral("start")},
                 &out))
            return fail(error, QStringLiteral("pg_ctl start failed: %1").arg(out));
        m_started = true;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        db.setHostName(m_dir.path());
        db.setPort(kPort);
        db.setUserName(QStringLiteral("steward"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open())
            return fail(error, QStringLiteral("cannot connect: %1").arg(db.lastError().text()));
        return true;
    }

    QSqlDatabase database() const { return QSqlDatabase::database(m_connection); }

    /// Creates an empty database named name and returns it as a postgresql:// URL for
    /// Database::open (the socket folder in its host parameter); empty on failure.
    QString createDatabase(const QString& name)
    {
        QSqlQuery q(database());
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            return {};
        return location(name);
    }
    QString location(const QString& name) const
    {
        // Concatenated: the encoded folder's "%2F" must not meet QString::arg.
        return QStringLiteral("postgresql://steward@/") + name + QStringLiteral("?host=") +
               QString::fromUtf8(QUrl::toPercentEncoding(m_dir.path())) + QStringLiteral("&port=") +
               QString::number(kPort);
    }

private:
    static constexpr int kPort = 54329; // names the socket file only: TCP is off

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    static bool fail(QString* error, const QString& why)
    {
        *error = why;
        return false;
    }
    bool run(const QString& tool, const QStringList& arguments, QString* output = nullptr) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        if (geteuid() == 0)
            p.start(QStringLiteral("runuser"),
                    QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                QStringLiteral("--"), m_bin + tool} +
                        arguments);
        else
            p.start(m_bin + tool, arguments);
        const bool ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit &&
                        p.exitCode() == 0;
        if (output)
            *output = QString::fromLocal8Bit(p.readAll()).right(600);
        return ok;
    }

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_connection = QStringLiteral("steward-test-postgres");
    bool m_started = false;
};

} // namespace steward::testing
