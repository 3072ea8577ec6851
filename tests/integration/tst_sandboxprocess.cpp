// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's sandbox as a child process: `stewardctl sandbox` says where it listens before it
// has generated the community, then serves the admin and case accounts it prints; it ends
// with its owner, its journal closed.
#include "app/session/sandboxprocess.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

class TestSandboxProcess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listensThenServesAndEndsWithItsOwner()
    {
        QTemporaryDir dir;
        QUrl listening;
        QString error = QStringLiteral("not yet");
        qint64 pid = 0;
        {
            SandboxProcess sandbox;
            sandbox.start(
                QStringLiteral(STEWARDCTL_PATH),
                {QStringLiteral("sandbox"), QStringLiteral("--scale"), QStringLiteral("small"),
                 QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"),
                 dir.filePath(QStringLiteral("sandbox"))},
                [&](const QUrl& url) { listening = url; }, [&](const QString& e) { error = e; });
            QTRY_VERIFY_WITH_TIMEOUT(error != u"not yet", 60000);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(listening.port() > 0);
            const SandboxProcess::Served& served = sandbox.served();
            QCOMPARE(served.url.port(), listening.port());
            QVERIFY(!served.adminUsername.isEmpty() && served.adminKey.size() >= 32);
            QCOMPARE(served.caseUsername, QStringLiteral("steward.integration"));

            // The admin key it printed is the one it takes.
            QNetworkAccessManager network;
            QNetworkRequest request(
                served.url.resolved(QUrl(QStringLiteral("/admin/users/list/active.json"))));
            request.setRawHeader("Api-Key", served.adminKey.toUtf8());
            request.setRawHeader("Api-Username", served.adminUsername.toUtf8());
            QNetworkReply* reply = network.get(request);
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            delete reply;
            pid = sandbox.processId();
            QVERIFY(pid > 0);
            QVERIFY(QFile::exists(QStringLiteral("/proc/%1").arg(pid)));
        }
        // Destroyed: the child was asked to end and did; its data directory holds its journal.
        QVERIFY(!QFile::exists(QStringLiteral("/proc/%1").arg(pid)));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("sandbox/sandbox.json"))));
    }

    void aMissingProgramFailsWithTheReason()
    {
        SandboxProcess sandbox;
        QString error;
        bool done = false;
        sandbox.start(QStringLiteral("/nonexistent/stewardctl"), {}, {}, [&](const QString& e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY2(error.contains(QStringLiteral("could not be started")), qPrintable(error));
    }
};

QTEST_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"
