// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/net/siteconnection.h"

#include <QHostAddress>

namespace steward {

bool isAllowedBaseUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == u"https")
        return true;
    if (url.scheme() != u"http")
        return false;
    const QString host = url.host();
    if (host == u"localhost")
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isSameOrigin(const QUrl& base, const QUrl& url)
{
    const auto defaultPort = [](const QUrl& u) {
        return u.scheme() == u"https" ? 443 : u.scheme() == u"http" ? 80 : -1;
    };
    return url.isValid() && url.scheme() == base.scheme() &&
           url.host().compare(base.host(), Qt::CaseInsensitive) == 0 &&
           url.port(defaultPort(url)) == base.port(defaultPort(base));
}

} // namespace steward
