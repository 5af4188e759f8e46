#!/usr/bin/env python3
"""certpath-cli in Chinese, run from the build folder with nothing set but the language: the build's
translations are found by themselves, LANGUAGE is followed even in the C locale, and the zh_CN advice
sheet (read back from its PDF) has no English enum words and a filled 关键日期 section.

By hand for wang-xiaoming.json on 2026-11-23: level 3 is the highest open, since 2021-05-10 (its
clause 5); the subsidy for a level 3 certificate issued that day must be claimed within 12 months, by
2027-11-23 (a Tuesday, a working day); the work from 2016-07-01 goes on (2016-07-01 至今); the title
is 初级 and the diploma 高等职业学校（专科）.
"""
import os
import re
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


def run(args, **language):
    # Only what a person sets: no CERTPATH_* folders, no locale but the one asked for.
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("CERTPATH_") and k not in ("LANG", "LANGUAGE") and not k.startswith("LC_")}
    env.update(language)
    return subprocess.run([cli] + args, capture_output=True, text=True, env=env)


def has_locale(name):
    listed = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower().split()
    return name.lower().replace("utf-8", "utf8") in listed


print("1..8")
eligibility = ["eligibility", profile, "--on", "2026-06-30"]
result = run(eligibility, LANGUAGE="zh_CN")
check("LANGUAGE=zh_CN in the C locale", result.stdout.startswith("截至2026-06-30的报考条件"), result.stdout[:80])
check("no question marks for Chinese", "??" not in result.stdout)
# What `meson devenv` gives: only the character type set.
result = run(eligibility, LC_CTYPE="C.UTF-8", LANGUAGE="zh_CN")
check("LANGUAGE=zh_CN with LC_CTYPE=C.UTF-8", result.stdout.startswith("截至2026-06-30的报考条件"), result.stdout[:80])
result = run(eligibility, LANG="C.UTF-8", LANGUAGE="zh_CN")
check("LANGUAGE=zh_CN in C.UTF-8", result.stdout.startswith("截至2026-06-30的报考条件"), result.stdout[:80])
# LANG alone, whether the locale is generated (install-deps.sh does) or not.
result = run(eligibility, LANG="zh_CN.UTF-8")
check("LANG=zh_CN.UTF-8 (locale %s)" % ("generated" if has_locale("zh_CN.utf8") else "missing"),
      result.stdout.startswith("截至2026-06-30的报考条件"), result.stdout[:80])
result = run(eligibility, LANGUAGE="en")
check("LANGUAGE=en", result.stdout.startswith("Application conditions as of 2026-06-30"), result.stdout[:80])

if shutil.which("pdftotext"):
    out = tempfile.mkdtemp()
    pdf = os.path.join(out, "sheet.pdf")
    run(["sheet", profile, "--on", "2026-11-23", "--pdf", pdf], LANGUAGE="zh_CN")
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    shutil.rmtree(out)
    entered = text[text.index("已填写的信息"):text.index("各等级")] if "已填写的信息" in text else ""
    words = re.findall(r"\b(?:junior|intermediate|senior|college|bachelor|postgraduate|technician_\w+|"
                       r"secondary_vocational|ongoing|evaluation_org|employer)\b", entered)
    check("no English enum words in what was entered", entered != "" and words == []
          and "初级" in entered and "高等职业学校（专科）" in entered and "2016-07-01 至今" in entered
          and "至 至今" not in entered, str(words) + entered[:300])
    key = text[text.index("关键日期"):text.index("报考3级需提交的材料")] if "关键日期" in text else ""
    check("关键日期 filled", "3级：自2021-05-10起符合条件" in key and "请于2027-11-23前申领" in key, key)
else:
    for name in ("no English enum words in what was entered", "关键日期 filled"):
        print("ok - %s # SKIP poppler-utils not installed" % name)
sys.exit(1 if failures else 0)
