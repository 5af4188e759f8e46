#!/usr/bin/env python3
"""certpath-cli notice and sessions: seed 004 read, saved, exported and checked as a feed.

Seed 004's session (worked by hand from the notice): exam 2026-04-12, closes 2026-03-23 (Skills
Guangdong) and 2026-03-25 (the college's platform), papers 2026-03-27, 400 places, opens at 30, code
0f7eb41b, fees 65 + 310 = 375. The JSON shape is the issue's: session, fees, found, unsure. Saved
into a store folder of its own, it comes back from `sessions list`, its export passes `feed check`,
and `sessions remove` takes it out again. A notice with nothing recognisable says so and exits 1.
"""
import json
import os
import subprocess
import tempfile

cli = os.environ["CERTPATH_CLI"]
notices = os.path.join(os.environ["G_TEST_SRCDIR"], "notices")
failures = 0


def run(*args, language="en"):
    env = dict(os.environ, LANGUAGE=language, LC_ALL="C.UTF-8" if language == "en" else "zh_CN.UTF-8")
    return subprocess.run([cli, *args], capture_output=True, text=True, env=env)


def check(name, condition, detail=""):
    global failures
    # The detail only when it fails, on one line, so that TAP reads it.
    print(("ok" if condition else "not ok"), "-", name, "" if condition else " ".join(detail.split())[-600:])
    if not condition:
        failures += 1


print("1..17")
result = run("notice", os.path.join(notices, "seed-004.txt"), "--format", "json")
check("notice exits 0", result.returncode == 0, result.stderr)
read = json.loads(result.stdout)
session = read["session"]
check("the issue's shape", {"session", "fees", "found", "unsure"} <= set(read), str(sorted(read)))
check("seed 004's dates", (session["exam_date"], [r["closes"] for r in session["registration"]], session["papers_due"])
      == ("2026-04-12", ["2026-03-23", "2026-03-25"], "2026-03-27"), str(session))
check("places, minimum and code", (session["capacity"], session["min_to_open"], session["registration_code"])
      == (400, 30, "0f7eb41b"))
check("fees 65 + 310 = 375", [(f["level"], f["theory"], f["practical"], f["total"]) for f in read["fees"]] == [(3, 65, 310, 375)],
      str(read["fees"]))
check("words and doubts", read["found"]["exam_date"] == "2026-4-12" and "occupation" in read["unsure"], str(read["unsure"]))

with tempfile.TemporaryDirectory() as work:
    store = os.path.join(work, "store")
    notice_json = os.path.join(work, "seed-004.json")
    with open(notice_json, "w", encoding="utf-8") as f:
        f.write(result.stdout)
    added = run("sessions", "--store", store, "add", notice_json)
    check("sessions add", added.returncode == 0 and "notice-gd-ecommerce-college-2026-04-12-l3" in added.stdout,
          added.stdout + added.stderr)
    again = run("sessions", "--store", store, "add", notice_json)
    check("the same twice is refused", again.returncode == 1, again.stdout + again.stderr)
    listed = json.loads(run("sessions", "--store", store, "list", "--format", "json").stdout)
    check("sessions list", [(s["id"], s["origin"]) for s in listed["sessions"]]
          == [("notice-gd-ecommerce-college-2026-04-12-l3", "notice")], str(listed))

    feed = os.path.join(work, "feed.json")
    exported = run("sessions", "--store", store, "export", feed, "--publisher", "Test college")
    checked = run("feed", "check", feed, "--format", "json")
    report = json.loads(checked.stdout) if checked.returncode == 0 else {}
    check("export passes feed check", exported.returncode == 0 and report.get("skipped") == [] and report.get("added") == 1
          and report.get("publisher") == "Test college", exported.stderr + checked.stdout + checked.stderr)
    with open(feed, encoding="utf-8") as f:
        exported_session = json.load(f)["sessions"][0]
    check("the session exported whole", all(exported_session[k] == session[k] for k in session if k != "sources")
          and exported_session["sources"] == ["own-notice-gd-ecommerce-college-2026-04-12-l3"], str(exported_session))

    removed = run("sessions", "--store", store, "remove", "notice-gd-ecommerce-college-2026-04-12-l3")
    listed = json.loads(run("sessions", "--store", store, "list", "--format", "json").stdout)
    check("sessions remove", removed.returncode == 0 and listed["sessions"] == [], removed.stderr)

text = run("notice", os.path.join(notices, "seed-004.txt")).stdout
check("as text", "  Exam date: 2026-04-12\n" in text and "  Registration closes: 2026-03-25 (" in text
      and "“2026-4-12”" in text, text[:300])
text = run("notice", os.path.join(notices, "seed-002.txt"), language="zh_CN").stdout
check("as text in Chinese", "  费用：3500 元\n" in text and "  会员价：3120 元\n" in text and "认定考试费：500 元" in text,
      text[:300])

nothing = run("notice", os.path.join(notices, "nothing.txt"))
check("nothing recognisable", nothing.returncode == 1 and "nothing recognisable" in nothing.stdout, nothing.stdout)
chinese = run("notice", os.path.join(notices, "nothing.txt"), language="zh_CN")
check("said in Chinese", "没有可识别的内容" in chinese.stdout, chinese.stdout)
usage = run("sessions", "rename", "x")
check("a wrong command is a usage error", usage.returncode == 2, usage.stderr)
raise SystemExit(1 if failures else 0)
