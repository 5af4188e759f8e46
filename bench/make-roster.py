#!/usr/bin/env python3
# make-roster.py ROWS FILE: a class list as bench-class.c makes it (the
# same columns, cities, levels and date spellings), as UTF-8 CSV, for
# `certpath-cli roster` on thousands of rows.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import csv
import sys

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CITIES = ["广州", "深圳市", "东莞", "佛山市", "惠州", "珠海"]
LEVELS = ["三级/高级工", "3", "高级工", "四级"]


def id_number(year, month, day, serial):
    body = "440106%04d%02d%02d%03d" % (year, month, day, serial % 1000)
    total = sum(int(body[i]) * WEIGHTS[i] for i in range(17))
    return body + "10X98765432"[total % 11]


def work_start(i, start, month):
    return ["%d/%d/1" % (start, month), "%d.%d.1" % (start, month),
            "%d年%d月1日" % (start, month), "%d%02d01" % (start, month)][i % 4]


def main():
    rows, path = int(sys.argv[1]), sys.argv[2]
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow("序号,姓名,身份证号码,报考城市,申报等级,参加工作时间,证书等级,发证日期,学历,"
                        "是否相关专业,毕业时间,参保地,备注".split(","))
        for i in range(rows):
            year, month, day, start = 1980 + i % 20, 1 + i % 12, 1 + i % 28, 2005 + i % 18
            writer.writerow([i + 1, "学员%04d" % (i + 1), id_number(year, month, day, i),
                             CITIES[i % 6], LEVELS[i % 4], work_start(i, start, month),
                             "四级" if i % 3 == 0 else "", "2020-06-30" if i % 3 == 0 else "",
                             "大专" if i % 5 == 0 else "", "是" if i % 5 == 0 else "",
                             "2004-07-01" if i % 5 == 0 else "", CITIES[i % 6], ""])


main()
