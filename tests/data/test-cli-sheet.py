#!/usr/bin/env python3
"""certpath-cli sheet: the advice sheet of the issue-3 example candidate as PDF, rendered and read back.

Hand-worked content it must carry (on 2026-11-23): levels 5, 4 and 3 open; level 3 by clause (5), the
clause that opened it earliest (level 4 certificate of 2021-05-10 and a related college diploma), with
that date (before issue 14 it named clause (1), whose 10 years came only on 2026-07-01); subsidy for level 3 in Shenzhen, certificate issued that day:
2400 + 30% = 3120 (Shenzhen's level-3 30% from 2026-01-01, 本地宝 repost), as sure as its weakest source
(the catalogue: seed documents only); the policy data version and the day it was last checked
(2026-12-01); 粤人社规〔2023〕13号's end date said once; sources by title and number, not ids; how to
claim in Shenzhen (a Shenzhen bank card; 5–15 working days, seed 001); the exam rules to know (absence:
no refund, 001/000; all failed or a year on: the whole assessment again, 004; the lookup site
zscx.osta.org.cn, 004); the warning to check the latest
notice.
"""
import os
import shutil
import subprocess
import sys
import tempfile

cli = os.environ["CERTPATH_CLI"]
profile = os.path.join(os.environ["G_TEST_SRCDIR"], "profiles", "wang-xiaoming.json")
failures = 0


def check(name, condition, detail=""):
    global failures
    # TAP: one line a check; the detail, often many lines, as a comment.
    print(("ok" if condition else "not ok"), "-", name)
    if detail:
        print("\n".join("# " + line for line in str(detail).splitlines()))
    if not condition:
        failures += 1


print("1..12")
out = tempfile.mkdtemp()
pdf = os.path.join(out, "sheet.pdf")
result = subprocess.run([cli, "sheet", profile, "--on", "2026-11-23", "--pdf", pdf], capture_output=True, text=True)
check("exit 0", result.returncode == 0, result.stderr)
check("a PDF", open(pdf, "rb").read(5) == b"%PDF-")

if shutil.which("pdftoppm") and shutil.which("pdftotext"):
    subprocess.run(["pdftoppm", "-r", "40", "-png", pdf, os.path.join(out, "page")], check=True)
    pages = sorted(p for p in os.listdir(out) if p.startswith("page"))
    check("one to three pages", 1 <= len(pages) <= 3, str(pages))
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    check("subsidy", "3120 yuan (2400 + 720 uplift; seed documents only)" in flat, flat[:200])
    check("banner once, checked date", flat.count("no successor was found by") == 1 and "last checked on 2026-12-01" in flat)
    check("readable sources", "13号, 2023-07-22" in flat and "[seed-" not in flat)
    check("exam rules to know", "whole assessment must be taken again" in flat and "zscx.osta.org.cn" in flat
          and "no refund" in flat, flat[-1500:])
    check("how to claim", "opened in Shenzhen" in flat and "5–15 working days" in flat)
    check("clause and levels", "Level 3 / Senior worker" in flat and "Clause (5)" in flat
          and "Open since 2021-05-10" in flat)
    check("data version and warning", "policy data 2026.12.01" in flat and "latest official notice" in flat)
else:
    for name in ("one to three pages", "subsidy", "banner once, checked date", "readable sources", "exam rules to know",
                 "how to claim",
                 "clause and levels", "data version and warning"):
        print("ok - %s # SKIP poppler-utils not installed" % name)

# One's own session (certpath-cli sessions add) is on the sheet as in the app: a Shenzhen level-3 exam
# on 2027-01-24, registration closing 2026-12-14, as of 2026-12-01 (the bundled 2026-04-12 one is past).
import json
own_session = {"id": "own-szaia-2027-01-24-l3", "occupation": "4-04-05-05", "levels": [3], "centre": "szaia",
               "region": "shenzhen", "exam_date": "2027-01-24",
               "registration": [{"channel": "jineng_guangdong", "name": {"en": "Skills Guangdong", "zh_CN": "技能广东"},
                                 "closes": "2026-12-14", "url": None}],
               "papers_due": None, "capacity": None, "min_to_open": None, "registration_code": None,
               "plan_number": None, "published": "2026-11-20", "sources": [],
               "note": {"en": "Entered by hand.", "zh_CN": "手工录入。"}}
own_path = os.path.join(out, "own-session.json")
with open(own_path, "w", encoding="utf-8") as own_file:
    json.dump(own_session, own_file, ensure_ascii=False)
own_env = dict(os.environ, XDG_DATA_HOME=os.path.join(out, "data"))
added = subprocess.run([cli, "sessions", "add", own_path, "--origin", "hand"], capture_output=True, text=True,
                       env=own_env)
check("own session saved", added.returncode == 0, added.stderr)
text = subprocess.run([cli, "sheet", profile, "--on", "2026-12-01"], capture_output=True, text=True,
                      env=own_env).stdout
check("own session on the sheet", "2027-01-24 · Shenzhen" in text and "2026-12-14" in text, text[-1500:])
shutil.rmtree(out)
sys.exit(1 if failures else 0)
