#!/usr/bin/env bash
# Makes the screenshots of every tab in English and Chinese from the running
# app (the UI tests draw the real window under Xvfb), and copies them to
# docs/screenshots/ for the README and the AppStream metainfo.
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$top/_build"

"$top/build-aux/setup-build.sh" "$build"
meson test -C "$build" --suite ui --print-errorlogs >/dev/null
mkdir -p "$top/docs/screenshots"
for language in en zh_CN; do
  # The window test draws each tab, whole window, with the example
  # candidate; the courses and workspace tests add the comparison and roster;
  # the unsaved-work test the questions and the undo toast; the subsidy page
  # test a range answer with the end-date banner and readable sources; the
  # calendar test the empty states and a clicked, marked day; the notice
  # test a pasted notice with its highlights and the saved session; the
  # agenda test the agenda of a small store.
  for page in eligibility subsidy calendar courses courses-compare roster \
              unsaved-changes draft-recovered delete-undo-toast subsidy-range-banner-sources \
              calendar-no-upcoming calendar-nothing-open calendar-marked-day notice-pasted calendar-own-session \
              agenda-events; do
    cp "$build/tests/gui/screenshots/$language-$page.png" "$top/docs/screenshots/$language-$page.png"
  done
  # The adaptive test draws every tab at a phone's size, at half a small
  # laptop's screen and full screen, and the folded sides, the subsidy
  # catalogue, the filter menu, the roster and Preferences on a phone.
  for shot in "$build/tests/gui/screenshots/$language"-*-{360x640,600x500,1366x768}.png; do
    cp "$shot" "$top/docs/screenshots/"
  done
done
# A reminder as a notification daemon shows it (the real app, today's dates).
"$top/build-aux/screenshot-reminder.sh" "$build"
ls -1 "$top/docs/screenshots"
