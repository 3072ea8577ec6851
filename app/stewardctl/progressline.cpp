// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/stewardctl/progressline.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace steward::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(stewardctl)
};
} // namespace

QString formatDuration(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    if (s < 60)
        return Text::tr("%1 s").arg(s);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

ProgressLine::ProgressLine()
    : m_terminal(isatty(fileno(stderr)) != 0)
{
}

void ProgressLine::update(const SyncProgress& p)
{
    QTextStream err(stderr);
    if (!m_terminal) {
        if (p.phase != m_lastPhase)
            err << Text::tr("syncing %1...").arg(p.phase) << Qt::endl;
        m_lastPhase = p.phase;
        return;
    }
    constexpr int kWidth = 30;
    QString line;
    if (p.total > 0) {
        const double share = std::clamp(double(p.done) / double(p.total), 0.0, 1.0);
        const int filled = int(share * kWidth);
        line = QStringLiteral("[%1%2] %3% %4 %5/%6")
                   .arg(QString(filled, u'#'), QString(kWidth - filled, u'-'))
                   .arg(int(share * 100), 3)
                   .arg(p.phase)
                   .arg(p.done)
                   .arg(p.total);
        if (p.etaMs >= 0)
            line += Text::tr(" ETA %1").arg(formatDuration(p.etaMs));
    } else {
        line = QStringLiteral("[%1] %2 %3").arg(QString(kWidth, u'.'), p.phase).arg(p.done);
    }
    err << '\r' << line.leftJustified(79) << Qt::flush;
    m_drawn = true;
}

void ProgressLine::finish()
{
    if (m_drawn) {
        QTextStream err(stderr);
        err << '\r' << QString(79, u' ') << '\r' << Qt::flush;
    }
    m_drawn = false;
}

} // namespace steward::cli
