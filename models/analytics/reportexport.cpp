// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analytics/reportexport.h"

#include "models/analytics/definitions.h"
#include "models/analytics/reporttables.h"

#include <QJsonArray>
#include <QVariant>

#include <cmath>

namespace steward::analytics {

namespace {

MetricDefinition definitionOf(const QString& key, const Report& r)
{
    return key == u"first_response" ? Definitions::firstResponse(r.query.definition)
                                    : Definitions::metric(key);
}

QJsonValue jsonValue(const QVariant& v)
{
    if (!v.isValid())
        return QJsonValue::Null;
    if (v.typeId() == QMetaType::QString || v.typeId() == QMetaType::QDate ||
        v.typeId() == QMetaType::QDateTime)
        return cellText(v);
    if (v.typeId() == QMetaType::Double)
        return v.toDouble();
    return v.toLongLong();
}

} // namespace

QJsonObject reportToJson(const Report& r, const Dataset& d, const QStringList& sections)
{
    const Query& q = r.query;
    QJsonObject out;
    out.insert(
        QStringLiteral("parameters"),
        QJsonObject{{QStringLiteral("from"), q.from.toString(Qt::ISODate)},
                    {QStringLiteral("to"), q.to.toString(Qt::ISODate)},
                    {QStringLiteral("previous_from"), q.previous().from.toString(Qt::ISODate)},
                    {QStringLiteral("previous_to"), q.previous().to.toString(Qt::ISODate)},
                    {QStringLiteral("time_zone"), QString::fromUtf8(q.zone.id())},
                    {QStringLiteral("category_id"),
                     q.categoryId == 0 ? QJsonValue() : QJsonValue(q.categoryId)},
                    {QStringLiteral("category"),
                     q.categoryId == 0
                         ? QJsonValue()
                         : QJsonValue(d.category(q.categoryId) ? d.category(q.categoryId)->name
                                                               : QString())},
                    {QStringLiteral("granularity"), granularityName(q.granularity)},
                    {QStringLiteral("definition"), definitionName(q.definition)},
                    {QStringLiteral("top"), q.top}});
    out.insert(QStringLiteral("conventions"), Definitions::conventions());
    QJsonObject definitions;
    for (const QString& name : expandSections(sections)) {
        const ReportTable t = reportTable(name, r, d);
        QJsonArray rows;
        for (const QVariantList& row : t.rows) {
            QJsonObject o;
            for (qsizetype c = 0; c < t.columns.size(); ++c)
                o.insert(t.columns[c].key, jsonValue(row[c]));
            rows.append(o);
        }
        QJsonObject section = t.summary;
        section.insert(QStringLiteral("rows"), rows);
        out.insert(name, section);
        for (const QString& key : t.metrics) {
            const MetricDefinition m = definitionOf(key, r);
            definitions.insert(key, QJsonObject{{QStringLiteral("title"), m.title},
                                                {QStringLiteral("unit"), m.unit},
                                                {QStringLiteral("definition"), m.definition}});
        }
    }
    out.insert(QStringLiteral("definitions"), definitions);
    return out;
}

QByteArray csvCell(const QString& text)
{
    QString cell = text;
    if (!cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front()))
        cell.prepend(u'\'');
    // Quoted also when it holds a semicolon or a tab: a spreadsheet that splits on those (the
    // usual separator where the decimal mark is a comma) would start a new cell, maybe "=…".
    if (cell.contains(u',') || cell.contains(u';') || cell.contains(u'\t') || cell.contains(u'"') ||
        cell.contains(u'\n') || cell.contains(u'\r'))
        cell = u'"' + cell.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return cell.toUtf8();
}

QByteArray reportToCsv(const Report& r, const Dataset& d, const QStringList& sections,
                       CsvOptions options)
{
    QByteArray out = options.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    const auto line = [&out](const QList<QByteArray>& cells) { out += cells.join(',') + "\r\n"; };
    QStringList keys;
    for (const QString& name : expandSections(sections)) {
        const ReportTable t = reportTable(name, r, d);
        line({csvCell(name)});
        QList<QByteArray> header;
        for (const ReportColumn& c : t.columns)
            header.append(csvCell(c.key));
        line(header);
        for (const QVariantList& row : t.rows) {
            QList<QByteArray> cells;
            for (const QVariant& v : row)
                cells.append(v.typeId() == QMetaType::QString ? csvCell(v.toString())
                                                              : cellText(v).toUtf8());
            line(cells);
        }
        out += "\r\n";
        keys += t.metrics;
    }
    line({"definitions"});
    line({"key", "title", "unit", "definition"});
    for (const QString& key : keys) {
        const MetricDefinition m = definitionOf(key, r);
        line({csvCell(m.key), csvCell(m.title), csvCell(m.unit), csvCell(m.definition)});
    }
    line({csvCell(QStringLiteral("conventions")), csvCell(Definitions::conventions()), {}, {}});
    const Query& q = r.query;
    line({"parameters",
          csvCell(
              QStringLiteral("from=%1 to=%2 time_zone=%3 category=%4 granularity=%5 definition=%6")
                  .arg(q.from.toString(Qt::ISODate), q.to.toString(Qt::ISODate),
                       QString::fromUtf8(q.zone.id()), QString::number(q.categoryId),
                       granularityName(q.granularity), definitionName(q.definition))),
          {},
          {}});
    return out;
}

} // namespace steward::analytics
