#!/usr/bin/env python3
"""Start-up of Certpath beside a bare libadwaita window and gnome-calculator.

Usage: bench-startup.py TIME_TO_MAP CERTPATH BARE_WINDOW [RUNS]

Run under one X server (Xvfb in the benchmarks), round after round so that
the three share the machine's load alike: the time from starting the
process to its window being mapped, and the RSS a second later; then the
start-up phases Certpath and the bare window print themselves with
CERTPATH_BENCH_EXIT_AFTER_FIRST_FRAME=1.  Prints results as
bench/cp-bench-gui.h describes; medians of RUNS (default 5).  Never fails on
time.
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile


def report(metric, value, unit, goal=""):
    digits = 2 if unit == "×" else 1
    print(f"bench\t{metric}\t{value:.{digits}f}\t{unit}\t{goal}", flush=True)


def time_to_map(tool, command, env):
    result = subprocess.run([tool, "1000", *command], env=env, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        print(f"bench: {command[0]}: {result.stderr.strip()}", file=sys.stderr)
        return None
    fields = result.stdout.split()
    return float(fields[1]), float(fields[3])


def phases(command, env):
    env = dict(env, CERTPATH_BENCH_EXIT_AFTER_FIRST_FRAME="1")
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    found = {}
    for line in result.stdout.splitlines():
        parts = line.split("\t")
        if len(parts) == 4 and parts[0] == "startup-phase":
            found[parts[1]] = (float(parts[2]), float(parts[3]))
    return found


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    tool, certpath, bare = sys.argv[1:4]
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    candidates = tempfile.mkdtemp(prefix="certpath-bench-start-")
    env = dict(os.environ, CERTPATH_CANDIDATES_DIR=candidates, GSETTINGS_BACKEND="memory")
    # gnome-calculator's settings are installed; ours come from the build.
    system_env = {k: v for k, v in env.items() if k != "GSETTINGS_SCHEMA_DIR"}
    apps = {"Certpath": ([certpath], env), "bare window": ([bare], env)}
    calculator = shutil.which("gnome-calculator")
    if calculator:
        apps["gnome-calculator"] = ([calculator], system_env)

    mapped = {name: [] for name in apps}
    rss = {name: [] for name in apps}
    for _ in range(runs):
        for name, (command, app_env) in apps.items():
            measured = time_to_map(tool, command, app_env)
            if measured:
                mapped[name].append(measured[0])
                rss[name].append(measured[1])

    medians = {name: statistics.median(values) for name, values in mapped.items() if values}
    rss_medians = {name: statistics.median(values) for name, values in rss.items() if values}
    for name in apps:
        if name in medians:
            report(f"Window mapped: {name}", medians[name], "ms")
            report(f"RSS after mapping: {name}", rss_medians[name], "MB")
    if "Certpath" in medians and "bare window" in medians:
        report("Window mapped: Certpath ÷ bare window", medians["Certpath"] / medians["bare window"], "×", "≤ 1.10")
    if "Certpath" in medians and "gnome-calculator" in medians:
        report("Window mapped: Certpath ÷ gnome-calculator", medians["Certpath"] / medians["gnome-calculator"],
               "×", "≤ 0.80")
        report("RSS: Certpath ÷ gnome-calculator", rss_medians["Certpath"] / rss_medians["gnome-calculator"],
               "×", "≤ 0.90")

    for name in ("Certpath", "bare window"):
        command, app_env = apps[name]
        by_phase = {}
        for _ in range(runs):
            for phase, values in phases(command, app_env).items():
                by_phase.setdefault(phase, []).append(values)
        for phase, values in sorted(by_phase.items(), key=lambda item: statistics.median(v[0] for v in item[1])):
            report(f"Start-up {name}: {phase}, since process start", statistics.median(v[0] for v in values), "ms")
            report(f"Start-up {name}: {phase}, CPU so far", statistics.median(v[1] for v in values), "ms")
    shutil.rmtree(candidates, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
