#!/usr/bin/env python3
"""certpath-cli roster on class lists as schools keep them (make_school_rosters.py), on 2026-03-01.

Worked by hand (level 3 unless said; the ID numbers are made up, their check digits by ISO 7064
MOD 11-2: for 44010619900307123 the weighted sum 4·7+4·9+0·10+1·5+0·8+6·4+1·2+9·1+9·6+0·3+0·7
+3·9+0·10+7·5+1·8+2·4+3·2 = 242 = 22·11, remainder 0, check character "1"):
GBK CSV
- 陈小红: born 1990-03-07 (from the ID), Guangzhou, work from 2012/7/1: 10 years on 2022-07-01;
  insured in Guangzhou: 2400 to 3120, since Guangzhou's 30% rests on seed 000's "up to" alone
  (issue 14, policy-facts §9): no firm figure (null), subsidy_min 2400, subsidy_max 3120.
- 李明: 东莞 (Dongguan, provincial rules only), 高级工, work from 2014.9.1, 四级 certificate of
  2020年6月30日: 4 years after it on 2024-06-30, before 10 years of work (2024-09-01); insured in
  Dongguan, no city uplift: 2400.
- 王芳: Foshan, level "3", work from 20180901: 10 years only on 2028-09-01; her 大专 diploma is
  related but its programme is not marked as assessed, so no diploma clause: not eligible.
- 赵强: work from 1995/2/30, no such day: "row 5, 参加工作时间: 1995/2/30 is not a valid date".
- 周杰: ID number ending 8 where the check character is 9: an error on 身份证号码, no birth date.
- 吴静: 高中 is read (no clause counts it), work from 2010-01-01: 10 years on 2020-01-01; Huizhou,
  no city uplift: 2400. Her ID ends in a lower-case x, which is read as X.
- 序号 and 备注 are listed as not read.
XLSX (title row above the header, header "　姓 名　" in full-width spaces, date cells)
- 张伟: Shenzhen, work from 2015-03-01, level 4 certificate of 2021-01-15 (a date cell formatted
  yyyy"年"m"月"d"日"): 4 years after it on 2025-01-15; Shenzhen's uplift from 2026-01-01: 3120.
- 刘洋: city "zhuhai" by id, level 3 as a number, work from 2010-07-01: eligible from 2020-07-01;
  Zhuhai's list is dated 2022–2025, so on 2026-03-01 the uplift is not known to hold: no firm figure
  (null), a range 2400 to 3120.
- 手机 is not read; the ID numbers are in no output.
ODS: 黄丽, born 1993-04-18 (a date cell), 中山市, level 4, work from 2019-09-01: 5 years on 2024-09-01,
  clause 1 of level 4; Zhongshan, no uplift: the level 4 base, 1500. The million empty rows at the end
  are not rows.
Exported XLSX read back with openpyxl: English headers, the eligible-from cell a date.
Broken files are refused with a reason: a cut-off XLSX, a zip that holds no sheet, an old .xls.
"""
import datetime
import json
import os
import subprocess
import sys
import tempfile
import zipfile

sys.path.insert(0, os.environ["G_TEST_SRCDIR"])
import make_school_rosters  # noqa: E402
import openpyxl  # noqa: E402

cli = os.environ["CERTPATH_CLI"]
failures = 0


def check(name, condition, detail=""):
    global failures
    # TAP: one line a check; the detail, often many lines, as a comment.
    print(("ok" if condition else "not ok"), "-", name)
    if detail:
        print("\n".join("# " + line for line in str(detail).splitlines()))
    if not condition:
        failures += 1


def roster(path, *args):
    result = subprocess.run([cli, "roster", path, "--on", "2026-03-01", "--format", "json", *args],
                            capture_output=True, text=True)
    return result, (json.loads(result.stdout) if result.returncode == 0 else None)


def summary(row):
    return (row.get("eligible"), row.get("eligible_from"), row.get("subsidy"))


work = tempfile.mkdtemp(prefix="certpath-rosters-")
paths = make_school_rosters.write_all(work)

print("1..21")
result, answer = roster(paths["school-gbk.csv"])
check("GBK read", answer is not None and answer["encoding"] == "GB18030", result.stderr)
rows = {row["name"]: row for row in answer["rows"]}
check("six rows", len(answer["rows"]) == 6, str(len(answer["rows"])))
check("ignored columns", answer["ignored_columns"] == ["序号", "备注"], str(answer["ignored_columns"]))
r = rows["陈小红"]
check("陈小红", (r["birth_date"], r["city"]) + summary(r) + (r["subsidy_min"], r["subsidy_max"])
      == ("1990-03-07", "guangzhou", True, "2022-07-01", None, 2400, 3120), str(r))
r = rows["李明"]
check("李明 in Dongguan", (r["city"],) + summary(r) == ("dongguan", True, "2024-06-30", 2400), str(r))
r = rows["王芳"]
check("王芳 not yet", summary(r)[:2] == (False, "2028-09-01"), str(r))
check("bad date named by its column", rows["赵强"]["errors"] == ["row 5, 参加工作时间: 1995/2/30 is not a valid date"],
      str(rows["赵强"]["errors"]))
check("wrong check digit", rows["周杰"]["errors"] == ["row 6, 身份证号码: the last character does not check: the number is mistyped"]
      and rows["周杰"]["birth_date"] is None, str(rows["周杰"]))
r = rows["吴静"]
check("吴静 with 高中", (r["errors"], r["birth_date"]) + summary(r) == ([], "1991-11-11", True, "2020-01-01", 2400), str(r))

result, answer = roster(paths["school.xlsx"])
check("XLSX read", answer is not None and answer["encoding"] == "XLSX", result.stderr)
rows = {row["name"]: row for row in answer["rows"]}
r = rows.get("张伟", {})
check("张伟 by date cells", (r.get("row"), r.get("birth_date")) + summary(r) == (3, "1988-05-20", True, "2025-01-15", 3120), str(r))
r = rows.get("刘洋", {})
check("刘洋", summary(r) == (True, "2020-07-01", None) and answer["ignored_columns"] == ["手机"], str(r))
check("no ID number in the output", "44030519880520135X" not in result.stdout)

result, answer = roster(paths["school.ods"])
row = answer["rows"][0] if answer else {}
check("ODS read", answer is not None and answer["encoding"] == "ODS" and len(answer["rows"]) == 1, result.stderr)
check("黄丽", (row.get("birth_date"), row.get("target_level"), row.get("clause")) + summary(row)
      == ("1993-04-18", 4, "gd2023-l4-c1", True, "2024-09-01", 1500), str(row))

exported = os.path.join(work, "results.xlsx")
result, answer = roster(paths["school.xlsx"], "--output", exported)
sheet = openpyxl.load_workbook(exported).active
table = list(sheet.iter_rows(values_only=True))
check("export headers", table[0][:4] == ("Row", "Name", "Birth date", "Problems"), str(table[0]))
zhang = [line for line in table if line[1] == "张伟"][0]
check("export values", zhang[0] == 3 and zhang[6] == "yes" and zhang[7] == datetime.datetime(2025, 1, 15)
      and zhang[9] == 3120 and "44030519880520135X" not in str(table), str(zhang))


def refused(name, data, message):
    path = os.path.join(work, name)
    with open(path, "wb") as f:
        f.write(data)
    result, _ = roster(path)
    check("refused: " + name, result.returncode == 1 and message in result.stderr, result.stderr)


with open(paths["school.xlsx"], "rb") as f:
    refused("cut.xlsx", f.read()[:300], "the spreadsheet is damaged")
with zipfile.ZipFile(os.path.join(work, "notes.zip"), "w") as z:
    z.writestr("notes.txt", "姓名")
with open(os.path.join(work, "notes.zip"), "rb") as f:
    refused("notes.xlsx", f.read(), "not an XLSX or ODS spreadsheet")
laughs = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">' +
          "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)) +
          ']><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><d>&i;</d>'
          '</office:document-content>')
with zipfile.ZipFile(os.path.join(work, "laughs.zip"), "w") as z:
    z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    z.writestr("content.xml", laughs)
with open(os.path.join(work, "laughs.zip"), "rb") as f:
    refused("laughs.ods", f.read(), "content.xml is not XML")
refused("old.xls", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 504, "old Excel or WPS file")
sys.exit(1 if failures else 0)
