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

} // namespace

int runReport(const QStringList& arguments)
{
    using namespace analytics;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Compute KPIs from a synced database, as JSON or CSV. NAME is one of %1, or all. "
                 "Every output carries its parameters and the definitions of its KPIs (see "
                 "docs/metrics.md).")
            .arg(sectionNames().join(QStringLiteral(", "))));
    parser.addHelpOption();
    const QCommandLineOption verbose = addVerboseOption(parser);
    parser.addPositionalArgument(QStringLiteral("name"), Text::tr("The report, or all."));
    const QCommandLineOption db(QStringLiteral("db"),
                                Text::tr("The database stewardctl sync wrote."),
                                QStringLiteral("PATH"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  Text::tr("First day, YYYY-MM-DD (default: 30 days before --to)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                Text::tr("Last day, YYYY-MM-DD (default: today)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption category(QStringLiteral("category"),
                                      Text::tr("Only this category and those below it."),
                                      QStringLiteral("ID"));
    const QCommandLineOption definition(
        QStringLiteral("definition"),
        Text::tr("Time to first response: discourse, staff or any (default: discourse)."),
        QStringLiteral("NAME"), QStringLiteral("discourse"));
    const QCommandLineOption granularity(QStringLiteral("granularity"),
                                         Text::tr("Buckets: day, week or month (default: day)."),
                                         QStringLiteral("SIZE"), QStringLiteral("day"));
    const QCommandLineOption zone(QStringLiteral("tz"),
                                  Text::tr("Time zone of the dates, an IANA id (default: UTC)."),
                                  QStringLiteral("ZONE"), QStringLiteral("UTC"));
    const QCommandLineOption top(QStringLiteral("top"),
                                 Text::tr("Rows in the top lists (default: 10)."),
                                 QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Text::tr("json or csv (default: json)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 Text::tr("Write to this file instead of standard output."),
                                 QStringLiteral("FILE"));
    parser.addOptions({db, from, to, category, definition, granularity, zone, top, format, out});
    if (!parser.parse(arguments))
        return fail(ExitUsage, parser.errorText());
    setUpLogging(parser.isSet(verbose));
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
    if (!parser.isSet(db))
        return fail(ExitUsage, Text::tr("--db is required"));

    Query query;
    query.zone = QTimeZone(parser.value(zone).toUtf8());
    if (!query.zone.isValid())
        return fail(ExitUsage, Text::tr("unknown time zone '%1'").arg(parser.value(zone)));
    query.to = parser.isSet(to) ? QDate::fromString(parser.value(to), Qt::ISODate)
                                : QDateTime::currentDateTime(query.zone).date();
    query.from = parser.isSet(from) ? QDate::fromString(parser.value(from), Qt::ISODate)
                                    : query.to.addDays(-29);
    if (!query.from.isValid() || !query.to.isValid())
        return fail(ExitUsage, Text::tr("dates are YYYY-MM-DD"));
    if (query.from > query.to)
        return fail(ExitUsage, Text::tr("--from is after --to"));
    const auto def = definitionFromName(parser.value(definition));
    if (!def)
        return fail(ExitUsage, Text::tr("unknown definition '%1'; discourse, staff or any")
                                   .arg(parser.value(definition)));
    query.definition = *def;
    const auto size = granularityFromName(parser.value(granularity));
    if (!size)
        return fail(ExitUsage, Text::tr("unknown granularity '%1'; day, week or month")
                                   .arg(parser.value(granularity)));
    query.granularity = *size;
    bool ok = false;
    query.top = parser.value(top).toInt(&ok);
    if (!ok || query.top < 1)
        return fail(ExitUsage, Text::tr("--top takes a positive number"));
    if (parser.isSet(category)) {
        query.categoryId = parser.value(category).toLongLong(&ok);
        if (!ok || query.categoryId <= 0)
            return fail(ExitUsage, Text::tr("--category takes a category id"));
    }
    const QString outputFormat = parser.value(format);
    if (outputFormat != u"json" && outputFormat != u"csv")
        return fail(ExitUsage, Text::tr("unknown format '%1'; json or csv").arg(outputFormat));

    const QString path = parser.value(db);
    if (!QFileInfo(path).isFile())
        return fail(ExitIo, Text::tr("no database at %1").arg(path));
    Database database;
    QString error;
    if (!database.open(path, &error))
        return fail(ExitIo, Text::tr("cannot open %1: %2").arg(path, error));
    Dataset data;
    if (!loadDataset(database, &data, &error))
        return fail(ExitIo, Text::tr("cannot read %1: %2").arg(path, error));
    if (query.categoryId != 0 && !data.category(query.categoryId))
        return fail(ExitUsage, Text::tr("the database has no category %1").arg(query.categoryId));

    const Report report = computeReport(data, query);
    const QByteArray bytes =
        outputFormat == u"csv"
            ? reportToCsv(report, data, {name})
            : QJsonDocument(reportToJson(report, data, {name})).toJson(QJsonDocument::Indented);
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

} // namespace steward::cli
