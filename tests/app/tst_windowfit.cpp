// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every pane fits a 1280×800 laptop screen in English and in German, over a synced community:
// the window can be made 1280 px wide whatever item, topic or report it shows, and stepping
// through the queue does not move the detail pane's edge.
#include "app/common/translations.h"
#include "app/session/communitysession.h"
#include "models/analytics/analyticsservice.h"
#include "models/domain/clock.h"
#include "models/items/queuefiltermodel.h"
#include "models/items/topiclistmodel.h"
#include "tests/support/windowtesting.h"
#include "ui/audit/auditpane.h"
#include "ui/audit/audittrailmodel.h"
#include "ui/charts/dashboardpane.h"
#include "ui/charts/drilldownpanel.h"
#include "ui/charts/kpitile.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/queue/itemdetailview.h"
#include "ui/queue/queuepane.h"
#include "ui/thread/threadspane.h"

#include <QLayout>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::testing;

namespace {

constexpr QSize kScreen{1280, 800};
constexpr int kDecorations = 40; // a title bar and a panel's share of the 800 px

} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT
    std::unique_ptr<WindowOverSandbox> m_rig;

    /// Why the window cannot be laptop-sized now, or empty when it can.
    QString tooLarge(const char* where) const
    {
        const QSize least = window()->minimumSizeHint();
        if (least.width() <= kScreen.width() && least.height() <= kScreen.height() - kDecorations)
            return {};
        return QStringLiteral("%1: the window needs at least %2×%3")
            .arg(QLatin1String(where))
            .arg(least.width())
            .arg(least.height());
    }

    void open(const QString& language)
    {
        const QLocale locale(language);
        QLocale::setDefault(locale);
        installTranslations(locale);
        m_rig = std::make_unique<WindowOverSandbox>();
        const QString error =
            m_rig->open(QSize(kScreen.width(), kScreen.height() - kDecorations), language);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    MainWindow* window() const { return m_rig->window.get(); }

private Q_SLOTS:
    void initTestCase()
    {
        static QTemporaryDir settings; // window sizes go to settings: this test's own
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    }

    void cleanup() { m_rig.reset(); }

    void everyPaneFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral("de");
    }

    void everyPaneFits()
    {
        QFETCH(QString, language);
        open(language);
        if (QTest::currentTestFailed())
            return;

        // The queue, on every pending item: each brings its own action buttons.
        QueuePane* queue = window()->queuePane();
        QVERIFY(queue->filterModel().rowCount() > 10);
        int detailEdge = -1;
        for (int row = 0; row < queue->filterModel().rowCount(); ++row) {
            queue->table()->selectRow(row);
            QCoreApplication::processEvents();
            const QString why = tooLarge("queue");
            QVERIFY2(why.isEmpty(), qPrintable(why + QStringLiteral(" at row %1").arg(row)));
            const int edge = queue->detail()->mapTo(window(), QPoint(0, 0)).x();
            if (detailEdge < 0)
                detailEdge = edge;
            QCOMPARE(edge, detailEdge); // j/k does not make the detail pane jump
        }
        QCOMPARE(window()->width(), kScreen.width());

        window()->showPane(MainWindow::Pane::Threads);
        ThreadsPane* threads = window()->threadsPane();
        QTRY_VERIFY(threads->model().rowCount() > 0);
        threads->table()->selectRow(0);
        QCoreApplication::processEvents();
        QVERIFY2(tooLarge("threads").isEmpty(), qPrintable(tooLarge("threads")));
        // The topic list keeps room to tell titles apart.
        QVERIFY2(threads->table()->width() >= 400,
                 qPrintable(QString::number(threads->table()->width())));

        window()->showPane(MainWindow::Pane::Dashboard);
        QTRY_VERIFY_WITH_TIMEOUT(window()->analytics()->isLoaded(), 20000);
        QCoreApplication::processEvents();
        QVERIFY2(tooLarge("dashboard").isEmpty(), qPrintable(tooLarge("dashboard")));
        DashboardPane* dashboard = window()->dashboardPane();
        QTest::mouseClick(dashboard->tile(QStringLiteral("unanswered")), Qt::LeftButton);
        QVERIFY(dashboard->drillDown()->isVisible());
        QCoreApplication::processEvents();
        QVERIFY2(tooLarge("dashboard with its list").isEmpty(),
                 qPrintable(tooLarge("dashboard with its list")));
        QCOMPARE(window()->width(), kScreen.width());

        window()->showPane(MainWindow::Pane::Audit);
        QCoreApplication::processEvents();
        QVERIFY(window()->auditPane()->model()->rowCount() > 0);
        QVERIFY2(tooLarge("audit trail").isEmpty(), qPrintable(tooLarge("audit trail")));
        QCOMPARE(window()->width(), kScreen.width());
    }
};

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
