// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/queuepane.h"

#include "models/items/queuefiltermodel.h"
#include "models/items/queuemodel.h"
#include "models/items/savedviews.h"
#include "models/settings/preferences.h"
#include "models/store/reviewqueries.h"
#include "models/store/store.h"
#include "models/sync/outbox.h"
#include "ui/queue/agedelegate.h"
#include "ui/queue/itemdetailview.h"
#include "ui/widgets/flowlayout.h"
#include "ui/widgets/keptlayout.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace steward {

QueuePane::QueuePane(Store& store, Outbox& outbox, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_outbox(outbox)
    , m_model(new QueueModel(store, this))
    , m_filter(new QueueFilterModel(*m_model, this))
    , m_table(new QTableView(this))
    , m_detail(new ItemDetailView(store.database(), this))
{
    setObjectName(QStringLiteral("queuePane"));
    m_model->setActor(m_outbox.actor());
    m_settings = std::make_unique<QSettings>();
    auto* bar = new QWidget(this);
    buildFilterBar(bar);

    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setAccessibleName(tr("Moderation queue"));
    m_table->setAccessibleDescription(
        tr("j and k move, Enter opens the item on the site; ? lists every key"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(QueueModel::Priority, Qt::DescendingOrder);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setItemDelegateForColumn(QueueModel::Age, new AgeDelegate(m_table));
    const std::pair<int, int> widths[] = {{QueueModel::Type, 95},      {QueueModel::Priority, 62},
                                          {QueueModel::Reasons, 115},  {QueueModel::Excerpt, 250},
                                          {QueueModel::Author, 115},   {QueueModel::Topic, 170},
                                          {QueueModel::Category, 110}, {QueueModel::Age, 55},
                                          {QueueModel::Status, 110},   {QueueModel::ClaimedBy, 90}};
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(column, width);
    // Age, coloured by how long the item has waited, next to the priority: visible without
    // scrolling on a laptop screen.
    QHeaderView* header = m_table->horizontalHeader();
    header->moveSection(QueueModel::Age, QueueModel::Reasons);
    // The row's own state ("sending…", a conflict) beside its age, where a moderator looks.
    header->moveSection(header->visualIndex(QueueModel::Status),
                        header->visualIndex(QueueModel::Reasons));
    offerColumnChoice(header);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QueuePane::onCurrentChanged);
    connect(m_detail, &ItemDetailView::reapplyRequested, this, &QueuePane::reapplyProblem);
    connect(m_detail, &ItemDetailView::discardRequested, this, &QueuePane::discardProblem);
    connect(&m_outbox, &Outbox::entryChanged, this, &QueuePane::updateProblem);
    connect(m_detail, &ItemDetailView::actionRequested, this,
            [this](const ReviewableAction& action) { performAction(action.performId()); });
    auto emitCounts = [this] { Q_EMIT countsChanged(m_filter->rowCount(), m_model->rowCount()); };
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, emitCounts);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, emitCounts);

    connect(m_filter, &QAbstractItemModel::modelReset, this, emitCounts);
    connect(this, &QueuePane::countsChanged, this, [this](int shown, int total) {
        m_count->setText(tr("%1 of %2").arg(shown).arg(total));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const Id shown = m_detail->itemId();
        if (shown != 0)
            selectItem(shown);
        else if (m_filter->rowCount() > 0)
            m_table->setCurrentIndex(m_filter->index(0, 0));
    });
    // A sync page changes rows one by one: the detail is drawn again once, and only when its
    // own item is among them.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& first, const QModelIndex& last) {
                const int shown = m_model->rowOf(m_detail->itemId());
                if (shown < first.row() || shown > last.row() || m_detailRefreshQueued)
                    return;
                m_detailRefreshQueued = true;
                QTimer::singleShot(0, this, [this] {
                    m_detailRefreshQueued = false;
                    if (m_detail->itemId() != 0) {
                        m_detail->showItem(m_detail->itemId());
                        updateProblem();
                    }
                });
            });

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(bar);
    leftLayout->addWidget(m_table, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({900, 430});
    keepSplitterSizes(split, QStringLiteral("queueSplitter"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(split);

    m_model->setAgeThresholds(savedAgeThresholds());
    m_model->reload();
    if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
    emitCounts();
}

QueuePane::~QueuePane() = default;

void QueuePane::offerColumnChoice(QHeaderView* header)
{
    // The header's menu shows or hides columns; the choice and the widths are kept.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](QPoint at) {
        QMenu menu;
        for (int c = 0; c < QueueModel::ColumnCount; ++c) {
            QAction* shown =
                menu.addAction(m_filter->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
            shown->setCheckable(true);
            shown->setChecked(!header->isSectionHidden(c));
            shown->setEnabled(c != QueueModel::Excerpt); // the post itself always shows
            connect(shown, &QAction::toggled, header,
                    [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(at));
    });
    if (const QByteArray kept = prefs::headerState(QStringLiteral("queueTable")).get();
        !kept.isEmpty())
        header->restoreState(kept);
    const auto keep = [header] {
        prefs::headerState(QStringLiteral("queueTable")).set(header->saveState());
    };
    connect(header, &QHeaderView::sectionResized, this, keep);
    connect(header, &QHeaderView::sectionMoved, this, keep);
    connect(header, &QHeaderView::sortIndicatorChanged, this, keep);
    connect(header, &QHeaderView::sectionCountChanged, this, keep);
}

void QueuePane::buildFilterBar(QWidget* bar)
{
    // Search on top, the filters below it: the pane stays narrow enough for a laptop.
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    // The filters wrap onto a second row rather than cut their words ("Any reasor").
    auto* row = new FlowLayout;
    rows->addLayout(top);
    rows->addLayout(row);
    auto combo = [bar, row](const char* name, const QString& label) {
        auto* box = new QComboBox(bar);
        box->setObjectName(QString::fromLatin1(name));
        box->setToolTip(label);
        box->setFocusPolicy(Qt::ClickFocus);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setMaximumWidth(box->fontMetrics().averageCharWidth() * 28); // long category names
        row->addWidget(box);
        return box;
    };
    m_status = combo("statusFilter", tr("Status"));
    m_status->addItem(tr("Pending"),
                      QVariant::fromValue(QList<int>{int(ReviewableStatus::Pending)}));
    m_status->addItem(tr("All statuses"), QVariant::fromValue(QList<int>{}));
    for (ReviewableStatus s : {ReviewableStatus::Approved, ReviewableStatus::Rejected,
                               ReviewableStatus::Ignored, ReviewableStatus::Deleted})
        m_status->addItem(QueueModel::statusLabel(s), QVariant::fromValue(QList<int>{int(s)}));
    m_type = combo("typeFilter", tr("Type"));
    m_type->addItem(tr("All types"), -1);
    for (ReviewableType t : {ReviewableType::FlaggedPost, ReviewableType::QueuedPost,
                             ReviewableType::User, ReviewableType::Post})
        m_type->addItem(QueueModel::typeLabel(t), int(t));
    m_reason = combo("reasonFilter", tr("Reason"));
    m_reason->addItem(tr("Any reason"), 0);
    for (int id : {ScoreTypeId::Spam, ScoreTypeId::Inappropriate, ScoreTypeId::OffTopic,
                   ScoreTypeId::NotifyModerators, ScoreTypeId::Illegal, ScoreTypeId::NeedsApproval})
        m_reason->addItem(QueueModel::reasonLabel(id), id);
    m_category = combo("categoryFilter", tr("Category"));
    m_category->addItem(tr("All categories"), Id(0));
    for (const auto& [id, name] : reviewqueries::categories(m_store.database()))
        m_category->addItem(name, id);
    m_priority = combo("priorityFilter", tr("Priority"));
    m_priority->addItem(tr("Any priority"), int(ReviewPriority::Low));
    m_priority->addItem(tr("Medium and high"), int(ReviewPriority::Medium));
    m_priority->addItem(tr("High"), int(ReviewPriority::High));
    m_claimed = combo("claimedFilter", tr("Claimed"));
    m_claimed->addItem(tr("Claimed or not"), int(QueueFilter::Claimed::Any));
    m_claimed->addItem(tr("Unclaimed"), int(QueueFilter::Claimed::Unclaimed));
    m_claimed->addItem(tr("Claimed"), int(QueueFilter::Claimed::Claimed));
    m_age = combo("ageFilter", tr("Age"));
    m_age->addItem(tr("Any age"), 0);
    for (int hours : {1, 4, 24, 72})
        m_age->addItem(hours < 24 ? tr("Over %1 h").arg(hours) : tr("Over %1 d").arg(hours / 24),
                       hours);
    m_views = new QComboBox(bar);
    m_views->setObjectName(QStringLiteral("queueViews"));
    m_views->setToolTip(tr("Views: saved sets of filters"));
    m_views->setFocusPolicy(Qt::ClickFocus);
    m_views->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    top->addWidget(m_views);
    auto* viewMenu = new QToolButton(bar);
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->setText(tr("View"));
    viewMenu->setPopupMode(QToolButton::InstantPopup);
    viewMenu->setFocusPolicy(Qt::NoFocus);
    auto* menu = new QMenu(viewMenu);
    menu->addAction(tr("Save Filters as View…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Save View"), tr("Name of the view:"), QLineEdit::Normal,
            m_views->currentIndex() > 0 ? m_views->currentText() : QString(), &ok);
        if (ok && !saveView(name))
            QMessageBox::warning(this, tr("Save View"),
                                 tr("A view needs a name that is not one of the built-in views."));
    });
    m_deleteView = menu->addAction(tr("Delete This View"), this,
                                   [this] { deleteView(m_views->currentText()); });
    menu->addSeparator();
    menu->addAction(tr("Age Colours…"), this, &QueuePane::editAgeThresholds);
    viewMenu->setMenu(menu);
    top->addWidget(viewMenu);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setAccessibleName(tr("Search the queue"));
    m_search->setPlaceholderText(tr("Search posts, authors, topics  (/)"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_search, 1);
    m_count = new QLabel(bar);
    top->addWidget(m_count);
    for (QComboBox* box : {m_status, m_type, m_reason, m_category, m_priority, m_age, m_claimed})
        connect(box, &QComboBox::currentIndexChanged, this, &QueuePane::applyFilter);
    reloadViews();
    updateViewName();
    connect(m_views, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            showView(m_views->itemText(index));
    });
    connect(m_search, &QLineEdit::textChanged, this, &QueuePane::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, m_table, [this] { m_table->setFocus(); });
}

void QueuePane::applyFilter()
{
    QueueFilter f;
    const QList<int> statuses = m_status->currentData().value<QList<int>>();
    f.statuses = QSet<int>(statuses.cbegin(), statuses.cend());
    if (const int type = m_type->currentData().toInt(); type >= 0)
        f.types = {type};
    f.reasonTypeId = m_reason->currentData().toInt();
    f.categoryId = m_category->currentData().toLongLong();
    f.minPriority = m_priority->currentData().toInt();
    f.claimed = QueueFilter::Claimed(m_claimed->currentData().toInt());
    f.minAgeHours = m_age->currentData().toInt();
    f.search = m_search->text();
    const Id current = currentId();
    m_filter->setFilter(f);
    selectItem(current);
    if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
    Q_EMIT countsChanged(m_filter->rowCount(), m_model->rowCount());
    updateViewName();
}

void QueuePane::updateViewName()
{
    // The views list names the view these filters are, or says they are the moderator's own.
    const QueueFilter& f = m_filter->filter();
    int shown = 0;
    const QList<SavedView> views = SavedViews(*m_settings).all();
    for (qsizetype i = 0; i < views.size() && shown == 0; ++i)
        if (views[i].filter == f)
            shown = m_views->findText(views[i].name);
    m_views->setCurrentIndex(std::max(0, shown));
    m_deleteView->setEnabled(shown > 0 && !views.value(shown - 1).builtIn);
}

AgeThresholds QueuePane::savedAgeThresholds() const
{
    AgeThresholds t;
    t.warnHours = std::max(1, prefs::ageWarnHours.get());
    t.alarmHours = std::max(t.warnHours + 1, prefs::ageAlarmHours.get());
    return t;
}

void QueuePane::setAgeThresholds(const AgeThresholds& thresholds)
{
    AgeThresholds t = thresholds;
    t.warnHours = std::max(1, t.warnHours);
    t.alarmHours = std::max(t.warnHours + 1, t.alarmHours);
    prefs::ageWarnHours.set(t.warnHours);
    prefs::ageAlarmHours.set(t.alarmHours);
    m_model->setAgeThresholds(t);
}

void QueuePane::editAgeThresholds()
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Age Colours"));
    auto* warn = new QSpinBox(dialog);
    auto* alarm = new QSpinBox(dialog);
    for (QSpinBox* box : {warn, alarm}) {
        box->setRange(1, 24 * 60);
        box->setSuffix(tr(" h"));
    }
    const AgeThresholds now = m_model->ageThresholds();
    warn->setValue(now.warnHours);
    alarm->setValue(now.alarmHours);
    auto* form = new QFormLayout(dialog);
    form->addRow(new QLabel(tr(
        "An item's age is shown amber once it has waited this long, and red after the second.")));
    form->addRow(tr("&Ageing after:"), warn);
    form->addRow(tr("&Overdue after:"), alarm);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, warn, alarm] {
        setAgeThresholds(AgeThresholds{warn->value(), alarm->value()});
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void QueuePane::reloadViews()
{
    QSignalBlocker block(m_views);
    m_views->clear();
    m_views->addItem(tr("Custom filters"));
    for (const SavedView& view : SavedViews(*m_settings).all())
        m_views->addItem(view.name);
}

bool QueuePane::showView(const QString& name)
{
    const QList<SavedView> views = SavedViews(*m_settings).all();
    const auto it = std::find_if(views.cbegin(), views.cend(),
                                 [&name](const SavedView& v) { return v.name == name; });
    if (it == views.cend())
        return false;
    const QueueFilter& f = it->filter;
    auto select = [](QComboBox* box, const QVariant& value) {
        const int i = box->findData(value);
        box->setCurrentIndex(std::max(0, i));
    };
    {
        // One filter change for the whole view, not one per field.
        const QSignalBlocker b1(m_status), b2(m_type), b3(m_reason), b4(m_category), b5(m_priority),
            b6(m_age), b7(m_claimed), b8(m_search);
        QList<int> statuses(f.statuses.cbegin(), f.statuses.cend());
        std::sort(statuses.begin(), statuses.end());
        select(m_status, QVariant::fromValue(statuses));
        const QList<int> types = f.types.values();
        select(m_type, types.size() == 1 ? types.first() : -1);
        select(m_reason, f.reasonTypeId);
        select(m_category, f.categoryId);
        select(m_priority, f.minPriority);
        select(m_age, f.minAgeHours);
        select(m_claimed, int(f.claimed));
        m_search->setText(f.search);
    }
    applyFilter();
    return true;
}

bool QueuePane::saveView(const QString& name)
{
    if (!SavedViews(*m_settings).save(name, m_filter->filter()))
        return false;
    reloadViews();
    updateViewName();
    return true;
}

bool QueuePane::deleteView(const QString& name)
{
    if (!SavedViews(*m_settings).remove(name))
        return false;
    reloadViews();
    updateViewName();
    return true;
}

Id QueuePane::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(QueueModel::IdRole).toLongLong() : 0;
}

void QueuePane::selectItem(Id reviewableId)
{
    const int sourceRow = m_model->rowOf(reviewableId);
    const QModelIndex index =
        sourceRow < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
}

void QueuePane::onCurrentChanged()
{
    const Id before = m_detail->itemId();
    const bool beforePending = std::exchange(m_shownPending, false);
    m_detail->showItem(currentId());
    if (const QueueRow* row = m_model->rowData(m_model->rowOf(currentId())))
        m_shownPending = row->status == ReviewableStatus::Pending;
    updateProblem();
    // Once the model has settled: did the item being read leave the list, decided elsewhere?
    if (before != 0 && before != currentId() && !m_decidedHere.contains(before))
        QTimer::singleShot(0, this, [this, before, beforePending] {
            noteIfDecidedElsewhere(before, beforePending);
        });
}

void QueuePane::moveBy(int delta)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + delta, 0, rows - 1) : 0;
    const QModelIndex target = m_filter->index(row, current.isValid() ? current.column() : 0);
    m_table->setCurrentIndex(target);
    m_table->scrollTo(target);
}

void QueuePane::next()
{
    moveBy(1);
}
void QueuePane::previous()
{
    moveBy(-1);
}

void QueuePane::openCurrent()
{
    m_detail->showItem(currentId());
    m_table->setFocus();
}

void QueuePane::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

QList<Id> QueuePane::selectedIds() const
{
    QList<Id> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(QueueModel::IdRole).toLongLong());
    if (ids.isEmpty() && currentId() != 0)
        ids.append(currentId());
    return ids;
}

} // namespace steward
