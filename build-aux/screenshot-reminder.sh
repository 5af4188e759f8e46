#!/usr/bin/env bash
# A reminder as the desktop shows it, in English and Chinese: the real app
# under Xvfb with a notification daemon (dunst, since Xvfb has no shell),
# two saved candidates with something due in 2 and 3 working days from
# today, the agenda tab shown. Writes docs/screenshots/<language>-reminder.png.
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$top/_build}"

if [ -z "${CERTPATH_REMINDER_INNER:-}" ]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/candidates" "$top/docs/screenshots"
  # Ten years of work reached the day after tomorrow (level 3 opens); a
  # level-4 certificate whose 12 months to claim end in three days.
  python3 - "$work/candidates" <<'PY'
import datetime, json, os, sys
today = datetime.date.today()
def years_before(day, n):
    return day.replace(year=day.year - n)
head = {"format": "certpath-profile", "version": 1, "occupation": "4-04-05-05", "city": "guangzhou"}
people = {
    "lin": dict(head, name="林小红", birth_date="1990-05-01",
                work_periods=[{"start": years_before(today + datetime.timedelta(days=2), 10).isoformat(), "end": None}]),
    "li": dict(head, name="李华", birth_date="1988-03-12", insured_city="guangzhou",
               certificates=[{"occupation": "4-04-05-05", "related": True, "level": 4,
                              "issued": years_before(today + datetime.timedelta(days=3), 1).isoformat(),
                              "issuer": "evaluation_org"}]),
}
for key, person in people.items():
    with open(os.path.join(sys.argv[1], key + ".json"), "w", encoding="utf-8") as f:
        json.dump(person, f, ensure_ascii=False)
PY
  cat > "$work/dunstrc" <<'RC'
[global]
    font = Noto Sans CJK SC 11
    width = 420
    height = 200
    origin = top-right
    offset = 16x64
    frame_width = 1
    frame_color = "#c0bfbc"
    corner_radius = 8
    padding = 12
    horizontal_padding = 12
    format = "<b>%s</b>\n%b"
[urgency_normal]
    background = "#ffffff"
    foreground = "#1e1e1e"
    timeout = 0
RC
  for language in en zh_CN; do
    CERTPATH_REMINDER_INNER=1 WORK="$work" BUILD="$build" OUT="$top/docs/screenshots/$language-reminder.png" \
      LANGUAGE="$language" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
      xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- "$0" "$build"
  done
  exit 0
fi

dunst -config "$WORK/dunstrc" >/dev/null 2>&1 &
dunst_pid=$!
GSETTINGS_SCHEMA_DIR="$BUILD/data" GSETTINGS_BACKEND=memory GSK_RENDERER=cairo GTK_A11Y=none NO_AT_BRIDGE=1 \
  CERTPATH_POLICY_DIR="$top/data/policy" CERTPATH_LOCALEDIR="$BUILD/po" \
  CERTPATH_CANDIDATES_DIR="$WORK/candidates" CERTPATH_DRAFTS_DIR="$WORK/drafts" \
  "$BUILD/src/gui/certpath" >/dev/null 2>&1 &
app_pid=$!
for _ in $(seq 1 60); do
  [ "$(dunstctl count displayed 2>/dev/null || echo 0)" -ge 2 ] && break
  sleep 0.5
done
# No window manager keeps the notifications on top: the window moves aside.
window="$(xdotool search --onlyvisible --pid "$app_pid" | head -1)"
xdotool windowsize "$window" 820 720 windowmove "$window" 8 40
gdbus call --session --dest io.github.certpath.Certpath --object-path /io/github/certpath/Certpath \
  --method org.gtk.Actions.Activate show-agenda '[]' '{}' >/dev/null
sleep 2
import -window root "$OUT"
kill "$app_pid" "$dunst_pid"
wait 2>/dev/null || true
