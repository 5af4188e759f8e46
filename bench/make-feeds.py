#!/usr/bin/env python3
# make-feeds.py SESSIONS FEEDS CACHE_DIR: FEEDS cached schedule feeds of
# SESSIONS sessions in all, written into CACHE_DIR as cp-feed-cache.c
# names them (the first 24 hex digits of the address's SHA-256), for the
# start-up and calendar benchmarks. Prints the feeds' addresses, one a
# line. Every session is one the app accepts: the bundled session's
# shape, at each of the three centres, on exam days spread over two years.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import datetime
import hashlib
import json
import os
import sys

CENTRES = [("gd-ecommerce-college", "guangzhou"), ("szaia", "shenzhen"), ("zhuhai-skills-centre", "zhuhai")]
FIRST_EXAM = datetime.date(2026, 1, 4)


def session(number):
    centre, region = CENTRES[number % len(CENTRES)]
    exam = FIRST_EXAM + datetime.timedelta(days=(number * 7) % 730)
    day = lambda offset: (exam - datetime.timedelta(days=offset)).isoformat()
    return {
        "id": f"bench-{number:05d}", "occupation": "4-04-05-05", "levels": [1 + number % 5, 3] if number % 5 != 2 else [3],
        "centre": centre, "region": region, "exam_date": exam.isoformat(),
        "registration": [{"channel": "jineng_guangdong", "name": {"en": "Skills Guangdong", "zh_CN": "技能广东"},
                          "closes": day(20), "url": "https://ggfw.hrss.gd.gov.cn/OUPX/"}],
        "papers_due": day(16) if number % 2 == 0 else None, "capacity": 400, "min_to_open": 30,
        "registration_code": None, "plan_number": None, "published": day(34), "sources": ["seed-004"],
    }


def main():
    total, feeds, directory = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    os.makedirs(directory, exist_ok=True)
    for f in range(feeds):
        url = f"https://feeds.example.org/bench-{f}.json"
        name = hashlib.sha256(url.encode()).hexdigest()[:24]
        body = {"format": "certpath-feed", "version": 1,
                "publisher": {"name": {"en": f"Bench school {f}", "zh_CN": f"测试学校{f}"}, "url": None},
                "generated_at": "2026-03-09T12:00:00+08:00", "sources": [], "centres": [],
                "sessions": [session(n) for n in range(f, total, feeds)]}
        meta = {"url": url, "etag": None, "last_modified": None,
                "fetched_at": "2026-03-09T12:00:00+08:00", "checked_at": "2026-03-09T12:00:00+08:00"}
        with open(os.path.join(directory, name + ".json"), "w", encoding="utf-8") as out:
            json.dump(body, out, ensure_ascii=False, separators=(",", ":"))
        with open(os.path.join(directory, name + ".meta.json"), "w", encoding="utf-8") as out:
            json.dump(meta, out)
        print(url)


main()
