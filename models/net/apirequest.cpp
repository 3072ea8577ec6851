// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/net/apirequest.h"

#include <QNetworkReply>

namespace steward {

ApiRequest::ApiRequest(QByteArray method, QString path, QUrlQuery query, QByteArray form,
                       QObject* parent)
    : QObject(parent)
    , m_method(std::move(method))
    , m_path(std::move(path))
    , m_query(std::move(query))
    , m_form(std::move(form))
{
}

const QJsonDocument& ApiRequest::document() const
{
    if (!m_documentParsed) {
        m_documentParsed = true;
        m_document = m_body.isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(m_body);
    }
    return m_document;
}

void ApiRequest::abandon()
{
    if (m_status == Status::Succeeded || m_status == Status::Failed ||
        m_status == Status::Abandoned)
        return;
    m_status = Status::Abandoned;
    m_error.kind = ApiErrorKind::Abandoned;
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        Q_EMIT abandoned();
    }
    deleteLater();
}

} // namespace steward
