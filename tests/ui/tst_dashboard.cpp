// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard over a sandbox community synced over loopback: tiles show the report's
// numbers, controls recompute, chart elements drill down to the topics or user behind them
// and open them on the site, exports carry the definitions, and both palettes are applied.
#include "app/session/communitysession.h"
#include "models/analytics/analyticsservice.h"
#include "models/analytics/drilldown.h"
#include "models/settings/preferences.h"
#include "models/sync/syncengine.h"
#include "tests/support/sessiontesting.h"
#include "ui/charts/chartexport.h"
#include "ui/charts/dashboardcharts.h"
#include "ui/charts/dashboardpane.h"
#include "ui/charts/drilldownpanel.h"
#include "ui/charts/kpitile.h"
#include "ui/dialogs/exportreportdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/mainwindowactions.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSqlDatabase>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>

using namespace steward;
using namespace steward::analytics;
using namespace steward::testing;

/// Receives what the dashboard asks the desktop to open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl& url) { urls.append(url); }
};

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<CommunitySession> m_session;
    std::unique_ptr<AnalyticsService> m_service;
    std::unique_ptr<DashboardPane> m_pane;
    UrlCatcher m_urls;

    /// The sandbox's "now" is fixed; the presets count from today, so tests use custom ranges.
    void showRange(int days)
    {
        m_pane->setCustomRange(kNow.date().addDays(-(days - 1)), kNow.date());
    }

    /// Clicks the middle of bar index of the chart's first bar set, as a user would.
    void clickBar(QChartView* view, int index)
    {
        QChart* chart = view->chart();
        auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().first());
        QVERIFY(series);
        const double value = series->barSets().first()->at(index);
        QVERIFY2(value > 0, "the bar to click is empty");
        const bool horizontal = qobject_cast<QHorizontalBarSeries*>(series) != nullptr;
        const QPointF at = horizontal ? chart->mapToPosition(QPointF(value / 2, index), series)
                                      : chart->mapToPosition(QPointF(index, value / 2), series);
        const QPoint pos = view->mapFromScene(chart->mapToScene(at));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // This test's preferences, not the user's.
        static QTemporaryDir settings;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
        m_server = startSandbox();
        m_session = std::make_unique<CommunitySession>();
        const QString error =
            openSynced(*m_session, *m_server, m_dir.filePath(QStringLiteral("t.db")));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_service =
            std::make_unique<AnalyticsService>(m_dir.filePath(QStringLiteral("t.db")), QString());
        m_pane = std::make_unique<DashboardPane>(*m_service);
        m_pane->setSite(m_server->url());
        m_pane->resize(1090, 760);
        m_pane->show();
        QSignalSpy loaded(m_service.get(), &AnalyticsService::loadingChanged);
        m_service->reload();
        QTRY_VERIFY_WITH_TIMEOUT(m_service->isLoaded(), 20000);
        showRange(90);
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_urls, "open");
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); }

    void aServiceDestroyedMidReadLeavesNoThreadBehind()
    {
        const QStringList before = QSqlDatabase::connectionNames();
        auto service =
            std::make_unique<AnalyticsService>(m_dir.filePath(QStringLiteral("t.db")), QString());
        service->reload();
        QVERIFY(service->isLoading());
        service.reset();
        // The worker's own connection is gone: its thread was joined, not left reading.
        QCOMPARE(QSqlDatabase::connectionNames(), before);
    }

    void tilesShowTheReport()
    {
        const Report& r = m_service->report();
        QCOMPARE(r.query.from, kNow.date().addDays(-89));
        QVERIFY(r.activity.total.topics > 20);
        const QLocale locale;
        QCOMPARE(m_pane->tile(QStringLiteral("new_topics"))->valueText(),
                 locale.toString(r.activity.total.topics));
        QCOMPARE(m_pane->tile(QStringLiteral("unanswered"))->valueText(),
                 locale.toString(r.unanswered.count));
        QVERIFY(m_pane->tile(QStringLiteral("first_response"))
                    ->toolTip()
                    .contains(u"time_to_first_response"));
        QVERIFY(!m_pane->tile(QStringLiteral("posts"))->changeText().isEmpty());
        QVERIFY(m_pane->charts()->view(DashboardCharts::Activity)->chart() != nullptr);
        QCOMPARE(m_pane->charts()->bucketLabels().size(), qsizetype(r.activity.buckets.size()));
        QVERIFY(m_pane->lists()->widget(0)->findChild<QTreeWidget*>() ==
                nullptr); // the tab is the list itself
        QCOMPARE(qobject_cast<QTreeWidget*>(m_pane->lists()->widget(0))->topLevelItemCount(),
                 int(r.activeTopics.size()));
    }

    void aPartialBucketIsDrawnPaleAndDashed()
    {
        showRange(30); // ends on a Friday: its last week is cut at the range's end
        m_pane->setGranularity(Granularity::Week);
        QTRY_VERIFY(m_service->report().query.granularity == Granularity::Week);
        const Report& r = m_service->report();
        QVERIFY(r.activity.buckets.back().partial);
        QVERIFY(!r.activity.buckets[1].partial);
        QChart* chart = m_pane->charts()->view(DashboardCharts::Activity)->chart();
        auto* bars = qobject_cast<QAbstractBarSeries*>(chart->series().first());
        QVERIFY(bars);
        const QList<int> pale = bars->barSets().first()->selectedBars();
        QVERIFY(pale.contains(int(r.activity.buckets.size()) - 1));
        QVERIFY(!pale.contains(1));
        // Posts and active users: a whole line each, and a dashed run for each partial end,
        // which the legend does not list twice.
        int dashed = 0;
        for (QAbstractSeries* series : chart->series())
            if (auto* line = qobject_cast<QLineSeries*>(series);
                line && line->pen().style() == Qt::DashLine) {
                ++dashed;
                for (QLegendMarker* marker : chart->legend()->markers(line))
                    QVERIFY(!marker->isVisible());
            }
        QVERIFY(dashed >= 2);
        QVERIFY(m_pane->findChild<QLabel*>(QStringLiteral("dashboardStatus"))
                    ->text()
                    .contains(QStringLiteral("in part")));
        m_pane->setGranularity(Granularity::Day);
        showRange(90);
    }

    void controlsRecompute()
    {
        const int ninety = m_service->report().activity.total.topics;
        showRange(7);
        QVERIFY(m_service->report().activity.total.topics < ninety);
        QCOMPARE(m_service->report().query.days(), 7);
        showRange(90);
        const double discourse = m_service->report().response.hours.median;
        m_pane->setDefinition(ResponseDefinition::Staff);
        QCOMPARE(m_service->report().query.definition, ResponseDefinition::Staff);
        QVERIFY(m_service->report().response.hours.median != discourse);
        QVERIFY(m_pane->tile(QStringLiteral("first_response"))
                    ->toolTip()
                    .contains(u"admin or moderator"));
        m_pane->setDefinition(ResponseDefinition::Discourse);
        const Id category = m_service->data().categories.front().id;
        m_pane->setCategory(category);
        QCOMPARE(m_service->report().query.categoryId, category);
        QVERIFY(m_service->report().activity.total.topics < ninety);
        m_pane->setCategory(0);
        QCOMPARE(m_service->report().activity.total.topics, ninety);
        m_pane->setGranularity(Granularity::Week);
        QVERIFY(m_pane->charts()->bucketLabels().size() <= 14);
        m_pane->setGranularity(Granularity::Day);
    }

    void histogramBarListsItsTopicsAndOpensThem()
    {
        const Report& r = m_service->report();
        int bin = 0;
        while (r.response.histogram[std::size_t(bin)].topics.isEmpty())
            ++bin;
        clickBar(m_pane->charts()->view(DashboardCharts::ResponseHistogram), bin);
        QVERIFY(m_pane->drillDown()->isVisible());
        QTreeWidget* list = m_pane->drillDown()->list();
        QCOMPARE(list->topLevelItemCount(),
                 int(r.response.histogram[std::size_t(bin)].topics.size()));
        const Id first = r.response.histogram[std::size_t(bin)].topics.first();
        QCOMPARE(list->topLevelItem(0)->text(0), m_service->data().topic(first)->title);
        list->setFocus();
        list->setCurrentItem(list->topLevelItem(0));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(m_urls.urls.size(), 1);
        QCOMPARE(m_urls.urls.last().path(),
                 QStringLiteral("/t/%1/%2").arg(m_service->data().topic(first)->slug).arg(first));
        QCOMPARE(m_urls.urls.last().host(), m_server->url().host());
    }

    void activityBarListsTheDaysTopics()
    {
        const Report& r = m_service->report();
        int day = int(r.activity.buckets.size()) - 1;
        while (r.activity.buckets[std::size_t(day)].topics.isEmpty())
            --day;
        clickBar(m_pane->charts()->view(DashboardCharts::Activity), day);
        QCOMPARE(m_pane->drillDown()->list()->topLevelItemCount(),
                 int(r.activity.buckets[std::size_t(day)].topics.size()));
        QVERIFY(m_pane->drillDown()->title().contains(m_pane->charts()->bucketLabels().at(day)));
    }

    void contributorBarShowsTheUser()
    {
        const Report& r = m_service->report();
        const auto& top = r.contributors.community[0];
        QVERIFY(!top.empty());
        // The chart lists the first contributor last (bars run bottom-up).
        clickBar(m_pane->charts()->view(DashboardCharts::Contributors), int(top.size()) - 1);
        const QString name = m_service->data().user(top.front().user)->username;
        QVERIFY2(m_pane->drillDown()->title().contains(name),
                 qPrintable(m_pane->drillDown()->title()));
        QCOMPARE(m_pane->drillDown()->list()->topLevelItemCount(),
                 int(topicsOfUser(m_service->data(), r.query, top.front().user).size()));
    }

    void unansweredTileListsThem()
    {
        KpiTile* tile = m_pane->tile(QStringLiteral("unanswered"));
        QTest::mouseClick(tile, Qt::LeftButton);
        QCOMPARE(m_pane->drillDown()->list()->topLevelItemCount(),
                 int(m_service->report().unanswered.count));
    }

    void aChangeFromAFewIsSaidInItems()
    {
        KpiTile tile(QStringLiteral("backlog"));
        tile.setValue(QStringLiteral("105"), 105, 3, KpiTile::Direction::LowerIsBetter, true);
        QCOMPARE(tile.changeText(), QStringLiteral("▲ +102 from 3")); // not "▲ 3,400 %"
        tile.setValue(QStringLiteral("2"), 2, 9, KpiTile::Direction::LowerIsBetter, true);
        QCOMPARE(tile.changeText(), QStringLiteral("▼ -7 from 9"));
        tile.setValue(QStringLiteral("110"), 110, 100, KpiTile::Direction::LowerIsBetter, true);
        QCOMPARE(tile.changeText(), QStringLiteral("▲ 10 %"));
        tile.setValue(QStringLiteral("36 %"), 0.36, 0.3, KpiTile::Direction::HigherIsBetter);
        QCOMPARE(tile.changeText(), QStringLiteral("▲ 20 %")); // a rate keeps its percentage
    }

    void exportsTheWholeReport()
    {
        QString error;
        const QString json = m_dir.filePath(QStringLiteral("report.json"));
        QVERIFY2(m_pane->exportTo(json, &error), qPrintable(error));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(o[u"activity"][u"new_topics"][u"value"].toInt(),
                 m_service->report().activity.total.topics);
        QVERIFY(o[u"definitions"].toObject().contains(u"first_response"));
        const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
        QVERIFY(m_pane->exportTo(csv, &error));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(csvFile.readAll().startsWith(
            "activity\r\ndate,new_topics,posts,new_users,active_users\r\n"));
        QVERIFY(
            !m_pane->exportTo(m_dir.filePath(QStringLiteral("missing/dir/report.json")), &error));
        QVERIFY(!error.isEmpty());
    }

    void exportsAPresetAsPdfAndSpreadsheet()
    {
        QString error;
        ReportExportChoice choice;
        choice.presetKey = QStringLiteral("moderation-activity");
        choice.format = reports::ReportFormat::Pdf;
        choice.pageSize = QPageSize::Letter;
        const QString pdf = m_dir.filePath(QStringLiteral("moderation.pdf"));
        QVERIFY2(m_pane->exportTo(pdf, choice, &error), qPrintable(error));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdfFile.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("/MediaBox [0 0 612.000000 792.000000]")); // Letter, in points
        choice.format = reports::ReportFormat::Xlsx;
        const QString xlsx = m_dir.filePath(QStringLiteral("moderation.xlsx"));
        QVERIFY2(m_pane->exportTo(xlsx, choice, &error), qPrintable(error));
        QFile xlsxFile(xlsx);
        QVERIFY(xlsxFile.open(QIODevice::ReadOnly));
        QVERIFY(xlsxFile.read(2) == "PK"); // a zip, as XLSX is
        choice.format = reports::ReportFormat::Csv;
        choice.byteOrderMark = true;
        const QString csv = m_dir.filePath(QStringLiteral("moderation.csv"));
        QVERIFY(m_pane->exportTo(csv, choice, &error));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(csvFile.readAll().startsWith("\xEF\xBB\xBF"
                                             "flags\r\n"));
    }

    void theExportDialogRemembersItsChoice()
    {
        prefs::reportPreset.reset();
        prefs::reportFormat.reset();
        prefs::reportPageSize.reset();
        {
            ExportReportDialog dialog(QStringLiteral("1 Oct to 31 Oct"));
            QCOMPARE(dialog.choice().presetKey, QStringLiteral("full"));
            QCOMPARE(dialog.choice().format, reports::ReportFormat::Pdf);
            QVERIFY(dialog.paperBox()->isEnabled());
            dialog.formatBox()->setCurrentIndex(
                dialog.formatBox()->findData(int(reports::ReportFormat::Xlsx)));
            QVERIFY(!dialog.paperBox()->isEnabled()); // paper is for PDFs
            dialog.presetBox()->setCurrentIndex(
                dialog.presetBox()->findData(QStringLiteral("community-health")));
            ExportReportDialog::remember(dialog.choice());
        }
        ExportReportDialog again(QStringLiteral("1 Oct to 31 Oct"));
        QCOMPARE(again.choice().presetKey, QStringLiteral("community-health"));
        QCOMPARE(again.choice().format, reports::ReportFormat::Xlsx);
        QCOMPARE(ExportReportDialog::fileName(again.choice(), QDate(2026, 10, 1)),
                 QStringLiteral("community-health-2026-10-01.xlsx"));
    }

    void aChartSavesAsPngAndSvg()
    {
        QChartView* view = m_pane->charts()->view(DashboardCharts::Activity);
        view->resize(600, 300);
        QString error;
        const QString png = m_dir.filePath(QStringLiteral("activity.png"));
        QVERIFY2(saveChart(view, png, &error), qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1200, 600)); // twice the view, for slides
        const QString svg = m_dir.filePath(QStringLiteral("activity.svg"));
        QVERIFY2(saveChart(view, svg, &error), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        // Vectors: bars as rectangles, lines as polylines, labels as text.
        QVERIFY(text.contains("<svg") && text.contains("<rect") && text.contains("<polyline") &&
                text.contains("<text"));
        QCOMPARE(view->contextMenuPolicy(), Qt::CustomContextMenu);
        QVERIFY(!saveChart(view, m_dir.filePath(QStringLiteral("missing/dir/a.svg")), &error));
    }

    void followsThePalette()
    {
        QPalette dark = m_pane->palette();
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        m_pane->setPalette(dark);
        QChart* chart = m_pane->charts()->view(DashboardCharts::Activity)->chart();
        QCOMPARE(chart->backgroundBrush().color(), QColor(0x20, 0x20, 0x20));
        QCOMPARE(chart->titleBrush().color(), QColor(0xee, 0xee, 0xee));
        m_pane->setPalette(QPalette());
    }

    void aCommunityOpensOnThePaneLeftLastTime()
    {
        prefs::windowPane.set(int(MainWindow::Pane::Dashboard));
        MainWindow window;
        window.restoreLayout(); // as main() does, before the account opens
        window.attachCommunity(QStringLiteral("sandbox"), m_session->store(), m_session->outbox(),
                               m_session->sync());
        QCOMPARE(window.currentPane(), MainWindow::Pane::Dashboard);
        prefs::windowPane.reset();
    }

    void mainWindowLoadsItWhenShown()
    {
        MainWindow window;
        QVERIFY(!window.actions()->exportReport->isEnabled()); // nothing to export yet
        window.attachCommunity(QStringLiteral("sandbox"), m_session->store(), m_session->outbox(),
                               m_session->sync());
        QVERIFY(window.actions()->exportReport->isEnabled()); // File › Export Report works
        window.show();
        QVERIFY(!window.analytics()->isLoaded());
        window.showPane(MainWindow::Pane::Dashboard);
        QTRY_VERIFY_WITH_TIMEOUT(window.analytics()->isLoaded(), 20000);
        QVERIFY(window.dashboardPane()->isVisible());
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
