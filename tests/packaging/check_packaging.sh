#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Steward developers
# SPDX-License-Identifier: GPL-3.0-or-later
# What the package installs beside the programs, checked in the build tree:
#   check_packaging.sh BIN_DIR PACKAGING_BUILD_DIR SOURCE_DIR APP_ID
# - steward --help and --version work without a display;
# - the metainfo passes appstreamcli validate --strict, the .desktop file desktop-file-validate, and
#   both name the same id, icon and binaries;
# - the man pages render without groff warnings and hold every option the programs' --help lists;
# - the bash completion completes commands, options, option values and report names; the zsh one parses;
# - the PNG icons have the sizes their folders say.
set -uo pipefail
bin=$1 out=$2 src=$3 id=$4
failures=0
fail() { printf 'FAIL: %s\n' "$*"; failures=$((failures + 1)); }
pass() { printf 'ok: %s\n' "$*"; }

# --help and --version without a display
for args in --help --version; do
    text=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$bin/steward" $args 2>&1) &&
        case $args in --help) grep -q -- --demo-scale <<<"$text" ;; *) grep -q '^steward [0-9]' <<<"$text" ;; esac &&
        pass "steward $args without a display" || fail "steward $args without a display: $text"
done

# AppStream and the .desktop file
metainfo=$out/$id.metainfo.xml desktop=$src/packaging/$id.desktop
validation=$(appstreamcli validate --strict --no-net "$metainfo" 2>&1) &&
    pass "appstreamcli validate --strict" || fail "appstreamcli: $validation"
desktop-file-validate "$desktop" && pass "desktop-file-validate" || fail "desktop-file-validate"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || fail "the metainfo's launchable is not $id.desktop"
grep -q "^Icon=$id\$" "$desktop" || fail "the .desktop file's icon is not $id"
grep -q "<icon type=\"stock\">$id</icon>" "$metainfo" || fail "the metainfo's icon is not $id"
for b in steward stewardctl; do grep -q "<binary>$b</binary>" "$metainfo" || fail "the metainfo does not provide $b"; done
grep -q "<release version=\"$("$bin/stewardctl" --version | cut -d' ' -f2)\"" "$metainfo" ||
    fail "the metainfo has no release for the programs' version"

# Man pages: clean groff, every option
for page in steward stewardctl; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$out/$page.1" 2>&1 >/dev/null)
    [ -z "$warnings" ] && pass "$page.1 renders cleanly" || fail "$page.1: $warnings"
done
rendered=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$out/stewardctl.1" 2>/dev/null; LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$out/steward.1" 2>/dev/null)
options=$( (python3 "$src/packaging/clidoc.py" describe "$bin/stewardctl" |
            python3 -c 'import json,sys; d=json.load(sys.stdin); print("\n".join(n for c in d["commands"] for o in c["options"] for n in o["names"] if n != "--help-all"))'
           "$bin/steward" --help | grep -o -- '--[a-z-]*' | grep -vx -- --help-all) | sort -u)
missing=$(while read -r o; do grep -qF -- "$o" <<<"$rendered" || echo "$o"; done <<<"$options")
[ -z "$missing" ] && pass "the man pages hold all $(wc -l <<<"$options") options" || fail "options missing from the man pages: $missing"

# bash completion: COMP_WORDS as bash would set them, the reply compared
complete_bash() {
    bash -c 'source /usr/share/bash-completion/bash_completion; source "$1"; shift
             COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
             _stewardctl; [ ${#COMPREPLY[@]} -eq 0 ] || printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "' _ "$out/stewardctl.bash" "$@"
}
expect_bash() {
    local want=$1; shift
    local got; got=$(complete_bash "$@")
    [ "$got" = "$want" ] && pass "bash: $* -> $want" || fail "bash: $* -> '$got', expected '$want'"
}
expect_bash "sync " stewardctl sy
expect_bash "--rest-only " stewardctl sync --rest
expect_bash "activity all " stewardctl report a
expect_bash "large medium small " stewardctl sandbox --scale ""
expect_bash "csv " stewardctl report --format c
expect_bash "" stewardctl sync --url ""

# zsh completion: it parses, and names every command
zsh -n "$out/_stewardctl" && pass "zsh -n _stewardctl" || fail "_stewardctl does not parse"
for c in sandbox sync verify report; do grep -q "_stewardctl_$c()" "$out/_stewardctl" || fail "_stewardctl lacks $c"; done

# Icons
for dir in "$out"/icons/*; do
    size=$(basename "$dir")
    dims=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' "$dir/$id.png")
    [ "$dims" = "${size}x${size}" ] || fail "$dir/$id.png is $dims"
done
pass "$(ls "$out"/icons | wc -l) PNG icon sizes"

[ "$failures" -eq 0 ] && echo "packaging: all checks passed" || { echo "packaging: $failures failure(s)"; exit 1; }
