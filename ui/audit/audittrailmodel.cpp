// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audit/audittrailmodel.h"

#include "models/present/auditnames.h"

#include <QLocale>

namespace steward {

AuditTrailModel::AuditTrailModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AuditTrailModel::setRows(QList<AuditTrailRow> rows)
{
    m_all = std::move(rows);
    refilter();
}

void AuditTrailModel::setSources(Sources sources)
{
    m_sources = sources;
    refilter();
}

void AuditTrailModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    for (const AuditTrailRow& r : std::as_const(m_all)) {
        if (m_sources == Sources::All || (m_sources == Sources::Steward) == r.fromSteward())
            m_shown.append(r);
    }
    endResetModel();
}

int AuditTrailModel::stewardCount() const
{
    return int(std::count_if(m_shown.begin(), m_shown.end(),
                             [](const AuditTrailRow& r) { return r.fromSteward(); }));
}

QString AuditTrailModel::actionTitle(const AuditTrailRow& row)
{
    return row.staffActionId != 0 ? staffActionTitle(row.action, row.actionName)
                                  : decisionTitle(row.actionName);
}

QString AuditTrailModel::sourceTitle(const AuditTrailRow& row)
{
    if (!row.fromSteward())
        return tr("Web");
    if (row.staffActionId != 0 || row.stewardResult == u"done")
        return tr("Steward");
    return tr("Steward (%1)").arg(row.stewardResult);
}

QString AuditTrailModel::detailsSummary(const QString& details)
{
    // StaffActionLogger writes deletions as "key: value" lines; the ids are in other columns.
    QStringList kept;
    for (const QString& line : details.split(u'\n', Qt::SkipEmptyParts)) {
        const QString key = line.section(u':', 0, 0);
        if (key == u"id" || key == u"created_at" || key == u"post_number")
            continue;
        kept.append(line.trimmed());
    }
    return kept.join(QStringLiteral(" · ")).left(240);
}

int AuditTrailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const AuditTrailRow& r = m_shown[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat);
        case Moderator:
            return r.actor;
        case Action:
            return actionTitle(r);
        case Target:
            return r.target;
        case Source:
            return sourceTitle(r);
        case Details:
            return detailsSummary(r.details);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Details && !r.details.isEmpty())
        return r.details.left(2000);
    if (role == Qt::ToolTipRole && index.column() == Source && r.fromSteward())
        return r.staffActionId != 0
                   ? tr("Decided in Steward; the server's log entry %1 records it.")
                         .arg(r.staffActionId)
                   : tr("Decided in Steward; the server's log has no entry of it (its kind is "
                        "not logged, or it did not reach the server).");
    if (role == Qt::UserRole)
        return r.at;
    return {};
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Moderator:
        return tr("Moderator");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Source:
        return tr("Source");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

analytics::ReportTable AuditTrailModel::toTable() const
{
    using K = analytics::CellKind;
    analytics::ReportTable t;
    t.name = QStringLiteral("audit_trail");
    t.title = tr("Audit trail");
    t.columns = {
        {QStringLiteral("at"), K::DateTime},         {QStringLiteral("moderator"), K::Text},
        {QStringLiteral("action"), K::Text},         {QStringLiteral("action_name"), K::Text},
        {QStringLiteral("target"), K::Text},         {QStringLiteral("target_user_id"), K::Id},
        {QStringLiteral("post_id"), K::Id},          {QStringLiteral("topic_id"), K::Id},
        {QStringLiteral("source"), K::Text},         {QStringLiteral("server_entry"), K::Id},
        {QStringLiteral("steward_decision"), K::Id}, {QStringLiteral("details"), K::Text}};
    for (const AuditTrailRow& r : m_shown)
        t.rows.append({r.at.toUTC(), r.actor, actionTitle(r), r.actionName, r.target,
                       r.targetUserId, r.postId, r.topicId,
                       r.fromSteward() ? QStringLiteral("steward") : QStringLiteral("web"),
                       r.staffActionId, r.stewardEntryId, r.details});
    return t;
}

} // namespace steward
