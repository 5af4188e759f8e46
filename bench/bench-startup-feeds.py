#!/usr/bin/env python3
"""Start-up of Certpath with 10 000 cached feed sessions beside none.

Usage: bench-startup-feeds.py TIME_TO_MAP CERTPATH MAKE_FEEDS [RUNS] [SESSIONS]

Run under one X server (Xvfb in the benchmarks). Both starts read their
settings from a keyfile (GSETTINGS_BACKEND=keyfile in a folder of their
own); one lists five feeds whose last good copies, SESSIONS sessions in
all (default 10 000), make-feeds.py has put in its cache, the other lists
none. Round after round, so that both share the machine's load alike:
the time to the window being mapped and the RSS a second later
(bench-time-to-map), and the CPU time at the first frame
(CERTPATH_BENCH_EXIT_AFTER_FIRST_FRAME=1). Prints results as
bench/cp-bench-gui.h describes; medians of RUNS (default 5). Never fails
on time.
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile

import importlib.util

# The measures of bench-startup.py, shared.
_spec = importlib.util.spec_from_file_location("bench_startup", os.path.join(os.path.dirname(__file__), "bench-startup.py"))
startup = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(startup)


def environment(top, urls):
    config = os.path.join(top, "config")
    os.makedirs(os.path.join(config, "glib-2.0", "settings"))
    with open(os.path.join(config, "glib-2.0", "settings", "keyfile"), "w", encoding="utf-8") as keyfile:
        listed = ", ".join(f"'{url}'" for url in urls)
        keyfile.write(f"[io/github/certpath/Certpath]\nfeed-urls=[{listed}]\nrefresh-at-start=false\n")
    os.makedirs(os.path.join(top, "candidates"))
    return dict(os.environ, GSETTINGS_BACKEND="keyfile", XDG_CONFIG_HOME=config,
                XDG_CACHE_HOME=os.path.join(top, "cache"), CERTPATH_CANDIDATES_DIR=os.path.join(top, "candidates"))


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    tool, certpath, make_feeds = sys.argv[1:4]
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    sessions = sys.argv[5] if len(sys.argv) > 5 else "10000"
    top = tempfile.mkdtemp(prefix="certpath-bench-feeds-")
    cache = os.path.join(top, "with", "cache", "certpath", "feeds")
    urls = subprocess.run([sys.executable, make_feeds, sessions, "5", cache], check=True,
                          capture_output=True, text=True).stdout.split()
    cases = {"no feeds": environment(os.path.join(top, "without"), []),
             f"{sessions} cached feed sessions": environment(os.path.join(top, "with"), urls)}

    mapped = {name: [] for name in cases}
    rss = {name: [] for name in cases}
    cpu = {name: [] for name in cases}
    for _ in range(runs):
        for name, env in cases.items():
            measured = startup.time_to_map(tool, [certpath], env)
            if measured:
                mapped[name].append(measured[0])
                rss[name].append(measured[1])
            first_frame = startup.phases([certpath], env).get("first frame")
            if first_frame:
                cpu[name].append(first_frame[1])

    for name in cases:
        if mapped[name]:
            startup.report(f"Window mapped: {name}", statistics.median(mapped[name]), "ms")
            startup.report(f"RSS a second after mapping: {name}", statistics.median(rss[name]), "MB")
        if cpu[name]:
            startup.report(f"CPU at the first frame: {name}", statistics.median(cpu[name]), "ms")
    without, with_feeds = cases
    if mapped[without] and mapped[with_feeds]:
        startup.report(f"Window mapped: {with_feeds} ÷ no feeds",
                       statistics.median(mapped[with_feeds]) / statistics.median(mapped[without]), "×", "≤ 1.20")
    if cpu[without] and cpu[with_feeds]:
        startup.report(f"CPU at the first frame: {with_feeds} ÷ no feeds",
                       statistics.median(cpu[with_feeds]) / statistics.median(cpu[without]), "×", "≤ 1.20")
    shutil.rmtree(top, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
