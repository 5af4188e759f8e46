#!/usr/bin/env python3
"""certpath-cli sheet: the advice sheet of the issue-3 example candidate as PDF, rendered and read back.

Hand-worked content it must carry (on 2026-11-23): levels 5, 4 and 3 open; level 3 by clause (1) (10
years from 2016-07-01, met 2026-07-01); subsidy for level 3 in Shenzhen, certificate issued that day:
2400 + 30% = 3120; the policy data version; the warning to check the latest notice.
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
    print(("ok" if condition else "not ok"), "-", name, detail)
    if not condition:
        failures += 1


print("1..6")
out = tempfile.mkdtemp()
pdf = os.path.join(out, "sheet.pdf")
result = subprocess.run([cli, "sheet", profile, "--on", "2026-11-23", "--pdf", pdf], capture_output=True, text=True)
check("exit 0", result.returncode == 0, result.stderr)
check("a PDF", open(pdf, "rb").read(5) == b"%PDF-")

if shutil.which("pdftoppm") and shutil.which("pdftotext"):
    subprocess.run(["pdftoppm", "-r", "40", "-png", pdf, os.path.join(out, "page")], check=True)
    pages = sorted(p for p in os.listdir(out) if p.startswith("page"))
    check("one or two pages", 1 <= len(pages) <= 2, str(pages))
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    check("subsidy", "3120 yuan (2400 + 720 uplift)" in text)
    check("clause and levels", "Level 3 / Senior worker" in text and "10 years' work in total" in text)
    check("data version and warning", "policy data 2026.11.23" in text and "latest official notice" in text)
else:
    for name in ("one or two pages", "subsidy", "clause and levels", "data version and warning"):
        print("ok - %s # SKIP poppler-utils not installed" % name)
shutil.rmtree(out)
sys.exit(1 if failures else 0)
