#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Steward developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates the sandbox server's answers against Discourse's official OpenAPI document.

Usage: validate_sandbox.py STEWARDCTL OPENAPI_JSON

Starts `stewardctl sandbox` on a free loopback port, requests every endpoint that both the
sandbox serves and the OpenAPI document covers, and validates each 200 body against that
operation's response schema with the `jsonschema` package (Draft 2020-12, as OpenAPI 3.1).

The official schemas are generated from Discourse's request specs, which run without plugins
and with particular fixtures. Where Discourse's real serializers differ, the schema is widened
below, each change with its reason (see shared/docs/discourse-api.md); nothing is narrowed.
"""
import copy
import json
import subprocess
import sys
import urllib.parse
import urllib.error
import urllib.request

import jsonschema

STEWARDCTL, OPENAPI = sys.argv[1], sys.argv[2]


def resolve(node, root):
    """Inlines every local $ref."""
    if isinstance(node, dict):
        if "$ref" in node:
            target = root
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            return resolve(copy.deepcopy(target), root)
        return {k: resolve(v, root) for k, v in node.items()}
    if isinstance(node, list):
        return [resolve(v, root) for v in node]
    return node


SOLVED_POST = {  # discourse-solved is bundled with core since 2025 (discourse-api.md §0)
    "accepted_answer": {"type": "boolean"},
    "can_accept_answer": {"type": "boolean"},
    "can_unaccept_answer": {"type": "boolean"},
    "topic_accepted_answer": {"type": "boolean"},
}
SOLVED_TOPIC = {
    "has_accepted_answer": {"type": "boolean"},
    "accepted_answer": {"type": ["object", "null"]},
}
STAFF_USER = {  # moderation state, serialized for staff viewers
    "suspended_till": {"type": ["string", "null"]},
    "suspend_reason": {"type": ["string", "null"]},
    "suspended_at": {"type": ["string", "null"]},
    "silenced_till": {"type": ["string", "null"]},
    "email": {"type": "string"},
}


def widen(node):
    """Applies the documented differences between the schemas and Discourse's serializers."""
    if isinstance(node, list):
        for v in node:
            widen(v)
        return
    if not isinstance(node, dict):
        return
    props = node.get("properties")
    if isinstance(props, dict):
        if "cooked" in props and "post_number" in props:
            props.update(SOLVED_POST)
            # Post serializers send an integer; older schemas typed it as a string (§8).
            props["reply_to_post_number"] = {"type": ["integer", "string", "null"]}
            # reviewable_id is null for posts that were never flagged.
            props["reviewable_id"] = {"type": ["integer", "string", "null"]}
        if "fancy_title" in props and "posts_count" in props:
            props.update(SOLVED_TOPIC)
            # Null for topics without an image, as Discourse sends it.
            props["image_url"] = {"type": ["string", "null"]}
            # Null when the acting user never opened the topic; the category-list schema
            # already says so, the latest-list schema says boolean.
            for key in ("bookmarked", "liked"):
                if key in props and "posters" in props:
                    props[key] = {"type": ["boolean", "string", "null"]}
            # Sent on sites with tagging enabled; the spec site had it off.
            props.setdefault("tags", {"type": "array"})
            props.setdefault("tags_descriptions", {"type": "object"})
        if "extras" in props and "description" in props:  # "latest" for the last poster, else null
            props["extras"] = {"type": ["string", "null"]}
        if "actions_summary" in props:
            items = props["actions_summary"].get("items", {})
            items.setdefault("properties", {}).update({"count": {"type": "integer"}, "acted": {"type": "boolean"},
                                                       "can_undo": {"type": "boolean"}})
        if "trust_level" in props and "username" in props and "moderator" in props:
            for key, value in STAFF_USER.items():
                props.setdefault(key, value)
        if "featured_topic" in props:  # null for members who have not featured a topic
            props["featured_topic"] = {"type": ["object", "null"]}
    for v in node.values():
        widen(v)


def main():
    document = json.load(open(OPENAPI))
    server = subprocess.Popen([STEWARDCTL, "sandbox", "--scale", "small", "--seed", "5",
                               "--now", "2026-11-20T15:00:00Z"], stdout=subprocess.PIPE, text=True)
    try:
        url, user, key = server.stdout.readline().split()
        user = user.split("=", 1)[1]
        key = key.split("=", 1)[1]

        def call(method, path, form=None):
            data = None if form is None else urllib.parse.urlencode(form).encode()
            request = urllib.request.Request(url + path, data=data, method=method, headers={
                "Api-Key": key, "Api-Username": user, "Accept": "application/json"})
            try:
                with urllib.request.urlopen(request) as answer:
                    return answer.status, answer.read()
            except urllib.error.HTTPError as error:
                return error.code, error.read()

        latest = json.loads(call("GET", "/latest.json")[1])
        topic = next(t for t in latest["topic_list"]["topics"] if t["posts_count"] > 3 and not t["pinned"])
        topic_full = json.loads(call("GET", "/t/%d.json" % topic["id"])[1])
        post_ids = topic_full["post_stream"]["stream"]
        member = next(u for u in latest["users"]
                      if not json.loads(call("GET", "/admin/users/%d.json" % u["id"])[1])["moderator"])
        category = next(c for c in json.loads(call("GET", "/categories.json")[1])["category_list"]["categories"]
                        if c["topic_count"] > 0)
        other = next(t for t in latest["topic_list"]["topics"] if t["id"] != topic["id"] and not t["pinned"])

        checks = [
            ("/site.json", "get", "/site.json", None),
            ("/site/basic-info.json", "get", "/site/basic-info.json", None),
            ("/categories.json", "get", "/categories.json", None),
            ("/latest.json", "get", "/latest.json", None),
            ("/latest.json", "get", "/latest.json?page=2", None),
            ("/c/{slug}/{id}.json", "get", "/c/%s/%d.json" % (category["slug"], category["id"]), None),
            ("/t/{id}.json", "get", "/t/%d.json" % topic["id"], None),
            ("/t/{id}/posts.json", "get", "/t/%d/posts.json?post_ids[]=%d&post_ids[]=%d" % (topic["id"], post_ids[1], post_ids[2]), None),
            ("/posts.json", "get", "/posts.json", None),
            ("/posts/{id}.json", "get", "/posts/%d.json" % post_ids[1], None),
            ("/u/{username}.json", "get", "/u/%s.json" % member["username"], None),
            ("/admin/users/{id}.json", "get", "/admin/users/%d.json" % member["id"], None),
            ("/admin/users/list/{flag}.json", "get", "/admin/users/list/active.json", None),
            ("/directory_items.json", "get", "/directory_items.json?period=all&order=likes_received", None),
            ("/t/{id}/status.json", "put", "/t/%d/status.json" % other["id"], {"status": "closed", "enabled": "true"}),
            ("/t/-/{id}.json", "put", "/t/-/%d.json" % other["id"], {"title": "A clearer title for this topic"}),
            ("/admin/users/{id}/suspend.json", "put", "/admin/users/%d/suspend.json" % member["id"],
             {"suspend_until": "2027-06-01T00:00:00Z", "reason": "Validation run"}),
            ("/admin/users/{id}/silence.json", "put", "/admin/users/%d/silence.json" % member["id"],
             {"silenced_till": "2027-06-01T00:00:00Z", "reason": "Validation run"}),
        ]
        passed = failed = 0
        for template, method, path, form in checks:
            operation = document["paths"][template][method]
            response = operation["responses"]["200"]
            schema = resolve(response.get("content", {}).get("application/json", {}).get("schema", {}), document)
            widen(schema)
            status, body = call(method.upper(), path, form)
            errors = []
            if status != 200:
                errors.append("status %d" % status)
            else:
                validator = jsonschema.Draft202012Validator(schema)
                errors = ["%s: %s" % ("/".join(str(p) for p in e.absolute_path), e.message[:200])
                          for e in sorted(validator.iter_errors(json.loads(body)), key=lambda e: list(e.absolute_path))]
            name = "%s %s (%s)" % (method.upper(), path, operation.get("operationId", template))
            if errors:
                failed += 1
                print("FAIL", name)
                for e in errors[:8]:
                    print("     ", e)
            else:
                passed += 1
                print("PASS", name)
        print("%d passed, %d failed" % (passed, failed))
        return 1 if failed else 0
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    sys.exit(main())
