// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/settings/casetargetsettings.h"

#include <QSettings>

namespace steward {

CaseTarget loadCaseTarget(QSettings& s)
{
    CaseTarget t;
    const QString kind = s.value(QStringLiteral("cases/kind")).toString();
    t.kind = kind == u"servicenow" ? CaseTarget::Kind::ServiceNow
             : kind == u"webhook"  ? CaseTarget::Kind::Webhook
                                   : CaseTarget::Kind::None;
    t.url = s.value(QStringLiteral("cases/url")).toUrl();
    t.user = s.value(QStringLiteral("cases/user")).toString();
    t.bodyTemplate =
        s.value(QStringLiteral("cases/template"), CaseTarget::defaultTemplate()).toString();
    t.numberField =
        s.value(QStringLiteral("cases/numberField"), QStringLiteral("number")).toString();
    t.urlField = s.value(QStringLiteral("cases/urlField")).toString();
    t.staffNote = s.value(QStringLiteral("cases/staffNote"), false).toBool();
    return t;
}

void saveCaseTarget(QSettings& s, const CaseTarget& t)
{
    s.setValue(QStringLiteral("cases/kind"), t.name());
    s.setValue(QStringLiteral("cases/url"), t.url);
    s.setValue(QStringLiteral("cases/user"), t.user);
    s.setValue(QStringLiteral("cases/template"), t.bodyTemplate);
    s.setValue(QStringLiteral("cases/numberField"), t.numberField);
    s.setValue(QStringLiteral("cases/urlField"), t.urlField);
    s.setValue(QStringLiteral("cases/staffNote"), t.staffNote);
}

} // namespace steward
