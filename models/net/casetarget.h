// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Where support cases go: ServiceNow's Table API or a JSON webhook, and sending one case.
#pragma once

#include "models/domain/ids.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace steward {

/// Why a case could not be sent (messages::caseFailure() says it in words).
struct CaseFailure
{
    enum class Kind
    {
        None,
        NotSetUp,        ///< no case system configured
        BadAddress,      ///< its address is not a web address
        InsecureAddress, ///< not HTTPS (plain HTTP only to loopback)
        NoUser,          ///< ServiceNow without the user to sign in as
        NoTemplate,      ///< a webhook without a body template
        TemplateNotJson, ///< the template filled in is not JSON; detail: the parser's words
        OffSite,         ///< redirected to another origin; detail: where
        Deadline,        ///< no whole answer within CaseSender::DeadlineMs
        TooLarge,        ///< an answer over CaseSender::MaxAnswerBytes
        Refused,         ///< not 2xx or no connection; detail: the system's or Qt's words
        NotJson,         ///< a 2xx that is not JSON; detail: the parser's words
        NoNumber,        ///< a 2xx that names no case number
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString detail;
};

/// The configured case system. The password (ServiceNow) or token (webhook, sent as a
/// bearer token when set) lives in the keychain under keychainKey(), never in settings.
struct CaseTarget
{
    enum class Kind
    {
        None,
        ServiceNow,
        Webhook
    };
    Kind kind = Kind::None;
    QUrl url; ///< ServiceNow: the instance, https://example.service-now.com; webhook: its endpoint
    QString user;         ///< ServiceNow basic-auth user
    QString bodyTemplate; ///< webhook: JSON with {{customer}}, {{customer_name}}, {{thread_url}},
                          ///< {{title}}, {{excerpt}}, {{topic_id}}, {{post_id}}, {{raised_by}}
    QString numberField =
        QStringLiteral("number"); ///< webhook: the answer's field (dot path) naming the case
    QString urlField;             ///< webhook: the answer's field naming the case's link; optional
    bool staffNote = false;       ///< also post a staff note with the case number to the topic

    QString name() const; ///< "servicenow", "webhook", "" for none
    QString keychainKey() const;
    /// False with the reason when the target cannot be used.
    bool isUsable(CaseFailure* why = nullptr) const;
    static QString defaultTemplate();
};

/// What a case carries: the customer, the thread and an excerpt.
struct CaseDraft
{
    Id topicId = 0;
    Id postId = 0;
    QString customer; ///< the author's username
    QString customerName;
    QUrl threadUrl;
    QString title;
    QString excerpt;
    QString raisedBy; ///< the moderator

    QJsonObject toJson() const;
    static CaseDraft fromJson(const QJsonObject& o);
};

struct CaseResult
{
    QString number;
    QString externalId;
    QUrl url;
};

/// Sends one case and says once, with the case or a one-line reason, how it went. Bodies:
/// ServiceNow gets short_description, description (customer, link, excerpt), contact_type
/// "web" and correlation_id "discourse-post-ID"; a webhook gets its template filled in.
class CaseSender : public QObject
{
    Q_OBJECT
public:
    static constexpr int TimeoutMs = 30000;   ///< no data for this long: a timeout
    static constexpr int DeadlineMs = 120000; ///< the whole exchange, however slowly it trickles
    static constexpr qint64 MaxAnswerBytes = 4 * 1024 * 1024;
    explicit CaseSender(QNetworkAccessManager* network, QObject* parent = nullptr);
    void send(const CaseTarget& target, const QString& secret, const CaseDraft& draft);

    static QJsonObject serviceNowBody(const CaseDraft& draft);
    /// The template with each {{placeholder}} replaced by its JSON-escaped value; empty with
    /// error set (TemplateNotJson) when the result is not JSON.
    static QByteArray webhookBody(const QString& bodyTemplate, const CaseDraft& draft,
                                  CaseFailure* error);

Q_SIGNALS:
    void finished(bool ok, const steward::CaseResult& result, const steward::CaseFailure& error);

private:
    void onFinished(QNetworkReply* reply, const CaseTarget& target);

    QNetworkAccessManager* m_network;
};

} // namespace steward
