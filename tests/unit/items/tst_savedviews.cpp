// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Saved queue views: filters survive the trip through settings, malformed settings fall
// back to defaults, and the built-in views can be neither replaced nor removed.
#include "models/items/savedviews.h"

#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

class TestSavedViews : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString iniPath() const
    {
        return m_dir.filePath(QStringLiteral("%1.ini").arg(QTest::currentTestFunction()));
    }

private Q_SLOTS:
    void aFilterSurvivesJson()
    {
        QueueFilter f;
        f.statuses = {1, 2};
        f.types = {int(ReviewableType::QueuedPost)};
        f.reasonTypeId = ScoreTypeId::Spam;
        f.categoryId = 12;
        f.minPriority = int(ReviewPriority::Medium);
        f.minAgeHours = 24;
        f.claimed = QueueFilter::Claimed::Unclaimed;
        f.search = QStringLiteral("refund \"quoted\"");
        QCOMPARE(queueFilterFromJson(queueFilterToJson(f)), f);
        QCOMPARE(queueFilterFromJson(QJsonObject()), QueueFilter()); // everything defaults
        const QJsonObject hostile =
            QJsonDocument::fromJson(
                R"({"statuses":"x","minPriority":99,"minAgeHours":-5,"claimed":7,"types":[1,"a",null]})")
                .object();
        const QueueFilter parsed = queueFilterFromJson(hostile);
        QCOMPARE(parsed.statuses, QueueFilter().statuses);
        QCOMPARE(parsed.minPriority, int(ReviewPriority::High));
        QCOMPARE(parsed.minAgeHours, 0);
        QCOMPARE(parsed.claimed, QueueFilter::Claimed::Any);
        QCOMPARE(parsed.types, QSet<int>{1});
    }

    void viewsAreSavedReplacedAndRemoved()
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        SavedViews views(settings);
        const int shipped = int(SavedViews::builtIn().size());
        QCOMPARE(views.all().size(), shipped);
        QueueFilter mine;
        mine.search = QStringLiteral("invoice");
        QVERIFY(views.save(QStringLiteral(" Billing "), mine));
        mine.minAgeHours = 4;
        QVERIFY(views.save(QStringLiteral("Billing"), mine)); // replaces, trimmed names match
        QVERIFY(!views.save(QStringLiteral("   "), mine));
        QVERIFY(!views.save(SavedViews::builtIn().first().name, mine));

        QSettings reopened(iniPath(), QSettings::IniFormat);
        const QList<SavedView> all = SavedViews(reopened).all();
        QCOMPARE(all.size(), shipped + 1);
        QCOMPARE(all.last().name, QStringLiteral("Billing"));
        QCOMPARE(all.last().filter, mine);
        QVERIFY(!all.last().builtIn);

        QVERIFY(!views.remove(SavedViews::builtIn().first().name));
        QVERIFY(views.remove(QStringLiteral("Billing")));
        QVERIFY(!views.remove(QStringLiteral("Billing")));
        QCOMPARE(views.all().size(), shipped);
    }

    void malformedSettingsLoseNoBuiltInView()
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        settings.setValue(
            QStringLiteral("queue/views"),
            QByteArray("[{\"name\":\"ok\",\"filter\":{}}, 3, {\"filter\":{}}, {\"name\""));
        QCOMPARE(SavedViews(settings).all().size(),
                 SavedViews::builtIn().size()); // unparsable: ignored
        settings.setValue(QStringLiteral("queue/views"),
                          QByteArray("[{\"name\":\"ok\",\"filter\":{}}, 3, {\"filter\":{}}]"));
        QCOMPARE(SavedViews(settings).all().size(), SavedViews::builtIn().size() + 1);
    }
};

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
