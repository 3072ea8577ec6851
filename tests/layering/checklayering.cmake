# SPDX-FileCopyrightText: 2026 The Steward developers
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DROOT=<tree> -P checklayering.cmake
# Fails when a source file under app/, ui/ or models/ includes a layer it may not use, a
# GUI-only Qt module below ui/, Qt SQL outside models/store (SQL runs in the store alone; the
# other layers call its functions), or a header by a relative "../" path. Prints one line per
# violation as "<file>: includes <header> (<rule>)".
#
# The allowed dependencies (design.md, "Architecture"):
#   domain   -> (nothing)
#   net      -> domain              store -> domain
#   settings -> net domain          present -> net store domain
#   sync     -> net store domain    analytics -> store domain
#   reports  -> analytics store domain
#   items    -> sync analytics net store domain
#   sandbox  -> domain
#   ui       -> every models/ layer
#   app      -> everything

cmake_minimum_required(VERSION 3.25)

if(NOT ROOT)
    message(FATAL_ERROR "pass -DROOT=<source tree>")
endif()

set(allowed_domain "")
set(allowed_net "models/domain")
set(allowed_store "models/domain")
set(allowed_settings "models/net;models/domain")
set(allowed_present "models/net;models/store;models/domain")
set(allowed_sync "models/net;models/store;models/domain")
set(allowed_analytics "models/store;models/domain")
set(allowed_reports "models/analytics;models/store;models/domain")
set(allowed_items "models/sync;models/analytics;models/net;models/store;models/domain")
set(allowed_sandbox "models/domain")
set(allowed_ui "models/items;models/present;models/reports;models/analytics;models/sync;models/settings;models/net;models/store;models/domain;models/sandbox;ui")
set(all_layers "models/domain;models/net;models/settings;models/present;models/store;models/sync;models/analytics;models/reports;models/items;models/sandbox;ui;app")

# Qt and KDE headers only ui/ may use.
set(gui_only_regex "^(QtWidgets/|QtCharts/|KSyntaxHighlighting/|QtPrintSupport/|Q(Widget|MainWindow|Dialog|Application|PushButton|Label|LineEdit|TableView|TreeView|ListView|ListWidget|TreeWidget|TableWidget|MessageBox|Menu|MenuBar|Action|ToolBar|StatusBar|Layout|BoxLayout|VBoxLayout|HBoxLayout|GridLayout|FormLayout|StackedWidget|Splitter|AbstractItemView|HeaderView|StyledItemDelegate|Chart|ChartView|LineSeries|BarSeries|PieSeries|ValueAxis|DateTimeAxis|BarCategoryAxis|Frame|ScrollArea|TextBrowser|PlainTextEdit|TextEdit|ComboBox|CheckBox|SpinBox|ProgressBar|ToolButton|TabWidget|DockWidget|Shortcut|Style|SystemTrayIcon)>?$)")
# SQL belongs to the store, and the network is not the store's business.
set(sql_regex "^(QtSql/|QSql[A-Za-z]*)")
# The store's statement class: its own, and the analytics dataset loader's, which streams the
# whole copy's rows through it (models/analytics/dataset_load.cpp).
set(statement_regex "^models/store/statement\\.h$")
set(network_regex "^(QtNetwork/|QNetwork[A-Za-z]*|QSslError|QSslConfiguration|QTcpServer|QTcpSocket)")

set(violations 0)
file(GLOB_RECURSE files RELATIVE ${ROOT} ${ROOT}/app/* ${ROOT}/ui/* ${ROOT}/models/*)
list(FILTER files INCLUDE REGEX "\\.(h|cpp|hpp|h\\.in)$")
list(SORT files)

foreach(file IN LISTS files)
    # The layer of this file.
    set(layer "")
    foreach(candidate IN LISTS all_layers)
        if(file MATCHES "^${candidate}/")
            set(layer ${candidate})
            break()
        endif()
    endforeach()
    if(NOT layer)
        continue()
    endif()
    string(REPLACE "models/" "" short ${layer})

    # net has no words for people: its errors are typed, and models/sync/usermessages says them.
    if(layer STREQUAL "models/net")
        file(STRINGS ${ROOT}/${file} translated
             REGEX "([^A-Za-z_]tr\\(|QCoreApplication::translate|Q_DECLARE_TR_FUNCTIONS)")
        foreach(line IN LISTS translated)
            message("${file}: translates text (net has no words for people: type the error)")
            math(EXPR violations "${violations} + 1")
        endforeach()
    endif()

    file(STRINGS ${ROOT}/${file} includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*$" "\\1" header "${line}")
        set(problem "")
        if(header MATCHES "\\.\\./")
            set(problem "relative include; write includes from the repository root")
        elseif(NOT layer STREQUAL "app")
            foreach(target IN LISTS all_layers)
                if(header MATCHES "^${target}/" AND NOT target STREQUAL layer)
                    if(NOT target IN_LIST allowed_${short})
                        set(problem "${layer} may not use ${target}")
                    endif()
                endif()
            endforeach()
            if(NOT problem AND NOT layer STREQUAL "ui" AND header MATCHES "${gui_only_regex}")
                set(problem "only ui/ may use Widgets, Charts and KSyntaxHighlighting")
            endif()
            if(NOT problem AND NOT layer STREQUAL "models/store" AND header MATCHES "${sql_regex}")
                set(problem "only models/store may use Qt SQL")
            endif()
            if(NOT problem AND NOT layer STREQUAL "models/store" AND
               NOT layer STREQUAL "models/analytics" AND header MATCHES "${statement_regex}")
                set(problem "SQL runs in models/store: call its functions")
            endif()
            if(NOT problem AND layer STREQUAL "models/store" AND header MATCHES "${network_regex}")
                set(problem "store may not use Qt Network")
            endif()
        endif()
        if(problem)
            message("${file}: includes ${header} (${problem})")
            math(EXPR violations "${violations} + 1")
        endif()
    endforeach()
endforeach()

list(LENGTH files checked)
if(violations GREATER 0)
    message(FATAL_ERROR "layering: ${violations} violation(s) in ${checked} files")
endif()
message("layering: ${checked} files, no violations")
