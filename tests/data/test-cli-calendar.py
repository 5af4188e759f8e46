#!/usr/bin/env python3
"""certpath-cli calendar and workdays: the 2026-04-12 session of seed 004, worked by hand.

Published: registration 2026-03-23 (Skills Guangdong) and 2026-03-25 (college), papers 2026-03-27.
Derived (policy-facts §1.4): results +5 working days = 2026-04-17, review request +5 = 2026-04-24,
answer +5 = 2026-05-06 (across May Day), certificate +75 = 2026-07-29. The results and review delays
are the Shenzhen AI Industry Association's rules (seed 001), so for the college's session they are marked
approximate and named as another organisation's; the college's own rule puts papers 40 days before the
exam (seed 004): 2026-03-03. The .ics is read back by
Debian's python3-icalendar, a parser that is not ours.
"""
import datetime
import json
import os
import subprocess
import sys

cli = os.environ["CERTPATH_CLI"]
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


print("1..12")
result = run("calendar", "--today", "2026-03-20", "--format", "json")
check("exit 0", result.returncode == 0, result.stderr)
session = json.loads(result.stdout)["sessions"][0]
dates = {m["kind"]: m for m in session["milestones"]}
check("closing soon on 2026-03-20", session["status"] == "closing_soon")
check("published dates", (dates["registration:jineng_guangdong"]["date"], dates["registration:centre_platform"]["date"],
                          dates["papers_due"]["date"]) == ("2026-03-23", "2026-03-25", "2026-03-27"))
check("derived dates", [dates[k]["date"] for k in ("results", "review_request", "review_answer", "certificate")]
      == ["2026-04-17", "2026-04-24", "2026-05-06", "2026-07-29"] and dates["results"]["derived"])
check("another organisation's rule", dates["results"]["approximate"] and dates["results"]["other_organisation"]
      and "another organisation" in dates["results"]["label"],
      dates["results"]["label"])
check("the printed papers date, not the 40-day rule's 2026-03-03 beside it", "papers_days_before" not in dates)
check("2027 is approximate", dates["subsidy_deadline"]["approximate"] and not dates["certificate"]["approximate"])

check("workdays add", run("workdays", "add", "2026-04-12", "75").stdout.strip() == "2026-07-29")
answer = json.loads(run("workdays", "between", "2026-12-31", "2027-01-08", "--format", "json").stdout)
check("workdays between into 2027", answer == {"working_days": 6, "approximate": True}, str(answer))
check("bad date exits 1", run("workdays", "add", "2026-02-30", "5").returncode == 1)

ics = run("calendar", "--format", "ics").stdout
try:
    import icalendar
    calendar = icalendar.Calendar.from_ical(ics)
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    by_uid = {str(e["UID"]): e for e in events}
    results = by_uid["gd-ecommerce-2026-04-12-l3-results@certpath.github.io"]
    check("ics read by python3-icalendar", len(events) == 11 and results.decoded("DTSTART") == datetime.date(2026, 4, 17),
          str(len(events)))
    alarms = [a for a in by_uid["gd-ecommerce-2026-04-12-l3-papers_due@certpath.github.io"].walk() if a.name == "VALARM"]
    check("reminder before a deadline", len(alarms) == 1 and alarms[0].decoded("TRIGGER") == -datetime.timedelta(days=1))
except ImportError:
    print("ok - ics read by python3-icalendar # SKIP python3-icalendar not installed")
    print("ok - reminder before a deadline # SKIP python3-icalendar not installed")
sys.exit(1 if failures else 0)
