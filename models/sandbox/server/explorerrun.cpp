// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/server/explorerrun.h"

#include "models/sandbox/server/explorermirror.h"
#include "models/sandbox/server/jsonwriter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <sqlite3.h>
#include <variant>

namespace steward::sandbox {

namespace {

const QString kValidation = QStringLiteral("DiscourseDataExplorer::ValidationError: ");

/// A parameter value after casting: SQL NULL, an integer, a double or text.
using Value = std::variant<std::monostate, qint64, double, QString>;

QString canonicalType(const QString& type)
{
    static const QHash<QString, QString> aliases{
        {QStringLiteral("integer"), QStringLiteral("int")},
        {QStringLiteral("text"), QStringLiteral("string")},
        {QStringLiteral("timestamp"), QStringLiteral("datetime")}};
    return aliases.value(type, type);
}

bool isKnownType(const QString& type)
{
    static const QStringList kTypes{
        QStringLiteral("int"),        QStringLiteral("bigint"),   QStringLiteral("boolean"),
        QStringLiteral("string"),     QStringLiteral("date"),     QStringLiteral("time"),
        QStringLiteral("datetime"),   QStringLiteral("double"),   QStringLiteral("user_id"),
        QStringLiteral("post_id"),    QStringLiteral("topic_id"), QStringLiteral("category_id"),
        QStringLiteral("group_id"),   QStringLiteral("badge_id"), QStringLiteral("int_list"),
        QStringLiteral("string_list")};
    return kTypes.contains(type);
}

bool isIntegerType(const QString& type)
{
    return type == u"int" || type == u"bigint" || type.endsWith(QStringLiteral("_id"));
}

/// Parameter#cast_to_ruby: the bound values (several for lists) or a ValidationError message.
std::variant<QList<Value>, QString> castValue(const ExplorerParam& p, const QJsonValue& sent)
{
    QString text = sent.isString()   ? sent.toString()
                   : sent.isDouble() ? QString::number(sent.toDouble(), 'g', 17)
                   : sent.isBool()   ? QString::fromLatin1(sent.toBool() ? "true" : "false")
                                     : QString();
    if (text.trimmed().isEmpty())
        text = p.defaultValue;
    if (text.trimmed().isEmpty()) {
        if (p.nullable)
            return QList<Value>{std::monostate()};
        return kValidation +
               QStringLiteral("Missing parameter %1 of type %2").arg(p.identifier, p.type);
    }
    if (text.compare(QStringLiteral("#null"), Qt::CaseInsensitive) == 0)
        return QList<Value>{std::monostate()};
    auto invalid = [&](const QString& why) -> QString {
        return kValidation + QStringLiteral("'%1' is an invalid %2 - %3").arg(text, p.type, why);
    };
    static const QRegularExpression kInteger(QStringLiteral("^-?\\d+$"));
    if (isIntegerType(p.type)) {
        bool ok = false;
        const qint64 v = text.toLongLong(&ok);
        if (!kInteger.match(text).hasMatch() || !ok)
            return invalid(QStringLiteral("Not an integer"));
        return QList<Value>{v};
    }
    if (p.type == u"int_list" || p.type == u"string_list") {
        QList<Value> values;
        for (const QString& part : text.split(u',')) {
            const QString item = part.trimmed();
            if (p.type == u"string_list") {
                values << item;
                continue;
            }
            if (!kInteger.match(item).hasMatch())
                return invalid(QStringLiteral("Not an integer"));
            values << item.toLongLong();
        }
        return values;
    }
    if (p.type == u"boolean") {
        static const QRegularExpression kTrue(QStringLiteral("t|true|y|yes|1"),
                                              QRegularExpression::CaseInsensitiveOption);
        return QList<Value>{qint64(kTrue.match(text).hasMatch() ? 1 : 0)};
    }
    if (p.type == u"double") {
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok)
            return invalid(QStringLiteral("Not a number"));
        return QList<Value>{v};
    }
    if (p.type == u"date" || p.type == u"datetime" || p.type == u"time") {
        QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!at.isValid())
            at = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), QTimeZone::UTC);
        if (!at.isValid())
            return invalid(QStringLiteral("invalid date"));
        if (at.timeSpec() == Qt::LocalTime)
            at.setTimeZone(QTimeZone::UTC); // Rails parses a zoneless time as UTC
        // Bound as the mirror stores times, so comparisons with its columns work.
        return QList<Value>{p.type == u"date" ? at.date().toString(Qt::ISODate)
                                              : at.toUTC().toString(Qt::ISODateWithMs)};
    }
    return QList<Value>{text};
}

/// strip_comments: "--" to the end of the line dropped, "/* */" replaced by a space.
QString stripComments(const QString& sql)
{
    static const QRegularExpression kBlock(QStringLiteral("/\\*.*?\\*/"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression kLine(QStringLiteral("--[^\\n]*"));
    QString out = sql;
    out.replace(kBlock, QStringLiteral(" "));
    out.replace(kLine, QString());
    return out;
}

struct Rewritten
{
    QString sql;
    QList<Value> binds; ///< ?1, ?2, ... in order
    bool undeclared = false;
};

/// Replaces ":name" markers outside string literals and quoted names (PARAM_REGEX
/// /(?<!:):([a-zA-Z_][a-zA-Z0-9_]*)/, so "::type" casts stay) by numbered binds.
Rewritten bindMarkers(const QString& sql, const QHash<QString, QList<Value>>& values)
{
    Rewritten out;
    QHash<QString, QString> placeholders;
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql[i];
        if (!quote.isNull()) {
            quote = c == quote ? QChar() : quote;
            out.sql += c;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            out.sql += c;
            continue;
        }
        const bool marker = c == u':' && (i == 0 || sql[i - 1] != u':') && i + 1 < sql.size() &&
                            (sql[i + 1].isLetter() || sql[i + 1] == u'_') &&
                            sql[i + 1].unicode() < 0x80;
        if (!marker) {
            out.sql += c;
            continue;
        }
        qsizetype end = i + 1;
        while (end < sql.size() && sql[end].unicode() < 0x80 &&
               (sql[end].isLetterOrNumber() || sql[end] == u'_'))
            ++end;
        const QString name = sql.mid(i + 1, end - i - 1);
        const auto found = values.constFind(name);
        if (found == values.cend()) {
            out.undeclared = true;
            out.sql += sql.mid(i, end - i);
        } else {
            QString& text = placeholders[name];
            if (text.isEmpty()) {
                QStringList numbers;
                for (const Value& v : *found) {
                    out.binds << v;
                    numbers << QStringLiteral("?%1").arg(out.binds.size());
                }
                text = numbers.join(QStringLiteral(", "));
            }
            out.sql += text;
        }
        i = end - 1;
    }
    return out;
}

/// SQLite's message in PostgreSQL's words, as the PG gem formats them ("PG::X: ERROR:  ...").
QString postgresMessage(const QString& message, int code, const QString& firstWord)
{
    static const QRegularExpression kColumn(QStringLiteral("^no such column: (.+)$"));
    static const QRegularExpression kTable(QStringLiteral("^no such table: (?:main\\.)?(.+)$"));
    static const QRegularExpression kFunction(QStringLiteral("^no such function: (.+)$"));
    if (code == SQLITE_INTERRUPT)
        return QStringLiteral(
            "PG::QueryCanceled: ERROR:  canceling statement due to statement timeout");
    if (code == SQLITE_READONLY || message.contains(QStringLiteral("readonly")))
        return QStringLiteral("PG::ReadOnlySqlTransaction: ERROR:  cannot execute %1 in a "
                              "read-only transaction")
            .arg(firstWord);
    if (const auto m = kColumn.match(message); m.hasMatch()) {
        const QString column = m.captured(1);
        return QStringLiteral("PG::UndefinedColumn: ERROR:  column %1 does not exist")
            .arg(column.contains(u'.') ? column : QStringLiteral("\"%1\"").arg(column));
    }
    if (const auto m = kTable.match(message); m.hasMatch())
        return QStringLiteral("PG::UndefinedTable: ERROR:  relation \"%1\" does not exist")
            .arg(m.captured(1));
    if (const auto m = kFunction.match(message); m.hasMatch())
        return QStringLiteral("PG::UndefinedFunction: ERROR:  function %1 does not exist")
            .arg(m.captured(1));
    return QStringLiteral("PG::SyntaxError: ERROR:  %1").arg(message);
}

int interruptAfterDeadline(void* deadline)
{
    const auto* d = static_cast<std::pair<QElapsedTimer, qint64>*>(deadline);
    return d->first.elapsed() > d->second ? 1 : 0;
}

QByteArray realJson(double v)
{
    QByteArray text = QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
    if (!text.contains('.') && !text.contains('e') && !text.contains('n') && !text.contains('i'))
        text += ".0"; // a PostgreSQL float, as Ruby writes it
    return text;
}

} // namespace

Reply explorerFailure(const QString& message)
{
    // Keys in the plugin's order, which QJsonObject would sort.
    JsonWriter w;
    w.beginObject()
        .key("success")
        .value(false)
        .key("errors")
        .beginArray()
        .value(message)
        .endArray()
        .endObject();
    return {422, w.take(), {}};
}

QJsonObject ExplorerParam::toJson() const
{
    return {{QStringLiteral("identifier"), identifier},
            {QStringLiteral("type"), type},
            {QStringLiteral("default"),
             hasDefault ? QJsonValue(defaultValue) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("nullable"), nullable}};
}

QList<ExplorerParam> explorerParams(const QString& sql, QString* error)
{
    static const QRegularExpression kHeader(QStringLiteral("^\\s*--\\s*\\[params\\]\\s*$"));
    static const QRegularExpression kLine(
        QStringLiteral("^\\s*--\\s*([a-zA-Z_ ]+)\\s*:([a-z_]+)\\s*(?:=\\s+(.*)\\s*)?$"));
    static const QRegularExpression kBlank(QStringLiteral("^\\s+$"));
    static const QRegularExpression kNullable(QStringLiteral("^(null)?(.*?)(null)?$"),
                                              QRegularExpression::CaseInsensitiveOption);
    QList<ExplorerParam> result;
    bool inParams = false;
    for (QString line : sql.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (!inParams) {
            inParams = kHeader.match(line).hasMatch();
            continue;
        }
        const QRegularExpressionMatch m = kLine.match(line);
        if (!m.hasMatch()) {
            if (kBlank.match(line).hasMatch())
                continue;
            break;
        }
        ExplorerParam p;
        const QRegularExpressionMatch typeMatch = kNullable.match(m.captured(1));
        p.nullable = typeMatch.hasCaptured(1) || typeMatch.hasCaptured(3);
        p.type = canonicalType(typeMatch.captured(2).trimmed());
        p.identifier = m.captured(2);
        p.hasDefault = m.hasCaptured(3);
        p.defaultValue = m.captured(3);
        if (!isKnownType(p.type)) {
            if (error && error->isEmpty())
                *error =
                    kValidation +
                    QStringLiteral("Unknown parameter type '%1' for %2").arg(p.type, p.identifier);
            continue;
        }
        result << p;
    }
    return result;
}

Reply runExplorerQuery(sqlite3* db, const QString& sql, const QJsonObject& params, int limit,
                       int timeoutMs)
{
    if (sql.contains(u';'))
        return explorerFailure(kValidation +
                               QStringLiteral("Remove the semicolons (;) from the query."));
    QString error;
    const QList<ExplorerParam> declared = explorerParams(sql, &error);
    if (!error.isEmpty())
        return explorerFailure(error);
    QHash<QString, QList<Value>> values;
    for (const ExplorerParam& p : declared) {
        auto cast = castValue(p, params.value(p.identifier));
        if (const QString* message = std::get_if<QString>(&cast))
            return explorerFailure(*message);
        values.insert(p.identifier, std::get<QList<Value>>(cast));
    }
    const Rewritten query = bindMarkers(stripComments(sql), values);
    if (query.undeclared)
        return explorerFailure(
            QStringLiteral("PG::SyntaxError: ERROR:  syntax error at or near \":\""));
    static const QRegularExpression kFirstWord(QStringLiteral("^[\\s(]*([A-Za-z]+)"));
    const QString firstWord = kFirstWord.match(query.sql).captured(1).toUpper();
    // PostgreSQL accepts a data-modifying statement inside WITH, then refuses it read-only.
    if (firstWord == u"INSERT" || firstWord == u"UPDATE" || firstWord == u"DELETE")
        return explorerFailure(postgresMessage(QString(), SQLITE_READONLY, firstWord));
    const QByteArray wrapped =
        QStringLiteral("WITH query AS (\n%1\n) SELECT * FROM query\nLIMIT %2")
            .arg(query.sql)
            .arg(limit)
            .toUtf8();

    std::pair<QElapsedTimer, qint64> deadline{QElapsedTimer(), timeoutMs};
    deadline.first.start();
    sqlite3_progress_handler(db, 1000, interruptAfterDeadline, &deadline);
    struct Cleanup
    {
        sqlite3* db;
        sqlite3_stmt* statement = nullptr;
        ~Cleanup()
        {
            sqlite3_finalize(statement);
            sqlite3_progress_handler(db, 0, nullptr, nullptr);
        }
    } cleanup{db};
    auto sqliteFailure = [&](int code) {
        return explorerFailure(
            postgresMessage(QString::fromUtf8(sqlite3_errmsg(db)), code, firstWord));
    };
    if (const int rc = sqlite3_prepare_v2(db, wrapped.constData(), int(wrapped.size()),
                                          &cleanup.statement, nullptr);
        rc != SQLITE_OK)
        return sqliteFailure(rc);
    sqlite3_stmt* statement = cleanup.statement;
    for (qsizetype i = 0; i < query.binds.size(); ++i) {
        const Value& v = query.binds[i];
        const int index = int(i + 1);
        if (const auto* n = std::get_if<qint64>(&v))
            sqlite3_bind_int64(statement, index, *n);
        else if (const auto* d = std::get_if<double>(&v))
            sqlite3_bind_double(statement, index, *d);
        else if (const auto* s = std::get_if<QString>(&v)) {
            const QByteArray utf8 = s->toUtf8();
            sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()),
                              SQLITE_TRANSIENT);
        } else
            sqlite3_bind_null(statement, index);
    }
    const int columnCount = sqlite3_column_count(statement);
    std::vector<bool> boolean(std::size_t(columnCount), false);
    QJsonArray columns;
    for (int c = 0; c < columnCount; ++c) {
        columns.append(QString::fromUtf8(sqlite3_column_name(statement, c)));
        boolean[std::size_t(c)] =
            ExplorerMirror::isBooleanType(sqlite3_column_decltype(statement, c));
    }
    JsonWriter rows;
    rows.beginArray();
    int count = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        ++count;
        rows.beginArray();
        for (int c = 0; c < columnCount; ++c) {
            switch (sqlite3_column_type(statement, c)) {
            case SQLITE_INTEGER:
                if (boolean[std::size_t(c)])
                    rows.value(sqlite3_column_int64(statement, c) != 0);
                else
                    rows.value(qint64(sqlite3_column_int64(statement, c)));
                break;
            case SQLITE_FLOAT:
                rows.rawValue(realJson(sqlite3_column_double(statement, c)));
                break;
            case SQLITE_NULL:
                rows.null();
                break;
            default:
                rows.value(QString::fromUtf8(
                    reinterpret_cast<const char*>(sqlite3_column_text(statement, c)),
                    sqlite3_column_bytes(statement, c)));
            }
        }
        rows.endArray();
    }
    if (rc != SQLITE_DONE)
        return sqliteFailure(rc);
    rows.endArray();
    const double ms = double(deadline.first.nsecsElapsed()) / 1e6;

    JsonWriter w;
    w.beginObject();
    w.key("success").value(true);
    w.key("errors").beginArray().endArray();
    w.key("duration").rawValue(QByteArray::number(ms, 'f', 1));
    w.key("result_count").value(count);
    w.key("params").value(QJsonValue(params));
    w.key("columns").value(QJsonValue(columns));
    w.key("default_limit").value(1000);
    w.key("relations").beginObject().endObject();
    w.key("colrender").beginObject().endObject();
    w.key("rows").rawValue(rows.take());
    w.endObject();
    return {200, w.take(), {}};
}

} // namespace steward::sandbox
