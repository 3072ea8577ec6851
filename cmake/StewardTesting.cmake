# SPDX-FileCopyrightText: 2026 The Steward developers
# SPDX-License-Identifier: GPL-3.0-or-later
# steward_add_test(NAME SOURCES ... LIBS ... [LABELS ...] [TIMEOUT s] [ENVIRONMENT ...])
# One QtTest executable per test file, registered with CTest, run offscreen.

function(steward_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE steward_compile_options Qt6::Test ${ARG_LIBS})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;STEWARD_SOURCE_DIR=${PROJECT_SOURCE_DIR};STEWARD_SHARED_DIR=${PROJECT_SOURCE_DIR}/../shared;${ARG_ENVIRONMENT}")
endfunction()

# steward_add_command_test(NAME COMMAND ... [EXIT code] [OUTPUT regex] [LABELS ...])
# Runs a command and checks its exit code and combined output.
function(steward_add_command_test name)
    cmake_parse_arguments(ARG "" "EXIT;OUTPUT" "COMMAND;LABELS" ${ARGN})
    if(NOT DEFINED ARG_EXIT)
        set(ARG_EXIT 0)
    endif()
    string(JOIN "|" cmd ${ARG_COMMAND})
    add_test(NAME ${name} COMMAND ${CMAKE_COMMAND}
        "-DCOMMAND=${cmd}" "-DEXPECT_EXIT=${ARG_EXIT}" "-DEXPECT_OUTPUT=${ARG_OUTPUT}"
        -P ${PROJECT_SOURCE_DIR}/tests/cli/expect.cmake)
    set_tests_properties(${name} PROPERTIES TIMEOUT 60 LABELS "${ARG_LABELS}")
endfunction()
