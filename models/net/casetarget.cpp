// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/net/casetarget.h"

#include "models/net/siteconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace steward {

namespace {

QJsonValue at(const QJsonObject& o, const QString& path)
{
    QJsonValue v = o;
    for (const QString& key : path.split(u'.', Qt::SkipEmptyParts))
        v = v.toObject().value(key);
    return v;
}

QString quoted(const QString& text)
{
    // A JSON string's inside: what QJsonDocument writes for it, without the quotes.
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(2, json.size() - 4));
}

} // namespace

QString CaseTarget::name() const
{
    switch (kind) {
    case Kind::ServiceNow:
        return QStringLiteral("servicenow");
    case Kind::Webhook:
        return QStringLiteral("webhook");
    case Kind::None:
        break;
    }
    return {};
}

QString CaseTarget::keychainKey() const
{
    return QStringLiteral("case-target/%1/%2").arg(name(), url.host());
}

bool CaseTarget::isUsable(CaseFailure* why) const
{
    const auto fail = [why](CaseFailure::Kind reason) {
        if (why)
            *why = CaseFailure{reason, 0, {}};
        return false;
    };
    if (kind == Kind::None)
        return fail(CaseFailure::Kind::NotSetUp);
    if (!url.isValid() || url.host().isEmpty())
        return fail(CaseFailure::Kind::BadAddress);
    if (!isAllowedBaseUrl(url))
        return fail(CaseFailure::Kind::InsecureAddress);
    if (kind == Kind::ServiceNow && user.isEmpty())
        return fail(CaseFailure::Kind::NoUser);
    if (kind == Kind::Webhook && bodyTemplate.trimmed().isEmpty())
        return fail(CaseFailure::Kind::NoTemplate);
    return true;
}

QString CaseTarget::defaultTemplate()
{
    return QStringLiteral("{\n  \"title\": \"{{title}}\",\n  \"customer\": \"{{customer}}\",\n  "
                          "\"customer_name\": \"{{customer_name}}\",\n"
                          "  \"link\": \"{{thread_url}}\",\n  \"excerpt\": \"{{excerpt}}\",\n  "
                          "\"raised_by\": \"{{raised_by}}\"\n}");
}

QJsonObject CaseDraft::toJson() const
{
    return {{QStringLiteral("topic_id"), topicId},
            {QStringLiteral("post_id"), postId},
            {QStringLiteral("customer"), customer},
            {QStringLiteral("customer_name"), customerName},
            {QStringLiteral("thread_url"), threadUrl.toString()},
            {QStringLiteral("title"), title},
            {QStringLiteral("excerpt"), excerpt},
            {QStringLiteral("raised_by"), raisedBy}};
}

CaseDraft CaseDraft::fromJson(const QJsonObject& o)
{
    CaseDraft d;
    d.topicId = o.value(QStringLiteral("topic_id")).toInteger();
    d.postId = o.value(QStringLiteral("post_id")).toInteger();
    d.customer = o.value(QStringLiteral("customer")).toString();
    d.customerName = o.value(QStringLiteral("customer_name")).toString();
    d.threadUrl = QUrl(o.value(QStringLiteral("thread_url")).toString());
    d.title = o.value(QStringLiteral("title")).toString();
    d.excerpt = o.value(QStringLiteral("excerpt")).toString();
    d.raisedBy = o.value(QStringLiteral("raised_by")).toString();
    return d;
}

CaseSender::CaseSender(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
}

QJsonObject CaseSender::serviceNowBody(const CaseDraft& d)
{
    const QString customer = d.customerName.isEmpty() || d.customerName == d.customer
                                 ? d.customer
                                 : QStringLiteral("%1 (%2)").arg(d.customerName, d.customer);
    const QString description = QStringLiteral("Customer: %1\nThread: %2\nRaised by: %3\n\n%4")
                                    .arg(customer, d.threadUrl.toString(), d.raisedBy, d.excerpt);
    return {{QStringLiteral("short_description"), d.title.left(160)},
            {QStringLiteral("description"), description},
            {QStringLiteral("contact_type"), QStringLiteral("web")},
            {QStringLiteral("correlation_id"),
             d.postId != 0 ? QStringLiteral("discourse-post-%1").arg(d.postId)
                           : QStringLiteral("discourse-topic-%1").arg(d.topicId)}};
}

QByteArray CaseSender::webhookBody(const QString& bodyTemplate, const CaseDraft& d,
                                   CaseFailure* error)
{
    QString body = bodyTemplate;
    const std::pair<const char*, QString> values[] = {{"customer", d.customer},
                                                      {"customer_name", d.customerName},
                                                      {"thread_url", d.threadUrl.toString()},
                                                      {"title", d.title},
                                                      {"excerpt", d.excerpt},
                                                      {"topic_id", QString::number(d.topicId)},
                                                      {"post_id", QString::number(d.postId)},
                                                      {"raised_by", d.raisedBy}};
    for (const auto& [name, value] : values)
        body.replace(QStringLiteral("{{%1}}").arg(QLatin1StringView(name)), quoted(value));
    QJsonParseError parse;
    QJsonDocument::fromJson(body.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError) {
        if (error)
            *error = CaseFailure{CaseFailure::Kind::TemplateNotJson, 0, parse.errorString()};
        return {};
    }
    return body.toUtf8();
}

void CaseSender::send(const CaseTarget& target, const QString& secret, const CaseDraft& draft)
{
    CaseFailure why;
    if (!target.isUsable(&why)) {
        Q_EMIT finished(false, {}, why);
        return;
    }
    QNetworkRequest request;
    QByteArray body;
    if (target.kind == CaseTarget::Kind::ServiceNow) {
        request.setUrl(
            target.url.resolved(QUrl(QStringLiteral("/api/now/table/sn_customerservice_case"))));
        request.setRawHeader("Authorization",
                             "Basic " + (target.user + u':' + secret).toUtf8().toBase64());
        body = QJsonDocument(serviceNowBody(draft)).toJson(QJsonDocument::Compact);
    } else {
        request.setUrl(target.url);
        if (!secret.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + secret.toUtf8());
        body = webhookBody(target.bodyTemplate, draft, &why);
        if (body.isEmpty()) {
            Q_EMIT finished(false, {}, why);
            return;
        }
    }
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(TimeoutMs);
    // The password or token goes with every hop of a redirect: only within the target's origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    QNetworkReply* reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::redirected, reply,
            [reply, origin = request.url()](const QUrl& location) {
                const QUrl next = reply->url().resolved(location);
                if (isSameOrigin(origin, next))
                    return Q_EMIT reply->redirectAllowed();
                reply->setProperty("steward.offSite", next);
                reply->abort();
            });
    // A case's answer is a few KB; a longer one is cut off, not held in memory.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received) {
        if (received > MaxAnswerBytes) {
            reply->setProperty("steward.tooLarge", true);
            reply->abort();
        }
    });
    // However slowly the answer trickles, the whole exchange has a deadline.
    QTimer::singleShot(DeadlineMs, reply, [reply] {
        reply->setProperty("steward.deadline", true);
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, target] { onFinished(reply, target); });
}

void CaseSender::onFinished(QNetworkReply* reply, const CaseTarget& target)
{
    reply->deleteLater();
    if (const QUrl offSite = reply->property("steward.offSite").toUrl(); offSite.isValid()) {
        Q_EMIT finished(
            false, {},
            CaseFailure{CaseFailure::Kind::OffSite, 0,
                        offSite.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)});
        return;
    }
    if (reply->property("steward.deadline").toBool()) {
        Q_EMIT finished(false, {}, CaseFailure{CaseFailure::Kind::Deadline, 0, {}});
        return;
    }
    if (reply->property("steward.tooLarge").toBool()) {
        Q_EMIT finished(false, {}, CaseFailure{CaseFailure::Kind::TooLarge, 0, {}});
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->read(MaxAnswerBytes);
    QJsonParseError parse;
    const QJsonObject answer = QJsonDocument::fromJson(body, &parse).object();
    if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
        QString reason = at(answer, QStringLiteral("error.message")).toString();
        if (const QString detail = at(answer, QStringLiteral("error.detail")).toString();
            !detail.isEmpty())
            reason += QStringLiteral(": ") + detail;
        if (reason.isEmpty() && status <= 0)
            reason = reply->errorString();
        Q_EMIT finished(false, {}, CaseFailure{CaseFailure::Kind::Refused, status, reason});
        return;
    }
    CaseResult result;
    if (target.kind == CaseTarget::Kind::ServiceNow) {
        result.number = at(answer, QStringLiteral("result.number")).toString();
        result.externalId = at(answer, QStringLiteral("result.sys_id")).toString();
        if (!result.externalId.isEmpty())
            result.url = target.url.resolved(
                QUrl(QStringLiteral("/nav_to.do?uri=sn_customerservice_case.do%3Fsys_id%3D%1")
                         .arg(result.externalId)));
    } else {
        const QJsonValue number = at(answer, target.numberField);
        result.number = number.isDouble() ? QString::number(number.toInteger()) : number.toString();
        if (!target.urlField.isEmpty())
            result.url = QUrl(at(answer, target.urlField).toString());
    }
    if (result.number.isEmpty()) {
        Q_EMIT finished(false, {},
                        parse.error != QJsonParseError::NoError
                            ? CaseFailure{CaseFailure::Kind::NotJson, status, parse.errorString()}
                            : CaseFailure{CaseFailure::Kind::NoNumber, status, {}});
        return;
    }
    Q_EMIT finished(true, result, {});
}

} // namespace steward
