// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/stewardctl/transparencycommand.h"

#include "app/stewardctl/exitcodes.h"
#include "models/reports/tabledocument.h"
#include "models/reports/transparency.h"
#include "models/store/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTextStream>

namespace steward::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(stewardctl)
};

std::optional<QByteArray> fail(int code, const QString& message, int* exitCode)
{
    QTextStream(stderr) << QStringLiteral("stewardctl report: ") << message << Qt::endl;
    *exitCode = code;
    return std::nullopt;
}

} // namespace

std::optional<QByteArray> transparencyReport(const TransparencyRequest& r, int* exitCode)
{
    reports::TransparencyGrounds grounds = reports::TransparencyGrounds::defaults();
    if (!r.groundsPath.isEmpty()) {
        QFile file(r.groundsPath);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ExitIo,
                        Text::tr("cannot read %1: %2").arg(r.groundsPath, file.errorString()),
                        exitCode);
        QJsonParseError parsed;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parsed);
        QString error = parsed.error != QJsonParseError::NoError ? parsed.errorString()
                        : !doc.isObject()                        ? Text::tr("not a JSON object")
                                                                 : QString();
        std::optional<reports::TransparencyGrounds> read;
        if (error.isEmpty())
            read = reports::TransparencyGrounds::fromJson(doc.object(), &error);
        if (!read)
            return fail(ExitUsage, Text::tr("%1: %2").arg(r.groundsPath, error), exitCode);
        grounds = *read;
    }
    const QString shown = Database::displayLocation(r.databasePath);
    if (!Database::isServerLocation(r.databasePath) && !QFileInfo(r.databasePath).isFile())
        return fail(ExitIo, Text::tr("no database at %1").arg(shown), exitCode);
    Database database;
    QString error;
    if (!database.open(r.databasePath, &error))
        return fail(ExitIo, Text::tr("cannot open %1: %2").arg(shown, error), exitCode);
    const std::optional<reports::TransparencyData> data =
        reports::Transparency::read(database, r.from, r.to, r.zone, grounds, &error);
    if (!data)
        return fail(ExitIo, Text::tr("cannot read %1: %2").arg(shown, error), exitCode);
    reports::TableDocument document = reports::Transparency::document(
        *data, grounds, r.community, QDateTime::currentDateTimeUtc(), QLocale());
    document.pageSize = r.pageSize;
    document.csvByteOrderMark = r.byteOrderMark;
    QByteArray bytes;
    if (!reports::TableDocuments::render(document, r.format, &bytes, &error))
        return fail(ExitIo, Text::tr("cannot write the report: %1").arg(error), exitCode);
    *exitCode = ExitOk;
    return bytes;
}

} // namespace steward::cli
