// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/sqldialect.h"

#include <QRegularExpression>
#include <QStringList>

namespace steward::sqldialect {

QString caseless(Database::Backend backend, const char* column)
{
    const QString name = QString::fromLatin1(column);
    return backend == Database::Backend::PostgreSQL ? QStringLiteral("lower(%1)").arg(name)
                                                    : name + QStringLiteral(" COLLATE NOCASE");
}

QString nullsAsOnSqlite(Database::Backend backend, bool descending)
{
    if (backend != Database::Backend::PostgreSQL)
        return {};
    return descending ? QStringLiteral(" NULLS LAST") : QStringLiteral(" NULLS FIRST");
}

const char* fullTextMatch(Database::Backend backend)
{
    return backend == Database::Backend::PostgreSQL ? "document @@ to_tsquery('simple', ?)"
                                                    : "post_search MATCH ?";
}

const char* queuePostSearch(Database::Backend backend)
{
    return backend == Database::Backend::PostgreSQL ? "queue_post_search" : "post_search";
}

QString fullTextQuery(Database::Backend backend, const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList words = text.split(space, Qt::SkipEmptyParts);
    if (backend != Database::Backend::PostgreSQL) {
        // Each word an FTS5 string, which the tokenizer reads as a phrase of its tokens.
        for (QString& word : words)
            word = u'"' + word.replace(u'"', QStringLiteral("\"\"")) + u'"';
        if (words.isEmpty())
            return {};
        words.last() += u'*';
        return words.join(u' ');
    }
    // The same on tsquery: a word's tokens (cut where unicode61 cuts, at anything but letters,
    // marks and digits) as a phrase, its lexemes quoted.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{M}\\p{N}]+"));
    QStringList phrases;
    for (const QString& word : words) {
        QStringList tokens = word.split(separators, Qt::SkipEmptyParts);
        for (QString& token : tokens)
            token = u'\'' + token + u'\'';
        if (!tokens.isEmpty())
            phrases.append(tokens.join(QStringLiteral(" <-> ")));
    }
    if (phrases.isEmpty())
        return {};
    phrases.last() += QStringLiteral(":*");
    return phrases.join(QStringLiteral(" & "));
}

const char* likeParameter(Database::Backend backend)
{
    return backend == Database::Backend::PostgreSQL ? "lower(?)" : "?";
}

QString containsPattern(const QString& text)
{
    QString escaped = text.trimmed();
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace steward::sqldialect
