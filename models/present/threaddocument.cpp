// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/present/threaddocument.h"

#include "models/present/posthtml.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace steward {

namespace {

QString badge(const QString& text, const char* colour)
{
    return QStringLiteral(
               "<span style=\"background-color:%1; color:#ffffff;\">&nbsp;%2&nbsp;</span> ")
        .arg(QLatin1StringView(colour), text.toHtmlEscaped());
}

QString action(Id post, const char* verb, const QString& label)
{
    return QStringLiteral("<a href=\"steward:post/%1/%2\">%3</a>")
        .arg(post)
        .arg(QLatin1StringView(verb), label.toHtmlEscaped());
}

/// A post operation waiting in the outbox, as its badge says it.
QString pendingLabel(ActionKind kind)
{
    switch (kind) {
    case ActionKind::PostDelete:
        return QCoreApplication::translate("ThreadDocument", "deleting");
    case ActionKind::PostRecover:
        return QCoreApplication::translate("ThreadDocument", "restoring");
    case ActionKind::SolutionAccept:
        return QCoreApplication::translate("ThreadDocument", "accepting as solution");
    case ActionKind::SolutionUnaccept:
        return QCoreApplication::translate("ThreadDocument", "unaccepting");
    default:
        return QCoreApplication::translate("ThreadDocument", "sending");
    }
}

QString headerHtml(const thread::Header& h, const ThreadDocumentOptions& o)
{
    QString html = QStringLiteral("<h2>%1</h2><p>").arg(h.title.toHtmlEscaped());
    if (!h.categoryName.isEmpty())
        html += badge(h.categoryName, "#5a6270");
    for (const QString& tag : h.tags)
        html +=
            QStringLiteral("<span style=\"color:#5a6270;\">#%1</span> ").arg(tag.toHtmlEscaped());
    QStringList status;
    if (h.pinned)
        status << QCoreApplication::translate("ThreadDocument", "pinned");
    if (h.closed)
        status << QCoreApplication::translate("ThreadDocument", "closed");
    if (h.archived)
        status << QCoreApplication::translate("ThreadDocument", "archived");
    if (!h.visible)
        status << QCoreApplication::translate("ThreadDocument", "unlisted");
    if (h.acceptedPostId != 0)
        status << QCoreApplication::translate("ThreadDocument", "solved");
    if (!status.isEmpty())
        html +=
            QStringLiteral(" <b>%1</b>").arg(status.join(QStringLiteral(" · ")).toHtmlEscaped());
    const QUrl web = o.site.resolved(QUrl(
        QStringLiteral("/t/%1/%2").arg(h.slug.isEmpty() ? QStringLiteral("-") : h.slug).arg(h.id)));
    html += QStringLiteral(" · <a href=\"%1\">%2</a>")
                .arg(web.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                     QCoreApplication::translate("ThreadDocument", "open on the site"));
    for (const ThreadCase& c : o.cases) {
        html += QStringLiteral("<br>");
        if (c.state == CaseState::Done) {
            const QString number =
                c.url.isValid() && !c.url.isEmpty()
                    ? QStringLiteral("<a href=\"%1\">%2</a>")
                          .arg(c.url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                               c.number.toHtmlEscaped())
                    : c.number.toHtmlEscaped();
            html +=
                badge(QCoreApplication::translate("ThreadDocument", "support case"), "#1f6feb") +
                number;
        } else if (c.state == CaseState::Failed) {
            html += badge(QCoreApplication::translate("ThreadDocument", "support case failed"),
                          "#c0392b") +
                    QStringLiteral("<span style=\"color:#c0392b;\">%1</span> · <a "
                                   "href=\"steward:case/%2/retry\">%3</a>")
                        .arg(c.error.toHtmlEscaped())
                        .arg(c.id)
                        .arg(QCoreApplication::translate("ThreadDocument", "send again")
                                 .toHtmlEscaped());
        } else {
            html +=
                badge(QCoreApplication::translate("ThreadDocument", "support case"), "#8a6d00") +
                QCoreApplication::translate("ThreadDocument", "sending…").toHtmlEscaped();
        }
    }
    return html + QStringLiteral("</p>");
}

QString postHtml(const thread::ThreadPost& t, const thread::Header& h,
                 const ThreadDocumentOptions& o)
{
    const Post& p = t.post;
    const bool accepted = p.id == h.acceptedPostId || p.acceptedAnswer;
    const bool selected = o.selected.contains(p.id);
    QString background = QStringLiteral("transparent");
    if (selected)
        background = QStringLiteral("#fff3c4");
    else if (p.isDeleted())
        background = QStringLiteral("#f6e1e1");
    else if (p.type == PostType::Whisper)
        background = QStringLiteral("#ece8f5");
    QString html =
        QStringLiteral("<a name=\"post-%1\"></a><table width=\"100%\" cellpadding=\"6\" "
                       "style=\"background-color:%2;%3\"><tr><td>")
            .arg(p.postNumber)
            .arg(background, p.id == o.current ? QStringLiteral(" border-left: 4px solid #2a7ab8;")
                                               : QString());
    if (p.type == PostType::SmallAction) {
        return html + QStringLiteral("<i>#%1 · %2 · %3</i></td></tr></table>")
                          .arg(p.postNumber)
                          .arg(p.username.toHtmlEscaped(),
                               QLocale().toString(p.createdAt.toLocalTime(), QLocale::ShortFormat));
    }
    html += QStringLiteral("<b>#%1</b> <b>%2</b> ")
                .arg(p.postNumber)
                .arg(t.author.username.toHtmlEscaped());
    if (!t.author.name.isEmpty() && t.author.name != t.author.username)
        html += QStringLiteral("(%1) ").arg(t.author.name.toHtmlEscaped());
    if (t.author.admin)
        html += badge(QCoreApplication::translate("ThreadDocument", "staff"), "#2a7ab8");
    else if (t.author.moderator)
        html += badge(QCoreApplication::translate("ThreadDocument", "moderator"), "#2a7ab8");
    if (o.topContributorLikes > 0 && t.author.likesReceived >= o.topContributorLikes)
        html += badge(QCoreApplication::translate("ThreadDocument", "top contributor"), "#b07d12");
    if (accepted)
        html +=
            badge(QCoreApplication::translate("ThreadDocument", "✓ accepted answer"), "#2e8540");
    if (t.pendingFlags > 0)
        html += badge(
            QCoreApplication::translate("ThreadDocument", "flagged (%n)", nullptr, t.pendingFlags),
            "#c0392b");
    if (p.isDeleted())
        html += badge(QCoreApplication::translate("ThreadDocument", "deleted"), "#7f1d1d");
    if (p.type == PostType::Whisper)
        html += badge(QCoreApplication::translate("ThreadDocument", "whisper"), "#6b5b95");
    if (const auto pending = o.pending.constFind(p.id); pending != o.pending.cend())
        html += badge(pendingLabel(*pending), "#8a6d00");
    if (p.hidden)
        html += badge(QCoreApplication::translate("ThreadDocument", "hidden"), "#7f1d1d");
    html += QStringLiteral("<span style=\"color:#6b7280;\">%1</span>")
                .arg(QLocale()
                         .toString(p.createdAt.toLocalTime(), QLocale::ShortFormat)
                         .toHtmlEscaped());
    if (p.replyToPostNumber > 0)
        html += QStringLiteral(" · <a href=\"#post-%1\">%2</a>")
                    .arg(p.replyToPostNumber)
                    .arg(QCoreApplication::translate("ThreadDocument", "↩ in reply to #%1")
                             .arg(p.replyToPostNumber));
    QString body = sanitizePostHtml(p.cooked);
    if (o.highlightCode)
        body = highlightCodeBlocks(body, o.highlightCode);
    html += QStringLiteral("<div>%1</div><p style=\"color:#6b7280;\">").arg(body);
    QStringList actions;
    if (p.likeCount > 0)
        actions << QCoreApplication::translate("ThreadDocument", "♥ %n", nullptr, p.likeCount)
                       .toHtmlEscaped();
    if (!p.isFirstPost())
        actions << action(p.id, "select",
                          selected ? QCoreApplication::translate("ThreadDocument", "unselect")
                                   : QCoreApplication::translate("ThreadDocument", "select"));
    actions << (p.isDeleted() ? action(p.id, "recover",
                                       QCoreApplication::translate("ThreadDocument", "recover"))
                              : action(p.id, "delete",
                                       QCoreApplication::translate("ThreadDocument", "delete")));
    if (h.categorySolutions && !p.isFirstPost() && !p.isDeleted() && p.type == PostType::Regular)
        actions << (accepted ? action(p.id, "unaccept",
                                      QCoreApplication::translate("ThreadDocument", "unaccept"))
                             : action(p.id, "accept",
                                      QCoreApplication::translate("ThreadDocument",
                                                                  "accept as solution")));
    if (o.casesEnabled)
        actions << action(p.id, "case",
                          QCoreApplication::translate("ThreadDocument", "create support case"));
    return html + actions.join(QStringLiteral(" · ")) + QStringLiteral("</p></td></tr></table>");
}

} // namespace

QString highlightCodeBlocks(const QString& html,
                            const std::function<QString(const QString&, const QString&)>& highlight)
{
    static const QRegularExpression block(
        QStringLiteral("<pre><code(?: class=\"lang-([A-Za-z0-9_+#.-]*)\")?>(.*?)</code></pre>"),
        QRegularExpression::DotMatchesEverythingOption);
    QString out;
    qsizetype at = 0;
    for (auto it = block.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.append(QStringView(html).mid(at, m.capturedStart() - at));
        out += QStringLiteral("<pre>") +
               highlight(decodeHtmlEntities(m.captured(2)), m.captured(1)) +
               QStringLiteral("</pre>");
        at = m.capturedEnd();
    }
    out.append(QStringView(html).mid(at));
    return out;
}

QString threadHtml(const thread::Header& header, const QList<thread::ThreadPost>& posts,
                   bool hasMore, const ThreadDocumentOptions& options)
{
    QString html = QStringLiteral("<html><body>") + headerHtml(header, options);
    for (const thread::ThreadPost& p : posts)
        html += postHtml(p, header, options);
    if (hasMore)
        html += QStringLiteral("<p align=\"center\"><a href=\"steward:more\">%1</a></p>")
                    .arg(QCoreApplication::translate("ThreadDocument", "Load more posts"));
    return html + QStringLiteral("</body></html>");
}

} // namespace steward
