// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/keptlayout.h"

#include "models/settings/preferences.h"

#include <QSplitter>

namespace steward {

void keepSplitterSizes(QSplitter* splitter, const QString& name)
{
    splitter->setObjectName(name);
    const Setting<QByteArray> kept = prefs::splitterState(name);
    if (const QByteArray state = kept.get(); !state.isEmpty())
        splitter->restoreState(state);
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, kept] { kept.set(splitter->saveState()); });
}

} // namespace steward
