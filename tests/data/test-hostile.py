#!/usr/bin/env python3
"""The hostile table: files from many hands, each made here, none may crash or hang certpath-cli.

Each case writes one hostile file and runs the command that reads it. It passes when the command
ends with exit 1 and a message naming the file and what is wrong, or with exit 0 and the right
answer. A signal, an exit code other than the expected one, or a GLib critical on stderr fails it.
The hang detector is 10 s of processor time (RLIMIT_CPU), not of the clock, so that a busy machine
does not fail a case; 60 s of the clock catch a process that waits for ever. Neither is a speed
goal. The time each case took is printed as a comment, for the record only.
"""
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time

cli = os.environ["CERTPATH_CLI"]
policy = os.environ["CERTPATH_POLICY_DIR"]
data = os.environ.get("CERTPATH_TESTS_DATA", os.path.join(os.environ["G_TEST_SRCDIR"]))
work = tempfile.mkdtemp(prefix="certpath-hostile-")
# No user pack of the machine's own, and no cache: only what a case puts there.
home = os.path.join(work, "home")
os.makedirs(home)
env = dict(os.environ, XDG_DATA_HOME=os.path.join(home, "data"), XDG_CACHE_HOME=os.path.join(home, "cache"),
           G_DEBUG="fatal-criticals", LANGUAGE="en")
failures = 0
cases = []


def case(name):
    def register(function):
        cases.append((name, function))
        return function
    return register


def write(name, content):
    path = os.path.join(work, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as stream:
        stream.write(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def profile(**members):
    document = {"format": "certpath-profile", "version": 1, "name": "测试", "birth_date": "1990-01-15",
                "occupation": "4-04-05-05", "city": "guangzhou",
                "work_periods": [{"start": "2012-07-01", "end": None}]}
    document.update(members)
    return json.dumps(document, ensure_ascii=False)


def feed(sessions, sources=(), centres=()):
    return json.dumps({"format": "certpath-feed", "version": 1,
                       "publisher": {"name": {"en": "Test", "zh_CN": "测试"}, "url": None},
                       "generated_at": "2026-03-09T12:00:00+08:00",
                       "sources": list(sources), "centres": list(centres), "sessions": list(sessions)})


def pack_with(file_name, change):
    """A copy of the bundled pack with one file changed by @change (bytes or a function of the JSON)."""
    directory = tempfile.mkdtemp(dir=work, prefix="pack-")
    for name in os.listdir(policy):
        shutil.copy(os.path.join(policy, name), directory)
    path = os.path.join(directory, file_name)
    if callable(change):
        with open(path, encoding="utf-8") as stream:
            document = json.load(stream)
        change(document)
        content = json.dumps(document, ensure_ascii=False).encode("utf-8")
    else:
        content = change
    with open(path, "wb") as stream:
        stream.write(content)
    return directory


def limit_processor_time():
    resource.setrlimit(resource.RLIMIT_CPU, (10, 10))


def run(*args, extra_env=None):
    started = time.monotonic()
    try:
        result = subprocess.run([cli, *args], capture_output=True, text=True, errors="replace", timeout=60,
                                env=dict(env, **(extra_env or {})), preexec_fn=limit_processor_time)
    except subprocess.TimeoutExpired:
        return None, time.monotonic() - started
    return result, time.monotonic() - started


def expect(result, status, *needles, stream="stderr"):
    """None when @result ended with @status and every needle is in its @stream, else why not."""
    if result is None:
        return "no answer within 60 s"
    if result.returncode == -signal.SIGXCPU:
        return "no answer within 10 s of processor time"
    if result.returncode < 0:
        return f"killed by signal {-result.returncode}: {result.stderr[-500:]}"
    if "CRITICAL" in result.stderr or "WARNING **" in result.stderr:
        return f"GLib said: {result.stderr[-500:]}"
    if result.returncode != status:
        return f"exit {result.returncode}, not {status}: {result.stderr[-500:]}"
    # GLib writes sizes with a no-break space: "2.0\u00a0MiB".
    text = getattr(result, stream).replace("\u00a0", " ")
    missing = [needle for needle in needles if needle not in text]
    if missing:
        return f"{missing} not in the {stream}: {text[-500:]}"
    return None


DEEP = 100_000


@case("an agenda over a folder of hostile candidates: each named, the others answered")
def _():
    folder = os.path.join(work, "agenda-store")
    write("agenda-store/deep.json", "[" * DEEP + "]" * DEEP)
    write("agenda-store/registered.json", profile(registered_sessions=[f"s-{i}" for i in range(40_000)]))
    write("agenda-store/utf16.json", profile().encode("utf-16"))
    write("agenda-store/late.json", profile(work_periods=[{"start": "2199-12-31", "end": None}]))
    write("agenda-store/fine.json", profile(registered_sessions=["gd-ecommerce-2026-04-12-l3"]))
    result = run("agenda", "--store", folder, "--from", "2026-03-01", "--days", "3660", "--format", "json")[0]
    problem = expect(result, 0, "deep.json: not valid JSON", "registered.json: $.registered_sessions: expected at most 200",
                     "utf16.json: ")
    if problem is None and [e["kind"] for e in json.loads(result.stdout)["events"]][:2] != ["papers_due", "exam"]:
        problem = f"not the events of fine.json: {result.stdout[:500]}"
    return problem


@case("an agenda to the last day dates may have")
def _():
    folder = os.path.join(work, "agenda-late")
    write("agenda-late/late.json", profile(work_periods=[{"start": "2189-12-31", "end": None}]))
    result = run("agenda", "--store", folder, "--from", "2199-12-01", "--days", "31", "--format", "json")[0]
    problem = expect(result, 0)
    if problem is None and json.loads(result.stdout)["to"] != "2199-12-31":
        problem = f"not to 2199-12-31: {result.stdout[:300]}"
    return problem or expect(run("agenda", "--store", folder, "--from", "2199-12-01", "--days", "32")[0], 2,
                             "after 2199-12-31")


@case("profile nested 100 000 deep")
def _():
    path = write("deep.json", "[" * DEEP + "]" * DEEP)
    return expect(*run("eligibility", path)[:1], 1, "deep.json: not valid JSON: byte 16: arrays and objects nested more than 16 deep")


@case("profile with an unknown member nested 10 000 deep")
def _():
    path = write("deep-member.json", profile()[:-1] + ', "kept": ' + "[" * 10_000 + "]" * 10_000 + "}")
    return expect(*run("eligibility", path)[:1], 1, "deep-member.json: not valid JSON: ", "nested more than 16 deep")


@case("profile with an unknown member 10 deep is read")
def _():
    path = write("kept-member.json", profile()[:-1] + ', "kept": ' + "[" * 10 + "]" * 10 + "}")
    return expect(*run("eligibility", path, "--on", "2026-06-30")[:1], 0)


@case("feed nested 100 000 deep")
def _():
    path = write("deep-feed.json", "{\"a\":" * DEEP + "1" + "}" * DEEP)
    return expect(*run("feed", "check", path)[:1], 1, "deep-feed.json: not a JSON file (byte 80: arrays and objects nested more than 16 deep)")


@case("a feed whose nesting hides behind a single-quoted string")
def _():
    # json-glib 1.6 reads '"' as a string; a scan for nesting that took '"' for a quote missed the rest.
    path = write("quoted.json", "['\"', " + "[" * DEEP + "]" * DEEP + "]")
    return expect(*run("feed", "check", path)[:1], 1, "quoted.json: not a JSON file (byte 1: a comment or a single-quoted string, which JSON does not have)")


@case("a profile whose nesting hides behind a comment")
def _():
    path = write("comment.json", "/* \" */ " + "[" * DEEP + "]" * DEEP)
    return expect(*run("eligibility", path)[:1], 1, "comment.json: not valid JSON: byte 0: a comment or a single-quoted string")


@case("pack file nested 100 000 deep")
def _():
    directory = pack_with("levels.json", b"[" * DEEP + b"]" * DEEP)
    return expect(*run("check-data", directory)[:1], 1, "levels.json: not valid JSON: byte 32: arrays and objects nested more than 32 deep")


@case("user pack nested 100 000 deep: the bundled pack answers, with a warning")
def _():
    directory = pack_with("levels.json", b"[" * DEEP + b"]" * DEEP)
    shutil.rmtree(os.path.join(home, "data"), ignore_errors=True)
    os.makedirs(os.path.join(home, "data", "certpath"))
    shutil.copytree(directory, os.path.join(home, "data", "certpath", "policy"))
    try:
        result = run("eligibility", os.path.join(data, "profiles", "wang-xiaoming.json"), "--on", "2026-06-30")[0]
        return expect(result, 0, "certpath-cli: not using the policy data in", "levels.json: not valid JSON: byte 32")
    finally:
        shutil.rmtree(os.path.join(home, "data"))


@case("40 000 distinct ids in documents_done")
def _():
    path = write("documents.json", profile(documents_done={"3": [f"doc-{i}" for i in range(40_000)]}))
    return expect(*run("eligibility", path, "--on", "2026-06-30")[:1], 0)


def session(number, **members):
    document = {"id": f"s-{number}", "occupation": "4-04-05-05", "levels": [3], "centre": "gd-ecommerce-college",
                "region": "guangzhou", "exam_date": "2026-04-12",
                "registration": [{"channel": "centre_platform", "name": {"en": "R", "zh_CN": "报"},
                                  "closes": "2026-03-23", "url": "https://example.cn/"}],
                "papers_due": None, "capacity": None, "min_to_open": None, "registration_code": None,
                "plan_number": None, "published": None, "sources": ["seed-004"]}
    document.update(members)
    return document


@case("a session citing 40 000 distinct sources")
def _():
    path = write("many-sources.json", feed([session(1, sources=[f"src-{i}" for i in range(40_000)])]))
    return expect(*run("feed", "check", path)[:1], 0, "0 added, 0 updated, 1 skipped", 'no source has the id "src-0"', stream="stdout")


SOURCES_4000 = [{"id": f"src-{i}", "title": {"en": "S", "zh_CN": "源"}, "issuer": None, "number": None,
                 "date": None, "url": None, "status": "seed_only"} for i in range(4_000)]


@case("40 000 empty sessions after 4 000 sources")
def _():
    path = write("many-sessions.json", feed([{}] * 40_000, sources=SOURCES_4000))
    return expect(*run("feed", "check", path)[:1], 1, "many-sessions.json: $.sessions: expected at most 10000 items, got 40000")


@case("10 000 empty sessions after 4 000 sources, each skipped")
def _():
    path = write("sessions-10000.json", feed([{}] * 10_000, sources=SOURCES_4000))
    return expect(*run("feed", "check", path)[:1], 0, "0 added, 0 updated, 10000 skipped", stream="stdout")


@case("a 2 MiB feed of a million empty sessions")
def _():
    path = write("zeros.json", feed([]).replace('"sessions": []', '"sessions": [' + ",".join(["0"] * 1_040_000) + "]"))
    return expect(*run("feed", "check", path)[:1], 1, "zeros.json: $.sessions: expected at most 10000 items, got 1040000")


@case("a course priced 9223372036854775807 yuan")
def _():
    def change(document):
        document["courses"][0]["prices"][0]["price"] = 9223372036854775807
    directory = pack_with("courses.json", change)
    return expect(*run("check-data", directory)[:1], 1, "courses.json: $.courses[0].prices[0].price: expected a whole number of yuan from 0 to 1000000", "got 9223372036854775807")


@case("a catalogue amount of 9223372036854775807 yuan")
def _():
    def change(document):
        amounts = document["catalogues"][0]["amounts"]
        amounts[next(iter(amounts))][0] = 9223372036854775807
    directory = pack_with("subsidy.json", change)
    return expect(*run("check-data", directory)[:1], 1, "expected a whole number of yuan from 0 to 1000000", "got 9223372036854775807")


@case("a birth date in the year 0001")
def _():
    path = write("year-1.json", profile(birth_date="0001-01-01"))
    return expect(*run("eligibility", path, "--on", "2026-06-30")[:1], 1, "year-1.json: $.birth_date: 0001-01-01 is outside the years 1900 to 2199")


@case("a work period starting in the year 9999")
def _():
    path = write("year-9999.json", profile(work_periods=[{"start": "9999-12-31", "end": None}]))
    return expect(*run("eligibility", path, "--on", "2026-06-30")[:1], 1, "$.work_periods[0].start: 9999-12-31 is outside the years 1900 to 2199")


@case("an empty feed file")
def _():
    path = write("empty-feed.json", b"")
    return expect(*run("feed", "check", path)[:1], 1, "empty-feed.json: not a JSON file (the file is empty)")


@case("an empty profile")
def _():
    path = write("empty.json", b"   \n")
    return expect(*run("eligibility", path)[:1], 1, "empty.json: not valid JSON: the file is empty")


ROSTER_HEADER = "name,birth_date,city,target_level,work_start,insured_city\n"


@case("a roster of 100 000 rows")
def _():
    path = write("huge-roster.csv", ROSTER_HEADER + "学员,1990-01-15,guangzhou,3,2012-07-01,guangzhou\n" * 100_000)
    return expect(*run("roster", path, "--on", "2026-03-01")[:1], 1, "huge-roster.csv: more than 20000 rows; a roster has at most 20000 rows")


@case("a roster of 20 000 rows is read")
def _():
    # Each row read and checked, none evaluated (no level given): the limit, not the evaluation,
    # is what this case is about; test-cli-roster evaluates whole classes.
    path = write("big-roster.csv", ROSTER_HEADER + "学员,1990-01-15,guangzhou,,2012-07-01,guangzhou\n" * 20_000)
    result = run("roster", path, "--on", "2026-03-01", "--format", "json")[0]
    problem = expect(result, 0)
    if problem is None:
        rows = json.loads(result.stdout)["rows"]
        if len(rows) != 20_000 or rows[-1]["errors"] != ["row 20001, target_level: give the level applied for, in this column or for the whole class"]:
            problem = f"{len(rows)} rows, the last {rows[-1]}"
    return problem


@case("a roster line of 8 million commas")
def _():
    path = write("commas.csv", "name\n" + "," * (8 * 1024 * 1024 - 10) + "\n")
    return expect(*run("roster", path)[:1], 1, "commas.csv: line 2: more than 92 fields")


@case("a roster of 9 MiB")
def _():
    path = write("roster-9mib.csv", ROSTER_HEADER + ("学员" * 100 + ",1990-01-15,guangzhou,3,2012-07-01,guangzhou\n") * 14_600)
    return expect(*run("roster", path)[:1], 1, "roster-9mib.csv: the file has 9.0 MiB; at most 8.0 MiB are read")


@case("2 000 one-day work periods")
def _():
    periods = [{"start": f"{1990 + i // 365:04d}-01-01", "end": f"{1990 + i // 365:04d}-01-01"} for i in range(2_000)]
    path = write("periods.json", profile(work_periods=periods))
    return expect(*run("eligibility", path, "--on", "2026-06-30")[:1], 1, "periods.json: $.work_periods: expected at most 500 items, got 2000")


@case("NUL bytes in a profile")
def _():
    path = write("nul.json", profile().encode("utf-8")[:20] + b"\0\0" + profile().encode("utf-8")[20:])
    return expect(*run("eligibility", path)[:1], 1, "nul.json: not valid JSON: byte 20: a NUL byte; this is not a text file")


@case("NUL bytes in a roster")
def _():
    path = write("nul.csv", ROSTER_HEADER.encode() + b"a\0b,1990-01-15,guangzhou,3,2012-07-01,guangzhou\n")
    return expect(*run("roster", path)[:1], 1, "nul.csv: byte 59: a NUL byte")


@case("a profile in UTF-16 with its byte-order mark")
def _():
    path = write("utf16.json", profile().encode("utf-16"))
    return expect(*run("eligibility", path)[:1], 1, "utf16.json: not valid JSON: byte 0: the file is UTF-16 text; save it as UTF-8")


@case("a feed in UTF-16 without a byte-order mark")
def _():
    path = write("utf16-feed.json", feed([]).encode("utf-16-le"))
    return expect(*run("feed", "check", path)[:1], 1, "utf16-feed.json: not a JSON file (byte 0: the file is UTF-16 text; save it as UTF-8)")


@case("a roster in UTF-16")
def _():
    path = write("utf16.csv", (ROSTER_HEADER + "学员,1990-01-15,guangzhou,3,2012-07-01,guangzhou\n").encode("utf-16"))
    return expect(*run("roster", path)[:1], 1, "utf16.csv: byte 0: the file is UTF-16 text")


@case("a pack file in UTF-32")
def _():
    with open(os.path.join(policy, "levels.json"), encoding="utf-8") as stream:
        directory = pack_with("levels.json", stream.read().encode("utf-32"))
    return expect(*run("check-data", directory)[:1], 1, "levels.json: not valid JSON: byte 0: the file is UTF-32 text")


@case("a profile in GB18030 with its byte-order mark")
def _():
    path = write("gb18030.json", "\ufeff".encode("gb18030") + profile().encode("gb18030"))
    return expect(*run("eligibility", path)[:1], 1, "gb18030.json: not valid JSON: byte 0: the file is GB18030 text")


@case("a profile in GB18030 without a mark")
def _():
    path = write("gb18030-plain.json", profile().encode("gb18030"))
    return expect(*run("eligibility", path)[:1], 1, "gb18030-plain.json: not valid JSON: byte 54: the file is not UTF-8 text")


@case("a profile with a UTF-8 byte-order mark is read")
def _():
    path = write("bom.json", "\ufeff" + profile())
    return expect(*run("eligibility", path, "--on", "2026-06-30")[:1], 0)


@case("a roster in GB18030 with its byte-order mark reads like UTF-8 with one")
def _():
    text = ROSTER_HEADER + "陈小红,1990-01-15,guangzhou,3,2012-07-01,guangzhou\n"
    answers = []
    for name, content in (("gb-bom.csv", "\ufeff".encode("gb18030") + text.encode("gb18030")),
                          ("utf8-bom.csv", "\ufeff".encode("utf-8") + text.encode("utf-8"))):
        result = run("roster", write(name, content), "--on", "2026-03-01", "--format", "json")[0]
        problem = expect(result, 0)
        if problem is not None:
            return f"{name}: {problem}"
        answers.append(json.loads(result.stdout)["rows"])
    if answers[0] != answers[1] or answers[0][0]["name"] != "陈小红":
        return f"{answers[0]} differs from {answers[1]}"
    return None


@case("a 3 MiB feed file is refused like a 3 MiB fetch")
def _():
    path = write("big-feed.json", feed([]) + " " * (3 * 1024 * 1024))
    return expect(*run("feed", "check", path)[:1], 1, "big-feed.json: the file has 3.0 MiB; at most 2.0 MiB are read")


@case("a feed of 2 MiB is checked")
def _():
    sessions = []
    body = feed(sessions)
    while len(body) < 2 * 1024 * 1024 - 2000:
        sessions.append(session(len(sessions), sources=[f"src-{len(sessions)}"]))
        if len(sessions) % 500 == 0:
            body = feed(sessions)
    body = feed(sessions[:-500])
    path = write("feed-2mib.json", body)
    return expect(*run("feed", "check", path)[:1], 0, "skipped", stream="stdout")


@case("a device as a roster")
def _():
    return expect(*run("roster", "/dev/zero")[:1], 1, "zero: not a regular file")


@case("a profile of 2 MiB")
def _():
    path = write("big.json", profile(name="x" * (2 * 1024 * 1024)))
    return expect(*run("eligibility", path)[:1], 1, "big.json: cannot be read: the file has 2.0 MiB; at most 1.0 MiB are read")


@case("a number past 1e308 in a kept member")
def _():
    path = write("infinity.json", profile()[:-1] + ', "kept": [1, 41e308]}')
    return expect(*run("eligibility", path)[:1], 1, "infinity.json: not valid JSON: $[\"kept\"][1]: a number too large to be read")


# Notices: a page-long line of one keyword each must be read in linear time (each took from 18 s
# to 4 minutes before the reader bounded how far it looks around a keyword).
NOTICE_LINES = {
    "开班": ("开班" * 40000, 1), "含": ("费" + "含" * 80000, 1), "http": ("http" * 60000, 1),
    "channels": ("报名截止日期：\n" + "".join(f"{i % 9 + 1}. 技能广东系统：2026-3-{i % 28 + 1}\n" for i in range(5000))
                 + "<https://a.cn/>\n" * 5000, 0),
    "fee rows": ("级别  理论  合计\n" + "三级  65  370\n" * 15000, 0),
}
for keyword, (text, status) in NOTICE_LINES.items():
    cases.append((f"notice: {keyword} repeated", lambda keyword=keyword, text=text, status=status:
                  expect(run("notice", write(f"notice-{len(cases)}.txt", text[:250_000]))[0], status, stream="stdout")))


@case("notice over 256 KiB")
def _():
    path = write("long-notice.txt", "认定日期：2026-4-12\n" * 20000)
    return expect(*run("notice", path)[:1], 1, "long-notice.txt: ", "too long for a notice")


@case("notice in GB18030")
def _():
    path = write("gbk-notice.txt", "认定日期：2026-4-12".encode("gb18030"))
    return expect(*run("notice", path)[:1], 1, "gbk-notice.txt: ", "not UTF-8")


@case("own sessions nested 100 000 deep are left alone")
def _():
    store = os.path.join(work, "own-store")
    path = write("own-store/own-schedule.json", "[" * DEEP + "]" * DEEP)
    problem = expect(*run("sessions", "--store", store, "list")[:1], 1, "own-schedule.json: ", "nested more than 16 deep")
    with open(path, encoding="utf-8") as stream:
        return problem or (None if stream.read() == "[" * DEEP + "]" * DEEP else "the file was changed")


# What the fuzz targets found (tests/fuzz/run.sh), each kept in tests/data/hostile/ and named after
# its target: read again through the CLI, each must give exit 0 or 1, never a crash.
PACK_FILES = ["pack.json", "sources.json", "regions.json", "occupations.json", "levels.json", "eligibility.json",
              "subsidy.json", "exams.json", "courses.json", "holidays.json"]  # cp_policy_pack_files
FINDINGS = {
    "profile": lambda path: ("eligibility", path, "--on", "2026-06-30"),
    "feed": lambda path: ("feed", "check", path),
    "roster": lambda path: ("roster", path, "--on", "2026-03-01"),
    "notice": lambda path: ("notice", path),
    # fuzz-pack-file: the first byte picks the file, the rest is its content.
    "pack": lambda path: ("check-data", pack_with(PACK_FILES[open(path, "rb").read(1)[0] % len(PACK_FILES)],
                                                  open(path, "rb").read()[1:])),
}


def check_finding(path, arguments):
    result = run(*arguments(path))[0]
    problem = expect(result, 0)
    return None if problem is None or expect(result, 1) is None else problem


for finding in sorted(os.listdir(os.path.join(data, "hostile"))):
    cases.append((f"fuzz finding {finding}",
                  lambda finding=finding: check_finding(os.path.join(data, "hostile", finding),
                                                        FINDINGS[finding.split("-")[0]])))


print(f"1..{len(cases)}")
for number, (name, function) in enumerate(cases, 1):
    started = time.monotonic()
    problem = function()
    print(f"{'ok' if problem is None else 'not ok'} {number} - {name}{'' if problem is None else ': ' + problem}")
    print(f"# {time.monotonic() - started:.2f} s")
    if problem is not None:
        failures += 1
shutil.rmtree(work)
sys.exit(1 if failures else 0)
