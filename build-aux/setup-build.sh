#!/usr/bin/env bash
# Installs what is missing, then configures and compiles the build folder
# given as $1 (default _build). Shared by run.sh and test.sh.
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-_build}"
shift || true

"$top/build-aux/install-deps.sh"

cd "$top"
if [ -f "$build/build.ninja" ]; then
  meson configure "$build" -Dgui=enabled "$@" >/dev/null
else
  meson setup "$build" -Dgui=enabled "$@"
fi
meson compile -C "$build"
