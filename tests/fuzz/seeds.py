#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Steward developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Seed corpora that are not files already: the cooked HTML, code blocks and Markdown source
of the posts in the captured Discourse answers, and request bodies made from their objects.

seeds.py OUT_DIR FIXTURE_DIR... writes OUT_DIR/{posthtml,highlight,sandbox_request}/."""
import hashlib
import html
import json
import pathlib
import re
import sys
import urllib.parse

CODE = re.compile(r'<pre><code(?: class="lang-([A-Za-z0-9_+#.-]*)")?>(.*?)</code></pre>', re.S)


def walk(value, found):
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str) and key in ("cooked", "raw", "bio_cooked", "excerpt"):
                found.setdefault(key, []).append(item)
            walk(item, found)
        if value and all(not isinstance(v, (dict, list)) for v in value.values()):
            found.setdefault("flat", []).append(value)
    elif isinstance(value, list):
        for item in value:
            walk(item, found)


def write(directory, text):
    data = text.encode("utf-8")
    (directory / hashlib.sha1(data).hexdigest()).write_bytes(data)


def main():
    out = pathlib.Path(sys.argv[1])
    dirs = {name: out / name for name in ("posthtml", "highlight", "sandbox_request")}
    for d in dirs.values():
        d.mkdir(parents=True, exist_ok=True)
    found = {}
    for root in sys.argv[2:]:
        for path in sorted(pathlib.Path(root).rglob("*.json")):
            if path.stat().st_size > 200_000:
                continue
            try:
                walk(json.loads(path.read_text(encoding="utf-8")), found)
            except (ValueError, UnicodeDecodeError):
                continue
    for text in found.get("cooked", []) + found.get("bio_cooked", []) + found.get("excerpt", []):
        write(dirs["posthtml"], text)
        for language, code in CODE.findall(text):
            write(dirs["highlight"], f"{language}\n{html.unescape(code)}")
    for text in found.get("raw", []):
        write(dirs["highlight"], f"markdown\n{text}")
    write(dirs["highlight"], "cpp\nint main() { return 0; }\n")
    write(dirs["highlight"], "python\ndef f(x):\n    return x  # ok\n")
    for obj in found.get("flat", [])[:40]:
        fields = {k: ("" if v is None else str(v).lower() if isinstance(v, bool) else str(v))
                  for k, v in obj.items()}
        form = urllib.parse.urlencode(fields)
        rails = urllib.parse.urlencode([("ids[]", v) for v in fields.values()][:5])
        write(dirs["sandbox_request"], f"application/x-www-form-urlencoded\napi_username=system\n{form}")
        write(dirs["sandbox_request"], f"application/json; charset=utf-8\n{rails}\n{json.dumps(obj)}")


if __name__ == "__main__":
    main()
