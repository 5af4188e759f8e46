#!/usr/bin/env bash
# Fails when a file with translatable strings is missing from po/POTFILES.in,
# or when a language in po/LINGUAS has an untranslated or fuzzy string
# (merged against a fresh template: msgfmt --statistics on a stale .po lies).
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$top"
status=0

listed="$(grep -v '^#' po/POTFILES.in | sort)"
wanted="$( (grep -lE '\b(_|N_|C_|NC_)\(|g_dngettext' src/*/*.c src/gui/pages/*.c 2>/dev/null;
            grep -l 'translatable="yes"' ui/*.ui ui/*/*.ui 2>/dev/null) | sort)"
for file in $wanted; do
  if ! grep -qx "$file" <<<"$listed"; then
    echo "po/POTFILES.in: $file has translatable strings but is not listed"
    status=1
  fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
xgettext --from-code=UTF-8 --add-comments=Translators --files-from=po/POTFILES.in \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 \
  --flag=g_strdup_printf:1:c-format --flag=g_string_printf:2:c-format \
  --flag=g_string_append_printf:2:c-format --flag=g_set_error:4:c-format \
  --package-name=certpath -o "$work/certpath.pot"

for language in $(cat po/LINGUAS); do
  stats="$(msgmerge --quiet --no-fuzzy-matching "po/$language.po" "$work/certpath.pot" -o - |
           msgfmt --check --statistics -o /dev/null - 2>&1)"
  echo "$language: $stats"
  if grep -qE 'untranslated|fuzzy' <<<"$stats"; then
    status=1
  fi
done
exit $status
