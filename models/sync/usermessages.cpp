// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/usermessages.h"

#include <QCoreApplication>

namespace steward::messages {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(steward::Messages)
};

QString withDetail(const QString& sentence, const QString& detail)
{
    return detail.isEmpty() ? sentence : Text::tr("%1: %2").arg(sentence, detail);
}

} // namespace

QString insecureUrl()
{
    return Text::tr("Use an https:// address: Steward sends the API key only over HTTPS (plain "
                    "HTTP only to this computer).");
}

QString apiError(const ApiError& e)
{
    const QString detail = e.summary();
    switch (e.kind) {
    case ApiErrorKind::None:
        return {};
    case ApiErrorKind::InsecureUrl:
        return insecureUrl();
    case ApiErrorKind::Forbidden:
        return withDetail(Text::tr("the server refused the API key or user (is the user staff?)"),
                          detail);
    case ApiErrorKind::MalformedResponse:
        return withDetail(Text::tr("the server's answer is not Discourse's"), detail);
    case ApiErrorKind::Network:
    case ApiErrorKind::Timeout:
        return withDetail(Text::tr("cannot reach the server"), detail);
    case ApiErrorKind::Tls:
        return withDetail(Text::tr("the server's certificate is not trusted"), detail);
    case ApiErrorKind::OffSiteRedirect:
        return withDetail(Text::tr("the server sent the request on to another site, where the "
                                   "API key is not sent (did the community move?)"),
                          detail);
    case ApiErrorKind::RateLimited:
        return withDetail(Text::tr("the server keeps asking Steward to slow down"), detail);
    case ApiErrorKind::ReadOnly:
        return withDetail(Text::tr("the community is in read-only mode"), detail);
    case ApiErrorKind::NotFound:
        return withDetail(Text::tr("the server does not have it, or hides it from this account"),
                          detail);
    case ApiErrorKind::Conflict:
        return withDetail(Text::tr("it changed on the server meanwhile"), detail);
    case ApiErrorKind::BadRequest:
    case ApiErrorKind::Unprocessable:
        return withDetail(Text::tr("the server refused it"), detail);
    case ApiErrorKind::Abandoned:
        return Text::tr("cancelled");
    case ApiErrorKind::Server:
    case ApiErrorKind::UnexpectedStatus:
        break;
    }
    return withDetail(Text::tr("the server answered with an error"), detail);
}

QString connectionVerdict(const ConnectionVerdict& v, const QString& apiUsername)
{
    using O = ConnectionVerdict::Outcome;
    switch (v.outcome) {
    case O::Ok:
        return Text::tr("Connected to %1 as %2, with moderator rights.")
            .arg(v.siteTitle, apiUsername);
    case O::InsecureUrl:
        return insecureUrl();
    case O::Unreachable:
        return Text::tr("The site cannot be reached: check the address and your connection.");
    case O::OffSite:
        return Text::tr("The address sends Steward on to another site; Steward sends the key only "
                        "to the address you gave. If the community moved, enter its new address.");
    case O::Certificate:
        return Text::tr("The site's certificate is not trusted or does not match its address; "
                        "Steward will not send the key.");
    case O::WrongKey:
        return Text::tr("The site refused the API key: check the key and the API username it was "
                        "made for.");
    case O::NotDiscourse:
        return Text::tr("The address answers, but not as a Discourse site: check the address (and "
                        "its path, if the forum has one).");
    case O::NotStaff:
        return Text::tr("The key works, but %1 is not a moderator or admin there: the review queue "
                        "is closed to it.")
            .arg(apiUsername);
    case O::ServerError:
        break;
    }
    return Text::tr("The site answered with an error; try again later.");
}

QString caseFailure(const CaseFailure& f)
{
    using K = CaseFailure::Kind;
    switch (f.kind) {
    case K::None:
        return {};
    case K::NotSetUp:
        return Text::tr("No case system is set up (File › Case system).");
    case K::BadAddress:
        return Text::tr("The case system's address is not a web address.");
    case K::InsecureAddress:
        return insecureUrl();
    case K::NoUser:
        return Text::tr("ServiceNow needs the user Steward signs in as.");
    case K::NoTemplate:
        return Text::tr("The webhook needs a body template.");
    case K::TemplateNotJson:
        return Text::tr("The webhook template is not JSON once filled in: %1").arg(f.detail);
    case K::OffSite:
        return Text::tr("The case system sent the request on to %1; Steward sends its credentials "
                        "nowhere else.")
            .arg(f.detail);
    case K::Deadline:
        return Text::tr("The case system did not answer within %1 s.")
            .arg(CaseSender::DeadlineMs / 1000);
    case K::TooLarge:
        return Text::tr("The case system's answer is larger than %1 MB.")
            .arg(CaseSender::MaxAnswerBytes / (1024 * 1024));
    case K::Refused:
        if (f.detail.isEmpty())
            return Text::tr("the case system answered HTTP %1").arg(f.httpStatus);
        return f.httpStatus > 0 ? Text::tr("HTTP %1: %2").arg(f.httpStatus).arg(f.detail)
                                : f.detail;
    case K::NotJson:
        return Text::tr("The case system's answer is not JSON: %1").arg(f.detail);
    case K::NoNumber:
        break;
    }
    return Text::tr("The case system's answer names no case number.");
}

} // namespace steward::messages
