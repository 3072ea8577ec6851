// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>

class QCommandLineParser;

namespace steward {

/// steward's command line; its --help is also what the man page steward(1) is made from.
struct CommandLine
{
    CommandLine(); ///< after the translations are installed: the descriptions are translated
    void addTo(QCommandLineParser& parser) const;

    QCommandLineOption demo;
    QCommandLineOption scale;
    QCommandLineOption account;
    QCommandLineOption url;
    QCommandLineOption apiUsername;
    QCommandLineOption rateLimit;
    QCommandLineOption teamDatabase;
    QCommandLineOption verbose;
};

/// True when the arguments ask for help or the version, which need no display.
bool asksOnlyForText(int argc, char* argv[]);
/// Prints --help or --version without opening a display, then exits.
int printTextAndExit(int argc, char* argv[]);

} // namespace steward
