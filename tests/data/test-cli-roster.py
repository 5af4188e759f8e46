#!/usr/bin/env python3
"""certpath-cli roster: a class of 30 (27 good rows, 3 bad) and a GB18030 file, on 2026-03-01.

Worked by hand (made-up candidates, born 1990-01-15, Guangzhou, target level 3, insured there):
- 学员26 works from 2012-07-01: 10 years on 2022-07-01, clause 1; subsidy 2400 to 3120: Guangzhou's
  30% rests on seed 000 alone, which says "up to 3120" (policy-facts §9), so a range, not the firm 3120
  this test expected before; its top rests on an unofficial article.
- 学员06 works from 2016-07-01: 10 years only on 2026-07-01, so not yet.
- 学员10 works from 2020-07-01 with a level 4 certificate of 2021-05-10: 4 years after it on
  2025-05-10, clause 2.
- 学员07 has four documents ticked; still missing are the work proof, the social insurance record,
  the employment proof (clause 1 rests on work years).
- Bad rows: 1995-02-30; the city hangzhou (not in Guangdong); the certificate level "four".
- GB18030: 陈小红, Shenzhen, working since 2012-03-01: 10 years on 2022-03-01.
"""
import json
import os
import subprocess
import sys
import tempfile

cli = os.environ["CERTPATH_CLI"]
here = os.path.join(os.environ["G_TEST_SRCDIR"], "rosters")
failures = 0


def check(name, condition, detail=""):
    global failures
    # TAP: one line a check; the detail, often many lines, as a comment.
    print(("ok" if condition else "not ok"), "-", name)
    if detail:
        print("\n".join("# " + line for line in str(detail).splitlines()))
    if not condition:
        failures += 1


def roster(name, *args):
    result = subprocess.run([cli, "roster", os.path.join(here, name), "--on", "2026-03-01", "--format", "json", *args],
                            capture_output=True, text=True)
    return result, (json.loads(result.stdout) if result.returncode == 0 else None)


print("1..12")
result, answer = roster("class-30.csv")
check("exit 0", result.returncode == 0, result.stderr)
rows = {row["name"]: row for row in answer["rows"]}
check("30 rows", len(answer["rows"]) == 30)
r = rows["学员26"]
check("学员26", (r["eligible"], r["eligible_from"], r["clause"], r["subsidy"], r["subsidy_min"], r["subsidy_max"],
                r["subsidy_certainty"]) == (True, "2022-07-01", "gd2023-l3-c1", None, 2400, 3120, "unofficial"), str(r))
check("readable sources", "Notice of the 2026-04-12" in r["clause_sources"] and "seed-" not in r["clause_sources"],
      r["clause_sources"])
r = rows["学员06"]
check("学员06 not yet", (r["eligible"], r["eligible_from"]) == (False, "2026-07-01"), str(r))
r = rows["学员10"]
check("学员10 by certificate", (r["eligible"], r["eligible_from"], r["clause"]) == (True, "2025-05-10", "gd2023-l3-c2"), str(r))
check("学员07 missing documents", rows["学员07"]["missing_documents"] == ["work-years-proof", "social-insurance", "employment-proof"], str(rows["学员07"]["missing_documents"]))
check("bad date", rows["学员28"]["errors"] == ["row 29, birth_date: 1995-02-30 is not a valid date"], str(rows["学员28"]["errors"]))
check("bad city and bad level", rows["学员29"]["errors"] == ["row 30, city: hangzhou is not a city the app has data for"]
      and rows["学员30"]["errors"] == ["row 31, certificate_level: four is not a level; write 1 to 5 or a name such as 三级/高级工"],
      str(rows["学员29"]["errors"]) + str(rows["学员30"]["errors"]))

result, answer = roster("class-gb18030.csv")
check("gb18030 read", answer is not None and answer["encoding"] == "GB18030", result.stderr)
row = answer["rows"][0]
check("gb18030 row", (row["name"], row["eligible_from"]) == ("陈小红", "2022-03-01"), str(row))

# Without --output each row is printed as it is read and let go; with it the
# whole roster is held for the file. What reaches the terminal is the same,
# to the byte, bad rows and all.
different = []
with tempfile.TemporaryDirectory() as folder:
    for name in ("class-30.csv", "class-gb18030.csv"):
        for output_format in ("text", "json", "csv"):
            command = [cli, "roster", os.path.join(here, name), "--on", "2026-03-01", "--format", output_format]
            streamed = subprocess.run(command, capture_output=True)
            held = subprocess.run(command + ["--output", os.path.join(folder, "results.csv")], capture_output=True)
            if streamed.returncode != 0 or streamed.stdout != held.stdout or len(streamed.stdout) < 500:
                different.append(f"{name} {output_format}")
check("streamed output = whole output", not different, ", ".join(different))
sys.exit(1 if failures else 0)
