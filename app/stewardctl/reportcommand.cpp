// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/stewardctl/reportcommand.h"

#include "app/common/logging.h"
#include "app/stewardctl/exitcodes.h"
#include "models/analytics/report.h"
#include "models/analytics/reportexport.h"
#include "models/store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

namespace steward::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(stewardctl)
};

int fail(int code, const QString& message)
{
    QTextStream(stderr) << QStringLiteral("stewardctl report: ") << message << Qt::endl;
    return code;
}

/// stewardctl report's options; the parser holds them too.
struct ReportOptions
{
    QCommandLineOption verbose;
    QCommandLineOption db;
    QCommandLineOption from;
    QCommandLineOption to;
    QCommandLineOption category;
    QCommandLineOption definition;
    QCommandLineOption granularity;
    QCommandLineOption zone;
    QCommandLineOption top;
    QCommandLineOption format;
    QCommandLineOption out;
};

ReportOptions addReportOptions(QCommandLineParser& parser)
{
    using namespace analytics;
    parser.setApplicationDescription(
        Text::tr("Compute KPIs from a synced database, as JSON or CSV. NAME is one of %1, or all. "
                 "Every output carries its parameters and the definitions of its KPIs (see "
                 "docs/metrics.md).")
            .arg(sectionNames().join(QStringLiteral(", "))));
    parser.addHelpOption();
    const QCommandLineOption verbose = addVerboseOption(parser);
    parser.addPositionalArgument(QStringLiteral("name"), Text::tr("The report, or all."));
    ReportOptions o{
        verbose,
        QCommandLineOption(QStringLiteral("db"), Text::tr("The database stewardctl sync wrote."),
                           QStringLiteral("PATH")),
        QCommandLineOption(QStringLiteral("from"),
                           Text::tr("First day, YYYY-MM-DD (default: 30 days before --to)."),
                           QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("to"), Text::tr("Last day, YYYY-MM-DD (default: today)."),
                           QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("category"),
                           Text::tr("Only this category and those below it."),
                           QStringLiteral("ID")),
        QCommandLineOption(
            QStringLiteral("definition"),
            Text::tr("Time to first response: discourse, staff or any (default: discourse)."),
            QStringLiteral("NAME"), QStringLiteral("discourse")),
        QCommandLineOption(QStringLiteral("granularity"),
                           Text::tr("Buckets: day, week or month (default: day)."),
                           QStringLiteral("SIZE"), QStringLiteral("day")),
        QCommandLineOption(QStringLiteral("tz"),
                           Text::tr("Time zone of the dates, an IANA id (default: UTC)."),
                           QStringLiteral("ZONE"), QStringLiteral("UTC")),
        QCommandLineOption(QStringLiteral("top"), Text::tr("Rows in the top lists (default: 10)."),
                           QStringLiteral("N"), QStringLiteral("10")),
        QCommandLineOption(QStringLiteral("format"), Text::tr("json or csv (default: json)."),
                           QStringLiteral("FORMAT"), QStringLiteral("json")),
        QCommandLineOption(QStringLiteral("out"),
                           Text::tr("Write to this file instead of standard output."),
                           QStringLiteral("FILE")),
    };
    parser.addOptions({o.db, o.from, o.to, o.category, o.definition, o.granularity, o.zone, o.top,
                       o.format, o.out});
    return o;
}

/// The query the options ask for, in *query; on a bad option, ExitUsage with its message said.
int readQuery(const QCommandLineParser& parser, const ReportOptions& o, analytics::Query* query)
{
    using namespace analytics;
    query->zone = QTimeZone(parser.value(o.zone).toUtf8());
    if (!query->zone.isValid())
        return fail(ExitUsage, Text::tr("unknown time zone '%1'").arg(parser.value(o.zone)));
    query->to = parser.isSet(o.to) ? QDate::fromString(parser.value(o.to), Qt::ISODate)
                                   : QDateTime::currentDateTime(query->zone).date();
    query->from = parser.isSet(o.from) ? QDate::fromString(parser.value(o.from), Qt::ISODate)
                                       : query->to.addDays(-29);
    if (!query->from.isValid() || !query->to.isValid())
        return fail(ExitUsage, Text::tr("dates are YYYY-MM-DD"));
    if (query->from > query->to)
        return fail(ExitUsage, Text::tr("--from is after --to"));
    const auto def = definitionFromName(parser.value(o.definition));
    if (!def)
        return fail(ExitUsage, Text::tr("unknown definition '%1'; discourse, staff or any")
                                   .arg(parser.value(o.definition)));
    query->definition = *def;
    const auto size = granularityFromName(parser.value(o.granularity));
    if (!size)
        return fail(ExitUsage, Text::tr("unknown granularity '%1'; day, week or month")
                                   .arg(parser.value(o.granularity)));
    query->granularity = *size;
    bool ok = false;
    query->top = parser.value(o.top).toInt(&ok);
    if (!ok || query->top < 1)
        return fail(ExitUsage, Text::tr("--top takes a positive number"));
    if (parser.isSet(o.category)) {
        query->categoryId = parser.value(o.category).toLongLong(&ok);
        if (!ok || query->categoryId <= 0)
            return fail(ExitUsage, Text::tr("--category takes a category id"));
    }
    return ExitOk;
}

/// Reads the dataset of the database at path, which must hold the query's category; on
/// failure, the exit code with its message said.
int openDataset(const QString& path, const analytics::Query& query, Database& database,
                analytics::Dataset* data)
{
    if (!QFileInfo(path).isFile())
        return fail(ExitIo, Text::tr("no database at %1").arg(path));
    QString error;
    if (!database.open(path, &error))
        return fail(ExitIo, Text::tr("cannot open %1: %2").arg(path, error));
    if (!analytics::loadDataset(database, data, &error))
        return fail(ExitIo, Text::tr("cannot read %1: %2").arg(path, error));
    if (query.categoryId != 0 && !data->category(query.categoryId))
        return fail(ExitUsage, Text::tr("the database has no category %1").arg(query.categoryId));
    return ExitOk;
}

/// Writes bytes to --out, or to standard output without it.
int writeReport(const QByteArray& bytes, const QCommandLineParser& parser,
                const QCommandLineOption& out)
{
    if (!parser.isSet(out)) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) ||
            stdoutFile.write(bytes) != bytes.size())
            return fail(ExitIo, Text::tr("cannot write to standard output"));
        return ExitOk;
    }
    QSaveFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ExitIo,
                    Text::tr("cannot write %1: %2").arg(parser.value(out), file.errorString()));
    return ExitOk;
}

} // namespace

int runReport(const QStringList& arguments)
{
    using namespace analytics;
    QCommandLineParser parser;
    const ReportOptions options = addReportOptions(parser);
    if (!parser.parse(arguments))
        return fail(ExitUsage, parser.errorText());
    setUpLogging(parser.isSet(options.verbose));
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }

    const QString name = parser.positionalArguments().value(0);
    if (name.isEmpty())
        return fail(
            ExitUsage,
            Text::tr("name a report (%1) or all").arg(sectionNames().join(QStringLiteral(", "))));
    if (name != u"all" && !sectionNames().contains(name))
        return fail(ExitUsage, Text::tr("unknown report '%1'; one of %2, or all")
                                   .arg(name, sectionNames().join(QStringLiteral(", "))));
    if (!parser.isSet(options.db))
        return fail(ExitUsage, Text::tr("--db is required"));

    Query query;
    if (const int code = readQuery(parser, options, &query); code != ExitOk)
        return code;
    const QString outputFormat = parser.value(options.format);
    if (outputFormat != u"json" && outputFormat != u"csv")
        return fail(ExitUsage, Text::tr("unknown format '%1'; json or csv").arg(outputFormat));

    Database database;
    Dataset data;
    if (const int code = openDataset(parser.value(options.db), query, database, &data);
        code != ExitOk)
        return code;

    const Report report = computeReport(data, query);
    const QByteArray bytes =
        outputFormat == u"csv"
            ? reportToCsv(report, data, {name})
            : QJsonDocument(reportToJson(report, data, {name})).toJson(QJsonDocument::Indented);
    return writeReport(bytes, parser, options.out);
}

} // namespace steward::cli
