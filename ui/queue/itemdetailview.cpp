// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/itemdetailview.h"

#include "models/items/queuemodel.h"
#include "models/present/actionnames.h"
#include "models/present/posthtml.h"
#include "models/store/database.h"
#include "models/store/reviewqueries.h"
#include "ui/queue/postbrowser.h"
#include "ui/queue/usernotesview.h"
#include "ui/thread/codehtml.h"
#include "ui/widgets/flowlayout.h"
#include "ui/widgets/keptlayout.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace steward {

namespace {

QString when(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString percentAgreed(const reviewqueries::FlagRecord& r)
{
    const int decided = r.agreed + r.disagreed + r.ignored;
    return decided == 0 ? QStringLiteral("–")
                        : QStringLiteral("%1 %").arg(qRound(100.0 * r.agreed / decided));
}

/// The item's actions grouped by Discourse bundle, in the server's order; an action without a
/// bundle is a bundle of its own.
QList<QList<ReviewableAction>> actionBundles(const Reviewable& item)
{
    QList<QList<ReviewableAction>> bundles;
    QStringList bundleIds;
    for (const ReviewableAction& action : item.actions) {
        const qsizetype i = bundleIds.indexOf(action.bundleId);
        if (i < 0 || action.bundleId.isEmpty()) {
            bundleIds.append(action.bundleId);
            bundles.append({action});
        } else {
            bundles[i].append(action);
        }
    }
    return bundles;
}

/// Whether both sets of bundles would show the same buttons.
bool sameButtons(const QList<QList<ReviewableAction>>& a, const QList<QList<ReviewableAction>>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].size() != b[i].size())
            return false;
        for (qsizetype j = 0; j < a[i].size(); ++j)
            if (a[i][j].performId() != b[i][j].performId() || a[i][j].label != b[i][j].label ||
                a[i][j].description != b[i][j].description || a[i][j].bundleId != b[i][j].bundleId)
                return false;
    }
    return true;
}

} // namespace

ItemDetailView::ItemDetailView(Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_post(new PostBrowser(this))
    , m_markdown(new QPlainTextEdit(this))
    , m_thread(new QTextBrowser(this))
    , m_people(new QTextBrowser(this))
    , m_notes(new UserNotesView(database, this))
    , m_loadImages(new QPushButton(this))
    , m_problem(new QFrame(this))
    , m_problemText(new QLabel(m_problem))
    , m_reapply(new QPushButton(tr("&Re-apply"), m_problem))
    , m_buttons(new FlowLayout)
{
    setObjectName(QStringLiteral("itemDetail"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setObjectName(QStringLiteral("itemHeader"));
    for (QTextBrowser* browser : std::initializer_list<QTextBrowser*>{m_post, m_thread, m_people}) {
        browser->setOpenLinks(false); // links are shown, never followed inside Steward
        browser->setFocusPolicy(Qt::ClickFocus);
    }
    m_post->setObjectName(QStringLiteral("postView"));
    m_markdown->setReadOnly(true);
    m_markdown->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_markdown->setFocusPolicy(Qt::ClickFocus);
    m_markdown->setAccessibleName(tr("Markdown of the post"));
    m_post->setAccessibleName(tr("Post"));
    m_thread->setAccessibleName(tr("Posts around this one"));
    m_people->setAccessibleName(tr("Author and flaggers"));
    m_loadImages->setObjectName(QStringLiteral("loadImages"));
    m_loadImages->setText(tr("Load images"));
    m_loadImages->setFocusPolicy(Qt::NoFocus);
    connect(m_loadImages, &QPushButton::clicked, this, &ItemDetailView::loadImages);

    m_tabs->addTab(m_post, tr("Post"));
    m_tabs->addTab(m_markdown, tr("Markdown"));
    m_tabs->addTab(m_thread, tr("Thread"));
    m_tabs->setFocusPolicy(Qt::NoFocus);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_markdown)
            highlightMarkdown();
        showFlaggedPost();
    });

    // The dossier above the notes, each with room of its own (the notes list would take it all).
    auto* people = new QSplitter(Qt::Vertical, this);
    people->setChildrenCollapsible(false);
    people->addWidget(m_people);
    people->addWidget(m_notes);
    people->setSizes({150, 180});
    keepSplitterSizes(people, QStringLiteral("peopleSplitter"));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tabs);
    split->addWidget(people);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    keepSplitterSizes(split, QStringLiteral("detailSplitter"));

    // A decision the server did not take: said above the actions, with what to do about it.
    m_problem->setObjectName(QStringLiteral("decisionProblem"));
    m_problem->setFrameShape(QFrame::StyledPanel);
    m_problem->setAutoFillBackground(true);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8));
    warn.setColor(QPalette::WindowText, QColor(0x3d, 0x2c, 0x00));
    m_problem->setPalette(warn);
    m_problemText->setWordWrap(true);
    m_problemText->setTextFormat(Qt::PlainText);
    auto* discard = new QPushButton(tr("D&iscard"), m_problem);
    discard->setToolTip(tr("Forget this decision; the item stays as the server has it"));
    m_reapply->setToolTip(tr("Send the decision again, against the item as the server has it now"));
    connect(m_reapply, &QPushButton::clicked, this, &ItemDetailView::reapplyRequested);
    connect(discard, &QPushButton::clicked, this, &ItemDetailView::discardRequested);
    auto* problemLayout = new QHBoxLayout(m_problem);
    problemLayout->addWidget(m_problemText, 1);
    problemLayout->addWidget(m_reapply);
    problemLayout->addWidget(discard);
    m_problem->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_problem);
    // Beside the tabs, not the actions: the pane stays narrow enough for a laptop screen.
    m_tabs->setCornerWidget(m_loadImages, Qt::TopRightCorner);
    layout->addLayout(m_buttons);
    layout->addWidget(split, 1);
    showItem(0);
}

ItemDetailView::~ItemDetailView() = default;

void ItemDetailView::showProblem(const QString& text, bool canReapply)
{
    m_problemText->setText(text);
    m_reapply->setVisible(canReapply);
    m_problem->setVisible(!text.isEmpty());
}

QString ItemDetailView::problemText() const
{
    return m_problem->isVisible() ? m_problemText->text() : QString();
}

void ItemDetailView::loadImages()
{
    m_imagesAllowed = true;
    m_post->setRemoteImagesAllowed(true);
    render();
}

KSyntaxHighlighting::SyntaxHighlighter* ItemDetailView::highlightMarkdown()
{
    // Loading KSyntaxHighlighting's definitions takes tens of milliseconds: done once per
    // process, when a Markdown source is first looked at.
    if (!m_highlighter) {
        KSyntaxHighlighting::Repository& repository = syntaxRepository();
        m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_markdown->document());
        m_highlighter->setDefinition(repository.definitionForName(QStringLiteral("Markdown")));
        m_highlighter->setTheme(repository.themeForPalette(palette()));
        m_highlighter->rehighlight();
    }
    return m_highlighter;
}

QString ItemDetailView::renderedHtml() const
{
    return m_post->toHtml();
}

void ItemDetailView::showItem(Id reviewableId)
{
    const std::optional<Reviewable> item =
        reviewableId ? reviewqueries::reviewable(m_database, reviewableId) : std::nullopt;
    if (item && item->id == m_item.id && m_item.id != 0) {
        m_item = *item; // same item, newer state: keep the image choice
    } else {
        m_item = item.value_or(Reviewable());
        m_imagesAllowed = false;
        m_post->setRemoteImagesAllowed(false);
    }
    render();
}

void ItemDetailView::render()
{
    renderButtons();
    if (m_item.id == 0) {
        m_header->setText(tr("<i>Select an item to see it here.</i>"));
        for (QTextBrowser* b : std::initializer_list<QTextBrowser*>{m_post, m_thread, m_people})
            b->clear();
        m_markdown->clear();
        m_notes->showUser(0, 0);
        m_loadImages->hide();
        return;
    }

    const std::optional<Post> post =
        m_item.postId() != 0 ? reviewqueries::post(m_database, m_item.postId()) : std::nullopt;
    m_authorId = m_item.targetCreatedById ? m_item.targetCreatedById
                 : post                   ? post->userId
                                          : m_item.createdById;
    if (m_item.type == ReviewableType::User)
        m_authorId = m_item.targetId;

    renderHeader();
    renderPost(post);
    renderThread(post);
    renderPeople();
}

void ItemDetailView::renderButtons()
{
    // Buttons: exactly the server's actions for this item, rebuilt only when they differ
    // from the last item's (moving through the queue mostly meets the same set).
    QList<QList<ReviewableAction>> bundles;
    if (m_item.id != 0)
        bundles = actionBundles(m_item);
    const bool rebuild = !sameButtons(bundles, m_bundles);
    m_bundles = std::move(bundles); // the buttons look their actions up here
    if (rebuild) {
        while (m_buttons->count() > 0) {
            QLayoutItem* child = m_buttons->takeAt(0);
            delete child->widget();
            delete child;
        }
        buildButtons();
    }
    for (int i = 0; i < m_buttons->count(); ++i)
        if (QWidget* button = m_buttons->itemAt(i)->widget())
            button->setEnabled(m_item.isPending());
}

void ItemDetailView::renderHeader()
{
    QStringList reasons;
    for (const auto& [typeId, count] : m_item.reasonCounts())
        reasons.append(
            count > 1 ? QStringLiteral("%1 ×%2").arg(QueueModel::reasonLabel(typeId)).arg(count)
                      : QueueModel::reasonLabel(typeId));
    m_header->setText(QStringLiteral("<b>%1</b> · %2 · %3 · %4<br>%5")
                          .arg(QueueModel::typeLabel(m_item.type).toHtmlEscaped(),
                               reasons.join(QStringLiteral(", ")).toHtmlEscaped(),
                               QueueModel::statusLabel(m_item.status),
                               tr("score %1").arg(m_item.score, 0, 'f', 1),
                               when(m_item.createdAt)));
}

void ItemDetailView::renderPost(const std::optional<Post>& post)
{
    QString cooked;
    QString raw;
    if (post) {
        cooked = post->cooked;
        raw = post->raw;
    } else if (m_item.type == ReviewableType::QueuedPost) {
        raw = m_item.payloadTitle.isEmpty()
                  ? m_item.payloadRaw
                  : QStringLiteral("# %1\n\n%2").arg(m_item.payloadTitle, m_item.payloadRaw);
        cooked = cookQueuedMarkdown(raw);
    }
    const int images = remoteImageCount(cooked);
    m_loadImages->setVisible(images > 0 && !m_imagesAllowed);
    m_loadImages->setText(tr("Load images (%n)", nullptr, images));
    m_postMissing = cooked.isEmpty() && m_item.id != 0;
    m_post->showHtml(m_postMissing ? missingPostHtml() : sanitizePostHtml(cooked, m_imagesAllowed));
    m_markdown->setPlainText(raw);
}

/// A queued post was never cooked by the server: its Markdown rendered here (GitHub's dialect,
/// as markdown-it reads it closely enough to review), Discourse's [quote] blocks as quotes.
/// The result goes through sanitizePostHtml like any cooked HTML.
QString ItemDetailView::cookQueuedMarkdown(const QString& raw)
{
    static const QRegularExpression quote(
        QStringLiteral("\\[quote(?:=\"?([^,\"\\]]*)[^\\]]*)?\\](.*?)\\[/quote\\]"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    QString markdown;
    qsizetype at = 0;
    for (auto it = quote.globalMatch(raw); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        markdown += raw.mid(at, m.capturedStart() - at);
        QStringList lines;
        if (!m.captured(1).isEmpty())
            lines << QStringLiteral("**%1:**").arg(m.captured(1).trimmed()) << QString();
        lines << m.captured(2).trimmed().split(u'\n');
        markdown += u'\n';
        for (const QString& line : std::as_const(lines))
            markdown += QStringLiteral("> ") + line + u'\n';
        markdown += u'\n';
        at = m.capturedEnd();
    }
    markdown += raw.mid(at);
    QTextDocument document;
    // HTML inside the Markdown stays text: a queued post is anyone's input.
    document.setMarkdown(markdown,
                         QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                         QTextDocument::MarkdownNoHTML));
    // QTextDocument writes emphasis and code as styled spans, and the sanitizer drops styles:
    // they become the tags a cooked post would have.
    static const std::array<std::pair<QRegularExpression, QString>, 3> spans{{
        {QRegularExpression(
             QStringLiteral("<span style=\"[^\"]*font-weight:\\s*(?:[6-9]00|bold)[^\"]*\">"
                            "(.*?)</span>")),
         QStringLiteral("<strong>\\1</strong>")},
        {QRegularExpression(
             QStringLiteral("<span style=\"[^\"]*font-style:\\s*italic[^\"]*\">(.*?)</span>")),
         QStringLiteral("<em>\\1</em>")},
        {QRegularExpression(QStringLiteral(
             "<span style=\"[^\"]*font-family:[^\"]*monospace[^\"]*\">(.*?)</span>")),
         QStringLiteral("<code>\\1</code>")},
    }};
    // Code comes in the desktop's fixed font (Hack, Noto Sans Mono…): named so the pattern
    // below finds it whatever that font is.
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (const QTextFragment f = it.fragment(); f.charFormat().fontFixedPitch()) {
                QTextCursor cursor(&document);
                cursor.setPosition(f.position());
                cursor.setPosition(f.position() + f.length(), QTextCursor::KeepAnchor);
                QTextCharFormat code;
                code.setFontFamilies({QStringLiteral("monospace")});
                cursor.mergeCharFormat(code);
            }
    QString html = document.toHtml();
    for (const auto& [span, tag] : spans)
        html.replace(span, tag);
    return html;
}

QString ItemDetailView::missingPostHtml() const
{
    const QString text = m_syncNote.isEmpty()
                             ? tr("The post is not in the local copy.")
                             : tr("The post is not in the local copy yet. %1").arg(m_syncNote);
    return QStringLiteral("<p><i>%1</i></p>").arg(text.toHtmlEscaped());
}

void ItemDetailView::setSyncNote(const QString& note)
{
    if (note == m_syncNote)
        return;
    m_syncNote = note;
    if (m_postMissing)
        m_post->showHtml(missingPostHtml());
}

void ItemDetailView::renderThread(const std::optional<Post>& post)
{
    QString thread;
    if (post) {
        QList<Post> posts =
            reviewqueries::postsAround(m_database, post->topicId, post->postNumber, 2, 2);
        posts.append(*post);
        std::sort(posts.begin(), posts.end(),
                  [](const Post& x, const Post& y) { return x.postNumber < y.postNumber; });
        for (const Post& p : posts) {
            const bool flagged = p.id == post->id;
            thread +=
                QStringLiteral("<p>%1<b>#%2 %3</b> %4</p>%5<hr>")
                    .arg(flagged ? QStringLiteral("<a name=\"flagged\"></a>▶ ") : QString())
                    .arg(p.postNumber)
                    .arg(p.username.toHtmlEscaped(), when(p.createdAt), sanitizePostHtml(p.cooked));
        }
    }
    m_thread->setHtml(thread);
    showFlaggedPost();
}

void ItemDetailView::showFlaggedPost()
{
    // Only a shown tab has a layout to scroll; the tab's first showing calls this again.
    if (m_tabs->currentWidget() == m_thread)
        m_thread->scrollToAnchor(QStringLiteral("flagged"));
}

void ItemDetailView::renderPeople()
{
    QString people;
    if (const std::optional<User> author = reviewqueries::user(m_database, m_authorId)) {
        people += authorDossier(*author);
        m_notes->showUser(author->id, m_item.postId());
    } else {
        m_notes->showUser(0, 0);
    }
    const QList<Id> flaggers = m_item.flaggerIds();
    if (!flaggers.isEmpty()) {
        people += tr("<h4>Flagged by</h4>");
        for (Id flagger : flaggers) {
            const reviewqueries::FlagRecord by = reviewqueries::flagsBy(m_database, flagger);
            people += tr("%1: flags %2, agreed with %3<br>")
                          .arg(reviewqueries::username(m_database, flagger).toHtmlEscaped())
                          .arg(by.agreed + by.disagreed + by.ignored + by.pending)
                          .arg(percentAgreed(by));
        }
    }
    m_people->setHtml(people);
}

QString ItemDetailView::authorDossier(const User& author) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const reviewqueries::FlagRecord against = reviewqueries::flagsAgainst(m_database, author.id);
    QString people = tr("<h4>Author: %1</h4>").arg(author.username.toHtmlEscaped());
    // Counts the server has not told (the admin user list carries no topics or likes) are left
    // out, not shown as 0.
    QStringList counts{tr("%n post(s)", nullptr, author.postCount)};
    if (author.topicCount >= 0)
        counts.append(tr("%n topic(s)", nullptr, author.topicCount));
    if (author.likesReceived >= 0)
        counts.append(tr("%n like(s) received", nullptr, author.likesReceived));
    people += tr("Trust level %1 · joined %2 · %3<br>")
                  .arg(int(author.trustLevel))
                  .arg(when(author.createdAt))
                  .arg(counts.join(QStringLiteral(", ")));
    people += tr("Flags on their posts: %1 agreed, %2 disagreed, %3 ignored, %4 pending<br>")
                  .arg(against.agreed)
                  .arg(against.disagreed)
                  .arg(against.ignored)
                  .arg(against.pending);
    if (author.isSuspendedAt(now))
        people += tr("<b>Suspended</b> until %1: %2<br>")
                      .arg(when(author.suspendedUntil), author.suspendReason.toHtmlEscaped());
    else if (author.suspendedUntil.isValid())
        people += tr("Suspended before, until %1: %2<br>")
                      .arg(when(author.suspendedUntil), author.suspendReason.toHtmlEscaped());
    if (author.isSilencedAt(now))
        people += tr("<b>Silenced</b> until %1<br>").arg(when(author.silencedUntil));
    else if (author.silencedUntil.isValid())
        people += tr("Silenced before, until %1<br>").arg(when(author.silencedUntil));
    return people;
}

void ItemDetailView::buildButtons()
{
    // Discourse's bundles: one button per bundle, a menu when the bundle holds several.
    // The buttons look their action up when pressed: the same buttons serve the next item.
    auto emitAction = [this](qsizetype bundle, qsizetype index) {
        if (bundle < m_bundles.size() && index < m_bundles[bundle].size())
            Q_EMIT actionRequested(m_bundles[bundle][index]);
    };
    for (qsizetype b = 0; b < m_bundles.size(); ++b) {
        const QList<ReviewableAction>& bundle = m_bundles[b];
        auto* button = new QToolButton(this);
        button->setFocusPolicy(Qt::NoFocus);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        if (bundle.size() == 1) {
            button->setText(actionName(bundle.first()));
            button->setToolTip(bundle.first().description);
            connect(button, &QToolButton::clicked, this, [emitAction, b] { emitAction(b, 0); });
        } else {
            const QString family = bundle.first().bundleId.section(u'-', -1);
            const QString shown =
                family.isEmpty() ? actionName(bundle.first())
                                 : family.left(1).toUpper() + family.mid(1).replace(u'_', u' ');
            button->setText(bundleName(family, tr("%1…").arg(shown)));
            button->setPopupMode(QToolButton::InstantPopup);
            auto* menu = new QMenu(button);
            for (qsizetype i = 0; i < bundle.size(); ++i) {
                QAction* entry = menu->addAction(actionName(bundle[i]));
                entry->setToolTip(bundle[i].description);
                connect(entry, &QAction::triggered, this, [emitAction, b, i] { emitAction(b, i); });
            }
            button->setMenu(menu);
        }
        m_buttons->insertWidget(int(b), button);
    }
}

void ItemDetailView::setUserNotes(UserNotesService* notes)
{
    m_notes->setService(notes);
}

} // namespace steward
