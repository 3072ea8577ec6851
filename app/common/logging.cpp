// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

namespace steward {

namespace {
struct Logging
{
    Q_DECLARE_TR_FUNCTIONS(Logging)
};
} // namespace

QCommandLineOption verboseOption()
{
    return QCommandLineOption(
        QStringLiteral("verbose"),
        Logging::tr("Log every request, sync phase and decision to standard error "
                    "(the steward.* logging categories; QT_LOGGING_RULES selects finer)."));
}

QCommandLineOption addVerboseOption(QCommandLineParser& parser)
{
    QCommandLineOption verbose = verboseOption();
    parser.addOption(verbose);
    return verbose;
}

void setUpLogging(bool verbose)
{
    qSetMessagePattern(QStringLiteral(
        "%{time hh:mm:ss.zzz} %{if-category}%{category} %{endif}%{type}: %{message}"));
    if (verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("steward.*=true"));
}

} // namespace steward
