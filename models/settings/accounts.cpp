// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/settings/accounts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <algorithm>

namespace steward {

namespace {
const QString kList = QStringLiteral("accounts/list");
const QString kLastUsed = QStringLiteral("accounts/lastUsed");
} // namespace

QString Account::keychainKey() const
{
    return apiUsername + u'@' + baseUrl.adjusted(QUrl::StripTrailingSlash).toString();
}

QString Account::teamDatabaseKeychainKey() const
{
    return keychainKey() + QStringLiteral(" team-database");
}

SiteConnection Account::connection(const QString& apiKey) const
{
    return SiteConnection{baseUrl, apiUsername, apiKey, requestsPerMinute};
}

AccountList::AccountList(QSettings& settings)
    : m_settings(settings)
{
}

QList<Account> AccountList::accounts() const
{
    QList<Account> out;
    for (const QJsonValue& v :
         QJsonDocument::fromJson(m_settings.value(kList).toByteArray()).array()) {
        const QJsonObject o = v.toObject();
        Account a;
        a.name = o.value(QStringLiteral("name")).toString().trimmed();
        a.baseUrl = QUrl(o.value(QStringLiteral("url")).toString());
        a.apiUsername = o.value(QStringLiteral("apiUsername")).toString();
        a.requestsPerMinute = std::max(0, o.value(QStringLiteral("requestsPerMinute")).toInt(60));
        a.teamDatabase = o.value(QStringLiteral("teamDatabase")).toString().trimmed();
        if (!a.name.isEmpty() && a.baseUrl.isValid())
            out.append(a);
    }
    return out;
}

std::optional<Account> AccountList::find(const QString& name) const
{
    const QList<Account> all = accounts();
    const auto it = std::find_if(all.cbegin(), all.cend(),
                                 [&name](const Account& a) { return a.name == name; });
    return it == all.cend() ? std::nullopt : std::optional<Account>(*it);
}

bool AccountList::save(const Account& account, const QString& previousName, Problem* problem)
{
    auto fail = [problem](Problem why) {
        if (problem)
            *problem = why;
        return false;
    };
    Account a = account;
    a.name = a.name.trimmed();
    a.apiUsername = a.apiUsername.trimmed();
    a.baseUrl = a.baseUrl.adjusted(QUrl::StripTrailingSlash);
    a.teamDatabase = a.teamDatabase.trimmed();
    if (a.name.isEmpty())
        return fail(Problem::NoName);
    if (a.apiUsername.isEmpty())
        return fail(Problem::NoUsername);
    if (!a.baseUrl.isValid() || a.baseUrl.host().isEmpty())
        return fail(Problem::BadAddress);
    if (!isAllowedBaseUrl(a.baseUrl))
        return fail(Problem::InsecureAddress);
    QList<Account> all = accounts();
    const QString replacing = previousName.isEmpty() ? a.name : previousName;
    if (a.name != replacing &&
        std::any_of(all.cbegin(), all.cend(), [&a](const Account& x) { return x.name == a.name; }))
        return fail(Problem::NameTaken);
    auto it = std::find_if(all.begin(), all.end(),
                           [&replacing](const Account& x) { return x.name == replacing; });
    if (it != all.end())
        *it = a;
    else
        all.append(a);
    write(all);
    if (lastUsed() == previousName && !previousName.isEmpty())
        setLastUsed(a.name);
    return true;
}

bool AccountList::remove(const QString& name)
{
    QList<Account> all = accounts();
    if (all.removeIf([&name](const Account& a) { return a.name == name; }) == 0)
        return false;
    write(all);
    if (lastUsed() == name)
        m_settings.remove(kLastUsed);
    return true;
}

QString AccountList::lastUsed() const
{
    return m_settings.value(kLastUsed).toString();
}

void AccountList::setLastUsed(const QString& name)
{
    m_settings.setValue(kLastUsed, name);
}

void AccountList::write(const QList<Account>& accounts)
{
    QJsonArray array;
    for (const Account& a : accounts)
        array.append(QJsonObject{{QStringLiteral("name"), a.name},
                                 {QStringLiteral("url"), a.baseUrl.toString()},
                                 {QStringLiteral("apiUsername"), a.apiUsername},
                                 {QStringLiteral("requestsPerMinute"), a.requestsPerMinute},
                                 {QStringLiteral("teamDatabase"), a.teamDatabase}});
    m_settings.setValue(kList, QJsonDocument(array).toJson(QJsonDocument::Compact));
    m_settings.sync();
}

} // namespace steward
