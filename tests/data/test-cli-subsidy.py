#!/usr/bin/env python3
"""certpath-cli subsidy: seed 002's Zhuhai example, worked by hand, and the exit codes.

Level 3 AI trainer (class A, 2025 catalogue): 2400; Zhuhai adds 30% for workers insured in Zhuhai:
720; 3120 in all. Issued 2025-06-20: 12 months end on Saturday 2026-06-20 and Sunday is the Dragon
Boat holiday, so the last day is Monday 2026-06-22 (356 days after 2025-07-01). Firm: amount_min =
amount_max = 3120 (issued after 2025-04-03, when the uplift is known in force).

Guangzhou, level 3 issued 2026-03-10: the 2024 list is confirmed, but the 30% rests on seed 000 alone,
"最高可申领3120元" (up to): 2400 to 3120, amount null; the top rests on an unofficial article.
"""
import json
import os
import subprocess
import sys

cli = os.environ["CERTPATH_CLI"]
profile = os.path.join(os.environ["G_TEST_SRCDIR"], "profiles", "zhuhai-insured.json")
failures = 0


def run(*args):
    return subprocess.run([cli, "subsidy", profile, *args], capture_output=True, text=True)


def check(name, condition, detail=""):
    global failures
    # TAP: one line a check; the detail, often many lines, as a comment.
    print(("ok" if condition else "not ok"), "-", name)
    if detail:
        print("\n".join("# " + line for line in str(detail).splitlines()))
    if not condition:
        failures += 1


print("1..11")
result = run("--level", "3", "--issued", "2025-06-20", "--on", "2025-07-01", "--format", "json")
check("exit 0", result.returncode == 0, result.stderr)
answer = json.loads(result.stdout)
check("3120 = 2400 + 720", (answer["amount"], answer["base"], answer["uplift"]) == (3120, 2400, 720), str(answer["amount"]))
check("firm: min = max", (answer["amount_min"], answer["amount_max"]) == (3120, 3120))
check("eligible, CNY", answer["eligible"] and answer["currency"] == "CNY")
check("deadline", answer["deadline"] == "2026-06-22" and answer["days_left"] == 356, answer["deadline"])
check("every reason cites a source or says why not", all(r["source"] or r["status"] in ("unknown", "info") for r in answer["reasons"]))

guangzhou = os.path.join(os.environ["G_TEST_SRCDIR"], "profiles", "guangzhou-insured.json")
result = subprocess.run([cli, "subsidy", guangzhou, "--level", "3", "--issued", "2026-03-10", "--on", "2026-04-01",
                         "--format", "json"], capture_output=True, text=True)
answer = json.loads(result.stdout)
check("Guangzhou: a range", (answer["amount"], answer["amount_min"], answer["amount_max"], answer["certainty_max"])
      == (None, 2400, 3120, "unofficial"), result.stdout[:300])
text = subprocess.run([cli, "subsidy", guangzhou, "--level", "3", "--issued", "2026-03-10", "--on", "2026-04-01"],
                      capture_output=True, text=True).stdout
check("text: the range and the banner once", text.startswith("The subsidy rules of Guangdong ran to 2025-12-31")
      and "2400–3120 yuan" in text and text.count("2025-12-31") == 1, text[:400])

result = run("--level", "3", "--issued", "2025-06-20", "--on", "2025-07-01", "--issuer", "employer", "--format", "json")
check("employer certificate: 0", json.loads(result.stdout)["amount"] == 0 and not json.loads(result.stdout)["eligible"])
check("no level exits 2", run().returncode == 2)
check("unknown city exits 2", run("--level", "3", "--city", "atlantis").returncode == 2)
sys.exit(1 if failures else 0)
