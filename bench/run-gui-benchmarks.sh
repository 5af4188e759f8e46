#!/usr/bin/env bash
# Runs the GUI benchmarks (meson's suite "gui" of benchmarks: each under its
# own Xvfb, one at a time) and prints their results as one Markdown table,
# with the goal beside each number and whether it is met.
#
# Usage: bench/run-gui-benchmarks.sh [BUILD_DIR] [more arguments to meson test]
# Benchmarks report; they never fail on time.
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$top/_build}"
shift || true

# meson writes benchmark results to testlog.json too.
meson test -C "$build" --benchmark --suite gui --num-processes 1 "$@" >&2

python3 - "$build/meson-logs/testlog.json" <<'PY'
import json, sys

print("| Measure | Value | Goal | Met |")
print("|---|---:|---|---|")
for line in open(sys.argv[1], encoding="utf-8"):
    if not line.strip():
        continue
    entry = json.loads(line)
    for out in (entry.get("stdout") or "").splitlines():
        fields = out.split("\t")
        if len(fields) != 5 or fields[0] != "bench":
            continue
        _, metric, value, unit, goal = fields
        met = ""
        if goal.startswith("≤"):
            met = "yes" if float(value) <= float(goal[1:]) else "no"
        print(f"| {metric} | {value} {unit} | {goal} {unit if goal else ''} | {met} |")
PY
