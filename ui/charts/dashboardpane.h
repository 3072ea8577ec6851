// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/analytics/query.h"
#include "ui/dialogs/exportreportdialog.h"

#include <QUrl>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTreeWidget;

namespace steward {

namespace analytics {
class AnalyticsService;
}
class DashboardCharts;
class DrillDownPanel;
class KpiTile;

/// The community manager's dashboard: a range (presets or custom), a category and a response
/// definition; KPI tiles with change and sparkline; charts whose bars, slices and points list
/// the topics or user behind them in a side panel, from which they open on the site; lists of
/// the most active topics, categories and moderators; export of the whole report.
class DashboardPane : public QWidget
{
    Q_OBJECT
public:
    enum class Preset
    {
        Days7,
        Days30,
        Days90,
        Days365,
        Custom
    };

    explicit DashboardPane(analytics::AnalyticsService& service, QWidget* parent = nullptr);

    void setSite(const QUrl& site);
    void setPreset(Preset preset);
    /// Switches to Custom with these dates.
    void setCustomRange(QDate from, QDate to);
    void setCategory(Id categoryId);
    void setDefinition(analytics::ResponseDefinition definition);
    void setGranularity(analytics::Granularity granularity);

    KpiTile* tile(const QString& key) const;
    DashboardCharts* charts() const { return m_charts; }
    DrillDownPanel* drillDown() const { return m_drill; }
    QTabWidget* lists() const { return m_lists; }
    /// Writes the report shown as the choice asks (its preset's sections and charts, in its
    /// format). False with error set when the file cannot be written.
    bool exportTo(const QString& path, const ReportExportChoice& choice, QString* error);
    /// The whole report in the format the path's suffix names (JSON for any other).
    bool exportTo(const QString& path, QString* error);
    /// Asks what to export and where to save it (its Export button, File › Export Report).
    void chooseExport();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildControls(QWidget* bar);
    void retranslate();
    void presetChosen();
    void applyQuery();
    void showReport();
    void fillCategories();
    void fillLists();
    void showDrillDown(const QString& title, const QList<Id>& topics);
    /// Shows the drill-down beside the tiles at a width that leaves them room.
    void revealDrillDown();
    void tileClicked(const QString& key);

    analytics::AnalyticsService& m_service;
    QString m_community; ///< the site's host, on a report's cover
    QComboBox* m_preset;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_category;
    QComboBox* m_granularity;
    QComboBox* m_definition;
    QComboBox* m_contributorMetric;
    QComboBox* m_contributorGroup;
    QPushButton* m_export;
    QProgressBar* m_busy;
    QLabel* m_status;
    QList<KpiTile*> m_tiles;
    DashboardCharts* m_charts;
    DrillDownPanel* m_drill;
    QSplitter* m_splitter;
    QTabWidget* m_lists;
    QTreeWidget* m_activeTopics;
    QTreeWidget* m_categories;
    QTreeWidget* m_moderators;
    QList<QLabel*> m_labels; ///< the control bar's captions, for retranslate()
    bool m_updating = false;
};

} // namespace steward
