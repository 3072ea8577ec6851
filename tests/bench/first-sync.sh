#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Steward developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The first sync of a rate-limited sandbox, as a user meets it (issue 17; docs/benchmarks.md
# "First sync at Discourse's default limits"). Serves the community at 60 requests a minute
# (and, with --block, Data Explorer's 2 runs in 10 s enforced with 429), syncs it with the
# account at 60 a minute, and prints: wall time, when the queue was usable (the moment the
# sync moved past the queue and what it names), requests, 429s; then checks the copy against
# the server's own totals and, with --compare, against a REST walk of the same community
# (served unthrottled) by counts and by the dashboard's report.
#
#   packaging/dev exec tests/bench/first-sync.sh [--scale small|medium|large] [--block] [--compare] [--bin DIR]
set -eu

scale=medium
block=
compare=
bin=build/test/bin
while [ $# -gt 0 ]; do
    case "$1" in
    --scale) scale=$2; shift 2 ;;
    --block) block=--data-explorer-block; shift ;;
    --compare) compare=1; shift ;;
    --bin) bin=$2; shift 2 ;;
    *) echo "usage: $0 [--scale S] [--block] [--compare] [--bin DIR]" >&2; exit 64 ;;
    esac
done
ctl=$(realpath "$bin/stewardctl")
work=$(mktemp -d)
pids=
trap 'for p in $pids; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT INT TERM
now=2026-11-20T15:00:00Z # one fixed history, so both sandboxes serve the same community

# serve NAME ARGS...: starts a sandbox, waits for its address line, sets url_NAME and key_NAME.
serve() {
    name=$1; shift
    "$ctl" sandbox --scale "$scale" --now "$now" --port 0 "$@" >"$work/$name.out" 2>&1 &
    pids="$pids $!"
    while ! grep -q 'api-key=' "$work/$name.out"; do
        kill -0 "$!" 2>/dev/null || { cat "$work/$name.out" >&2; exit 1; }
        sleep 1
    done
    line=$(grep 'api-key=' "$work/$name.out")
    eval "url_$name=\${line%% *}"
    eval "user_$name=\$(echo \"\$line\" | sed 's/.*api-username=\\([^ ]*\\).*/\\1/')"
    eval "key_$name=\${line##*api-key=}"
}

count() {
    python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM " + sys.argv[2]).fetchone()[0])' "$1" "$2"
}

serve limited --rate-limit 60 $block
echo "sandbox ($scale) ready: $(head -1 "$work/limited.out")"
start=$(date +%s.%N)
STEWARD_API_KEY=$key_limited "$ctl" sync --url "$url_limited" --api-username "$user_limited" --db "$work/bulk.db" \
    --rate-limit 60 >"$work/sync.out" 2>"$work/sync.err" &
syncpid=$!
pids="$pids $syncpid"
# Phase lines ("syncing queue...") with the seconds since the start.
tail -f "$work/sync.err" --pid=$syncpid 2>/dev/null | while IFS= read -r l; do
    printf '%6.1f s  %s\n' "$(awk -v a="$(date +%s.%N)" -v b="$start" 'BEGIN { print a - b }')" "$l"
done | tee "$work/phases.txt"
wait $syncpid || { echo "sync failed" >&2; cat "$work/sync.out" "$work/sync.err" >&2; exit 1; }
end=$(date +%s.%N)
cat "$work/sync.out"
printf 'wall: %.0f s\n' "$(awk -v a="$end" -v b="$start" 'BEGIN { print a - b }')"
queue=$(awk '/syncing answers|syncing tags|syncing topics/ { print $1; exit }' "$work/phases.txt")
echo "queue usable after: ${queue:-?} s (the queue, its posts, topics and users stored)"
STEWARD_API_KEY=$key_limited "$ctl" verify --url "$url_limited" --api-username "$user_limited" --db "$work/bulk.db" \
    --rate-limit 60 | tail -1

if [ -n "$compare" ]; then
    serve open
    STEWARD_API_KEY=$key_open "$ctl" sync --url "$url_open" --api-username "$user_open" --db "$work/rest.db" \
        --rate-limit 0 --rest-only 2>/dev/null | tail -2
    for table in categories users topics posts reviewables reviewable_scores; do
        a=$(count "$work/bulk.db" "$table")
        b=$(count "$work/rest.db" "$table")
        echo "$table: bulk $a, REST $b"
    done
    "$ctl" report all --db "$work/bulk.db" --from 2025-11-20 --to 2026-11-20 --format json >"$work/bulk.json"
    "$ctl" report all --db "$work/rest.db" --from 2025-11-20 --to 2026-11-20 --format json >"$work/rest.json"
    if cmp -s "$work/bulk.json" "$work/rest.json"; then
        echo "dashboard report (last 12 months): identical"
    else
        echo "dashboard report (last 12 months): DIFFERENT"
        diff "$work/bulk.json" "$work/rest.json" | head -20
        exit 1
    fi
fi
