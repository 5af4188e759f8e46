#!/usr/bin/env python3
"""Seeds for the fuzz targets, from the project's own fixtures: make-corpus.py OUT_DIR.

OUT_DIR/<target>/ gets one file per seed. The pack-file target's first byte picks the pack file
(its index in cp_policy_pack_files, read from src/core/cp-policy-pack.c), so each bundled file and
each raw broken fixture is seeded with its index in front.
"""
import glob
import json
import os
import re
import sys

top = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
out = sys.argv[1]


def seed(target, name, content):
    directory = os.path.join(out, target)
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, name), "wb") as stream:
        stream.write(content if isinstance(content, bytes) else content.encode("utf-8"))


def read(path):
    with open(path, "rb") as stream:
        return stream.read()


for path in glob.glob(os.path.join(top, "tests", "data", "profiles", "*.json")):
    content = read(path)
    seed("fuzz-profile", os.path.basename(path), content)
    seed("fuzz-profile", "bom-" + os.path.basename(path), b"\xef\xbb\xbf" + content)

for path in glob.glob(os.path.join(top, "data", "feeds", "*.json")):
    seed("fuzz-feed", os.path.basename(path), read(path))
    seed("fuzz-json-guard", os.path.basename(path), read(path))
seed("fuzz-json-guard", "quoted.json", "['\"', [[1]], /* \" */ {\"a\": \"\\\"\"}]")

seed("fuzz-feed-cache", "meta.json", json.dumps({
    "url": "https://example.cn/feed.json", "etag": "\"v1\"", "last_modified": "Mon, 09 Mar 2026 04:00:00 GMT",
    "fetched_at": "2026-03-09T12:00:00+08:00", "checked_at": None}, indent=2))

source = read(os.path.join(top, "src", "core", "cp-policy-pack.c")).decode("utf-8")
files = re.findall(r'"([a-z]+\.json)"', source[source.index("cp_policy_pack_files[]"):source.index("NULL")])
for index, name in enumerate(files):
    seed("fuzz-pack-file", name, bytes([index]) + read(os.path.join(top, "data", "policy", name)))
for path in glob.glob(os.path.join(top, "tests", "data", "broken", "*.json")):
    fixture = json.loads(read(path))
    if fixture.get("file") not in files:
        continue
    if "raw" in fixture:
        content = fixture["raw"].encode("utf-8")
    elif "raw_hex" in fixture:
        content = bytes.fromhex(fixture["raw_hex"])
    else:
        continue
    seed("fuzz-pack-file", "broken-" + os.path.basename(path), bytes([files.index(fixture["file"])]) + content)

for path in glob.glob(os.path.join(top, "tests", "data", "rosters", "*.csv")) + [os.path.join(top, "data", "roster-template.csv")]:
    seed("fuzz-roster", os.path.basename(path), read(path))

for path in glob.glob(os.path.join(top, "tests", "data", "notices", "*.txt")):
    seed("fuzz-notice", os.path.basename(path), read(path))
