// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/translations.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/widgets/emptystatepane.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

using namespace steward;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void germanIsCompiledInAndLoadsByLocale()
    {
        QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(QCoreApplication::translate("steward::MainWindowActions", "&File"),
                 QStringLiteral("&Datei"));
        MainWindow window;
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        QCOMPARE(window.emptyState(MainWindow::Pane::Queue)->title(),
                 QStringLiteral("Noch keine Moderationswarteschlange"));
    }

    void everyCatalogueContextIsOneTheCodeAsksFor()
    {
        // lupdate loses a class's namespace after some declarations (an enum with a fixed
        // underlying type, a closed namespace block): its strings are then filed under a bare
        // class name that no tr() asks for, and stay English. Only these contexts are bare.
        const QStringList bare{QStringLiteral("Logging"), QStringLiteral("ThreadDocument"),
                               QStringLiteral("stewardctl"), QStringLiteral("steward")};
        QFile ts(qEnvironmentVariable("STEWARD_SOURCE_DIR") +
                 QStringLiteral("/translations/steward_de.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        static const QRegularExpression name(QStringLiteral("<name>([^<]*)</name>"));
        for (const QRegularExpressionMatch& m : name.globalMatch(text)) {
            const QString context = m.captured(1);
            QVERIFY2(context.contains(u"::") || bare.contains(context), qPrintable(context));
        }
        QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(QCoreApplication::translate("steward::reports::ReportFiles", "Key figures"),
                 QStringLiteral("Kennzahlen"));
        QCOMPARE(QCoreApplication::translate("steward::reports::Transparency", "All actions"),
                 QStringLiteral("Alle Maßnahmen"));
        QCOMPARE(QCoreApplication::translate("steward::analytics::Headlines", "new"),
                 QStringLiteral("neu"));
    }

    void qtsOwnButtonsSpeakGermanToo()
    {
        // Qt's translations (Debian's qt6-translations-l10n, which build-deps.txt installs and
        // the package recommends) load with Steward's: a dialog's Cancel is not left English.
        QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        QDialogButtonBox box(QDialogButtonBox::Cancel | QDialogButtonBox::Close);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("Schließen"));
    }

    void untranslatedLocaleFallsBackToEnglish()
    {
        QVERIFY(!installTranslations(QLocale(QLocale::Japanese, QLocale::Japan)));
        QCOMPARE(QCoreApplication::translate("steward::MainWindowActions", "&File"),
                 QStringLiteral("&File"));
    }

    void englishPluralsAreWords()
    {
        // English and any language without its own file get "1 post" and "2 posts", not "post(s)".
        for (const QLocale& locale :
             {QLocale(QLocale::English), QLocale(QLocale::Japanese, QLocale::Japan)}) {
            installTranslations(locale);
            QCOMPARE(
                QCoreApplication::translate("steward::ItemDetailView", "%n post(s)", nullptr, 1),
                QStringLiteral("1 post"));
            QCOMPARE(
                QCoreApplication::translate("steward::ItemDetailView", "%n post(s)", nullptr, 2),
                QStringLiteral("2 posts"));
        }
        installTranslations(QLocale(QLocale::German));
        QCOMPARE(QCoreApplication::translate("steward::ItemDetailView", "%n post(s)", nullptr, 1),
                 QStringLiteral("1 Beitrag"));
    }

    void everyEnglishPluralIsWritten()
    {
        QFile ts(qEnvironmentVariable("STEWARD_SOURCE_DIR") +
                 QStringLiteral("/translations/steward_en.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray text = ts.readAll();
        QVERIFY(text.contains("numerus=\"yes\""));
        QVERIFY2(!text.contains("type=\"unfinished\""), "steward_en.ts has unwritten plural forms");
    }

    void windowRetranslatesOnLanguageChange()
    {
        installTranslations(QLocale(QLocale::English));
        MainWindow window;
        QCOMPARE(window.windowTitle(), QStringLiteral("Steward"));
        QCOMPARE(window.menuBar()->actions().at(1)->text(), QStringLiteral("&View"));
        installTranslations(QLocale(QLocale::German, QLocale::Austria));
        QTRY_COMPARE(window.menuBar()->actions().at(1)->text(), QStringLiteral("&Ansicht"));
        QCOMPARE(window.emptyState(MainWindow::Pane::Dashboard)->title(),
                 QStringLiteral("Noch keine Kennzahlen"));
    }

    void everyGermanMessageIsTranslated()
    {
        QFile ts(qEnvironmentVariable("STEWARD_SOURCE_DIR") +
                 QStringLiteral("/translations/steward_de.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray text = ts.readAll();
        QVERIFY(text.contains("<message>"));
        QVERIFY2(!text.contains("type=\"unfinished\""), "steward_de.ts has unfinished messages");
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
