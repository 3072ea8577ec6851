#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Steward developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Start and memory of the window (issue 20; docs/benchmarks.md "Start and memory"), each in a
# fresh home:
# 1. the window's first sync of a sandbox served by another process (`steward --url`), as of a
#    real forum: the window's peak RSS, and its anonymous and file-backed shares at the end;
# 2. the built-in demo's first start, whose sandbox is a child process (`stewardctl sandbox`):
#    the window's peak RSS and the sandbox's; ended with SIGTERM as a logout would;
# 3. RUNS restarts of the demo on that copy, each timed from exec until the queue is shown with
#    its items (polled every 50 ms; steward.startup's log line gives the time since main()).
#
#   packaging/dev exec tests/bench/startup.sh [--scale small|medium|large] [--runs N] [--bin DIR]
set -eu

scale=medium
runs=5
bin=build/test/bin
while [ $# -gt 0 ]; do
    case "$1" in
    --scale) scale=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --bin) bin=$2; shift 2 ;;
    *) echo "usage: $0 [--scale S] [--runs N] [--bin DIR]" >&2; exit 64 ;;
    esac
done
steward=$(realpath "$bin/steward")
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT INT TERM
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export QT_LOGGING_RULES="steward.startup.info=true;steward.sync.info=true"

ms_now() { date +%s%3N; }
rss_mb() { awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0; }
hwm_mb() { awk '/^VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0; }

# start LOG: runs steward on the demo in the background; sets pid and t0 (ms at exec).
start() {
    t0=$(ms_now)
    "$steward" --demo --demo-scale "$scale" >"$1" 2>&1 &
    pid=$!
}

# stop: SIGTERM, as a logout sends; waits for the process to close its copy.
stop() {
    kill -TERM "$pid"
    wait "$pid" 2>/dev/null || true
    pid=
}

# 1. The window against a sandbox in its own process, at Discourse's default Data Explorer
# spacing (2 runs in 10 s), with no request limit.
ctl=$(realpath "$bin/stewardctl")
"$ctl" sandbox --scale "$scale" --port 0 >"$work/sandbox.out" 2>&1 &
sandbox=$!
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; kill "$sandbox" 2>/dev/null; rm -rf "$work"' EXIT INT TERM
while ! grep -q 'api-key=' "$work/sandbox.out"; do
    kill -0 "$sandbox" 2>/dev/null || { cat "$work/sandbox.out" >&2; exit 1; }
    sleep 0.5
done
line=$(grep 'api-key=' "$work/sandbox.out")
t0=$(ms_now)
STEWARD_API_KEY=${line##*api-key=} "$steward" --url "${line%% *}" --rate-limit 0 \
    --api-username "$(echo "$line" | sed 's/.*api-username=\([^ ]*\).*/\1/')" >"$work/url.log" 2>&1 &
pid=$!
while ! grep -q 'sync finished.* [1-9][0-9]* posts' "$work/url.log" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/url.log" >&2; exit 1; }
    sleep 0.5
done
echo "window's first sync of $scale from a sandbox in its own process: $(( ($(ms_now) - t0) / 1000 )) s;" \
    "peak RSS $(hwm_mb "$pid") MB; at the end $(rss_mb "$pid") MB:" \
    "$(awk '/^RssAnon|^RssFile/ { printf "%s %d MB ", $1, $2 / 1024 }' "/proc/$pid/status")"
grep 'sync finished' "$work/url.log" | sed 's/^/  /'
stop
kill "$sandbox"

# 2. The demo's first start: generation, then the whole first sync (its second "sync finished" line is
# the history after the queue).
start "$work/first.log"
peak=0
while ! grep -q 'sync finished.* [1-9][0-9]* posts' "$work/first.log" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/first.log" >&2; exit 1; }
    r=$(rss_mb "$pid"); [ "$r" -gt "$peak" ] && peak=$r
    sleep 0.2
done
first=$(( $(ms_now) - t0 ))
hwm=$(hwm_mb "$pid")
child=$(pgrep -P "$pid" -f 'stewardctl sandbox' | head -1)
childhwm=$([ -n "$child" ] && hwm_mb "$child" || echo "-")
settled=$(rss_mb "$pid")
stop
echo "demo's first start ($scale): synced in $(( first / 1000 )) s; the window's peak RSS $hwm MB (sampled $peak MB), $settled MB after the sync; the sandbox process's peak $childhwm MB"
grep 'sync finished' "$work/first.log" | sed 's/^/  /'

i=1
total=0
worst=0
while [ "$i" -le "$runs" ]; do
    start "$work/run$i.log"
    while ! grep -q 'queue shown' "$work/run$i.log" 2>/dev/null; do
        kill -0 "$pid" 2>/dev/null || { cat "$work/run$i.log" >&2; exit 1; }
        sleep 0.05
    done
    wall=$(( $(ms_now) - t0 ))
    line=$(grep 'queue shown' "$work/run$i.log")
    shown=$(echo "$line" | sed 's/.* after \([0-9]*\) ms.*/\1/')
    # exec to main(): the log's clock time of "window shown" less its time since main().
    sleep 1
    stop
    echo "restart $i: $line (polled from exec: $wall ms)"
    total=$(( total + wall ))
    [ "$wall" -gt "$worst" ] && worst=$wall
    i=$(( i + 1 ))
done
echo "restarts: mean $(( total / runs )) ms, worst $worst ms from exec to the queue shown (polled every 50 ms)"
