// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/stewardctl/reportcommand.h"

#include "app/common/logging.h"
#include "app/stewardctl/exitcodes.h"
#include "app/stewardctl/transparencycommand.h"
#include "models/analytics/report.h"
#include "models/analytics/reporttables.h"
#include "models/reports/reportdocument.h"
#include "models/store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>
#include <tuple>
#include <unistd.h>

namespace steward::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(stewardctl)
};

QStringList presetKeys()
{
    QStringList keys;
    for (const reports::ReportPreset& p : reports::ReportPresets::all())
        keys.append(p.key);
    keys.append(QStringLiteral("transparency"));
    return keys;
}

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
    QCommandLineOption preset;
    QCommandLineOption last;
    QCommandLineOption title;
    QCommandLineOption pageSize;
    QCommandLineOption bom;
    QCommandLineOption grounds;
};

ReportOptions addReportOptions(QCommandLineParser& parser)
{
    using namespace analytics;
    parser.setApplicationDescription(
        Text::tr("Compute KPIs from a synced database, as JSON, CSV, XLSX or PDF. NAME is one of "
                 "%1, or all. A preset chooses sections and charts instead (--preset %2). Every "
                 "output carries its parameters and the definitions of its KPIs (see "
                 "docs/metrics.md).")
            .arg(sectionNames().join(QStringLiteral(", ")),
                 presetKeys().join(QStringLiteral(", "))));
    parser.addHelpOption();
    const QCommandLineOption verbose = addVerboseOption(parser);
    parser.addPositionalArgument(QStringLiteral("name"),
                                 Text::tr("The report, or all; none with --preset."));
    ReportOptions o{
        verbose,
        QCommandLineOption(QStringLiteral("db"),
                           Text::tr("The database stewardctl sync wrote: a file, or a PostgreSQL "
                                    "URL or connection string."),
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
                           Text::tr("Buckets: day, week or month (default: day; with --preset, "
                                    "what suits the range)."),
                           QStringLiteral("SIZE"), QStringLiteral("day")),
        QCommandLineOption(QStringLiteral("tz"),
                           Text::tr("Time zone of the dates, an IANA id (default: UTC)."),
                           QStringLiteral("ZONE"), QStringLiteral("UTC")),
        QCommandLineOption(QStringLiteral("top"), Text::tr("Rows in the top lists (default: 10)."),
                           QStringLiteral("N"), QStringLiteral("10")),
        QCommandLineOption(QStringLiteral("format"),
                           Text::tr("json, csv, xlsx or pdf (default: the --out file's suffix, "
                                    "else json)."),
                           QStringLiteral("FORMAT")),
        QCommandLineOption(QStringLiteral("out"),
                           Text::tr("Write to this file instead of standard output."),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("preset"),
                           Text::tr("%1: a preset's sections and charts, or the transparency "
                                    "report.")
                               .arg(presetKeys()
                                        .join(QStringLiteral(", "))
                                        .replace(QStringLiteral(", transparency"),
                                                 QStringLiteral(" or transparency"))),
                           QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("last"),
                           Text::tr("week, month or quarter: the last whole one before today "
                                    "(weeks from Monday), instead of --from and --to."),
                           QStringLiteral("PERIOD")),
        QCommandLineOption(QStringLiteral("title"),
                           Text::tr("The community's name on the cover and in each page's footer "
                                    "(default: the database's file name)."),
                           QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("page-size"),
                           Text::tr("a4 or letter: the PDF's paper (default: a4)."),
                           QStringLiteral("SIZE"), QStringLiteral("a4")),
        QCommandLineOption(QStringLiteral("bom"),
                           Text::tr("CSV: start with a UTF-8 byte order mark, for spreadsheet "
                                    "programs.")),
        QCommandLineOption(QStringLiteral("grounds"),
                           Text::tr("--preset transparency: a JSON file naming each flag "
                                    "reason's ground, {\"illegal\": \"illegal\", \"spam\": "
                                    "\"terms\"} (default: only illegal is illegal content)."),
                           QStringLiteral("FILE")),
    };
    parser.addOptions({o.db, o.from, o.to, o.category, o.definition, o.granularity, o.zone, o.top,
                       o.format, o.out, o.preset, o.last, o.title, o.pageSize, o.bom, o.grounds});
    return o;
}

/// The query the options ask for, in *query; on a bad option, ExitUsage with its message said.
int readQuery(const QCommandLineParser& parser, const ReportOptions& o, analytics::Query* query)
{
    using namespace analytics;
    query->zone = QTimeZone(parser.value(o.zone).toUtf8());
    if (!query->zone.isValid())
        return fail(ExitUsage, Text::tr("unknown time zone '%1'").arg(parser.value(o.zone)));
    const QDate today = QDateTime::currentDateTime(query->zone).date();
    if (parser.isSet(o.last)) {
        const auto period = reports::ReportPresets::periodFromName(parser.value(o.last));
        if (!period)
            return fail(
                ExitUsage,
                Text::tr("unknown period '%1'; week, month or quarter").arg(parser.value(o.last)));
        if (parser.isSet(o.from) || parser.isSet(o.to))
            return fail(ExitUsage, Text::tr("--last replaces --from and --to"));
        std::tie(query->from, query->to) = reports::ReportPresets::lastWhole(*period, today);
    } else {
        query->to = parser.isSet(o.to) ? QDate::fromString(parser.value(o.to), Qt::ISODate) : today;
        query->from = parser.isSet(o.from) ? QDate::fromString(parser.value(o.from), Qt::ISODate)
                                           : query->to.addDays(-29);
    }
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
    // A preset's report over a long range gets buckets that fit its charts.
    query->granularity = parser.isSet(o.granularity) || !parser.isSet(o.preset)
                             ? *size
                             : reports::ReportPresets::granularityFor(query->from, query->to);
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
    const QString shown = Database::displayLocation(path);
    if (!Database::isServerLocation(path) && !QFileInfo(path).isFile())
        return fail(ExitIo, Text::tr("no database at %1").arg(shown));
    QString error;
    if (!database.open(path, &error))
        return fail(ExitIo, Text::tr("cannot open %1: %2").arg(shown, error));
    if (!analytics::loadDataset(database, data, &error))
        return fail(ExitIo, Text::tr("cannot read %1: %2").arg(shown, error));
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
    std::optional<reports::ReportPreset> preset;
    const bool transparency = parser.value(options.preset) == u"transparency";
    if (parser.isSet(options.preset)) {
        preset = transparency ? reports::ReportPreset{}
                              : reports::ReportPresets::find(parser.value(options.preset));
        if (!preset)
            return fail(ExitUsage, Text::tr("unknown preset '%1'; one of %2")
                                       .arg(parser.value(options.preset),
                                            presetKeys().join(QStringLiteral(", "))));
        if (!name.isEmpty())
            return fail(ExitUsage, Text::tr("name a report or a preset, not both"));
    } else if (name.isEmpty()) {
        return fail(
            ExitUsage,
            Text::tr("name a report (%1) or all").arg(sectionNames().join(QStringLiteral(", "))));
    } else if (name != u"all" && !sectionNames().contains(name)) {
        return fail(ExitUsage, Text::tr("unknown report '%1'; one of %2, or all")
                                   .arg(name, sectionNames().join(QStringLiteral(", "))));
    }
    if (!parser.isSet(options.db))
        return fail(ExitUsage, Text::tr("--db is required"));

    Query query;
    if (const int code = readQuery(parser, options, &query); code != ExitOk)
        return code;
    std::optional<reports::ReportFormat> format =
        parser.isSet(options.format)
            ? reports::ReportFiles::formatFromName(parser.value(options.format))
        : parser.isSet(options.out) ? reports::ReportFiles::formatOfPath(parser.value(options.out))
                                    : reports::ReportFormat::Json;
    if (!format && !parser.isSet(options.format))
        format = reports::ReportFormat::Json;
    if (!format)
        return fail(ExitUsage, Text::tr("unknown format '%1'; json, csv, xlsx or pdf")
                                   .arg(parser.value(options.format)));
    const QString paper = parser.value(options.pageSize).toLower();
    if (paper != u"a4" && paper != u"letter")
        return fail(ExitUsage, Text::tr("unknown page size '%1'; a4 or letter").arg(paper));
    const bool binary =
        *format == reports::ReportFormat::Xlsx || *format == reports::ReportFormat::Pdf;
    if (binary && !parser.isSet(options.out) && isatty(fileno(stdout)))
        return fail(ExitUsage, Text::tr("a %1 file is not for a terminal: give --out FILE")
                                   .arg(reports::ReportFiles::formatName(*format)));

    if (transparency) {
        int code = ExitOk;
        const std::optional<QByteArray> bytes = transparencyReport(
            {parser.value(options.db), query.from, query.to, query.zone,
             parser.value(options.grounds),
             parser.isSet(options.title) ? parser.value(options.title)
                                         : Database::shortName(parser.value(options.db)),
             *format, paper == u"letter" ? QPageSize::Letter : QPageSize::A4,
             parser.isSet(options.bom)},
            &code);
        return bytes ? writeReport(*bytes, parser, options.out) : code;
    }

    Database database;
    Dataset data;
    if (const int code = openDataset(parser.value(options.db), query, database, &data);
        code != ExitOk)
        return code;

    const Report report = computeReport(data, query);
    reports::ReportDocument document;
    document.report = &report;
    document.data = &data;
    document.preset = preset ? *preset : reports::ReportPresets::ofSections({name});
    document.community = parser.isSet(options.title)
                             ? parser.value(options.title)
                             : Database::shortName(parser.value(options.db));
    document.generatedAt = QDateTime::currentDateTimeUtc();
    document.pageSize = paper == u"letter" ? QPageSize::Letter : QPageSize::A4;
    document.csvByteOrderMark = parser.isSet(options.bom);
    QByteArray bytes;
    QString error;
    if (!reports::ReportFiles::render(document, *format, &bytes, &error))
        return fail(ExitIo, Text::tr("cannot write the report: %1").arg(error));
    return writeReport(bytes, parser, options.out);
}

} // namespace steward::cli
