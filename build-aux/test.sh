#!/usr/bin/env bash
# Quick start: installs what is missing, builds, and runs the whole test
# suite (unit, data, ui; the ui suite runs under Xvfb by itself).
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$top/_build"

"$top/build-aux/setup-build.sh" "$build"
meson test -C "$build" --print-errorlogs "$@"
