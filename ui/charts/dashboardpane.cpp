// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's layout and controls; what it shows of a report is in dashboardpane_report.cpp.
#include "ui/charts/dashboardpane.h"

#include "models/analytics/analyticsservice.h"
#include "models/analytics/definitions.h"
#include "models/analytics/drilldown.h"
#include "ui/charts/dashboardcharts.h"
#include "ui/charts/drilldownpanel.h"
#include "ui/charts/kpitile.h"
#include "ui/widgets/flowlayout.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtCharts/QChartView>

#include <algorithm>

namespace steward {

using namespace analytics;

namespace {

const char* const kTileKeys[] = {
    "new_topics",           "posts",       "active_users", "new_users", "first_response",
    "first_response_share", "solved_rate", "unanswered",   "flags",     "backlog"};

QTreeWidget* makeList(QWidget* parent, const QString& name)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->header()->setStretchLastSection(false);
    return list;
}

} // namespace

DashboardPane::DashboardPane(AnalyticsService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_charts(new DashboardCharts(this))
    , m_drill(new DrillDownPanel(this))
    , m_splitter(new QSplitter(this))
    , m_lists(new QTabWidget(this))
{
    setObjectName(QStringLiteral("dashboard"));
    auto* bar = new QWidget(this);
    buildControls(bar);

    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(8, 8, 8, 8);
    grid->setSpacing(8);
    auto* tiles = new QGridLayout;
    tiles->setSpacing(8);
    for (const char* key : kTileKeys) {
        auto* tile = new KpiTile(QString::fromLatin1(key), content);
        connect(tile, &KpiTile::clicked, this, &DashboardPane::tileClicked);
        tiles->addWidget(tile, int(m_tiles.size()) / 5, int(m_tiles.size()) % 5);
        m_tiles.append(tile);
    }
    grid->addLayout(tiles, 0, 0, 1, 2);

    auto* contributors = new QWidget(content);
    auto* contributorsLayout = new QVBoxLayout(contributors);
    contributorsLayout->setContentsMargins(0, 0, 0, 0);
    auto* contributorsBar = new QHBoxLayout;
    m_contributorMetric = new QComboBox(contributors);
    m_contributorMetric->setObjectName(QStringLiteral("contributorMetric"));
    m_contributorGroup = new QComboBox(contributors);
    m_contributorGroup->setObjectName(QStringLiteral("contributorGroup"));
    contributorsBar->addWidget(m_contributorGroup);
    contributorsBar->addWidget(m_contributorMetric);
    contributorsBar->addStretch(1);
    contributorsLayout->addLayout(contributorsBar);
    contributorsLayout->addWidget(m_charts->view(DashboardCharts::Contributors), 1);
    for (QComboBox* box : {m_contributorMetric, m_contributorGroup})
        connect(box, &QComboBox::activated, this, &DashboardPane::showReport);

    m_activeTopics = makeList(m_lists, QStringLiteral("activeTopicsList"));
    m_categories = makeList(m_lists, QStringLiteral("categoriesList"));
    m_moderators = makeList(m_lists, QStringLiteral("moderatorsList"));
    m_lists->addTab(m_activeTopics, QString());
    m_lists->addTab(m_categories, QString());
    m_lists->addTab(m_moderators, QString());
    m_lists->setMinimumHeight(260);
    connect(m_activeTopics, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        showDrillDown(item->text(0), {item->data(0, Qt::UserRole).toLongLong()});
    });

    grid->addWidget(m_charts->view(DashboardCharts::Activity), 1, 0);
    grid->addWidget(m_charts->view(DashboardCharts::ResponseTrend), 1, 1);
    grid->addWidget(m_charts->view(DashboardCharts::ResponseHistogram), 2, 0);
    grid->addWidget(contributors, 2, 1);
    grid->addWidget(m_charts->view(DashboardCharts::Categories), 3, 0);
    grid->addWidget(m_charts->view(DashboardCharts::Flags), 3, 1);
    grid->addWidget(m_charts->view(DashboardCharts::Backlog), 4, 0);
    grid->addWidget(m_lists, 4, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(m_drill);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setCollapsible(0, false);
    m_drill->hide();
    connect(m_drill, &DrillDownPanel::closeRequested, m_drill, &QWidget::hide);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_splitter, 1);

    connect(m_charts, &DashboardCharts::topicsRequested, this, &DashboardPane::showDrillDown);
    connect(m_charts, &DashboardCharts::userRequested, this, [this](Id user) {
        m_drill->showUser(user, topicsOfUser(m_service.data(), m_service.query(), user),
                          m_service.data());
        revealDrillDown();
    });
    connect(&m_service, &AnalyticsService::reportChanged, this, &DashboardPane::showReport);
    connect(&m_service, &AnalyticsService::loadingChanged, this, [this](bool loading) {
        m_busy->setVisible(loading);
        if (loading)
            m_status->setText(tr("Reading the local copy…"));
        fillCategories();
    });
    connect(&m_service, &AnalyticsService::loadFailed, this, [this](const QString& error) {
        m_status->setText(tr("Cannot read the local copy: %1").arg(error));
    });
    retranslate();
    setPreset(Preset::Days30);
}

void DashboardPane::buildControls(QWidget* bar)
{
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(8, 6, 8, 2);
    rows->setSpacing(2);
    // Each caption stays with its box; the groups wrap onto a second row when the pane is
    // narrow (German captions at 1280 px) instead of widening the window.
    auto* row = new FlowLayout;
    rows->addLayout(row);
    const auto group = [&](std::initializer_list<QWidget*> widgets) {
        auto* box = new QWidget(bar);
        auto* line = new QHBoxLayout(box);
        line->setContentsMargins(0, 0, 0, 0);
        for (QWidget* w : widgets) {
            w->setParent(box);
            line->addWidget(w);
        }
        row->addWidget(box);
    };
    const auto caption = [&](QWidget* buddy) {
        auto* label = new QLabel(bar);
        label->setBuddy(buddy);
        m_labels.append(label);
        return label;
    };
    m_preset = new QComboBox(bar);
    m_preset->setObjectName(QStringLiteral("rangePreset"));
    for (int i = 0; i < 5; ++i)
        m_preset->addItem(QString());
    QLabel* presetCaption = caption(m_preset);
    m_from = new QDateEdit(bar);
    m_to = new QDateEdit(bar);
    m_from->setObjectName(QStringLiteral("rangeFrom"));
    m_to->setObjectName(QStringLiteral("rangeTo"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_updating)
                applyQuery();
        });
    }
    group({presetCaption, m_preset, m_from, new QLabel(QStringLiteral("–"), bar), m_to});
    m_category = new QComboBox(bar);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_category->setMaximumWidth(fontMetrics().averageCharWidth() * 32);
    group({caption(m_category), m_category});
    m_granularity = new QComboBox(bar);
    m_granularity->setObjectName(QStringLiteral("granularity"));
    for (int i = 0; i < 3; ++i)
        m_granularity->addItem(QString(), i);
    group({caption(m_granularity), m_granularity});
    m_definition = new QComboBox(bar);
    m_definition->setObjectName(QStringLiteral("responseDefinition"));
    for (int i = 0; i < ResponseDefinitionCount; ++i)
        m_definition->addItem(QString(), i);
    group({caption(m_definition), m_definition});
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    rows->addWidget(m_status);
    m_busy = new QProgressBar(bar);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(100);
    m_busy->hide();
    row->addWidget(m_busy);
    m_export = new QPushButton(bar);
    m_export->setObjectName(QStringLiteral("exportReport"));
    row->addWidget(m_export);
    connect(m_export, &QPushButton::clicked, this, &DashboardPane::chooseExport);
    connect(m_preset, &QComboBox::activated, this, &DashboardPane::presetChosen);
    for (QComboBox* box : {m_category, m_granularity, m_definition})
        connect(box, &QComboBox::activated, this, &DashboardPane::applyQuery);
}

void DashboardPane::retranslate()
{
    const QStringList captions{tr("&Range:"), tr("&Category:"), tr("&Buckets:"),
                               tr("First &response:")};
    for (qsizetype i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(captions.value(i));
    const QStringList presets{tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"),
                              tr("Last 365 days"), tr("Custom")};
    for (int i = 0; i < presets.size(); ++i)
        m_preset->setItemText(i, presets[i]);
    const QStringList sizes{tr("Days"), tr("Weeks"), tr("Months")};
    for (int i = 0; i < sizes.size(); ++i)
        m_granularity->setItemText(i, sizes[i]);
    for (int i = 0; i < ResponseDefinitionCount; ++i) {
        m_definition->setItemText(i, Definitions::responseTitle(ResponseDefinition(i)));
        m_definition->setItemData(i, Definitions::firstResponse(ResponseDefinition(i)).definition,
                                  Qt::ToolTipRole);
    }
    m_definition->setToolTip(
        tr("How the time to first response is measured; see each choice's tooltip"));
    m_export->setText(tr("&Export…"));
    m_export->setToolTip(
        tr("Save the report as a PDF, a spreadsheet, CSV or JSON, with its definitions"));
    const int metric = m_contributorMetric->currentIndex();
    const int group = m_contributorGroup->currentIndex();
    m_contributorMetric->clear();
    m_contributorMetric->addItems(
        {tr("By posts"), tr("By accepted answers"), tr("By likes received")});
    m_contributorGroup->clear();
    m_contributorGroup->addItems({tr("Community"), tr("Staff")});
    m_contributorMetric->setCurrentIndex(std::max(metric, 0));
    m_contributorGroup->setCurrentIndex(std::max(group, 0));
    m_lists->setTabText(0, tr("Most active topics"));
    m_lists->setTabText(1, tr("Categories"));
    m_lists->setTabText(2, tr("Moderators"));
    // What a screen reader says for the controls without a caption of their own.
    for (int i = 0; i < m_lists->count(); ++i)
        m_lists->widget(i)->setAccessibleName(m_lists->tabText(i));
    m_from->setAccessibleName(tr("First day of the range"));
    m_to->setAccessibleName(tr("Last day of the range"));
    m_busy->setAccessibleName(tr("Reading the local copy"));
    m_activeTopics->setHeaderLabels({tr("Topic"), tr("Posts in range"), tr("Category")});
    m_categories->setHeaderLabels(
        {tr("Category"), tr("Topics"), tr("Share"), tr("Posts"), tr("Share"), tr("Change")});
    m_moderators->setHeaderLabels({tr("Moderator"), tr("Items resolved"), tr("Sent from Steward")});
    m_activeTopics->setToolTip(Definitions::metric(QStringLiteral("active_topics")).definition);
    m_categories->setToolTip(Definitions::metric(QStringLiteral("categories")).definition);
    m_moderators->setToolTip(Definitions::metric(QStringLiteral("moderator_activity")).definition);
    fillCategories();
    showReport();
}

void DashboardPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        showReport(); // the charts take their colours from the palette
    QWidget::changeEvent(event);
}

void DashboardPane::setSite(const QUrl& site)
{
    m_drill->setSite(site);
    m_community = site.host();
}

void DashboardPane::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(int(preset));
    presetChosen();
}

void DashboardPane::setCustomRange(QDate from, QDate to)
{
    m_updating = true;
    m_preset->setCurrentIndex(int(Preset::Custom));
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = false;
    presetChosen();
}

void DashboardPane::setCategory(Id categoryId)
{
    m_category->setCurrentIndex(std::max(0, m_category->findData(categoryId)));
    applyQuery();
}

void DashboardPane::setDefinition(ResponseDefinition definition)
{
    m_definition->setCurrentIndex(int(definition));
    applyQuery();
}

void DashboardPane::setGranularity(Granularity granularity)
{
    m_granularity->setCurrentIndex(int(granularity));
    applyQuery();
}

void DashboardPane::presetChosen()
{
    const auto preset = Preset(m_preset->currentIndex());
    const bool custom = preset == Preset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        static constexpr int kDays[] = {7, 30, 90, 365};
        const int days = kDays[int(preset)];
        const QDate today = QDate::currentDate();
        m_updating = true;
        m_to->setDate(today);
        m_from->setDate(today.addDays(-(days - 1)));
        m_granularity->setCurrentIndex(days <= 31 ? 0 : days <= 120 ? 1 : 2);
        m_updating = false;
    }
    applyQuery();
}

void DashboardPane::applyQuery()
{
    Query q = m_service.query();
    q.from = m_from->date();
    q.to = m_to->date();
    if (q.from > q.to)
        std::swap(q.from, q.to);
    q.zone = QTimeZone::systemTimeZone();
    q.categoryId = m_category->currentData().toLongLong();
    q.granularity = Granularity(std::max(0, m_granularity->currentIndex()));
    q.definition = ResponseDefinition(std::max(0, m_definition->currentIndex()));
    q.top = 10;
    m_service.setQuery(q);
}

void DashboardPane::fillCategories()
{
    const Id current = m_category->currentData().toLongLong();
    m_category->clear();
    m_category->addItem(tr("All categories"), 0);
    const Dataset& d = m_service.data();
    // Top-level categories, each followed by the ones below it.
    std::vector<const CategoryFact*> top;
    for (const CategoryFact& c : d.categories) {
        if (c.parentId == 0 || !d.category(c.parentId))
            top.push_back(&c);
    }
    std::sort(top.begin(), top.end(),
              [](const CategoryFact* a, const CategoryFact* b) { return a->name < b->name; });
    for (const CategoryFact* c : top) {
        m_category->addItem(c->name, c->id);
        for (const CategoryFact& sub : d.categories) {
            if (sub.parentId == c->id)
                m_category->addItem(QStringLiteral("    ") + sub.name, sub.id);
        }
    }
    m_category->setCurrentIndex(std::max(0, m_category->findData(current)));
}

void DashboardPane::showDrillDown(const QString& title, const QList<Id>& topics)
{
    m_drill->showTopics(title, topics, m_service.data());
    revealDrillDown();
}

void DashboardPane::revealDrillDown()
{
    m_drill->show();
    const int wanted = std::min(400, width() / 3); // the tiles keep two thirds
    if (m_splitter->sizes().value(1) < 200)
        m_splitter->setSizes({width() - wanted, wanted});
}

void DashboardPane::chooseExport()
{
    if (!m_service.isLoaded())
        return;
    const Query& q = m_service.report().query;
    const QLocale locale;
    const QString period =
        tr("%1 to %2, %3")
            .arg(locale.toString(q.from, QLocale::ShortFormat),
                 locale.toString(q.to, QLocale::ShortFormat), m_category->currentText().trimmed());
    ExportReportDialog dialog(period, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ReportExportChoice choice = dialog.choice();
    ExportReportDialog::remember(choice);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"),
                                                      ExportReportDialog::fileName(choice, q.from),
                                                      ExportReportDialog::filter(choice.format));
    if (path.isEmpty())
        return;
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool saved = exportTo(path, choice, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!saved)
        QMessageBox::warning(this, tr("Export Report"),
                             tr("The report was not saved: %1").arg(error));
}

} // namespace steward
