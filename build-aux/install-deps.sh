#!/usr/bin/env bash
# Installs the Debian 12 packages Certpath needs to build, run and test.
# Safe to run again: it installs only what is missing. Needs root or sudo.
set -euo pipefail

packages=(
  # toolchain and build
  gcc pkg-config meson ninja-build gettext
  # libraries (GTK 4.8, libadwaita 1.2, GLib 2.74, json-glib 1.6, libsoup 3.2)
  libglib2.0-dev libgtk-4-dev libadwaita-1-dev libjson-glib-dev libsoup-3.0-dev
  # spreadsheets: zip (libarchive), XML (libxml2), XLSX out (libxlsxwriter)
  libarchive-dev libxml2-dev libxlsxwriter-dev
  glib-networking
  # validators used by the test suite
  desktop-file-utils appstream
  # headless GUI tests and screenshots
  xvfb xauth dbus dbus-x11 xdotool imagemagick fonts-noto-cjk
  # a notification daemon under Xvfb, for the screenshot of a reminder
  dunst
  # checking exported files
  python3 python3-icalendar poppler-utils python3-openpyxl
  # fuzzing (tests/fuzz/run.sh, .ci/run): clang with libFuzzer
  clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi

echo "Installing: ${missing[*]}"
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
