#!/usr/bin/env python3
"""certpath-cli eligibility: the example profile of issue 3, worked by hand, and the exit codes.

Wang Xiaoming (made up): working since 2016-07-01, level 4 certificate 2021-05-10, junior title
2020-07-01, related college diploma 2016-06-30. On 2026-06-30, level 3:
  (1) 10 years from 2016-07-01 -> met on 2026-07-01, so not yet;
  (2) level 4 + 4 years after it -> 2025-05-10, met;
  (5) level 4 certificate + related college diploma -> met since 2021-05-10;
so level 3 is open, eligible from 2021-05-10 (clause 5's date, the earliest), and the level names
clause 5 with its documents (a level 4 certificate copy and the diploma; no work-years proof). It named
clause 2 (2025-05-10) with clause 1's documents before, under clause 5's date (issue 14).
Level 2: no level 3 certificate and no intermediate title -> no date.
"""
import json
import os
import subprocess
import sys

cli = os.environ["CERTPATH_CLI"]
here = os.path.join(os.environ["G_TEST_SRCDIR"], "profiles")
failures = 0


def run(*args):
    return subprocess.run([cli, *args], capture_output=True, text=True)


def check(name, condition, detail=""):
    global failures
    # TAP: one line a check; the detail, often many lines, as a comment.
    print(("ok" if condition else "not ok"), "-", name)
    if detail:
        print("\n".join("# " + line for line in str(detail).splitlines()))
    if not condition:
        failures += 1


print("1..11")
result = run("eligibility", os.path.join(here, "wang-xiaoming.json"), "--on", "2026-06-30", "--format", "json")
check("exit 0", result.returncode == 0, result.stderr)
answer = json.loads(result.stdout)
levels = {level["level"]: level for level in answer["levels"]}
check("five levels", sorted(levels) == [1, 2, 3, 4, 5])
check("on", answer["on"] == "2026-06-30")
level3 = levels[3]
clauses = {clause["number"]: clause for clause in level3["clauses"]}
check("level 3 eligible from 2021-05-10", level3["eligible"] and level3["eligible_from"] == "2021-05-10", str(level3["eligible_from"]))
check("level 3 names clause 5", level3["chosen_clause"] == "gd2023-l3-c5", level3["chosen_clause"])
check("clause 5's documents", "certificate-copy" in level3["documents"] and "diploma" in level3["documents"]
      and "work-years-proof" not in level3["documents"], str(level3["documents"]))
check("level 3 clause 1 on 2026-07-01", (not clauses[1]["met"]) and clauses[1]["eligible_from"] == "2026-07-01")
check("level 2 no date", (not levels[2]["eligible"]) and levels[2]["eligible_from"] is None)

result = run("eligibility", os.path.join(here, "bad-end-before-start.json"))
check("bad profile exits 1", result.returncode == 1)
check("bad profile message", "bad-end-before-start.json: $.work_periods[0].end: end is before start" in result.stderr, result.stderr)

result = run("eligibility", os.path.join(here, "wang-xiaoming.json"), "--on", "2026-02-30")
check("bad date exits 2", result.returncode == 2)
sys.exit(1 if failures else 0)
