// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/appidentity.h"

#include "models/domain/version.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace steward {

void setAppIdentity(const QString& applicationName)
{
    QCoreApplication::setOrganizationName(QStringLiteral("steward"));
    QCoreApplication::setApplicationName(applicationName);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
}

QString dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/steward");
}

} // namespace steward
