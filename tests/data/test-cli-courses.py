#!/usr/bin/env python3
"""certpath-cli courses: the hand-worked figures of seeds 001 and 002, JSON and CSV.

Candidate insured in Zhuhai, certificate taken as issued 2025-07-01: level 3 subsidy 2400 + 720.
Shenzhen Technician College level 3 for a group of 3: 3000 - 20% = 2400 upfront, 2400 - 3120 = -720.
Zhuhai course, member price: 3120 upfront (exam included), 3120 - 3120 = 0.
Firm subsidy, so subsidy_min = subsidy_max = 3120 and after_subsidy_min = max = -720; the college's
prices were published in seed 001 (June 2025: "2025-06"), the Zhuhai course's on 2025-04-03 (seed 002).
"""
import csv
import io
import json
import os
import subprocess
import sys

cli = os.environ["CERTPATH_CLI"]
profile = os.path.join(os.environ["G_TEST_SRCDIR"], "profiles", "zhuhai-insured.json")
failures = 0


def run(*args):
    return subprocess.run([cli, "courses", *args], capture_output=True)


def check(name, condition, detail=""):
    global failures
    # TAP: one line a check; the detail, often many lines, as a comment.
    print(("ok" if condition else "not ok"), "-", name)
    if detail:
        print("\n".join("# " + line for line in str(detail).splitlines()))
    if not condition:
        failures += 1


print("1..9")
result = run(profile, "--level", "3", "--group-size", "3", "--member", "--on", "2025-07-01", "--format", "json")
check("exit 0", result.returncode == 0, result.stderr.decode())
courses = {c["id"]: c for c in json.loads(result.stdout)["courses"]}
college = courses["sz-technician-college-ai"]
check("college group of 3", (college["price"], college["discount"], college["upfront"], college["subsidy"], college["after_subsidy"]) == (3000, 600, 2400, 3120, -720), str(college))
zhuhai = courses["zhuhai-2025-3-level3"]
check("a firm figure is its own range", (college["subsidy_min"], college["subsidy_max"], college["after_subsidy_min"],
                                         college["after_subsidy_max"]) == (3120, 3120, -720, -720), str(college))
check("prices published", (college["prices_published"], zhuhai["prices_published"]) == ("2025-06", "2025-04-03"))
check("zhuhai member", (zhuhai["upfront"], zhuhai["after_subsidy"], zhuhai["ended"]) == (3120, 0, True), str(zhuhai))
check("public welfare unknown", courses["nanshan-taike-welfare"]["unknown"][0] == "price" and courses["nanshan-taike-welfare"]["upfront"] is None)

result = run(profile, "--level", "3", "--group-size", "3", "--on", "2025-07-01", "--format", "csv")
data = result.stdout
check("csv starts with a BOM", data.startswith(b"\xef\xbb\xbf"))
rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
by_id = {row["id"]: row for row in rows}
check("csv read by Python's csv module", by_id["sz-technician-college-ai"]["after_subsidy"] == "-720" and by_id["zhuhai-2025-3-level3"]["upfront"] == "3500")
check("chinese course names survive", any("人工智能训练师" in row["course"] or "AI" in row["course"] for row in rows))
sys.exit(1 if failures else 0)
