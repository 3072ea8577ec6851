# SPDX-FileCopyrightText: 2026 The Steward developers
# SPDX-License-Identifier: GPL-3.0-or-later
# steward_library(NAME SOURCES ... LIBS ...): one static library per layer, with the
# project's warnings, includes from the repository root, and its Qt/other dependencies.

add_library(steward_compile_options INTERFACE)
target_compile_options(steward_compile_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
    $<$<BOOL:${STEWARD_WERROR}>:-Werror>)
target_compile_definitions(steward_compile_options INTERFACE
    QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060800)
# Product code spells every string's encoding; tests may use plain literals.
set(STEWARD_STRICT_STRINGS QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII)
target_include_directories(steward_compile_options INTERFACE
    ${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR}/generated)
if(STEWARD_SANITIZE)
    target_compile_options(steward_compile_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(steward_compile_options INTERFACE -fsanitize=address,undefined)
endif()

function(steward_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_link_libraries(${name} PUBLIC steward_compile_options ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE ${STEWARD_STRICT_STRINGS})
    set_target_properties(${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
endfunction()
