// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Database on PostgreSQL: where a team database is, and connecting to it through QPSQL.
#include "models/store/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace steward {

namespace {

using Keywords = QMap<QString, QString>;

bool isUrl(const QString& location)
{
    return location.startsWith(QStringLiteral("postgresql://")) ||
           location.startsWith(QStringLiteral("postgres://"));
}

QString decoded(const QString& part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

/// libpq's URI form: postgresql://[user[:password]@][host][:port][/dbname][?keyword=value&...],
/// the host percent-encoded when it is a socket folder ("%2Frun%2Fpostgresql").
Keywords parseUrl(const QString& url)
{
    Keywords out;
    QString rest = url.mid(url.indexOf(QStringLiteral("://")) + 3);
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        for (const QString& pair : rest.mid(q + 1).split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq > 0)
                out.insert(decoded(pair.left(eq)), decoded(pair.mid(eq + 1)));
        }
        rest.truncate(q);
    }
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        if (slash + 1 < rest.size())
            out.insert(QStringLiteral("dbname"), decoded(rest.mid(slash + 1)));
        rest.truncate(slash);
    }
    if (const qsizetype at = rest.lastIndexOf(u'@'); at >= 0) {
        const QString user = rest.left(at);
        const qsizetype colon = user.indexOf(u':');
        out.insert(QStringLiteral("user"), decoded(user.left(colon)));
        if (colon >= 0)
            out.insert(QStringLiteral("password"), decoded(user.mid(colon + 1)));
        rest = rest.mid(at + 1);
    }
    // A port after the host (not inside an IPv6 address's brackets).
    if (const qsizetype colon = rest.lastIndexOf(u':');
        colon >= 0 && colon > rest.lastIndexOf(u']')) {
        out.insert(QStringLiteral("port"), rest.mid(colon + 1));
        rest.truncate(colon);
    }
    if (rest.startsWith(u'[') && rest.endsWith(u']'))
        rest = rest.mid(1, rest.size() - 2);
    if (!rest.isEmpty() && !out.contains(QStringLiteral("host")))
        out.insert(QStringLiteral("host"), decoded(rest));
    return out;
}

/// libpq's keyword form: keyword = value pairs, values optionally in single quotes with
/// backslash escapes. False when it is not that form.
bool parseKeywords(const QString& text, Keywords* out)
{
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
    };
    for (skipSpace(); i < text.size(); skipSpace()) {
        const qsizetype start = i;
        while (i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i) == u'_'))
            ++i;
        const QString keyword = text.mid(start, i - start);
        skipSpace();
        if (keyword.isEmpty() || i >= text.size() || text.at(i) != u'=')
            return false;
        ++i;
        skipSpace();
        QString value;
        if (i < text.size() && text.at(i) == u'\'') {
            for (++i; i < text.size() && text.at(i) != u'\''; ++i) {
                if (text.at(i) == u'\\' && i + 1 < text.size())
                    ++i;
                value += text.at(i);
            }
            if (i >= text.size())
                return false;
            ++i;
        } else {
            while (i < text.size() && !text.at(i).isSpace())
                value += text.at(i++);
        }
        out->insert(keyword, value);
    }
    return !out->isEmpty();
}

bool parseLocation(const QString& location, Keywords* out)
{
    if (isUrl(location)) {
        *out = parseUrl(location);
        return true;
    }
    return parseKeywords(location, out);
}

QString quoted(const QString& value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + v + u'\'';
}

} // namespace

bool Database::isServerLocation(const QString& location)
{
    if (isUrl(location))
        return true;
    static const QRegularExpression keyword(
        QStringLiteral("^\\s*(host|hostaddr|dbname|user|port|service)\\s*="));
    return keyword.match(location).hasMatch();
}

QString Database::displayLocation(const QString& location)
{
    if (isUrl(location)) {
        // Up to the last '@', where parseUrl() ends the user part too.
        static const QRegularExpression secret(QStringLiteral("^([a-z]+://[^:/@]*):[^/?]*@"));
        QString shown = location;
        shown.replace(secret, QStringLiteral("\\1:***@"));
        static const QRegularExpression param(QStringLiteral("([?&]password=)[^&]*"));
        return shown.replace(param, QStringLiteral("\\1***"));
    }
    static const QRegularExpression keyword(
        QStringLiteral("(password\\s*=\\s*)('(?:[^'\\\\]|\\\\.)*'|\\S*)"));
    QString shown = location;
    return shown.replace(keyword, QStringLiteral("\\1***"));
}

QString Database::shortName(const QString& location)
{
    if (!isServerLocation(location))
        return QFileInfo(location).completeBaseName();
    Keywords keywords;
    parseLocation(location, &keywords);
    return keywords.value(QStringLiteral("dbname"), QStringLiteral("postgresql"));
}

bool Database::openPostgres(const QString& location, const QString& password, QString* error)
{
    m_backend = Backend::PostgreSQL;
    m_path.clear();
    Keywords keywords;
    if (!parseLocation(location, &keywords)) {
        if (error)
            *error = QStringLiteral("%1 is not a PostgreSQL URL or connection string")
                         .arg(displayLocation(location));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    if (!db.isValid()) {
        if (error)
            *error = QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed");
        return false;
    }
    db.setHostName(keywords.take(QStringLiteral("host")));
    db.setDatabaseName(keywords.take(QStringLiteral("dbname")));
    db.setUserName(keywords.take(QStringLiteral("user")));
    const QString given = keywords.take(QStringLiteral("password"));
    db.setPassword(given.isEmpty() ? password : given);
    if (const QString port = keywords.take(QStringLiteral("port")); !port.isEmpty())
        db.setPort(port.toInt());
    // Every window must notice a server gone within seconds, not after TCP's minutes.
    for (const auto& [keyword, value] :
         {std::pair{"connect_timeout", "10"}, std::pair{"keepalives", "1"},
          std::pair{"keepalives_idle", "10"}, std::pair{"keepalives_interval", "5"},
          std::pair{"keepalives_count", "3"}})
        keywords.insert(QString::fromLatin1(keyword),
                        keywords.value(QString::fromLatin1(keyword), QString::fromLatin1(value)));
    keywords.insert(QStringLiteral("application_name"),
                    keywords.value(QStringLiteral("application_name"),
                                   QCoreApplication::applicationName().isEmpty()
                                       ? QStringLiteral("steward")
                                       : QCoreApplication::applicationName()));
    QStringList options;
    for (auto it = keywords.cbegin(); it != keywords.cend(); ++it) {
        // QPSQL turns every ';' of its options into a space, quoted or not.
        if (it.value().contains(u';')) {
            if (error)
                *error = QStringLiteral("%1: a connection option may not contain ';' (%2)")
                             .arg(displayLocation(location), it.key());
            return false;
        }
        options << it.key() + u'=' + quoted(it.value());
    }
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        if (error)
            *error = QStringLiteral("cannot connect to %1: %2")
                         .arg(displayLocation(location), db.lastError().text().trimmed());
        return false;
    }
    // NOTICEs ("relation already exists, skipping") are not the user's business. The queue is
    // read whole and sorted on every open: at the default 4 MB its 100,000 rows spilled to disk
    // (an external merge, 40 of its 90 ms); this session's sorts may use more.
    return exec(QStringLiteral("SET client_min_messages = warning"), error) &&
           exec(QStringLiteral("SET work_mem = '32MB'"), error);
}

} // namespace steward
