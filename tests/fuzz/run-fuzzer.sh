#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Steward developers
# SPDX-License-Identifier: GPL-3.0-or-later
# run-fuzzer.sh BINARY MAX_LEN REGRESSION_DIR ARTIFACT_DIR [SEED_DIR...]
#
# Runs every saved regression input once (a crash there fails at once), then fuzzes for
# STEWARD_FUZZ_SECONDS (default 20). New inputs go to a temporary corpus, or to
# $STEWARD_FUZZ_CORPUS/NAME when that is set (kept between runs); seed directories are only read.
# A crash, timeout or out-of-memory input is written to ARTIFACT_DIR: minimise it with
# `BINARY -minimize_crash=1 -runs=10000 FILE` and save it in REGRESSION_DIR.
set -eu
bin=$1 max_len=$2 regressions=$3 artifacts=$4
shift 4
seconds=${STEWARD_FUZZ_SECONDS:-20}
limits="-rss_limit_mb=2048 -timeout=10 -max_len=$max_len"

if [ -n "$(find "$regressions" -type f ! -name '*.md' 2>/dev/null | head -n1)" ]; then
    echo "run-fuzzer: regression inputs in $regressions"
    # shellcheck disable=SC2046,SC2086
    "$bin" $limits $(find "$regressions" -type f ! -name '*.md' | sort)
fi

if [ -n "${STEWARD_FUZZ_CORPUS:-}" ]; then
    corpus=$STEWARD_FUZZ_CORPUS/$(basename "$bin")
    mkdir -p "$corpus"
else
    corpus=$(mktemp -d "${TMPDIR:-/tmp}/steward-fuzz.XXXXXX")
    trap 'rm -rf "$corpus"' EXIT INT TERM
fi
mkdir -p "$artifacts"
seeds=""
for d in "$regressions" "$@"; do [ -d "$d" ] && seeds="$seeds $d"; done
echo "run-fuzzer: $seconds s from$seeds"
# A hung process (outside libFuzzer's per-input -timeout) is killed well after the budget.
# shellcheck disable=SC2086
timeout -k 10 $((seconds + 120)) "$bin" $limits -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$corpus" $seeds
