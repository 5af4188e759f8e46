#!/usr/bin/env python3
"""certpath-cli agenda over a folder of saved candidates, worked by hand.

王小明, a senior-class technician-school graduate (clause 4 of level 3) in Guangzhou, could sit the
2026-04-12 level-3 session of seed 004: registration closes 2026-03-23 (Skills Guangdong) and
2026-03-25 (the college), papers are due 2026-03-27. 陈老五 has worked since 2016-07-01, so level 3
opens on 2026-07-01 (ten years, docs/counting-time.md), and holds a level-4 certificate of
2025-06-20 whose 12 months end on Saturday 2026-06-20, the Dragon Boat holiday runs to Sunday 21, so
the last day to claim is Monday 2026-06-22. 张三 has nothing due: every level work opens is open to
him since long, and no session is held in Shenzhen. The .ics is read back by Debian's
python3-icalendar and the XLSX by python3-openpyxl, readers that are not ours.
"""
import csv
import datetime
import io
import json
import os
import subprocess
import sys
import tempfile

cli = os.environ["CERTPATH_CLI"]
failures = 0

GRADUATE = {"format": "certpath-profile", "version": 1, "occupation": "4-04-05-05", "name": "王小明",
            "city": "guangzhou", "birth_date": "2004-09-01",
            "education": [{"kind": "technician_school_senior", "related_major": True, "assessed": False,
                           "graduated": "2025-07-01", "final_year": False}]}
WORKER = {"format": "certpath-profile", "version": 1, "occupation": "4-04-05-05", "name": "陈老五",
          "city": "guangzhou", "birth_date": "1990-05-01", "insured_city": "guangzhou",
          "work_periods": [{"start": "2016-07-01", "end": None}],
          "certificates": [{"occupation": "4-04-05-05", "related": True, "level": 4, "issued": "2025-06-20",
                            "issuer": "evaluation_org"}]}
NOTHING = {"format": "certpath-profile", "version": 1, "occupation": "4-04-05-05", "name": "张三",
           "city": "shenzhen", "birth_date": "1975-01-01", "work_periods": [{"start": "2000-01-01", "end": None}]}


def run(*args, env=None):
    return subprocess.run([cli, *args], capture_output=True, text=True, env=env)


def check(name, condition, detail=""):
    global failures
    print(("ok" if condition else "not ok"), "-", name)
    if not condition:
        print("# " + repr(detail)[:2000])
        failures += 1


folder = tempfile.mkdtemp()
store = os.path.join(folder, "candidates")
os.mkdir(store, 0o700)
for name, profile in (("grad", GRADUATE), ("worker", WORKER), ("nothing", NOTHING)):
    with open(os.path.join(store, name + ".json"), "w", encoding="utf-8") as out:
        json.dump(profile, out, ensure_ascii=False)

print("1..21")
result = run("agenda", "--store", store, "--from", "2026-03-20", "--days", "120", "--format", "json")
check("exit 0", result.returncode == 0, result.stderr)
answer = json.loads(result.stdout)
events = answer["events"]
check("window", (answer["from"], answer["to"]) == ("2026-03-20", "2026-07-17"), str((answer["from"], answer["to"])))
check("exactly these members", set(answer) == {"from", "to", "events"} and
      all(set(e) == {"date", "kind", "candidate", "candidate_id", "level", "session", "text", "sources"} for e in events))
got = [(e["date"], e["kind"], e["candidate_id"], e["level"], e["session"]) for e in events]
session = "gd-ecommerce-2026-04-12-l3"
check("the events, by date", got == [
    ("2026-03-23", "registration_closes", "grad", 3, session),
    ("2026-03-25", "registration_closes", "grad", 3, session),
    ("2026-03-27", "papers_due", "grad", 3, session),
    ("2026-04-12", "exam", "grad", 3, session),
    ("2026-06-22", "subsidy_deadline", "worker", 4, None),
    ("2026-07-01", "eligible", "worker", 3, None),
], json.dumps(got))
check("nothing due, no event", all(e["candidate_id"] != "nothing" for e in events))
check("names and sources", events[0]["candidate"] == "王小明" and "seed-004" in events[0]["sources"]
      and "gd-rsg-2023-13" in events[4]["sources"])

# Only from ≤ date ≤ to: a window ending the day before an event leaves it out.
short = json.loads(run("agenda", "--store", store, "--from", "2026-03-24", "--days", "3", "--format", "json").stdout)
check("only within the window", [e["date"] for e in short["events"]] == ["2026-03-25"] and short["to"] == "2026-03-26",
      json.dumps(short))

# The store by default: the folder the app uses (CERTPATH_CANDIDATES_DIR here).
env = dict(os.environ, CERTPATH_CANDIDATES_DIR=store)
default = run("agenda", "--from", "2026-06-01", "--days", "30", "--format", "json", env=env)
check("the app's folder by default", [e["kind"] for e in json.loads(default.stdout)["events"]] == ["subsidy_deadline"],
      default.stdout + default.stderr)

one = json.loads(run("agenda", "--store", store, "--candidate", "worker", "--from", "2026-03-20", "--days", "120",
                     "--format", "json").stdout)
check("one candidate", [e["kind"] for e in one["events"]] == ["subsidy_deadline", "eligible"], json.dumps(one))
check("no such candidate", run("agenda", "--store", store, "--candidate", "nobody").returncode == 1)

text = run("agenda", "--store", store, "--from", "2026-03-20", "--days", "30").stdout
check("text with working days left, by week", "2026-03-23    1 wd  registration_closes" in text
      and "2026-03-27    5 wd" in text and "\nWeek of 2026-04-06\n2026-04-12   14 wd  exam" in text, text)

check("bad --days", run("agenda", "--store", store, "--days", "0").returncode == 2)
check("bad --format", run("agenda", "--store", store, "--format", "xml").returncode == 2)
check("missing --store", run("agenda", "--store", os.path.join(folder, "none")).returncode == 1)

# One's own session (certpath-cli sessions add) joins the bundled ones: a Shenzhen session that
# 张三, with level 3 open to him for years, could sit.
own_session = {"id": "own-szaia-2026-05-16-l3", "occupation": "4-04-05-05", "levels": [3], "centre": "szaia",
               "region": "shenzhen", "exam_date": "2026-05-16",
               "registration": [{"channel": "jineng_guangdong", "name": {"en": "Skills Guangdong", "zh_CN": "技能广东"},
                                 "closes": "2026-04-30", "url": None}],
               "papers_due": None, "capacity": None, "min_to_open": None, "registration_code": None,
               "plan_number": None, "published": "2026-03-20", "sources": [],
               "note": {"en": "Entered by hand.", "zh_CN": "手工录入。"}}
own_path = os.path.join(folder, "own-session.json")
with open(own_path, "w", encoding="utf-8") as out:
    json.dump(own_session, out, ensure_ascii=False)
own_env = dict(os.environ, XDG_DATA_HOME=os.path.join(folder, "data"))
added = run("sessions", "add", own_path, "--origin", "hand", env=own_env)
check("own session saved", added.returncode == 0, added.stderr)
own = json.loads(run("agenda", "--store", store, "--from", "2026-04-20", "--days", "30", "--format", "json",
                     env=own_env).stdout)
check("own session in the agenda", [(e["date"], e["kind"], e["candidate_id"], e["session"], e["sources"])
                                    for e in own["events"]] ==
      [("2026-04-30", "registration_closes", "nothing", "own-szaia-2026-05-16-l3", ["own-own-szaia-2026-05-16-l3"]),
       ("2026-05-16", "exam", "nothing", "own-szaia-2026-05-16-l3", ["own-own-szaia-2026-05-16-l3"])], json.dumps(own))

try:
    import icalendar
    ics = run("agenda", "--store", store, "--from", "2026-03-20", "--days", "120", "--format", "ics").stdout
    calendar = icalendar.Calendar.from_ical(ics)
    vevents = [c for c in calendar.walk() if c.name == "VEVENT"]
    starts = sorted(e.decoded("DTSTART") for e in vevents)
    alarms = [a for e in vevents for a in e.walk() if a.name == "VALARM"]
    check("ics read by python3-icalendar", len(vevents) == 6 and starts[0] == datetime.date(2026, 3, 23)
          and starts[-1] == datetime.date(2026, 7, 1), str(starts))
    check("a reminder on every event, the day before",
          len(alarms) == 6 and all(a.decoded("TRIGGER") == -datetime.timedelta(days=1) for a in alarms))
except ImportError:
    print("ok - ics read by python3-icalendar # SKIP python3-icalendar not installed")
    print("ok - a reminder on every event # SKIP python3-icalendar not installed")

csv_text = run("agenda", "--store", store, "--from", "2026-03-20", "--days", "120", "--format", "csv").stdout
rows = list(csv.reader(io.StringIO(csv_text.lstrip("\ufeff"))))
check("csv", rows[0][:3] == ["Date", "Kind", "Candidate"] and len(rows) == 7 and rows[5][0] == "2026-06-22"
      and rows[5][2] == "陈老五", str(rows[:2]))

ics_path = os.path.join(folder, "agenda.ics")
run("agenda", "--store", store, "--from", "2026-03-20", "--days", "120", "--output", ics_path, "--alarm-days", "0")
with open(ics_path, encoding="utf-8", newline="") as stream:
    written_ics = stream.read()
check("--output .ics, reminders on the morning of the day", written_ics.startswith("BEGIN:VCALENDAR\r\n")
      and written_ics.count("TRIGGER:PT9H") == 6, repr(written_ics[:80]))

try:
    import openpyxl
    path = os.path.join(folder, "agenda.xlsx")
    written = run("agenda", "--store", store, "--from", "2026-03-20", "--days", "120", "--output", path)
    sheet = openpyxl.load_workbook(path).active
    values = list(sheet.iter_rows(values_only=True))
    check("xlsx read by openpyxl", written.returncode == 0 and len(values) == 7 and values[1][1] == "Registration closes"
          and values[1][0] == datetime.datetime(2026, 3, 23) and values[1][4] == 3, str(values[:2]))
except ImportError:
    print("ok - xlsx read by openpyxl # SKIP python3-openpyxl not installed")
sys.exit(1 if failures else 0)
