// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/reports/reportdocument.h"

#include <QUrl>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace steward {

class AuditTrailModel;
class Database;

/// The audit trail: the server's staff action log (from the web and from Steward) beside
/// Steward's own decisions, newest first, searchable by moderator, user, action and details,
/// and exported like any report.
class AuditPane : public QWidget
{
    Q_OBJECT
public:
    AuditPane(const Database& database, QWidget* parent = nullptr);

    void setSite(const QUrl& site, const QString& community);
    /// Reads the trail again (after a sync, or when the filters change).
    void reload();
    /// Writes the rows shown, with the filters that chose them, in the format.
    bool exportTo(const QString& path, reports::ReportFormat format, QString* error);
    void chooseExport();
    /// Asks for the transparency report's period, format and grounds, then saves it.
    void chooseTransparencyReport();
    /// Writes the transparency report of [from, to] (local days) in the format.
    bool exportTransparency(const QString& path, QDate from, QDate to, reports::ReportFormat format,
                            QString* error);

    AuditTrailModel* model() const { return m_model; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* rangeBox() const { return m_range; }
    QComboBox* sourceBox() const { return m_source; }
    QString statusText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void openRow(const QModelIndex& index);
    QDateTime rangeStart() const;

    const Database& m_database;
    QUrl m_site;
    QString m_community;
    AuditTrailModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_range;
    QComboBox* m_source;
    QPushButton* m_export;
    QPushButton* m_transparency;
    QTableView* m_table;
    QLabel* m_status;
    QTimer* m_searchTimer;
    QString m_error;
};

} // namespace steward
