# SPDX-FileCopyrightText: 2026 The Steward developers
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DCOMMAND="prog|arg|arg" -DEXPECT_EXIT=N [-DEXPECT_OUTPUT=regex] -P expect.cmake
# Runs the command and fails unless it exits with EXPECT_EXIT and its output matches.
string(REPLACE "|" ";" COMMAND "${COMMAND}")
execute_process(COMMAND ${COMMAND} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err
    TIMEOUT 50)
set(all "${out}${err}")
if(NOT rc STREQUAL "${EXPECT_EXIT}")
    message(FATAL_ERROR "exit code ${rc}, expected ${EXPECT_EXIT}; output:\n${all}")
endif()
if(EXPECT_OUTPUT AND NOT all MATCHES "${EXPECT_OUTPUT}")
    message(FATAL_ERROR "output does not match '${EXPECT_OUTPUT}':\n${all}")
endif()
message("ok: exit ${rc}")
