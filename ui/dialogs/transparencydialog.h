// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/reports/reportdocument.h"
#include "models/reports/transparency.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QTableWidget;

namespace steward {

/// Transparency Report: the period, the format, and which flag reasons count as notices of
/// illegal content (the rest count against the terms of service). The grounds are kept.
class TransparencyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TransparencyDialog(QWidget* parent = nullptr);

    QDate from() const;
    QDate to() const;
    void setRange(QDate from, QDate to);
    reports::ReportFormat format() const;
    reports::TransparencyGrounds grounds() const;

    /// The grounds kept from the last report, or the defaults.
    static reports::TransparencyGrounds rememberedGrounds();
    static void rememberGrounds(const reports::TransparencyGrounds& grounds);

    QTableWidget* groundsTable() const { return m_grounds; }

private:
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_format;
    QTableWidget* m_grounds;
};

} // namespace steward
