#!/usr/bin/env bash
# Quick start: installs what is missing, builds, and starts Certpath from the
# build folder on the bundled policy data. Extra arguments go to the app.
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$top/_build"

"$top/build-aux/setup-build.sh" "$build"

# Run uninstalled: the policy pack from the source tree, the GSettings schema
# and the translations from the build folder.
export CERTPATH_POLICY_DIR="$top/data/policy"
export GSETTINGS_SCHEMA_DIR="$build/data"
export CERTPATH_LOCALEDIR="$build/po"
# The app icon, from data/icons/hicolor.
export XDG_DATA_DIRS="$top/data:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
exec "$build/src/gui/certpath" "$@"
