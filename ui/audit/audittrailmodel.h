// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/analytics/reporttables.h"
#include "models/store/auditqueries.h"

#include <QAbstractTableModel>

namespace steward {

/// The audit trail as a table: when, who, what, to whom, from where, and the details.
class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Moderator,
        Action,
        Target,
        Source,
        Details,
        ColumnCount
    };
    enum class Sources
    {
        All,
        Steward, ///< decisions made in Steward, on the server or not
        Web,     ///< server rows no Steward decision caused
    };

    explicit AuditTrailModel(QObject* parent = nullptr);

    void setRows(QList<AuditTrailRow> rows);
    void setSources(Sources sources);
    const AuditTrailRow& row(int index) const { return m_shown[index]; }
    int stewardCount() const;
    /// Rows read, whichever source is shown.
    int allCount() const { return int(m_all.size()); }

    /// Every row shown, typed, for export.
    analytics::ReportTable toTable() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "Suspended user", "Review decision", ... as the trail names the row's action.
    static QString actionTitle(const AuditTrailRow& row);
    /// The details on one line, without what other columns say (ids, times).
    static QString detailsSummary(const QString& details);
    /// "Steward", "Steward (failed)", "Web".
    static QString sourceTitle(const AuditTrailRow& row);

private:
    void refilter();

    QList<AuditTrailRow> m_all;
    QList<AuditTrailRow> m_shown;
    Sources m_sources = Sources::All;
};

} // namespace steward
