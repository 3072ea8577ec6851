// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The thread curation pane's layout, filters and the list-to-thread wiring.
#include "ui/thread/threadspane.h"

#include "models/items/topiclistmodel.h"
#include "models/store/store.h"
#include "ui/thread/threadview.h"
#include "ui/widgets/flowlayout.h"
#include "ui/widgets/keptlayout.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace steward {

namespace {

QString viewLabel(topics::View view)
{
    switch (view) {
    case topics::View::Latest:
        return ThreadsPane::tr("Latest");
    case topics::View::Unanswered:
        return ThreadsPane::tr("Unanswered");
    case topics::View::Unsolved:
        return ThreadsPane::tr("No accepted solution");
    case topics::View::Stale:
        return ThreadsPane::tr("Stale");
    case topics::View::Flagged:
        return ThreadsPane::tr("Flagged");
    case topics::View::Closed:
        return ThreadsPane::tr("Closed");
    case topics::View::Archived:
        return ThreadsPane::tr("Archived");
    }
    return {};
}

QToolButton* toolButton(QWidget* parent, const char* name)
{
    auto* b = new QToolButton(parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(true);
    return b;
}

} // namespace

ThreadsPane::ThreadsPane(Store& store, Outbox& outbox, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_outbox(outbox)
    , m_model(new TopicListModel(store, this))
    , m_categories(new QTreeWidget(this))
    , m_views(new QListWidget(this))
    , m_search(new QLineEdit(this))
    , m_staleDays(new QSpinBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_thread(new ThreadView(store.database(), this))
    , m_close(toolButton(this, "closeTopic"))
    , m_pin(toolButton(this, "pinTopic"))
    , m_archive(toolButton(this, "archiveTopic"))
    , m_list(toolButton(this, "listTopic"))
    , m_edit(toolButton(this, "editTopic"))
    , m_move(toolButton(this, "movePosts"))
    , m_case(toolButton(this, "createCase"))
    , m_bulk(new QPushButton(this))
{
    setObjectName(QStringLiteral("threadsPane"));
    m_model->setActive(false);
    buildLayout();
    applyFilter();
}

void ThreadsPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_model->isActive())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor); // a second or so over 400,000 topics
    m_model->setActive(true);
    fillCategories(); // with the counts the list's index read
    QApplication::restoreOverrideCursor();
}

ThreadsPane::~ThreadsPane() = default;

void ThreadsPane::buildLayout()
{
    QWidget* left = buildNavigation();
    QWidget* middle = buildTopicList();

    QLayout* tools = buildToolbar();
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(tools);
    rightLayout->addWidget(m_thread, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(middle);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 3);
    split->setSizes({160, 560, 420});
    keepSplitterSizes(split, QStringLiteral("threadsSplitter"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(split);

    connectFilters();
    connectListAndThread();
    connectToolbar();
    updateButtons();
}

QWidget* ThreadsPane::buildNavigation()
{
    m_categories->setObjectName(QStringLiteral("categoryTree"));
    m_categories->setAccessibleName(tr("Categories"));
    m_categories->setHeaderHidden(true);
    m_categories->setColumnCount(2);
    m_categories->header()->setStretchLastSection(false);
    m_categories->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_categories->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_views->setObjectName(QStringLiteral("topicViews"));
    m_views->setAccessibleName(tr("Topic views"));
    for (int v = 0; v < topics::ViewCount; ++v) {
        auto* item = new QListWidgetItem(viewLabel(topics::View(v)), m_views);
        item->setData(Qt::UserRole, v);
    }
    m_views->setCurrentRow(0);
    m_views->setMaximumHeight(m_views->sizeHintForRow(0) * (topics::ViewCount + 1));
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_views);
    leftLayout->addWidget(m_categories, 1);
    return left;
}

QWidget* ThreadsPane::buildTopicList()
{
    m_search->setObjectName(QStringLiteral("topicSearch"));
    m_search->setAccessibleName(tr("Search topics"));
    m_search->setPlaceholderText(tr("Search titles and posts…"));
    m_search->setClearButtonEnabled(true);
    m_staleDays->setObjectName(QStringLiteral("staleDays"));
    m_staleDays->setRange(1, 3650);
    m_staleDays->setValue(m_filter.staleDays);
    m_staleDays->setSuffix(tr(" days"));
    m_staleDays->setToolTip(tr("No activity for this many days makes a topic stale"));
    m_bulk->setObjectName(QStringLiteral("bulkStale"));
    m_bulk->setText(tr("Close or archive…"));
    m_bulk->setToolTip(tr("Preview and close or archive every topic of this stale view"));
    setUpTopicTable();
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_staleDays);
    filterRow->addWidget(m_bulk);
    auto* middle = new QWidget(this);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addLayout(filterRow);
    middleLayout->addWidget(m_table, 1);
    middleLayout->addWidget(m_count);
    return middle;
}

void ThreadsPane::setUpTopicTable()
{
    m_table->setObjectName(QStringLiteral("topicTable"));
    m_table->setAccessibleName(tr("Topics"));
    // Rows are sized before there are any: over 100,000s of rows, per-row sizes cost seconds.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSortIndicator(TopicListModel::Activity, Qt::AscendingOrder);
    m_table->setSortingEnabled(true); // sorts by the indicator: the list's first read
    m_table->setWordWrap(false);
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setMinimumSectionSize(40);
    for (int c : {TopicListModel::Posts, TopicListModel::Views, TopicListModel::Likes})
        columns->resizeSection(c, 44);
    columns->resizeSection(TopicListModel::Activity, 66);
    columns->resizeSection(TopicListModel::Category, 92);
    columns->resizeSection(TopicListModel::Status, 72);
    columns->setSectionResizeMode(TopicListModel::Title, QHeaderView::Stretch);
    m_table->hideColumn(TopicListModel::Author);
    m_table->hideColumn(TopicListModel::Views);
    m_table->hideColumn(TopicListModel::Likes);
}

QLayout* ThreadsPane::buildToolbar()
{
    m_close->setText(tr("Close"));
    m_pin->setText(tr("Pin"));
    m_archive->setText(tr("Archive"));
    m_list->setText(tr("Unlist"));
    m_edit->setText(tr("Edit…"));
    m_move->setText(tr("Move posts…"));
    m_case->setText(tr("Create support case…"));
    // Wraps onto a second row rather than taking the topic list's room (German labels).
    auto* tools = new FlowLayout;
    for (QToolButton* b : {m_close, m_pin, m_archive, m_list, m_edit, m_move, m_case})
        tools->addWidget(b);
    m_case->hide(); // shown once there is a case service
    return tools;
}

void ThreadsPane::connectFilters()
{
    connect(m_views, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            setView(topics::View(row));
    });
    connect(m_categories, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            setCategory(item->data(0, Qt::UserRole).toLongLong());
    });
    auto* searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, [this] {
        m_filter.search = m_search->text();
        applyFilter();
    });
    connect(m_staleDays, &QSpinBox::valueChanged, this, &ThreadsPane::setStaleDays);
}

void ThreadsPane::connectListAndThread()
{
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ThreadsPane::showCurrentTopic);
    connect(m_model, &TopicListModel::reloaded, this, [this](int count) {
        m_count->setText(tr("%n topic(s)", nullptr, count));
        m_bulk->setEnabled(count > 0);
        if (m_thread->topicId() != 0 && m_model->rowOf(m_thread->topicId()) >= 0)
            selectTopic(m_thread->topicId());
        else if (m_thread->topicId() == 0 && count > 0)
            selectTopic(m_model->idAt(0));
    });
    connect(&m_store, &Store::changed, this, [this](const ChangeSet& changes) {
        const Id shown = m_thread->topicId();
        if (shown != 0 && (changes.topics.contains(shown) || !changes.posts.isEmpty() ||
                           !changes.outbox.isEmpty()))
            m_thread->refresh();
        if (!changes.categories.isEmpty())
            fillCategories();
        updateButtons();
    });
    connect(m_thread, &ThreadView::postActionRequested, this, [this](Id post, const QString& verb) {
        if (verb == u"case")
            openCaseDialog(post);
        else
            postAction(post, verb);
    });
    connect(m_thread, &ThreadView::selectionChanged, this, &ThreadsPane::updateButtons);
    connect(m_thread, &ThreadView::caseRetryRequested, this, &ThreadsPane::retryCase);
}

void ThreadsPane::connectToolbar()
{
    connect(m_close, &QToolButton::clicked, this, [this] { toggleStatus(TopicFlag::Closed); });
    connect(m_pin, &QToolButton::clicked, this, [this] { toggleStatus(TopicFlag::Pinned); });
    connect(m_archive, &QToolButton::clicked, this, [this] { toggleStatus(TopicFlag::Archived); });
    connect(m_list, &QToolButton::clicked, this, [this] { toggleStatus(TopicFlag::Visible); });
    connect(m_edit, &QToolButton::clicked, this, &ThreadsPane::openEditDialog);
    connect(m_move, &QToolButton::clicked, this, &ThreadsPane::openMoveDialog);
    connect(m_case, &QToolButton::clicked, this,
            [this] { openCaseDialog(m_thread->currentPost()); });
    connect(m_bulk, &QPushButton::clicked, this, &ThreadsPane::openBulkCloseDialog);
}

void ThreadsPane::setSite(const QUrl& site)
{
    m_thread->setSite(site);
}

void ThreadsPane::fillCategories()
{
    const QSignalBlocker block(m_categories);
    m_categories->clear();
    auto* all = new QTreeWidgetItem(m_categories, {tr("All categories")});
    all->setData(0, Qt::UserRole, Id(0));
    QHash<Id, QTreeWidgetItem*> items;
    const QHash<Id, int> counts = m_model->categoryCounts();
    for (const topics::CategoryNode& c : topics::categoryTree(m_store.database())) {
        QTreeWidgetItem* parent = items.value(c.parentId);
        auto* item =
            parent
                ? new QTreeWidgetItem(parent, {c.name, QString::number(counts.value(c.id))})
                : new QTreeWidgetItem(m_categories, {c.name, QString::number(counts.value(c.id))});
        item->setData(0, Qt::UserRole, c.id);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setForeground(1, palette().color(QPalette::PlaceholderText));
        if (!c.color.isEmpty())
            item->setIcon(0, [&] {
                QPixmap swatch(10, 10);
                swatch.fill(QColor(u'#' + c.color));
                return QIcon(swatch);
            }());
        items.insert(c.id, item);
        if (c.id == m_filter.categoryId)
            m_categories->setCurrentItem(item);
    }
    m_categories->expandAll();
    if (m_filter.categoryId == 0)
        m_categories->setCurrentItem(all);
}

void ThreadsPane::setView(topics::View view)
{
    m_filter.view = view;
    if (m_views->currentRow() != int(view))
        m_views->setCurrentRow(int(view));
    applyFilter();
}

void ThreadsPane::setCategory(Id categoryId)
{
    m_filter.categoryId = categoryId;
    applyFilter();
}

void ThreadsPane::setStaleDays(int days)
{
    m_filter.staleDays = days;
    if (m_staleDays->value() != days)
        m_staleDays->setValue(days);
    if (m_filter.view == topics::View::Stale)
        applyFilter();
}

void ThreadsPane::applyFilter()
{
    const bool stale = m_filter.view == topics::View::Stale;
    m_staleDays->setVisible(stale);
    m_bulk->setVisible(stale);
    topics::Filter f = m_filter;
    f.sort = m_model->filter().sort;
    f.descending = m_model->filter().descending;
    m_model->setFilter(f);
}

void ThreadsPane::reload()
{
    if (!m_model->isActive())
        return;
    m_model->reload();
    fillCategories();
}

void ThreadsPane::selectTopic(Id topicId)
{
    const int row = m_model->rowOf(topicId);
    if (row < 0) {
        m_thread->showTopic(topicId);
        showCases();
        updateButtons();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, TopicListModel::Title),
                                               QItemSelectionModel::ClearAndSelect |
                                                   QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, 0));
}

Id ThreadsPane::currentTopic() const
{
    return m_thread->topicId();
}

void ThreadsPane::showCurrentTopic()
{
    const Id id = m_model->idAt(m_table->currentIndex().row());
    if (id != 0 && id != m_thread->topicId()) {
        m_thread->showTopic(id);
        showCases();
    }
    updateButtons();
}

void ThreadsPane::updateButtons()
{
    const thread::Header& h = m_thread->header();
    const bool has = m_thread->topicId() != 0 && h.id != 0;
    for (QToolButton* b : {m_close, m_pin, m_archive, m_list, m_edit, m_case})
        b->setEnabled(has);
    m_close->setText(h.closed ? tr("Reopen") : tr("Close"));
    m_pin->setText(h.pinned ? tr("Unpin") : tr("Pin"));
    m_archive->setText(h.archived ? tr("Unarchive") : tr("Archive"));
    m_list->setText(h.visible ? tr("Unlist") : tr("List"));
    const int selected = int(m_thread->selectedPosts().size());
    m_move->setEnabled(has && selected > 0);
    m_move->setText(selected > 0 ? tr("Move %n post(s)…", nullptr, selected) : tr("Move posts…"));
}

} // namespace steward
