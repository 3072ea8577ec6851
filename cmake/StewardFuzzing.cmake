# SPDX-FileCopyrightText: 2026 The Steward developers
# SPDX-License-Identifier: GPL-3.0-or-later
# STEWARD_FUZZ: every library gets libFuzzer's coverage instrumentation on top of ASan and
# UBSan (STEWARD_SANITIZE's flags), and steward_add_fuzzer() links one libFuzzer target.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "STEWARD_FUZZ needs clang (libFuzzer): use the fuzz preset")
endif()
target_compile_options(steward_compile_options INTERFACE -fsanitize=fuzzer-no-link)
if(NOT STEWARD_SANITIZE)
    target_compile_options(steward_compile_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(steward_compile_options INTERFACE -fsanitize=address,undefined)
endif()

# steward_add_fuzzer(NAME SOURCES ... LIBS ... [MAX_LEN bytes] [SEEDS dir...])
# An executable with LLVMFuzzerTestOneInput, built by `fuzz_all`, and a CTest test labelled
# fuzz that runs its regression inputs (tests/data/fuzz/NAME) and then fuzzes for
# STEWARD_FUZZ_SECONDS (default 20) from the seed directories (tests/fuzz/run-fuzzer.sh).
function(steward_add_fuzzer name)
    cmake_parse_arguments(ARG "" "MAX_LEN" "SOURCES;LIBS;SEEDS" ${ARGN})
    if(NOT ARG_MAX_LEN)
        set(ARG_MAX_LEN 65536)
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE steward_compile_options ${ARG_LIBS})
    target_compile_options(${name} PRIVATE -fsanitize=fuzzer)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/fuzz)
    add_dependencies(fuzz_all ${name})
    add_test(NAME ${name} COMMAND sh ${PROJECT_SOURCE_DIR}/tests/fuzz/run-fuzzer.sh
        $<TARGET_FILE:${name}> ${ARG_MAX_LEN}
        ${PROJECT_SOURCE_DIR}/tests/data/fuzz/${name} ${CMAKE_BINARY_DIR}/fuzz-artifacts/${name}
        ${ARG_SEEDS})
    set_tests_properties(${name} PROPERTIES
        LABELS fuzz
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;UBSAN_OPTIONS=print_stacktrace=1")
endfunction()
