// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Reports in the formats people hand on, as stewardctl writes them from a synced sandbox: the
// XLSX read back by openpyxl and compared with the JSON of the same report, the PDF laid out on
// A4 and Letter and rendered by poppler, the CSV's byte order mark, the presets; and hostile
// titles and usernames that a spreadsheet must show as text, never run as formulas.
#include "models/analytics/reportexport.h"
#include "models/domain/staffaction.h"
#include "models/reports/reportdocument.h"
#include "tests/support/synctesting.h"
#include "tests/unit/analytics/kpibuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace steward;
using namespace steward::analytics;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.start(program, arguments);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString tool(const char* name)
{
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    if (path.isEmpty())
        qFatal("%s is missing: it comes with packaging/build-deps.txt", name);
    return path;
}

QString script(const char* name)
{
    return qEnvironmentVariable("STEWARD_SOURCE_DIR") + QStringLiteral("/tests/reports/") +
           QString::fromLatin1(name);
}

/// Text a spreadsheet would run as a formula, as titles and usernames may hold it.
const QStringList kHostile{QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"),
                           QStringLiteral("+1+cmd|' /C calc'!A0"),
                           QStringLiteral("-2+3"),
                           QStringLiteral("@SUM(1,1)"),
                           QStringLiteral("\t=1+1"),
                           QStringLiteral("=1;=2,\"x\"")};

} // namespace

class TestReportFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QString m_db;
    QStringList m_range;

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    Run report(const QStringList& arguments) const
    {
        return run(QStringLiteral(STEWARDCTL),
                   QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_db} + arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = testing::startSandbox();
        m_db = path("community.db");
        testing::SyncRig rig(m_db, testing::adminSite(*m_server));
        QVERIFY(rig.sync());
        const QDate to = testing::kNow.date();
        m_range = {QStringLiteral("--from"), to.addDays(-89).toString(Qt::ISODate),
                   QStringLiteral("--to"), to.toString(Qt::ISODate)};
    }

    void theSpreadsheetReadsBackAsTheJson()
    {
        const QStringList full =
            m_range + QStringList{QStringLiteral("--preset"), QStringLiteral("full")};
        Run r = report(full + QStringList{QStringLiteral("--out"), path("full.json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = report(full + QStringList{QStringLiteral("--out"), path("full.xlsx")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Run check = run(tool("python3"), {script("xlsx_matches_json.py"), path("full.json"),
                                                path("full.xlsx")});
        qInfo("%s", check.out.trimmed().constData());
        QVERIFY2(check.exitCode == 0, check.out.constData());
        QVERIFY(check.out.contains("duration") && check.out.contains("'date'"));

        // The check has teeth: another range's JSON does not match this spreadsheet.
        r = report({QStringLiteral("--preset"), QStringLiteral("full"), QStringLiteral("--from"),
                    testing::kNow.date().addDays(-29).toString(Qt::ISODate), QStringLiteral("--to"),
                    testing::kNow.date().toString(Qt::ISODate), QStringLiteral("--out"),
                    path("other.json")});
        QCOMPARE(r.exitCode, 0);
        const Run mismatch = run(tool("python3"), {script("xlsx_matches_json.py"),
                                                   path("other.json"), path("full.xlsx")});
        QCOMPARE(mismatch.exitCode, 1);
    }

    void thePdfIsLaidOutOnA4AndLetter_data()
    {
        QTest::addColumn<QString>("paper");
        QTest::addColumn<QString>("size");
        QTest::newRow("a4") << QStringLiteral("a4") << QStringLiteral("595 x 842");
        QTest::newRow("letter") << QStringLiteral("letter") << QStringLiteral("612 x 792");
    }

    void thePdfIsLaidOutOnA4AndLetter()
    {
        QFETCH(QString, paper);
        QFETCH(QString, size);
        const QString pdf = m_dir.filePath(paper + QStringLiteral(".pdf"));
        const Run r =
            report(m_range +
                   QStringList{QStringLiteral("--preset"), QStringLiteral("community-health"),
                               QStringLiteral("--title"), QStringLiteral("Sandbox Support"),
                               QStringLiteral("--page-size"), paper, QStringLiteral("--out"), pdf});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Run info = run(tool("pdfinfo"), {pdf});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains(size.toUtf8()), info.out.constData());
        const QString pages = QString::fromUtf8(info.out)
                                  .section(QStringLiteral("Pages:"), 1)
                                  .section(u'\n', 0, 0)
                                  .trimmed();
        QVERIFY2(pages.toInt() >= 4, qPrintable(pages));

        const Run text =
            run(tool("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        const QString words = QString::fromUtf8(text.out);
        for (const QString& expected :
             {QStringLiteral("Community health"), QStringLiteral("Sandbox Support"),
              QStringLiteral("Key figures"), QStringLiteral("Time to first response (median)"),
              QStringLiteral("Charts"), QStringLiteral("Definitions"),
              QStringLiteral("Page 1 of %1").arg(pages), QStringLiteral("Page %1 of %1").arg(pages),
              QStringLiteral("generated")})
            QVERIFY2(words.contains(expected), qPrintable(expected));

        // Rendered, the charts' page holds drawing, not a blank.
        const QString png = m_dir.filePath(paper + QStringLiteral("-charts"));
        QCOMPARE(
            run(tool("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"),
                                   QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2"),
                                   QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, png})
                .exitCode,
            0);
        QImage image(png + QStringLiteral(".png"));
        QVERIFY(!image.isNull());
        int inked = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                inked += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
        }
        QVERIFY2(inked > image.width() * image.height() / 50, qPrintable(QString::number(inked)));
    }

    void aPresetReportsItsSectionsOverTheLastWholePeriod()
    {
        const Run r = report({QStringLiteral("--preset"), QStringLiteral("moderation-activity"),
                              QStringLiteral("--last"), QStringLiteral("month"),
                              QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QVERIFY(json.contains(QStringLiteral("flags")) &&
                json.contains(QStringLiteral("backlog")) &&
                json.contains(QStringLiteral("moderators")));
        QVERIFY(!json.contains(QStringLiteral("activity")));
        const QJsonObject p = json.value(QStringLiteral("parameters")).toObject();
        const QDate from =
            QDate::fromString(p.value(QStringLiteral("from")).toString(), Qt::ISODate);
        const QDate to = QDate::fromString(p.value(QStringLiteral("to")).toString(), Qt::ISODate);
        QCOMPARE(from.day(), 1);
        QCOMPARE(to, from.addMonths(1).addDays(-1));
        QVERIFY(to < QDate::currentDate() && from.daysTo(QDate::currentDate()) <= 62);
        QCOMPARE(p.value(QStringLiteral("granularity")).toString(), QStringLiteral("day"));

        const Run byCategory =
            report(m_range +
                   QStringList{QStringLiteral("--preset"), QStringLiteral("response-by-category")});
        QCOMPARE(byCategory.exitCode, 0);
        const QJsonObject c = QJsonDocument::fromJson(byCategory.out).object();
        QCOMPARE(
            c.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("granularity")),
            QJsonValue(QStringLiteral("week")));
        const QJsonArray rows = c.value(QStringLiteral("response_by_category"))
                                    .toObject()
                                    .value(QStringLiteral("rows"))
                                    .toArray();
        QVERIFY(rows.size() >= 3);
        int topics = 0;
        for (const QJsonValue& row : rows)
            topics += row.toObject().value(QStringLiteral("topics")).toInt();
        // Every category's topics together are the whole community's.
        QCOMPARE(topics, c.value(QStringLiteral("response"))
                             .toObject()
                             .value(QStringLiteral("first_response"))
                             .toObject()
                             .value(QStringLiteral("value"))
                             .toObject()
                             .value(QStringLiteral("count"))
                             .toInt());

        QCOMPARE(report({QStringLiteral("--preset"), QStringLiteral("vibes")}).exitCode, 64);
        QCOMPARE(report({QStringLiteral("all"), QStringLiteral("--preset"), QStringLiteral("full")})
                     .exitCode,
                 64);
        QCOMPARE(
            report({QStringLiteral("all"), QStringLiteral("--last"), QStringLiteral("fortnight")})
                .exitCode,
            64);
    }

    void theCsvStartsWithAByteOrderMarkWhenAsked()
    {
        Run r = report(m_range + QStringList{QStringLiteral("flags"), QStringLiteral("--format"),
                                             QStringLiteral("csv"), QStringLiteral("--bom")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("\xEF\xBB\xBF"
                                 "flags\r\n"));
        r = report(m_range + QStringList{QStringLiteral("flags"), QStringLiteral("--format"),
                                         QStringLiteral("csv")});
        QVERIFY(r.out.startsWith("flags\r\n"));
    }

    void theTransparencyReportCountsTheStaffLog()
    {
        const QDate to = testing::kNow.date();
        const QDate from = to.addDays(-364);
        const QStringList period{QStringLiteral("--preset"), QStringLiteral("transparency"),
                                 QStringLiteral("--from"),   from.toString(Qt::ISODate),
                                 QStringLiteral("--to"),     to.toString(Qt::ISODate)};
        const Run r =
            report(period + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QHash<QString, QJsonObject> actions;
        for (const QJsonValue& v : json[u"tables"][u"actions"][u"rows"].toArray())
            actions.insert(v[u"type"].toString(), v.toObject());

        // Counted straight from the log the server keeps.
        const qint64 start = from.startOfDay(QTimeZone::UTC).toSecsSinceEpoch();
        const qint64 end = to.addDays(1).startOfDay(QTimeZone::UTC).toSecsSinceEpoch();
        QHash<int, int> logged;
        for (const sandbox::StaffActionRecord& a : m_server->community().staffActions) {
            if (a.createdAt >= start && a.createdAt < end)
                ++logged[a.action];
        }
        QVERIFY(logged.value(StaffActionId::SuspendUser) > 0);
        QCOMPARE(actions[u"removal"_s][u"total"].toInt(),
                 logged.value(StaffActionId::DeletePost) +
                     logged.value(StaffActionId::DeleteTopic));
        QCOMPARE(actions[u"account_suspension"_s][u"total"].toInt(),
                 logged.value(StaffActionId::SuspendUser));
        QCOMPARE(actions[u"account_restriction"_s][u"total"].toInt(),
                 logged.value(StaffActionId::SilenceUser));
        QCOMPARE(actions[u"rejected_before_publication"_s][u"total"].toInt(),
                 logged.value(StaffActionId::PostRejected));
        QCOMPARE(actions[u"account_termination"_s][u"total"].toInt(),
                 logged.value(StaffActionId::DeleteUser));
        const QJsonObject total = actions[u"total"_s];
        QCOMPARE(total[u"illegal_content"].toInt() + total[u"terms_of_service"].toInt(),
                 total[u"total"].toInt());
        QCOMPARE(total[u"on_notice"].toInt() + total[u"own_initiative"].toInt() +
                     total[u"automated"].toInt(),
                 total[u"total"].toInt());
        QVERIFY(total[u"on_notice"].toInt() > 0);
        QVERIFY(json[u"facts"][u"appeals"].toString().contains(u"not recorded"));
        QVERIFY2(json[u"facts"][u"staff_log"].toString().contains(
                     QString::number(m_server->community().staffActions.size())),
                 qPrintable(json[u"facts"][u"staff_log"].toString()));

        // Spam counted as illegal content moves the actions on spam flags to that ground.
        QFile grounds(path("grounds.json"));
        QVERIFY(grounds.open(QIODevice::WriteOnly));
        grounds.write(R"({"spam": "illegal", "illegal": "illegal"})");
        grounds.close();
        const Run spam =
            report(period + QStringList{QStringLiteral("--grounds"), path("grounds.json")});
        QCOMPARE(spam.exitCode, 0);
        const QJsonObject spamJson = QJsonDocument::fromJson(spam.out).object();
        const QJsonArray spamRows = spamJson[u"tables"][u"actions"][u"rows"].toArray();
        QVERIFY(spamRows.last()[u"illegal_content"].toInt() > total[u"illegal_content"].toInt());
        QCOMPARE(spamRows.last()[u"total"].toInt(), total[u"total"].toInt());

        QVERIFY(grounds.open(QIODevice::WriteOnly));
        grounds.write(R"({"spam": "very bad"})");
        grounds.close();
        const Run bad =
            report(period + QStringList{QStringLiteral("--grounds"), path("grounds.json")});
        QCOMPARE(bad.exitCode, 64);
        QVERIFY(bad.err.contains("illegal or terms"));

        const QString pdf = path("transparency.pdf");
        QCOMPARE(report(period + QStringList{QStringLiteral("--out"), pdf}).exitCode, 0);
        const Run text = run(tool("pdftotext"), {pdf, QStringLiteral("-")});
        for (const char* words :
             {"Transparency report", "Moderation actions by type", "Method", "Gaps", "Page 1 of"})
            QVERIFY2(text.out.contains(words), words);
    }

    void hostileTitlesAndNamesStayText()
    {
        testing::KpiBuilder b;
        b.d.loadedAt = testing::at("2026-03-31T12:00:00Z");
        b.category(1);
        for (int i = 0; i < kHostile.size(); ++i) {
            b.user(10 + i, false);
            b.topic(100 + i, 1, 10 + i, "2026-03-10T10:00:00Z");
            b.post((100 + i) * 100 + 1, 100 + i, 10 + (i + 1) % int(kHostile.size()),
                   "2026-03-10T12:00:00Z");
        }
        Dataset& d = b.done();
        for (int i = 0; i < kHostile.size(); ++i) {
            d.users[std::size_t(i)].username = kHostile[i];
            d.topics[std::size_t(i)].title = kHostile[i];
        }
        d.categories[0].name = QStringLiteral("=cmd|'/C notepad'!A1");
        Query q;
        q.from = QDate(2026, 3, 1);
        q.to = QDate(2026, 3, 31);
        const Report r = computeReport(d, q);
        QCOMPARE(r.activeTopics.size(), std::size_t(kHostile.size()));

        reports::ReportDocument doc;
        doc.report = &r;
        doc.data = &d;
        doc.preset = *reports::ReportPresets::find(u"full");
        doc.community = QStringLiteral("=evil()");
        doc.generatedAt = QDateTime(QDate(2026, 3, 31), QTime(12, 0), QTimeZone::UTC);

        QByteArray csv;
        QString error;
        QVERIFY(reports::ReportFiles::render(doc, reports::ReportFormat::Csv, &csv, &error));
        for (const QString& hostile : kHostile)
            QVERIFY2(!csv.contains("," + hostile.toUtf8()) &&
                         !csv.contains("\n" + hostile.toUtf8()),
                     qPrintable(hostile));
        QVERIFY(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""));

        const QString xlsx = path("hostile.xlsx");
        QVERIFY2(reports::ReportFiles::save(doc, reports::ReportFormat::Xlsx, xlsx, &error),
                 qPrintable(error));
        const Run cells = run(tool("python3"), {script("xlsx_cells.py"), xlsx});
        QVERIFY2(cells.exitCode == 0, cells.err.constData());
        QSet<QString> seen;
        for (const QByteArray& line : cells.out.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject cell = QJsonDocument::fromJson(line).object();
            const QString where = cell.value(QStringLiteral("sheet")).toString() + u'!' +
                                  cell.value(QStringLiteral("cell")).toString();
            QVERIFY2(cell.value(QStringLiteral("type")).toString() != u"f", qPrintable(where));
            const QString value = cell.value(QStringLiteral("value")).toString();
            if (!kHostile.contains(value) && !value.startsWith(u'='))
                continue;
            QVERIFY2(cell.value(QStringLiteral("type")).toString() == u"s", qPrintable(where));
            QVERIFY2(cell.value(QStringLiteral("quote_prefix")).toBool(), qPrintable(where));
            seen.insert(value);
        }
        for (const QString& hostile : kHostile)
            QVERIFY2(seen.contains(hostile), qPrintable(hostile));

        QByteArray pdf;
        QVERIFY2(reports::ReportFiles::render(doc, reports::ReportFormat::Pdf, &pdf, &error),
                 qPrintable(error));
        QVERIFY(pdf.startsWith("%PDF-"));
    }
};

QTEST_MAIN(TestReportFiles)
#include "tst_reportfiles.moc"
