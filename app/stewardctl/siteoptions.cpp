// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/stewardctl/siteoptions.h"

#include "app/common/keychain.h"
#include "app/stewardctl/exitcodes.h"
#include "models/domain/clock.h"
#include "models/net/discourseclient.h"
#include "models/store/database.h"
#include "models/sync/usermessages.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTextStream>

namespace steward::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(stewardctl)
};

/// For the suites that run stewardctl itself (tst_hostile, tst_synckill):
/// STEWARD_TEST_VIRTUAL_CLOCK=1 puts the client on an auto-advancing VirtualClock. Every wait
/// the sync makes on its own (429 pauses, retry backoff, Data Explorer spacing) is kept, in
/// order and in the counts the server sees, but passes at once; network deadlines stay real.
Clock* clockFromEnvironment()
{
    if (qEnvironmentVariableIntValue("STEWARD_TEST_VIRTUAL_CLOCK") != 1)
        return Clock::system();
    static VirtualClock* clock = [] {
        auto* c = new VirtualClock(QDateTime::currentDateTimeUtc(), QCoreApplication::instance());
        c->setAutoAdvance(true);
        return c;
    }();
    return clock;
}

int fail(const QString& command, const QString& message, int code)
{
    QTextStream(stderr) << QStringLiteral("stewardctl %1: ").arg(command) << message << Qt::endl;
    return code;
}

} // namespace

SiteOptions::SiteOptions(QCommandLineParser& parser)
    : m_parser(parser)
    , m_url(QStringLiteral("url"), Text::tr("Base URL of the community (https://...)."),
            QStringLiteral("URL"))
    , m_user(QStringLiteral("api-username"), Text::tr("The staff user to act as."),
             QStringLiteral("NAME"))
    , m_db(QStringLiteral("db"),
           Text::tr("The database: a file (created if missing), or a PostgreSQL team database as a "
                    "postgresql:// URL or a libpq connection string; its password from the URL, "
                    "PGPASSWORD or ~/.pgpass."),
           QStringLiteral("PATH"))
    , m_rate(
          QStringLiteral("rate-limit"),
          Text::tr(
              "Requests per minute the account may make (Discourse's default: 60; 0: no limit)."),
          QStringLiteral("N"), QStringLiteral("60"))
    , m_timeout(QStringLiteral("timeout"),
                Text::tr("Seconds a request may go without receiving data before it is retried "
                         "(default: 30)."),
                QStringLiteral("SECONDS"), QStringLiteral("30"))
    , m_maxWait(QStringLiteral("max-wait"),
                Text::tr("Longest pause a rate-limited (429) server may ask for before the command "
                         "gives up (default: 600)."),
                QStringLiteral("SECONDS"), QStringLiteral("600"))
    , m_caFile(QStringLiteral("ca-file"),
               Text::tr("Also trust the certificate authorities in this PEM file (a community "
                        "behind a private CA)."),
               QStringLiteral("PATH"))
{
    parser.addOptions({m_url, m_user, m_db, m_rate, m_timeout, m_maxWait, m_caFile});
}

bool SiteOptions::configure(DiscourseClient& client, const QString& command, int* exitCode) const
{
    bool timeoutOk = false;
    bool waitOk = false;
    const int timeout = m_parser.value(m_timeout).toInt(&timeoutOk);
    const int maxWait = m_parser.value(m_maxWait).toInt(&waitOk);
    if (!timeoutOk || timeout < 1 || timeout > 3600) {
        *exitCode = fail(command, Text::tr("--timeout needs a number of seconds from 1 to 3600"),
                         ExitUsage);
        return false;
    }
    if (!waitOk || maxWait < 0 || maxWait > 86400) {
        *exitCode = fail(command, Text::tr("--max-wait needs a number of seconds from 0 to 86400"),
                         ExitUsage);
        return false;
    }
    if (m_parser.isSet(m_caFile)) {
        const QList<QSslCertificate> authorities =
            QSslCertificate::fromPath(m_parser.value(m_caFile), QSsl::Pem);
        if (authorities.isEmpty()) {
            *exitCode =
                fail(command,
                     Text::tr("--ca-file: no PEM certificate in %1").arg(m_parser.value(m_caFile)),
                     ExitUsage);
            return false;
        }
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(authorities);
        QSslConfiguration::setDefaultConfiguration(ssl);
    }
    client.setClock(clockFromEnvironment());
    client.setTimeoutMs(timeout * 1000);
    client.setRateLimitBounds(maxWait, DiscourseClient::kDefaultMaxRateLimitedInARow);
    return true;
}

std::optional<SiteConnection> SiteOptions::site(const QString& command, int* exitCode) const
{
    if (!m_parser.isSet(m_url) || !m_parser.isSet(m_user) || !m_parser.isSet(m_db)) {
        *exitCode =
            fail(command, Text::tr("--url, --api-username and --db are required"), ExitUsage);
        return std::nullopt;
    }
    bool rateOk = false;
    const int perMinute = m_parser.value(m_rate).toInt(&rateOk);
    if (!rateOk || perMinute < 0) {
        *exitCode = fail(command, Text::tr("--rate-limit needs a number of requests per minute"),
                         ExitUsage);
        return std::nullopt;
    }
    SiteConnection site{QUrl(m_parser.value(m_url)), m_parser.value(m_user),
                        qEnvironmentVariable("STEWARD_API_KEY"), perMinute};
    if (!site.baseUrl.isValid() || site.baseUrl.host().isEmpty()) {
        *exitCode =
            fail(command, Text::tr("'%1' is not a URL").arg(m_parser.value(m_url)), ExitUsage);
        return std::nullopt;
    }
    if (!isAllowedBaseUrl(site.baseUrl)) {
        *exitCode = fail(
            command,
            Text::tr(
                "refusing to send an API key to %1: use https:// (plain http only to this machine)")
                .arg(site.baseUrl.toDisplayString()),
            ExitUsage);
        return std::nullopt;
    }
    if (site.apiKey.isEmpty()) {
        QString why;
        const std::optional<QString> key = readApiKey(site.baseUrl, site.apiUsername, &why);
        if (!key || key->isEmpty()) {
            *exitCode = fail(
                command,
                Text::tr(
                    "no API key: set STEWARD_API_KEY or add the account in Steward (keychain: %1)")
                    .arg(why),
                ExitUsage);
            return std::nullopt;
        }
        site.apiKey = *key;
    }
    return site;
}

bool SiteOptions::openDatabase(Database& database, const QString& command, int* exitCode) const
{
    QString error;
    if (database.open(m_parser.value(m_db), &error))
        return true;
    *exitCode = fail(command, error, ExitIo);
    return false;
}

int exitCodeFor(const ApiError& error)
{
    switch (error.kind) {
    case ApiErrorKind::Forbidden:
        return ExitAuth;
    case ApiErrorKind::Network:
    case ApiErrorKind::Timeout:
    case ApiErrorKind::Tls:
        return ExitNetwork;
    case ApiErrorKind::InsecureUrl:
        return ExitUsage;
    default:
        return ExitServer;
    }
}

QString explain(const ApiError& error)
{
    return messages::apiError(error);
}

} // namespace steward::cli
