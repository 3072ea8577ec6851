// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace steward {

namespace {

QTranslator* steward_ = nullptr;
QTranslator* qt_ = nullptr;

void replace(QTranslator*& slot, QTranslator* next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = next;
    if (slot)
        QCoreApplication::installTranslator(slot);
}

} // namespace

bool installTranslations(const QLocale& locale)
{
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        replace(qt_, qt);
    else {
        replace(qt_, nullptr);
        delete qt;
    }

    // An installed file (share/steward/translations beside bin/) wins over the compiled-in
    // one, so that a package can carry updated translations. A language without its own file
    // falls back to English, whose file holds the plural forms ("1 post", "2 posts") that the
    // source's "%n post(s)" leaves open.
    auto* own = new QTranslator(QCoreApplication::instance());
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/steward/translations");
    for (const QString& dir : {installed, QStringLiteral(":/i18n")}) {
        if (own->load(locale, QStringLiteral("steward"), QStringLiteral("_"), dir)) {
            replace(steward_, own);
            return true;
        }
    }
    if (own->load(QStringLiteral("steward_en"), installed) ||
        own->load(QStringLiteral(":/i18n/steward_en.qm"))) {
        replace(steward_, own);
        return false;
    }
    replace(steward_, nullptr);
    delete own;
    return false;
}

} // namespace steward
