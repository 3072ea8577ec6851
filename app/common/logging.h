// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>

class QCommandLineParser;

namespace steward {

/// --verbose, which every program and command takes.
QCommandLineOption verboseOption();
/// Adds verboseOption() to a command's options and returns it.
QCommandLineOption addVerboseOption(QCommandLineParser& parser);

/// Prefixes every log line with its category (steward.net, steward.sync, steward.outbox,
/// steward.store) and level. Warnings, which are for problems nothing else reports (a failed
/// database statement), are on by default; verbose turns on the info and debug lines of every
/// steward.* category. QT_LOGGING_RULES, when set, has the last word
/// (for example QT_LOGGING_RULES="steward.net.debug=true").
void setUpLogging(bool verbose);

} // namespace steward
