#!/usr/bin/env python3
# make-candidates.py DIR N [SEED]: writes N realistic saved candidates into
# DIR, as the app saves them (candidate-*.json, mode 0600), for benchmarks.
#
# Names are common Chinese surnames and given names, so about one name in
# twenty comes back (two 陈老五 with different birth dates or cities); birth
# dates, cities and work histories vary. Seeded: the same N and SEED give
# the same files.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import random
import sys

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英",
         "霞", "平", "刚", "桂英", "小明", "老五", "晓东", "嘉怡", "子轩", "梓涵", "浩然", "雨桐", "建华", "志强"]
CITIES = ["guangzhou", "shenzhen", "foshan", "zhuhai"]


def candidate(rng):
    birth_year = rng.randint(1965, 2005)
    city = rng.choice(CITIES)
    start_year = min(birth_year + rng.randint(18, 24), 2025)
    profile = {
        "format": "certpath-profile", "version": 1,
        "name": rng.choice(SURNAMES) + rng.choice(GIVEN),
        "birth_date": "%04d-%02d-%02d" % (birth_year, rng.randint(1, 12), rng.randint(1, 28)),
        "occupation": "4-04-05-05",
        "city": city,
        "work_periods": [{"start": "%04d-%02d-01" % (start_year, rng.randint(1, 12)), "end": None}],
        "training_hours": rng.choice([0, 0, 40, 80, 120]),
        "hukou_city": rng.choice([None, city]),
        "insured_city": rng.choice([None, city, city]),
        "registered_unemployed_city": None,
        "graduate_registered_city": None,
    }
    if rng.random() < 0.3:
        profile["certificates"] = [{"occupation": "4-04-05-05", "related": True, "level": rng.choice([4, 5]),
                                    "issued": "%04d-05-10" % rng.randint(2015, 2024), "issuer": "evaluation_org"}]
    return profile


def main():
    if len(sys.argv) < 3:
        sys.stderr.write("usage: make-candidates.py DIR N [SEED]\n")
        return 2
    folder, count = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 12)
    os.makedirs(folder, mode=0o700, exist_ok=True)
    for n in range(count):
        path = os.path.join(folder, "candidate-20260101-%06d-1.json" % n)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(candidate(rng), out, ensure_ascii=False, indent=2)
            out.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
