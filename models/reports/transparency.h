// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The EU Digital Services Act transparency report (Art. 15 and Art. 24) of a period, made from
// the synced staff action log and review history, in the order of the Commission's templates
// (Implementing Regulation (EU) 2024/2835): moderation actions by type and ground, how they
// were detected, notices and the time to act on them, suspensions, appeals. It states its
// method and what Discourse does not record.
#pragma once

#include "models/reports/tabledocument.h"
#include "models/store/auditqueries.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QTimeZone>

namespace steward::reports {

/// The legal ground a flag reason stands for in the report.
enum class Ground
{
    TermsOfService,
    IllegalContent
};

/// Which flag reasons count as notices of illegal content; the rest count against the terms
/// of service. Users edit it (a flag reason's key -> ground).
struct TransparencyGrounds
{
    QHash<QString, Ground> byReason;

    /// Discourse's "illegal" flag (2024) as illegal content, every other reason as terms.
    static TransparencyGrounds defaults();
    Ground of(const QString& reasonKey) const;
    QJsonObject toJson() const;
    /// From {"spam": "terms", "illegal": "illegal"}; nullopt with a reason for anything else.
    static std::optional<TransparencyGrounds> fromJson(const QJsonObject& o, QString* error);
    static QString groundName(Ground g); ///< "illegal", "terms"
};

/// The restriction types of the report's first table, in its order.
enum class RestrictionType
{
    Removal,                   ///< delete_post, delete_topic
    RejectedBeforePublication, ///< post_rejected: a held post never shown
    VisibilityRestriction,     ///< an agreed flag whose post is hidden
    AccountRestriction,        ///< silence_user: the account may not post
    AccountSuspension,         ///< suspend_user
    AccountTermination,        ///< delete_user
    Count
};

enum class Detection
{
    Notice,        ///< a user's flag
    OwnInitiative, ///< staff acted without a flag
    Automated,     ///< watched words, spam filters, the system user
    Count
};

/// One moderation action of the period, as the report classifies it.
struct ClassifiedAction
{
    StaffAction action;
    RestrictionType type = RestrictionType::Removal;
    Ground ground = Ground::TermsOfService;
    Detection detection = Detection::OwnInitiative;
    qint64 noticeMs = 0; ///< the first notice of the review it answered; 0 without one
    Id reviewId = 0;
};

struct TransparencyData
{
    QDate from;
    QDate to;
    QTimeZone zone = QTimeZone::UTC;
    QList<ClassifiedAction> actions;
    QList<ReviewNotice> reviews;        ///< with a notice in the period or decided in it
    QList<StaffAction> lifted;          ///< suspensions and silences lifted in the period
    queries::StaffLogCoverage coverage; ///< how much of the log the copy holds
    qint64 startMs = 0;
    qint64 endMs = 0;
};

class Transparency
{
    Q_DECLARE_TR_FUNCTIONS(steward::reports::Transparency)
public:
    /// Reads and classifies the period [from, to] (local days in zone).
    static std::optional<TransparencyData> read(const Database& db, QDate from, QDate to,
                                                const QTimeZone& zone,
                                                const TransparencyGrounds& grounds, QString* error);
    /// The report as a document of tables, facts and notes.
    static TableDocument document(const TransparencyData& data, const TransparencyGrounds& grounds,
                                  const QString& community, const QDateTime& generatedAt,
                                  const QLocale& locale);
    static QString typeTitle(RestrictionType type);
    static QString typeKey(RestrictionType type);
    static QString detectionKey(Detection detection);
};

} // namespace steward::reports
